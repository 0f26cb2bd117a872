/**
 * Changes to one scenario and to the shared assumptions, as the scenario screen's editors emit
 * them: each applied here to give a new document (the one being edited is never changed in place),
 * so the book stays the only writer and an old version can be kept for undo.
 */
import type { EmploymentType } from '../tables';
import type { VisitPolicy } from '../schedule/visit-policy';
import type { AddedStaff, HelpDesk, RemoteSupport, Scenario, ScenarioAssumptions, StaffBase } from './types';

export type ScenarioChange =
	| { kind: 'add_group'; employer: string }
	| { kind: 'remove_group'; index: number }
	/** Count, days, employment or unit cost of one group of added staff. */
	| { kind: 'group'; index: number; patch: Partial<Pick<AddedStaff, 'count' | 'days' | 'employment' | 'unitCost'>> }
	| { kind: 'base'; index: number; base: StaffBase }
	| { kind: 'remove_staff'; staff: string; removed: boolean }
	| { kind: 'visit_policy'; policy: VisitPolicy | null }
	| { kind: 'remote'; remote: RemoteSupport | null }
	| { kind: 'help_desk'; helpDesk: HelpDesk | null }
	/** A scope of several employers: plan their staff as one pool, or each on its own schools. */
	| { kind: 'pool_staff'; pooled: boolean }
	| { kind: 'rename'; name: string };

/** A new group: one full-time contracted staff member at the first employer's office. */
const newGroup = (employer: string): AddedStaff => ({
	count: 1,
	base: { kind: 'office', employer },
	days: 5,
	employment: 'contract' as EmploymentType,
	unitCost: null
});

export function applyScenarioChange(scenario: Scenario, change: ScenarioChange): Scenario {
	const groups = (f: (g: AddedStaff[]) => AddedStaff[]): Scenario => ({ ...scenario, addStaff: f(scenario.addStaff) });
	switch (change.kind) {
		case 'add_group':
			return groups((g) => [...g, newGroup(change.employer)]);
		case 'remove_group':
			return groups((g) => g.filter((_, i) => i !== change.index));
		case 'group':
			return groups((g) => g.map((x, i) => (i === change.index ? { ...x, ...change.patch } : x)));
		case 'base':
			return groups((g) => g.map((x, i) => (i === change.index ? { ...x, base: change.base } : x)));
		case 'remove_staff': {
			const others = scenario.removeStaff.filter((s) => s !== change.staff);
			return { ...scenario, removeStaff: change.removed ? [...others, change.staff] : others };
		}
		case 'visit_policy':
			return { ...scenario, visitPolicy: change.policy };
		case 'remote':
			return { ...scenario, remote: change.remote };
		case 'help_desk':
			return { ...scenario, helpDesk: change.helpDesk };
		case 'pool_staff': {
			// Absent means each employer on its own: the field is kept only when it says "pooled".
			const { poolStaff: _, ...rest } = scenario;
			return change.pooled ? { ...rest, poolStaff: true } : rest;
		}
		case 'rename':
			return change.name.trim() ? { ...scenario, name: change.name.trim() } : scenario;
	}
}

/** Assumptions with some of them replaced (each a whole value: a record or list is given entire). */
export function changeAssumptions(
	assumptions: ScenarioAssumptions,
	patch: Partial<ScenarioAssumptions>
): ScenarioAssumptions {
	return { ...assumptions, ...patch };
}
