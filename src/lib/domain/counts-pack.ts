/**
 * The budget pack of data that holds counts only (docs/domain.md, "Budget pack", counts only): no school or staff
 * rows, so no schedule and no simulated effects, but the plan's target of 1 per 4 schools already says what to ask
 * for. The staff to add come from the staff path (staff-path.ts, as the overview and compare screens give it), and
 * each year's cost from the cost assumptions: unit cost ÷ 12 × people × months.
 */
import { PLAN } from './plan';
import { schoolsPerStaff } from './placement';
import type { StaffPath } from './staff-path';

/** One 年度 of the way to the plan's target. */
export interface CountsRequestYear {
	year: number;
	/** Staff that year on the path (today's plus those added so far, at most the target). */
	staff: number;
	/** Staff added since the data's year. */
	added: number;
	/** Cost of the added staff that year: unit cost ÷ 12 × added × months (12 after the asked year). */
	cost: number;
}

export interface CountsRequest {
	/** ⌈schools ÷ 4⌉. */
	needed: number;
	/** Staff of the data's year. */
	staff: number;
	/** Staff still to add by the plan's last year (0 when met). */
	short: number;
	/** The 年度 asked for, on the path (the plan's last year's staffing when asked for after it). */
	asked: CountsRequestYear;
	/** Every 年度 from the one asked to the plan's last; empty when asked for after the plan period. */
	years: CountsRequestYear[];
	unitCost: number;
	/** Months of the asked year the added staff work. */
	months: number;
}

/**
 * What to ask for in `askedYear`, from the staff path of the data's year: the staff still short spread over the years
 * to 2027 as `path.toTarget.perYear` spreads them, each year costed at `unitCost` (a full-time person a year): the
 * asked year for `months` months (a start in October: 6), the years after it whole. Null when the path has no
 * figure of the data's year.
 */
export function countsRequest(
	path: StaffPath,
	dataYear: number,
	askedYear: number,
	unitCost: number,
	months = 12
): CountsRequest | null {
	const to = path.toTarget;
	if (!to) return null;
	const staff = path.years.find((y) => y.year === dataYear)?.staff ?? 0;
	const yearOf = (year: number, monthsWorked: number): CountsRequestYear => {
		const steps = Math.max(0, Math.min(year, PLAN.lastFiscalYear) - dataYear);
		const added = Math.min(to.staff, to.perYear * steps);
		return { year, staff: staff + added, added, cost: Math.round((unitCost / 12) * added * monthsWorked) };
	};
	const asked = yearOf(askedYear, months);
	// The years after the asked one are whole years.
	const years =
		askedYear > PLAN.lastFiscalYear
			? []
			: [asked, ...Array.from({ length: PLAN.lastFiscalYear - askedYear }, (_, i) => yearOf(askedYear + 1 + i, 12))];
	return { needed: to.needed, staff, short: to.staff, asked, years, unitCost, months };
}

/** A municipality among its prefecture's: 1 = fewest schools per staff member; those without staff share the last place. */
export interface Standing {
	rank: number;
	of: number;
	/** Municipalities at 1 per 4 schools or better. */
	atTarget: number;
}

/**
 * Where `code` stands among `rows` (the municipalities with schools, as the compare screen counts them), by schools
 * per staff member, fewest first; null when it is not one of them.
 */
export function standing(
	rows: readonly { code: string; schools: number; staff: number }[],
	code: string
): Standing | null {
	const ratio = (r: { schools: number; staff: number }) => schoolsPerStaff(r.schools, r.staff) ?? Infinity;
	const shown = rows.filter((r) => r.schools > 0);
	const own = shown.find((r) => r.code === code);
	if (!own) return null;
	const mine = ratio(own);
	return {
		rank: 1 + shown.filter((r) => ratio(r) < mine).length,
		of: shown.length,
		atTarget: shown.filter((r) => ratio(r) <= PLAN.schoolsPerStaffTarget).length
	};
}
