/**
 * Group `scenarios`: the what-if scenarios on the embedded sample, which must stay quick
 * enough to compare scenarios while the user waits. Budgets:
 *
 * - sample_simulation_100_runs: the demand simulation of the whole sample (every school of every
 *   employer, about 400) for 100 years with the book's default seed, ≤ 3 s. Each employer's
 *   baseline schedule is optimised first, untimed, and the employers are pooled into one model.
 * - sweep_0_10: the +0 … +10 staff sweep on the sample's largest employer, as the scenario screen
 *   runs it — per step the schedule optimiser, then 100 simulated years — ≤ 30 s. It runs one step
 *   after the other on one thread (the screen spreads the steps over up to 4 workers), so it is an
 *   upper bound of what the user waits for. It is timed once whatever --runs says: it takes tens
 *   of seconds, and its optimiser stops on a time limit, so repeating it adds little.
 *
 * Reported besides: the sweep's p90 response time (work days) at +0 and +10 and the optimiser's
 * share of the sweep's time. Runs in Node with the app's SQL (native DuckDB), code and HiGHS wasm.
 */
import loadHighs, { type Highs } from 'highs';
import { TravelTimes } from '../../../src/lib/domain/schedule/travel';
import { emptyBook } from '../../../src/lib/domain/scenario/assumptions';
import { optimiseSchedule } from '../../../src/lib/optimise/optimise';
import { simulateYears, type DemandModel } from '../../../src/lib/sim/demand';
import { withVisits } from '../../../src/lib/sim/demand-model';
import {
	scenarioRequest,
	sweepScenarios,
	SWEEP_STEPS,
	type ScenarioContext
} from '../../../src/lib/sim/scenario-request';
import { runScenario } from '../../../src/lib/sim/scenario-run';
import { scenarioFigures } from '../../../src/lib/domain/scenario/figures';
import type { ScenarioRunResult } from '../../../src/lib/sim/scenario-run';
import { sampleScenarioContext } from '../../support/scenario-model';
import manifest from '../../../data/sample/manifest.json';
import { BenchFailure, median, result, type BenchGroup, type BenchResult } from '../types';

const SIMULATION_BUDGET_S = 3;
const SWEEP_BUDGET_S = 30;
/** The figure, and the book's default. */
const RUNS = 100;

const seconds = (ms: number) => Math.round(ms / 10) / 100;

/** Employers with schools, largest first (the order the scenario screen offers them in). */
function employersBySize(ctx: ScenarioContext): string[] {
	const schools = new Map<string, number>();
	for (const s of ctx.rows.schools) schools.set(s.employer_code, (schools.get(s.employer_code) ?? 0) + 1);
	return [...schools].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
}

/** Every employer's baseline year with its schedule's visits, pooled into one model of the whole sample. */
function sampleModel(highs: Highs, ctx: ScenarioContext, employers: readonly string[]): DemandModel {
	const parts = employers.map((employer) => {
		const { request } = scenarioRequest(ctx, { ...emptyBook(), scope: [employer] }, null);
		// As runScenario does: without staff (or located schools) there is nothing to schedule and no school is visited.
		const [part] = request.parts;
		if (!part || part.staff.length === 0 || part.schools.length === 0) return request.demand;
		const schedule = optimiseSchedule(
			highs,
			part,
			new TravelTimes(request.travel, new Map(request.matrix)),
			request.options
		);
		return withVisits(request.demand, schedule);
	});
	// An employer without remote capacity has a remote share of 0 in every category; the pooled model has capacity, so it takes the others' shares.
	const remote = parts.find((m) => m.remoteCapacityPerDay > 0) ?? parts[0]!;
	return {
		days: ctx.days,
		schools: parts.flatMap((m) => m.schools),
		categories: remote.categories,
		remoteCapacityPerDay: parts.reduce((n, m) => n + m.remoteCapacityPerDay, 0)
	};
}

interface Sweep {
	ms: number;
	steps: ScenarioRunResult[];
}

function runSweep(highs: Highs, ctx: ScenarioContext, employer: string, log: (m: string) => void): Sweep {
	const book = { ...emptyBook(), scope: [employer] };
	const steps: ScenarioRunResult[] = [];
	const started = performance.now();
	for (const [added, scenario] of sweepScenarios(book).entries()) {
		const { setup, request } = scenarioRequest(ctx, book, scenario);
		const step = runScenario(highs, request);
		steps.push(step);
		const figures = scenarioFigures(setup, step.schedule, step.sim, book.assumptions);
		log(
			`  sweep +${added}/${SWEEP_STEPS}: ${request.parts[0]?.staff.length ?? 0} staff — optimiser ${step.optimiseSeconds.toFixed(2)} s, simulation ${step.simulateSeconds.toFixed(2)} s, ` +
				`p90 ${step.sim.p90WaitDays.median.toFixed(1)} work days, visit days per school ${figures.visitDaysPerSchool.toFixed(2)}, policy visits missed ${figures.unmetVisits} (${seconds(performance.now() - started).toFixed(1)} s so far)`
		);
	}
	return { ms: performance.now() - started, steps };
}

export const scenariosGroup: BenchGroup = {
	name: 'scenarios',
	description: 'what-if scenarios: 100 simulated years of the whole sample, +0…+10 staff sweep on its largest employer',
	async run({ runs, log }): Promise<BenchResult[]> {
		const highs = await loadHighs();
		const ctx = await sampleScenarioContext(manifest.fiscal_year);
		const employers = employersBySize(ctx);
		const results: BenchResult[] = [];

		const model = sampleModel(highs, ctx, employers);
		const { seed } = emptyBook().assumptions;
		const simulation: number[] = [];
		let arrived = 0;
		for (let r = 0; r < runs; r++) {
			const started = performance.now();
			const sim = simulateYears(model, seed, RUNS);
			simulation.push(performance.now() - started);
			arrived = sim.arrived.median;
		}
		// Timing a year without requests would say nothing about the simulation.
		if (arrived === 0) throw new BenchFailure('the sample simulation saw no request arrive', results);
		log(
			`  sample simulation: ${employers.length} employers, ${model.schools.length} schools, ${Math.round(arrived)} requests a year — ${seconds(median(simulation)).toFixed(2)} s for ${RUNS} runs`
		);
		results.push(result('scenarios.sample_simulation_100_runs', seconds(median(simulation)), 's', SIMULATION_BUDGET_S));

		const largest = employers[0]!;
		const schools = ctx.rows.schools.filter((s) => s.employer_code === largest).length;
		log(
			`  sweep on employer ${largest} (${schools} schools): ${SWEEP_STEPS + 1} steps × (optimiser + ${RUNS} runs), run once`
		);
		const sweep = runSweep(highs, ctx, largest, log);
		const optimiser = sweep.steps.reduce((n, s) => n + s.optimiseSeconds, 0) * 1000;
		const p90 = (step: ScenarioRunResult) => Math.round(step.sim.p90WaitDays.median * 100) / 100;
		results.push(
			result('scenarios.sweep_0_10', seconds(sweep.ms), 's', SWEEP_BUDGET_S),
			result('scenarios.sweep_0_10.p90_wait_plus_0', p90(sweep.steps[0]!), 'work days'),
			result(`scenarios.sweep_0_10.p90_wait_plus_${SWEEP_STEPS}`, p90(sweep.steps.at(-1)!), 'work days'),
			result('scenarios.sweep_0_10.optimiser_share_pct', Math.round((optimiser / sweep.ms) * 1000) / 10, '%')
		);
		return results;
	}
};
