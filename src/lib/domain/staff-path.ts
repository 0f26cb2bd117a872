/**
 * Staff over the fiscal years and the way to the plan's target (docs/domain.md, "Plan targets"):
 * the change from the year before, and how many more a year until the plan's last year.
 */
import { PLAN } from './plan';

export interface StaffYear {
	year: number;
	staff: number;
}

export interface StaffPath {
	years: StaffYear[];
	/** The dataset's year and the one before it that has figures; null when there is none. */
	change: { from: StaffYear; to: StaffYear; staff: number } | null;
	/** Staff still to add by the plan's last year, and per year from the next one (0 when met). */
	toTarget: { byYear: number; staff: number; perYear: number } | null;
}

export function staffPath(years: readonly StaffYear[], fiscalYear: number, staffNeeded: number): StaffPath {
	const sorted = [...years].sort((a, b) => a.year - b.year);
	const now = sorted.find((y) => y.year === fiscalYear) ?? null;
	const before = sorted.filter((y) => y.year < fiscalYear).at(-1) ?? null;
	const change = now && before ? { from: before, to: now, staff: now.staff - before.staff } : null;
	const short = now ? Math.max(0, staffNeeded - now.staff) : null;
	// The budget years left: from the next fiscal year up to the plan's last, at least one.
	const yearsLeft = Math.max(1, PLAN.lastFiscalYear - fiscalYear);
	const toTarget =
		short === null ? null : { byYear: PLAN.lastFiscalYear, staff: short, perYear: Math.ceil(short / yearsLeft) };
	return { years: sorted, change, toTarget };
}
