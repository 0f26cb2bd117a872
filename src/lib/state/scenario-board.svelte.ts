/**
 * The scenarios screen's state: the baseline read from the data (tables, the usage log's rates),
 * the book of scenarios, and each one's run (schedule, then simulated year) in the worker pool.
 * Runs are keyed by what they were asked: an unchanged scenario is not run again.
 */
import type { QueryRunner } from '$lib/db/query';
import { scheduleSettings } from '$lib/workspace/schedule-settings.svelte';
import { session } from '$lib/session/session.svelte';
import { scenarioBook } from '$lib/workspace/scenario-book.svelte';
import { scenarioFigures, type ScenarioFigures } from '$lib/domain/scenario/figures';
import type { ScenarioSetup } from '$lib/domain/scenario/apply';
import type { Scenario, ScenarioBook } from '$lib/domain/scenario/types';
import { readScenarioContext } from '$lib/runs/scenario-context';
import { scenarioRequest, sweepScenarios, SWEEP_OPTIONS, SWEEP_STEPS, type ScenarioContext } from '$lib/sim/scenario-request';
import { ScenarioRunCancelled, ScenarioRunPool } from '$lib/runs/scenario-run-pool';
import type { ScenarioRunProgress, ScenarioRunRequest, ScenarioRunResult } from '$lib/sim/scenario-run-protocol';

export const BASELINE = 'baseline';

export type Outcome =
	| { state: 'running'; progress: ScenarioRunProgress | null }
	| { state: 'done'; setup: ScenarioSetup; result: ScenarioRunResult; figures: ScenarioFigures }
	| { state: 'failed'; message: string };

export interface SweepPoint {
	added: number;
	figures: ScenarioFigures;
}

export interface Employer {
	code: string;
	name: string;
	schools: number;
	staff: number;
}

/** FNV-1a over the request's JSON: the key of a run, so an unchanged scenario keeps its result. */
/**
 * Runs finished in this page, by request: shared by the scenarios and report screens, so that
 * opening the budget pack after the scenarios does not run them again. A change of data or of any
 * assumption changes the request, and so the key.
 */
const results = new Map<string, { result: Promise<ScenarioRunResult>; owner: object }>();
const MAX_KEPT_RESULTS = 60;

function requestKey(request: ScenarioRunRequest): string {
	const text = JSON.stringify(request);
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return `${(h >>> 0).toString(36)}-${text.length}`;
}

export class ScenarioBoard {
	context = $state.raw<ScenarioContext | null>(null);
	fiscalYear = $state<number | null>(null);
	employers = $state.raw<Employer[]>([]);
	outcomes = $state<Record<string, Outcome>>({});
	sweep = $state.raw<SweepPoint[]>([]);
	sweepDone = $state(0);
	sweepRunning = $state(false);
	sweepFailure = $state<string | null>(null);
	loadFailure = $state<string | null>(null);
	#pool: ScenarioRunPool | null = null;
	#generation = 0;

	get book(): ScenarioBook {
		return scenarioBook.value;
	}

	set book(book: ScenarioBook) {
		scenarioBook.value = book;
	}

	async load(runner: QueryRunner, fiscalYear: number): Promise<void> {
		try {
			const context = await readScenarioContext(runner, fiscalYear, this.book.assumptions.breaks, $state.snapshot(scheduleSettings.value));
			const schools = new Map<string, number>();
			const staff = new Map<string, number>();
			for (const s of context.rows.schools) schools.set(s.employer_code, (schools.get(s.employer_code) ?? 0) + 1);
			for (const s of context.rows.staff) staff.set(s.employer_code, (staff.get(s.employer_code) ?? 0) + 1);
			this.employers = context.rows.offices
				.map((o) => ({ code: o.municipality_code, name: o.name, schools: schools.get(o.municipality_code) ?? 0, staff: staff.get(o.municipality_code) ?? 0 }))
				.filter((e) => e.schools > 0)
				.sort((a, b) => b.schools - a.schools || a.code.localeCompare(b.code));
			this.context = context;
			this.fiscalYear = fiscalYear;
			this.loadFailure = null;
			this.sweep = [];
			// A scope no longer in the data (another dataset loaded) falls back to the largest employer.
			const known = new Set(this.employers.map((e) => e.code));
			if (this.book.scope.length === 0 || !this.book.scope.every((c) => known.has(c))) this.book = { ...this.book, scope: this.employers[0] ? [this.employers[0].code] : [] };
		} catch (e) {
			this.loadFailure = e instanceof Error ? e.message : String(e);
		}
	}

