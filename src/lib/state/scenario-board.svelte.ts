/**
 * The scenarios screen's state: the baseline read from the data (tables, the usage log's rates),
 * the book of scenarios, and each one's run (schedule, then simulated year) in the worker pool.
 * Runs are keyed by what they were asked: an unchanged scenario is not run again.
 */
import { DatasetReader } from './dataset-reader.svelte';
import { baselineInputs, contextNow, readBaseline, type Baseline, type BaselineInputs } from './schedule-now.svelte';
import { scheduleSettings } from '$lib/workspace/schedule-settings.svelte';
import { scenarioBook } from '$lib/workspace/scenario-book.svelte';
import { scenarioFigures, type ScenarioFigures } from '$lib/domain/scenario/figures';
import type { ScenarioSetup } from '$lib/domain/scenario/apply';
import { TravelTimes } from '$lib/domain/schedule/travel';
import type { Scenario, ScenarioBook } from '$lib/domain/scenario/types';
import { setScope } from '$lib/domain/scenario/book';
import { meetsTarget } from '$lib/domain/placement';
import type { Employer } from '$lib/runs/scenario-context';
import { scenarioRequest, sweepScenarios, SWEEP_STEPS } from '$lib/sim/scenario-request';
import { ScenarioRunCancelled, ScenarioRunPool } from '$lib/runs/scenario-run-pool';
import { runShared } from '$lib/runs/scenario-runs';
import type { ScenarioRunProgress, ScenarioRunRequest, ScenarioRunResult } from '$lib/sim/scenario-run';

export const BASELINE = 'baseline';

export type Outcome =
	| { state: 'running'; progress: ScenarioRunProgress | null }
	| {
			state: 'done';
			setup: ScenarioSetup;
			result: ScenarioRunResult;
			figures: ScenarioFigures;
			/** The travel times the run planned with: the week's clock times are read from them (schedule/sheets.ts). */
			travel: TravelTimes;
	  }
	| { state: 'failed'; message: string };

export interface SweepPoint {
	added: number;
	figures: ScenarioFigures;
}

export type { Employer };

export class ScenarioBoard {
	/**
	 * The baseline: read once the data and both kept documents are ready, again when the data or the
	 * breaks change. The schedule's assumptions are taken when a run is asked (`contextNow`): a pin
	 * or a visit policy changes the runs, not the tables read.
	 */
	readonly reader = new DatasetReader<Baseline, BaselineInputs>(readBaseline, {
		inputs: baselineInputs,
		onRead: ({ employers }) => {
			this.sweep = [];
			// A new book, or a scope no longer in the data (another dataset loaded), opens on the
			// largest employer short of the plan's target: the one a planner most likely works on.
			// Data without schools (counts alone) has no employer to plan for: the book is left as it is.
			const known = new Set(employers.map((e) => e.code));
			const first = employers.find((e) => !meetsTarget(e.schools, e.staff)) ?? employers[0];
			if (first && (this.book.scope.length === 0 || !this.book.scope.every((c) => known.has(c))))
				scenarioBook.update((b) => setScope(b, [first.code]));
		}
	});
	readonly context = $derived(this.reader.value?.context ?? null);
	readonly fiscalYear = $derived(this.reader.value?.fiscalYear ?? null);
	readonly employers = $derived(this.reader.value?.employers ?? []);
	readonly loadFailure = $derived(this.reader.failure);
	outcomes = $state<Record<string, Outcome>>({});
	/** The scope `outcomes` were made for. */
	#outcomesScope = '';
	sweep = $state.raw<SweepPoint[]>([]);
	sweepDone = $state(0);
	sweepRunning = $state(false);
	sweepFailure = $state<string | null>(null);
	#pool: ScenarioRunPool | null = null;
	#generation = 0;

	get book(): ScenarioBook {
		return scenarioBook.value;
	}

