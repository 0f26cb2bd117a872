/**
 * What a scenario run needs, built the same way for the screen, the sweep and the bench: the
 * scenario laid over the baseline, its schedule instance and its year of demand.
 */
import type { CalendarDay } from '$lib/domain/school-calendar';
import type { ScheduleSettings } from '$lib/domain/schedule/settings';
import { setUpScenario, type BaselineRows, type ScenarioSetup } from '$lib/domain/scenario/apply';
import { plusStaff } from '$lib/domain/scenario/book';
import type { Scenario, ScenarioBook } from '$lib/domain/scenario/types';
import { demandModel, expectedRequests, type DemandRates } from './demand-model';
import type { ScenarioRunRequest } from './scenario-run';

export interface ScenarioContext {
	rows: BaselineRows;
	/** The imported travel matrix as [matrixKey, minutes] pairs. */
	matrix: [string, number][];
	schedule: ScheduleSettings;
	days: readonly CalendarDay[];
	rates: DemandRates;
}

/**
 * The gap at which the optimiser may stop, and its safety time limit: the same for the schedule
 * screen, every scenario and each step of the sweep, so that one employer's week is one run
 * whichever screen asks (the sweep's +0 is the baseline). Work limits stop the search
 * (optimise.ts), so the week does not depend on the machine; the time limit is far above what
 * they take on one core (a second or two for a municipality, about 15 s of CPU for a 1,000-school
 * prefecture whose staff have bases of their own) and only cuts short a search on a machine many
 * times slower or busier, which the week then says.
 */
export const SCENARIO_OPTIONS = { timeLimitSeconds: 90, gap: 0.005 } as const;

export function scenarioRequest(
	ctx: ScenarioContext,
	book: ScenarioBook,
	scenario: Scenario | null,
	options: ScenarioRunRequest['options'] = SCENARIO_OPTIONS
): { setup: ScenarioSetup; request: ScenarioRunRequest } {
	const setup = setUpScenario(ctx.rows, book, scenario, ctx.schedule, expectedRequests(ctx.days, ctx.rates));
	const request: ScenarioRunRequest = {
		parts: setup.parts,
		travel: ctx.schedule.travel,
		matrix: ctx.matrix,
		options,
		demand: demandModel(ctx.days, ctx.rates, setup),
		seed: book.assumptions.seed,
		runs: book.assumptions.runs
	};
	return { setup, request };
}

/** Added staff of the sweep: +0 … +10 full-time contracted staff at the office of the scope's first employer. */
export const SWEEP_STEPS = 10;

/** The sweep's scenarios over the baseline, as documents like any other (never stored). */
export function sweepScenarios(book: ScenarioBook): Scenario[] {
	const base = { ...book, scenarios: [] };
	return Array.from(
		{ length: SWEEP_STEPS + 1 },
		(_, n) => plusStaff(base, `sweep-${n}`, `+${n}`, n, { kind: 'office', employer: book.scope[0] ?? '' }).scenarios[0]!
	);
}
