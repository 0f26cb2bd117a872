/**
 * 独立行政法人統計センター「教育用標準データセット」SSDSE-A (市区町村) as published: three header
 * rows (indicator codes, years, Japanese names) above one row per municipality, whose first cell
 * is R + the 5-digit code. Its school counts (学校基本調査) become `school_counts` rows; the
 * built-in reference is made from the same columns (scripts/japan-reference.ts).
 */
import type { ReferenceMunicipality, ReferenceSchoolType } from '../reference';

/** SSDSE-A's indicator codes of each school type: schools, teachers, students (both stages for 義務教育学校). */
export const SSDSE_SCHOOL_COLUMNS: Record<
	ReferenceSchoolType,
	{ schools: string; teachers: string | null; students: readonly string[] }
> = {
	elementary: { schools: 'E2101', teachers: 'E2401', students: ['E2501'] },
	junior_high: { schools: 'E3101', teachers: 'E3401', students: ['E3501'] },
	compulsory: { schools: 'E3901', teachers: 'E3904', students: ['E3905', 'E3906'] },
	high: { schools: 'E4101', teachers: null, students: ['E4501'] }
};

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

/** The school counts of one municipality; a type it has none of is left out (most have no 義務教育学校). */
export function ssdseCounts(value: (code: string) => number | null): ReferenceMunicipality['counts'] {
	const counts: ReferenceMunicipality['counts'] = {};
	for (const [type, columns] of Object.entries(SSDSE_SCHOOL_COLUMNS) as [
		ReferenceSchoolType,
		(typeof SSDSE_SCHOOL_COLUMNS)[ReferenceSchoolType]
	][]) {
		const schools = value(columns.schools);
		if (!schools) continue;
		counts[type] = {
			schools,
			teachers: columns.teachers ? value(columns.teachers) : null,
			students: columns.students.reduce((n, c) => n + (value(c) ?? 0), 0)
		};
	}
	return counts;
}

/** The fiscal year the counts describe: the year row's entry under 小学校数. */
export function ssdseFiscalYear(codeRow: readonly string[], yearRow: readonly string[]): number | null {
	const year = Number(yearRow[codeRow.indexOf(SSDSE_SCHOOL_COLUMNS.elementary.schools)]);
	return Number.isInteger(year) && year > 1900 ? year : null;
}

/** A cell as a count: blank or not a number is no figure. */
export function ssdseNumber(cell: string | undefined): number | null {
	if (cell === undefined || cell.trim() === '') return null;
	const n = Number(cell);
	return Number.isFinite(n) ? n : null;
}
