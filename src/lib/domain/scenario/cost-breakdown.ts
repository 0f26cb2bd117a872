/**
 * The annual staff cost taken apart for the budget pack: people × unit cost × months, by employment
 * type, for today's staff and for the change a scenario asks. Each person is costed by `staffCost`,
 * the function the annual cost itself sums, so the lines always add up to the figures on screen.
 */
import type { EmploymentType } from '../tables';
import { EMPLOYMENT_TYPES } from '../tables';
import { staffCost, type CostedStaff } from './cost';
import type { ScenarioAssumptions } from './types';

/** A budget is asked for a whole 年度 of staff in post. */
export const MONTHS_A_YEAR = 12;

export interface CostLine {
	employment: EmploymentType;
	/**
	 * `data`: the annual cost given in the staff table; `scenario`: the unit cost set for added staff
	 * in the scenario; `assumption`: the book's unit cost of the employment type.
	 */
	basis: 'data' | 'scenario' | 'assumption';
	/** Full-time (5 days) annual unit cost; null on the `data` basis. */
	unitCost: number | null;
	/** Days a week each works; null on the `data` basis, where the table's amount already holds them. */
	days: number | null;
	people: number;
	months: number;
	/** One person's cost a month; null on the `data` basis, where people differ. */
	monthly: number | null;
	/** Σ of the people's annual cost; negative for staff a scenario removes. */
	annual: number;
}

export interface CostBreakdown {
	/** The baseline's staff: Σ annual = its staff cost. */
	today: CostLine[];
	/** Staff the scenario adds (annual > 0) and removes (annual < 0): Σ annual = the change in staff cost. */
	added: CostLine[];
	removed: CostLine[];
}

function lines(staff: readonly CostedStaff[], unitCosts: ScenarioAssumptions['unitCosts'], sign: 1 | -1): CostLine[] {
	const byKey = new Map<string, CostLine>();
	for (const s of staff) {
		const basis = s.annualCost !== null ? 'data' : s.unitCost != null ? 'scenario' : 'assumption';
		const unitCost = basis === 'data' ? null : (s.unitCost ?? unitCosts[s.employment]);
		const days = basis === 'data' ? null : s.days;
		const key = `${s.employment}|${basis}|${unitCost}|${days}`;
		const cost = staffCost(s, unitCosts);
		const line = byKey.get(key);
		if (line) {
			line.people += 1;
			line.annual += sign * cost;
		} else
			byKey.set(key, {
				employment: s.employment,
				basis,
				unitCost,
				days,
				people: 1,
				months: MONTHS_A_YEAR,
				monthly: basis === 'data' ? null : cost / MONTHS_A_YEAR,
				annual: sign * cost
			});
	}
	const order = (l: CostLine) =>
		EMPLOYMENT_TYPES.indexOf(l.employment) * 3 + ['data', 'scenario', 'assumption'].indexOf(l.basis);
	return [...byKey.values()].sort((a, b) => order(a) - order(b) || (b.days ?? 0) - (a.days ?? 0));
}

/** Staff are matched by id: a scenario keeps today's staff as they are, adds some and removes some. */
export function costBreakdown(
	baseline: readonly CostedStaff[],
	proposed: readonly CostedStaff[],
	unitCosts: ScenarioAssumptions['unitCosts']
): CostBreakdown {
	const before = new Set(baseline.map((s) => s.id));
	const after = new Set(proposed.map((s) => s.id));
	return {
		today: lines(baseline, unitCosts, 1),
		added: lines(
			proposed.filter((s) => !before.has(s.id)),
			unitCosts,
			1
		),
		removed: lines(
			baseline.filter((s) => !after.has(s.id)),
			unitCosts,
			-1
		)
	};
}