	/**
	 * Called while a screen starts: keeps the book in this browser, reads the baseline once the data
	 * is ready (again when it changes, or when the breaks change which days are school days), runs
	 * what changed a moment after each change of the book, and stops the workers with the screen.
	 */
	follow(): void {
		scenarioBook.keepWhileMounted();
		$effect(() => void scheduleSettings.load());
		this.reader.follow();
		$effect(() => {
			JSON.stringify(scenarioBook.value);
			JSON.stringify(scheduleSettings.value);
			if (!this.context || !scenarioBook.loaded) return;
			const timer = setTimeout(() => this.runAll(), 400);
			return () => clearTimeout(timer);
		});
		$effect(() => {
			// Another scope's figures are never shown under this one's name, not even until its runs begin;
			// runs of the old scope still under way are dropped when they end.
			if (this.book.scope.join(',') === this.#outcomesScope) return;
			this.#generation++;
			this.outcomes = {};
			this.sweep = [];
		});
		$effect(() => () => this.dispose());
	}

	/** Baseline and every scenario, each run unless its request is unchanged. */
	runAll(): void {
		const context = contextNow(this.context);
		if (!context || this.book.scope.length === 0) return;
		const generation = ++this.#generation;
		const book = $state.snapshot(this.book) as ScenarioBook;
		const sameScope = this.#outcomesScope === book.scope.join(',');
		this.#outcomesScope = book.scope.join(',');
		const entries: [string, Scenario | null][] = [
			[BASELINE, null],
			...book.scenarios.map((s): [string, Scenario] => [s.id, s])
		];
		const outcomes: Record<string, Outcome> = {};
		for (const [id, scenario] of entries) {
			const { setup, request } = scenarioRequest(context, book, scenario);
			const previous = sameScope ? this.outcomes[id] : undefined;
			outcomes[id] = previous?.state === 'done' ? previous : { state: 'running', progress: null };
			void this.#run(request, (p) => {
				const now = this.outcomes[id];
				if (generation === this.#generation && now?.state === 'running')
					this.outcomes[id] = { state: 'running', progress: p };
			})
				.then((result) => {
					if (generation === this.#generation)
						this.outcomes[id] = {
							state: 'done',
							setup,
							result,
							figures: scenarioFigures(setup, result.schedule, result.sim, book.assumptions),
							travel: new TravelTimes(request.travel, new Map(request.matrix))
						};
				})
				.catch((e: unknown) => {
					if (generation === this.#generation && !(e instanceof ScenarioRunCancelled))
						this.outcomes[id] = { state: 'failed', message: e instanceof Error ? e.message : String(e) };
				});
		}
		this.outcomes = outcomes;
	}

	get running(): boolean {
		return Object.values(this.outcomes).some((o) => o.state === 'running');
	}

	#run(request: ScenarioRunRequest, progress: (p: ScenarioRunProgress) => void): Promise<ScenarioRunResult> {
		return runShared(this, () => (this.#pool ??= new ScenarioRunPool()), request, progress);
	}

	/** +0 … +10 staff over the baseline: cost against response time. */
	async runSweep(): Promise<void> {
		const context = contextNow(this.context);
		if (!context || this.book.scope.length === 0 || this.sweepRunning) return;
		const book = $state.snapshot(this.book) as ScenarioBook;
		this.sweepRunning = true;
		this.sweepFailure = null;
		this.sweepDone = 0;
		this.sweep = [];
		const points: SweepPoint[] = [];
		try {
			await Promise.all(
				sweepScenarios(book).map(async (scenario, added) => {
					const { setup, request } = scenarioRequest(context, book, scenario);
					const result = await this.#run(request, () => undefined);
					points.push({ added, figures: scenarioFigures(setup, result.schedule, result.sim, book.assumptions) });
					this.sweepDone = points.length;
					if (this.book.scope.join(',') === book.scope.join(','))
						this.sweep = [...points].sort((a, b) => a.added - b.added);
				})
			);
		} catch (e) {
			if (!(e instanceof ScenarioRunCancelled)) this.sweepFailure = e instanceof Error ? e.message : String(e);
		} finally {
			this.sweepRunning = false;
		}
	}

	get sweepSteps(): number {
		return SWEEP_STEPS + 1;
	}

	/** Stops every run (scenarios and sweep); what finished stays. */
	cancel(): void {
		this.#pool?.cancelAll();
		this.#generation++;
		for (const [id, o] of Object.entries(this.outcomes)) if (o.state === 'running') delete this.outcomes[id];
	}

	dispose(): void {
		this.#pool?.cancelAll();
		this.#pool = null;
	}
}
