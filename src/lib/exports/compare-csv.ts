/** The compare screen's data as CSV for Excel (UTF-8 with BOM, units in the headers). */
import { toCsv } from '$lib/domain/csv-export';
import { ATTAINMENT_COLUMNS, type CompareRow } from '$lib/domain/compare';
import type { StaffPath } from '$lib/domain/staff-path';
import type { Messages } from '$lib/i18n/ja';

const round = (n: number | null, digits: number) => (n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits);

/**
 * Every row shown, with its placement and the attainment of each plan indicator (blank: not reported). Filtered by
 * school type, the staff are those serving the types shown: the head count and how they were counted go beside them.
 * With head counts of other years (`paths`), each row's 前年度比 as the screen shows it (blank: no year before).
 */
export function compareCsv(
	rows: readonly CompareRow[],
	fiscalYear: number,
	m: Messages,
	paths: ReadonlyMap<string, StaffPath> | null = null
): string {
	const h = m.compare.csv;
	const change = (code: string) => paths?.get(code)?.change ?? null;
	const names = { staff: m.compare.column.staffAttainment, ...m.indicators.name };
	return toCsv(
		[
			h.fiscalYear,
			h.prefecture,
			h.code,
			h.name,
			h.kind,
			h.schools,
			h.staff,
			h.staffHeadcount,
			h.staffBasis,
			h.ratio,
			h.needed,
			h.gap,
			...(paths ? [h.beforeYear, h.staffBefore, h.change] : []),
			...ATTAINMENT_COLUMNS.map((c) => m.compare.attainmentHeader(names[c]))
		],
		rows.map((r) => [
			fiscalYear,
			r.prefecture,
			r.code,
			r.name,
			r.kind ? m.kind[r.kind] : null,
			r.schools,
			round(r.staff, 2),
			r.staffHeadcount,
			h.basis[r.staffBasis],
			round(r.schoolsPerStaff, 2),
			r.staffNeeded,
			round(r.gap, 2),
			...(paths
				? [change(r.code)?.from.year ?? null, change(r.code)?.from.staff ?? null, change(r.code)?.staff ?? null]
				: []),
			...ATTAINMENT_COLUMNS.map((c) => round(r.attainment[c], 3))
		])
	);
}
