/**
 * Group `scenarios`: the what-if scenarios on the embedded sample, which must stay quick
 * enough to compare scenarios while the user waits. Budgets:
 *
 * - sample_simulation_100_runs: the demand simulation of the whole sample (every school of every
 *   employer, about 400) for 100 years with the book's default seed, ≤ 3 s. Each employer's
 *   baseline schedule is optimised first, untimed, and the employers are pooled into one model.
 * - plus_3_staff: one scenario, +3 staff on the sample's largest employer — the schedule optimiser,
 *   then 100 simulated years — ≤ 3 s (median over --runs).
 * - sweep_0_10: the +0 … +10 staff sweep on that employer, as the scenario screen runs it: the
 *   steps spread over a pool of workers (here Node worker threads, ../fixtures/scenario-run-thread.ts)
 *   sized to the machine's cores, at most 4 (src/lib/runs/scenario-run-pool.ts) — ≤ 15 s. Also
 *   reported: the same steps one after the other on one thread (`sweep_0_10_one_thread`). It is
 *   timed once whatever --runs says: it takes tens of seconds, and its optimiser stops on work
 *   limits (the same weeks every run), so repeating it adds little.
 *
 * Reported besides: the sweep's p90 response time (work days) at +0 and +10 and the optimiser's
 * share of the sweep's time. Runs in Node with the app's SQL (native DuckDB), code and HiGHS wasm.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
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
import type { ScenarioRunRequest, ScenarioRunResult } from '../../../src/lib/sim/scenario-run';
import { sampleScenarioContext } from '../../support/scenario-model';
import manifest from '../../../data/sample/manifest.json';
import { BenchFailure, median, result, type BenchGroup, type BenchResult } from '../types';

const SIMULATION_BUDGET_S = 3;
const SCENARIO_BUDGET_S = 3;
const SWEEP_BUDGET_S = 15;
/** The scenario screen's pool: the machine's cores, at most 4. */
const POOL_SIZE = Math.min(4, Math.max(1, availableParallelism()));
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

const THREAD = new URL('../fixtures/scenario-run-thread.ts', import.meta.url).href;
/** A thread of ../fixtures/scenario-run-thread.ts; threads do not inherit tsx's loader, so it registers it first. */
const scenarioThread = () =>
	new Worker(
		`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(THREAD)}); })`,
		{ eval: true }
	);

/** Runs the requests over `size` worker threads, each taking the next queued one when done; results in order. */
async function runPooled(requests: readonly ScenarioRunRequest[], size: number): Promise<ScenarioRunResult[]> {
	const results: ScenarioRunResult[] = [];
	let next = 0;
	const workers = Array.from({ length: Math.min(size, requests.length) }, scenarioThread);
	try {
		await Promise.all(
			workers.map(
				(worker) =>
					new Promise<void>((resolve, reject) => {
						const take = () => {
							if (next >= requests.length) return resolve();
							const id = next++;
							worker.postMessage({ id, request: requests[id] });
						};
						worker.on('message', ({ id, result }: { id: number; result: ScenarioRunResult }) => {
							results[id] = result;
							take();
						});
						worker.on('error', reject);
						take();
					})
			)
		);
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
	}
	return results;
}

/** The sweep's steps: on `threads` worker threads, or one after the other on this thread when null. */
async function runSweep(
	highs: Highs,
	ctx: ScenarioContext,
	employer: string,
	threads: number | null,
	log: (m: string) => void
): Promise<Sweep> {
	const book = { ...emptyBook(), scope: [employer] };
	const requests = sweepScenarios(book).map((scenario) => scenarioRequest(ctx, book, scenario));
	const started = performance.now();
	const steps =
		threads === null
			? requests.map(({ request }) => runScenario(highs, request))
			: await runPooled(
					requests.map((r) => r.request),
					threads
				);
	const ms = performance.now() - started;
	for (const [added, step] of steps.entries()) {
		const { setup, request } = requests[added]!;
		const figures = scenarioFigures(setup, step.schedule, step.sim, book.assumptions);
		log(
			`  sweep +${added}/${SWEEP_STEPS}: ${request.parts[0]?.staff.length ?? 0} staff — optimiser ${step.optimiseSeconds.toFixed(2)} s, simulation ${step.simulateSeconds.toFixed(2)} s, ` +
				`p90 ${step.sim.p90WaitDays.median.toFixed(1)} work days, visit days per school ${figures.visitDaysPerSchool.toFixed(2)}, policy visits missed ${figures.unmetVisits}`
		);
	}
	return { ms, steps };
}

export const scenariosGroup: BenchGroup = {
	name: 'scenarios',
	description:
		'what-if scenarios: 100 simulated years of the whole sample, +3 staff and the +0…+10 staff sweep on its largest employer',
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
		const book = { ...emptyBook(), scope: [largest] };
		const plus3 = scenarioRequest(ctx, book, sweepScenarios(book)[3]!).request;
		const scenario: number[] = [];
		for (let r = 0; r < runs; r++) {
			const started = performance.now();
			const step = runScenario(highs, plus3);
			scenario.push(performance.now() - started);
			log(
				`  +3 staff on ${largest}: ${seconds(scenario.at(-1)!).toFixed(2)} s (optimiser ${step.optimiseSeconds.toFixed(2)} s, simulation ${step.simulateSeconds.toFixed(2)} s)`
			);
		}
		results.push(result('scenarios.plus_3_staff', seconds(median(scenario)), 's', SCENARIO_BUDGET_S));

		log(
			`  sweep on employer ${largest} (${schools} schools): ${SWEEP_STEPS + 1} steps × (optimiser + ${RUNS} runs) over ${POOL_SIZE} worker thread(s), run once`
		);
		const sweep = await runSweep(highs, ctx, largest, POOL_SIZE, log);
		log(`  the same steps one after the other on one thread:`);
		const serial = await runSweep(highs, ctx, largest, null, log);
		const optimiser = sweep.steps.reduce((n, s) => n + s.optimiseSeconds, 0) * 1000;
		const p90 = (step: ScenarioRunResult) => Math.round(step.sim.p90WaitDays.median * 100) / 100;
		results.push(
			result('scenarios.sweep_0_10', seconds(sweep.ms), 's', SWEEP_BUDGET_S),
			result('scenarios.sweep_0_10.threads', POOL_SIZE, 'threads'),
			result('scenarios.sweep_0_10_one_thread', seconds(serial.ms), 's'),
			result('scenarios.sweep_0_10.p90_wait_plus_0', p90(sweep.steps[0]!), 'work days'),
			result(`scenarios.sweep_0_10.p90_wait_plus_${SWEEP_STEPS}`, p90(sweep.steps.at(-1)!), 'work days'),
			// Of the steps' own time (on parallel threads the sum exceeds the wall clock).
			result(
				'scenarios.sweep_0_10.optimiser_share_pct',
				Math.round(
					(optimiser / sweep.steps.reduce((n, s) => n + (s.optimiseSeconds + s.simulateSeconds) * 1000, 0)) * 1000
				) / 10,
				'%'
			)
		);
		return results;
	}
};
