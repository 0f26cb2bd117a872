/**
 * Annual cost of a scenario (docs/domain.md, "Cost"): Σ staff annual cost (the value in the staff table, else
 * the unit cost of the employment type scaled by days worked ÷ 5) + the help desk (its cost, or
 * this scope's share of a shared one).
 */
import type { EmploymentType } from '../tables';
import type { HelpDesk, ScenarioAssumptions } from './types';

export interface CostedStaff {
	id: string;
	days: number;
	employment: EmploymentType;
	/** Annual cost in the data (yen), else null. */
	annualCost: number | null;
	/** Full-time unit cost set for this staff member in the scenario (yen), else null. */
	unitCost?: number | null;
}

export function staffCost(staff: CostedStaff, unitCosts: ScenarioAssumptions['unitCosts']): number {
	if (staff.annualCost !== null) return staff.annualCost;
	return ((staff.unitCost ?? unitCosts[staff.employment]) * Math.min(5, Math.max(0, staff.days))) / 5;
}

/**
 * This scope's share of the help desk: cost and remote requests a work day. A shared desk is split
 * evenly among its `members` municipalities; a scope holding `inScope` of them takes that many
 * shares (a pooled scope of all of them takes the whole desk).
 */
export function helpDeskShare(desk: HelpDesk, inScope = 1): { cost: number; capacityPerDay: number } {
	if (desk.mode === 'none') return { cost: 0, capacityPerDay: 0 };
	const members = Math.max(1, desk.members);
	const share = desk.mode === 'shared' ? Math.min(members, Math.max(1, inScope)) / members : 1;
	return { cost: desk.annualCost * share, capacityPerDay: desk.capacityPerDay * share };
}

export interface AnnualCost {
	staff: number;
	helpDesk: number;
	total: number;
}

export function annualCost(
	staff: readonly CostedStaff[],
	desk: HelpDesk,
	unitCosts: ScenarioAssumptions['unitCosts'],
	deskMembersInScope = 1
): AnnualCost {
	const staffTotal = staff.reduce((sum, s) => sum + staffCost(s, unitCosts), 0);
	const helpDesk = helpDeskShare(desk, deskMembersInScope).cost;
	return { staff: staffTotal, helpDesk, total: staffTotal + helpDesk };
}
