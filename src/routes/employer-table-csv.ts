/** The overview's per-employer table as CSV, in the UI language, units in the headers. */
import { toCsv } from '$lib/domain/csv-export';
import { fte, schoolsPerStaff, staffGap, staffNeeded, type EmployerPlacement } from '$lib/domain/placement';
import type { Messages } from '$lib/i18n/ja';

export function employerTableCsv(employers: readonly EmployerPlacement[], fiscalYear: number, m: Messages): string {
	const h = m.overview.export.headers;
	const ratio = (e: EmployerPlacement) => {
		const r = schoolsPerStaff(e.schools, e.staff);
		return r === null ? null : Math.round(r * 100) / 100;
	};
	return toCsv(
		[h.fiscalYear, h.code, h.name, h.kind, h.schools, h.staff, h.fte, h.ratio, h.needed, h.gap, h.requests],
		employers.map((e) => [
			fiscalYear,
			e.code,
			e.name,
			e.kind ? m.kind[e.kind] : null,
			e.schools,
			e.staff,
			fte(e.staffDays),
			ratio(e),
			staffNeeded(e.schools),
			staffGap(e.schools, e.staff),
			e.requests
		])
	);
}