	/**
	 * Called while a screen starts: keeps the book in this browser, reads the baseline once the data
	 * is ready (again when it changes, or when the breaks change which days are school days), runs
	 * what changed a moment after each change of the book, and stops the workers with the screen.
	 */
	follow(): void {
		scenarioBook.keepWhileMounted();
		$effect(() => void scheduleSettings.load());
		$effect(() => {
			const runner = session.runner;
			const dataset = session.dataset;
			void session.version;
			JSON.stringify(scenarioBook.value.assumptions.breaks);
			if (session.status === 'ready' && runner && dataset && scheduleSettings.loaded && scenarioBook.loaded) void this.load(runner, dataset.fiscalYear);
		});
		$effect(() => {
			JSON.stringify(scenarioBook.value);
			if (!this.context || !scenarioBook.loaded) return;
			const timer = setTimeout(() => this.runAll(), 400);
			return () => clearTimeout(timer);
		});
		$effect(() => () => this.dispose());
	}

	/** Baseline and every scenario, each run unless its request is unchanged. */
	runAll(): void {
		const context = this.context;
		if (!context || this.book.scope.length === 0) return;
		const generation = ++this.#generation;
		const book = $state.snapshot(this.book) as ScenarioBook;
		const entries: [string, Scenario | null][] = [[BASELINE, null], ...book.scenarios.map((s): [string, Scenario] => [s.id, s])];
		const outcomes: Record<string, Outcome> = {};
		for (const [id, scenario] of entries) {
			const { setup, request } = scenarioRequest(context, book, scenario);
			const previous = this.outcomes[id];
			outcomes[id] = previous?.state === 'done' ? previous : { state: 'running', progress: null };
			void this.#run(request, (p) => {
				const now = this.outcomes[id];
				if (generation === this.#generation && now?.state === 'running') this.outcomes[id] = { state: 'running', progress: p };
			})
				.then((result) => {
					if (generation === this.#generation) this.outcomes[id] = { state: 'done', setup, result, figures: scenarioFigures(setup, result.schedule, result.sim, book.assumptions) };
				})
				.catch((e: unknown) => {
					if (generation === this.#generation && !(e instanceof ScenarioRunCancelled)) this.outcomes[id] = { state: 'failed', message: e instanceof Error ? e.message : String(e) };
				});
		}
		this.outcomes = outcomes;
	}

	get running(): boolean {
		return Object.values(this.outcomes).some((o) => o.state === 'running');
	}

	#run(request: ScenarioRunRequest, progress: (p: ScenarioRunProgress) => void): Promise<ScenarioRunResult> {
		const key = requestKey(request);
		const kept = results.get(key);
		// Another screen's run, still going when that screen closed and stopped its workers: run it here.
		if (kept && kept.owner !== this) return kept.result.catch((e: unknown) => (e instanceof ScenarioRunCancelled ? this.#run(request, progress) : Promise.reject(e)));
		if (kept) return kept.result;
		this.#pool ??= new ScenarioRunPool();
		const result = this.#pool.run(request, progress);
		results.set(key, { result, owner: this });
		// The oldest go first: a long session of edits keeps the last ones only.
		if (results.size > MAX_KEPT_RESULTS) results.delete(results.keys().next().value!);
		// A failed or cancelled run is tried again next time.
		result.catch(() => results.delete(key));
		return result;
	}

	/** +0 … +10 staff over the baseline: cost against response time. */
	async runSweep(): Promise<void> {
		const context = this.context;
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
					const { setup, request } = scenarioRequest(context, book, scenario, SWEEP_OPTIONS);
					const result = await this.#run(request, () => undefined);
					points.push({ added, figures: scenarioFigures(setup, result.schedule, result.sim, book.assumptions) });
					this.sweepDone = points.length;
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
