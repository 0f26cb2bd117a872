/** The overview's table and chart data as CSV, in the UI language, units in the headers. */
import { toCsv } from '$lib/domain/csv-export';
import { fte, schoolsPerStaff, staffGap, staffNeeded, type EmployerPlacement } from '$lib/domain/placement';
import type { Messages } from '$lib/i18n/ja';
import type { MonthlyRequests } from '$lib/db/queries/overview';

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

/** The ranking chart's data: one row per employer that runs schools; blank ratio without staff. */
export function rankingCsv(
	employers: readonly Pick<EmployerPlacement, 'name' | 'schools' | 'staff'>[],
	fiscalYear: number,
	m: Messages
): string {
	const h = m.charts.headers;
	return toCsv(
		[h.fiscalYear, h.name, h.ratio, h.schools, h.staff],
		employers
			.filter((e) => e.schools > 0)
			.map((e) => {
				const r = schoolsPerStaff(e.schools, e.staff);
				return [fiscalYear, e.name, r === null ? null : Math.round(r * 100) / 100, e.schools, e.staff];
			})
	);
}

/** The monthly chart's data in long form: one row per month and category. */
export function monthlyRequestsCsv(months: readonly MonthlyRequests[], m: Messages): string {
	const h = m.charts.headers;
	return toCsv(
		[h.fiscalYear, h.year, h.month, h.category, h.requests],
		months.map((r) => [r.fiscalYear, r.year, r.month, m.category[r.category], r.requests])
	);
}
