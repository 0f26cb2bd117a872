/**
 * 独立行政法人統計センター「教育用標準データセット」SSDSE-A (市区町村) as published: three header
 * rows (indicator codes, years, Japanese names) above one row per municipality, whose first cell
 * is R + the 5-digit code. Its school counts (学校基本調査) become `school_counts` rows; the
 * built-in reference is made from the same columns (ssdse-columns.js, which
 * scripts/japan-reference.js imports too).
 */
import { SSDSE_SCHOOL_COLUMNS } from './ssdse-columns.js';

export { SSDSE_SCHOOL_COLUMNS, ssdseCounts, ssdseNumber } from './ssdse-columns.js';

/** A data row's 5-digit municipality code (R01100 → 01100), or null for a row of another kind. */
export const ssdseMunicipality = (cell: string): string | null => /^R(\d{5})$/u.exec(cell.trim())?.[1] ?? null;

/** Whether a file's first row is SSDSE-A's code row (SSDSE-A-2025, Prefecture, Municipality, A1101, …). */
export const isSsdseA = (codeRow: readonly string[]): boolean =>
	/^SSDSE-A/u.test(codeRow[0]?.trim() ?? '') && codeRow.includes(SSDSE_SCHOOL_COLUMNS.elementary.schools);

/** The publisher and edition, e.g. 独立行政法人統計センター SSDSE-A-2025: a count's `source`. */
export const ssdseSource = (codeRow: readonly string[]): string =>
	`独立行政法人統計センター ${codeRow[0]?.trim() || 'SSDSE-A'}`;

/** The line to show wherever a figure from the file appears. */
export const ssdseCredit = (codeRow: readonly string[]): string => `出典：${ssdseSource(codeRow)}`;

/** The fiscal year the counts describe: the year row's entry under 小学校数. */
export function ssdseFiscalYear(codeRow: readonly string[], yearRow: readonly string[]): number | null {
	const year = Number(yearRow[codeRow.indexOf(SSDSE_SCHOOL_COLUMNS.elementary.schools)]);
	return Number.isInteger(year) && year > 1900 ? year : null;
}
