/**
 * The figures a scenario is judged by, side by side with the baseline (docs/domain.md, "Formulas"): placement against
 * the plan, cost, the week's schedule, and what teachers feel (response times from the simulation).
 */
import { fte, meetsTarget, schoolsPerStaff, staffGap, staffNeeded } from '../placement';
import { summariseSchedule } from '../schedule/summary';
import type { WeeklySchedule } from '../schedule/types';
import type { MonteCarloResult } from '../demand';
import { annualCost, type AnnualCost } from './cost';
import type { ScenarioSetup } from './apply';
import type { ScenarioAssumptions } from './types';

export interface ScenarioFigures {
	schools: number;
	/** Head count, as MEXT counts; and full-time equivalents (staff-days a week ÷ 5). */
	staff: number;
	fte: number;
	/** Schools ÷ staff; null without staff (placement.ts). */
	schoolsPerStaff: number | null;
	targetMet: boolean;
	/** ceil(schools ÷ 4), and how many more than now (0 when met). */
	staffNeeded: number;
	staffGap: number;
	cost: AnnualCost;
	/** Staff-days a week at the schools ÷ schools in the schedule. */
	visitDaysPerSchool: number;
	/** Visits the policy asks for that the schedule does not make (visits added by the spread do not count). */
	unmetVisits: number;
	travelHoursPerWeek: number;
	/** Staff-days with visits ÷ staff-days worked. */
	visitUtilisation: number;
	sim: MonteCarloResult;
}

function policyVisitsMissed(setup: ScenarioSetup, schedule: WeeklySchedule): number {
	const made = new Map<string, number>();
	for (const d of schedule.days) for (const s of d.schools) made.set(s, (made.get(s) ?? 0) + 1);
	let missed = 0;
	for (const [school, visits] of setup.required) missed += Math.max(0, visits - (made.get(school) ?? 0));
	return missed;
}

export function scenarioFigures(
	setup: ScenarioSetup,
	schedule: WeeklySchedule,
	sim: MonteCarloResult,
	assumptions: ScenarioAssumptions
): ScenarioFigures {
	const summary = summariseSchedule(setup.instance, schedule);
	const schools = setup.schools.length;
	const staff = setup.staff.length;
	const needed = staffNeeded(schools);
	const scheduled = setup.instance.schools.length;
	return {
		schools,
		staff,
		fte: fte(setup.staff.reduce((n, s) => n + s.days, 0)),
		schoolsPerStaff: schoolsPerStaff(schools, staff),
		targetMet: meetsTarget(schools, staff),
		staffNeeded: needed,
		staffGap: Math.max(0, staffGap(schools, staff)),
		cost: annualCost(setup.staff, setup.helpDesk, assumptions.unitCosts, setup.helpDeskInScope),
		visitDaysPerSchool: scheduled > 0 ? summary.visitsMade / scheduled : 0,
		unmetVisits: policyVisitsMissed(setup, schedule),
		travelHoursPerWeek: summary.travelMinutes / 60,
		visitUtilisation: summary.staffDaysAvailable > 0 ? summary.staffDaysUsed / summary.staffDaysAvailable : 0,
		sim
	};
}
