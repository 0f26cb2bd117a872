/**
 * The schedule screen's state: the baseline read from the data (the same reader as the scenarios:
 * runs/scenario-context.ts), the planner's assumptions and pins, the employer chosen, and the week
 * planned for it. The week is the scenarios' baseline request for that employer, run through the
 * page's shared runs: the schedule screen, the scenarios and the pack show one week, not three
 * (docs/domain.md, "One staff-day").
 */
import { DatasetReader } from './dataset-reader.svelte';
import {
	changeScheduleSettings,
	type ScheduleSettings,
	type ScheduleSettingsChange
} from '$lib/domain/schedule/settings';
import { scheduleSettings } from '$lib/workspace/schedule-settings.svelte';
import { scenarioBook } from '$lib/workspace/scenario-book.svelte';
import { TravelTimes } from '$lib/domain/schedule/travel';
import type { Pin, ScheduleInstance, WeeklySchedule } from '$lib/domain/schedule/types';
import type { ScenarioSetup } from '$lib/domain/scenario/apply';
import { scenarioFigures, type ScenarioFigures } from '$lib/domain/scenario/figures';
import type { ScenarioBook } from '$lib/domain/scenario/types';
import type { OptimisePhase } from '$lib/optimise/optimise';
import type { ScenarioRunResult } from '$lib/sim/scenario-run';
import { ScenarioRunCancelled, ScenarioRunPool } from '$lib/runs/scenario-run-pool';
import { runShared } from '$lib/runs/scenario-runs';
import { requestKey } from '$lib/runs/run-cache';
import { lastSchedule } from '$lib/workspace/last-schedule.svelte';
import { setScope } from '$lib/domain/scenario/book';
import { untrack } from 'svelte';
import { baselineInputs, contextNow, readBaseline, type Baseline, type BaselineInputs } from './schedule-now.svelte';
import { scenarioRequest } from '$lib/sim/scenario-request';
import { basisOf, basisTravel, changedVisits, moveVisit, pinsAfterMove, type Visit } from '$lib/domain/schedule/edit';
import { checkSchedule } from '$lib/domain/schedule/check';

export interface PlannedSchedule {
	employer: string;
	instance: ScheduleInstance;
	travel: TravelTimes;
	schedule: WeeklySchedule;
	setup: ScenarioSetup;
	/** The figures the scenarios screen shows for this employer's baseline. */
	figures: ScenarioFigures;
	seconds: number;
}

/** The baseline book of one employer: the scenarios' shared assumptions, no scenario. */
export const baselineBook = (book: ScenarioBook, employer: string): ScenarioBook => ({
	scope: [employer],
	assumptions: book.assumptions,
	scenarios: []
});

/** An employer's week as asked: the baseline book, its setup and the run's request. */
type AskedWeek = { employer: string; book: ScenarioBook } & ReturnType<typeof scenarioRequest>;

export class SchedulePlanner {
	/** Read once the data and both kept documents are ready, again when the data or the breaks change (assumptions and pins apply at run time). */
	readonly reader = new DatasetReader<Baseline, BaselineInputs>(readBaseline, {
		inputs: baselineInputs,
		onRead: ({ employers }) => {
			// The employer the scenarios and the pack are about, when it is one; else the one kept
			// across a reload of the same data; else the largest one with staff.
			const known = (code: string | null | undefined) => !!code && employers.some((e) => e.code === code);
			const scope = scenarioBook.value.scope;
			if (scope.length === 1 && known(scope[0])) this.employer = scope[0]!;
			else if (!known(this.employer)) this.employer = employers.find((e) => e.staff > 0)?.code ?? null;
			this.result = null;
		}
	});
	readonly context = $derived(this.reader.value?.context ?? null);
	/** Employers with schools, most schools first, with their names. */
	readonly employers = $derived(this.reader.value?.employers ?? []);
	employer = $state<string | null>(null);
	running = $state(false);
	progress = $state<{ phase: OptimisePhase; best?: number; bound?: number } | null>(null);
	result = $state.raw<PlannedSchedule | null>(null);
	failure = $state<string | null>(null);
	cancelled = $state(false);
	/** The scenario whose week is shown instead of the baseline's, read only (the screen's `?scenario=`). */
	scenario = $state<string | null>(null);
	/** The week shown is the baseline's with visits moved on the timetable, not rebuilt yet. */
	edited = $state(false);
	#pool: ScenarioRunPool | null = null;

	/** The scenario shown, when the book's scope holds it. */
	readonly viewed = $derived(
		this.scenario === null ? null : (scenarioBook.value.scenarios.find((s) => s.id === this.scenario) ?? null)
	);

	/** The assumptions and pins, kept in this browser with the workspace. */
	get settings(): ScheduleSettings {
		return scheduleSettings.value;
	}

	get pins(): Pin[] {
		return scheduleSettings.value.pins;
	}

	set pins(pins: Pin[]) {
		this.changeSettings({ pins });
	}

	/** The one way the screen changes its assumptions and pins: kept with the workspace, and so with the scenarios' baseline. */
	changeSettings(change: ScheduleSettingsChange): void {
		scheduleSettings.update((s) => changeScheduleSettings(s, change));
	}

	/**
	 * The chosen employer's week as the scenarios ask it, with the assumptions and pins as they are
	 * now: set up once per change, for the screen (schools, visits asked, what is left out) and the run.
	 */
	readonly #asked = $derived.by((): AskedWeek | null => {
		const context = this.context && scheduleSettings.loaded ? contextNow(this.context) : null;
		if (!context || !scenarioBook.loaded) return null;
		if (this.scenario !== null) {
			// The scenario as the scenarios screen runs it: the same request, so the same run.
			const viewed = this.viewed && ($state.snapshot(this.viewed) as typeof this.viewed);
			const book = $state.snapshot(scenarioBook.value) as ScenarioBook;
			if (!viewed || book.scope.length === 0) return null;
			return { employer: book.scope.join(','), book, ...scenarioRequest(context, book, viewed) };
		}
		if (!this.employer) return null;
		const book = baselineBook($state.snapshot(scenarioBook.value) as ScenarioBook, this.employer);
		return { employer: this.employer, book, ...scenarioRequest(context, book, null) };
	});
	readonly setup = $derived(this.#asked?.setup ?? null);

	/**
	 * Called while the screen starts: the baseline is read once the data is ready, and again when it
	 * changes; the last week made is shown again when it answers the same request.
	 */
	follow(): void {
		scenarioBook.keepWhileMounted();
		lastSchedule.keepWhileMounted();
		$effect(() => void scheduleSettings.load());
		this.reader.follow();
		$effect(() => {
			const last = lastSchedule.value;
			if (!this.setup || this.scenario !== null || !last || last.employer !== this.employer) return;
			if (this.result || this.running) return;
			untrack(() => this.#showKept(last));
		});
		// A scenario's week is shown as soon as it can be asked (kept from the scenarios screen, else run).
		$effect(() => {
			if (this.scenario === null || !this.setup || this.result || this.running || this.failure) return;
			untrack(() => void this.run());
		});
		$effect(() => () => this.cancel());
	}

	/** The employer chosen here is the one the scenarios and the pack are about too (one story on every screen). */
	choose(employer: string): void {
		if (employer === this.employer) return;
		this.employer = employer;
		this.result = null;
		this.edited = false;
		if (scenarioBook.loaded) scenarioBook.update((b) => setScope(b, [employer]));
	}

	#showKept(last: NonNullable<typeof lastSchedule.value>): void {
		const asked = this.#asked;
		if (!asked || requestKey(asked.request) !== last.key) return;
		const planned = this.#planned(asked, last.result, last.seconds);
		// Visits moved and not rebuilt yet: the week as it was edited, with the run's figures as before the reload.
		this.result = last.edited ? { ...planned, schedule: last.edited } : planned;
		this.edited = last.edited !== undefined;
	}

	/**
	 * The week as edited kept with the run it came from, under the request its moves and pins make
	 * now, so a reload shows it again until it is rebuilt.
	 */
	#keepEdited(schedule: WeeklySchedule): void {
		const asked = this.#asked;
		const kept = lastSchedule.value;
		if (!asked || !kept || kept.employer !== asked.employer) return;
		const key = requestKey(asked.request);
		lastSchedule.update((last) => (last ? { ...last, key, edited: schedule } : last));
	}

	#planned(asked: AskedWeek, result: ScenarioRunResult, seconds: number): PlannedSchedule {
		const { employer, book, setup, request } = asked;
		return {
			employer,
			instance: setup.instance,
			travel: new TravelTimes(request.travel, new Map(request.matrix)),
			schedule: result.schedule,
			setup,
			figures: scenarioFigures(setup, result.schedule, result.sim, book.assumptions),
			seconds
		};
	}

	/** Shows the week of scenario `id` (read only), or the baseline's again for null. */
	show(id: string | null): void {
		if (id === this.scenario) return;
		this.cancel();
		this.scenario = id;
		this.result = null;
		this.edited = false;
		this.failure = null;
	}

	async run(): Promise<void> {
		const asked = this.#asked;
		if (!asked) return;
		const { request } = asked;
		const scenario = this.scenario;
		this.running = true;
		this.failure = null;
		this.cancelled = false;
		this.progress = null;
		const started = performance.now();
		try {
			const result = await runShared(
				this,
				() => (this.#pool ??= new ScenarioRunPool()),
				request,
				(p) => {
					if (p.stage === 'schedule') this.progress = { phase: p.phase, best: p.best, bound: p.bound };
				}
			);
			const seconds = (performance.now() - started) / 1000;
			if (scenario !== this.scenario) return;
			this.result = this.#planned(asked, result, seconds);
			this.edited = false;
			// The baseline's week is the one kept for the next visit; a scenario's is the scenarios screen's.
			if (scenario === null)
				lastSchedule.update(() => ({ key: requestKey(request), employer: asked.employer, result, seconds }));
		} catch (e) {
			if (e instanceof ScenarioRunCancelled) this.cancelled = true;
			else this.failure = e instanceof Error ? e.message : String(e);
		} finally {
			this.running = false;
			this.progress = null;
		}
	}

	cancel(): void {
		this.#pool?.cancelAll();
		this.#pool = null;
	}

	/** Fix a school to the staff member and weekday it has in the current schedule (or release it). */
	togglePin(pin: Pin): void {
		const same = (p: Pin) => p.school === pin.school && p.staff === pin.staff && p.day === pin.day;
		const pins = this.pins.some(same)
			? this.pins.filter((p) => !same(p))
			: [...this.pins.filter((p) => p.school !== pin.school), pin];
		// The week pinned in is the one the rebuild keeps close to.
		this.changeSettings(this.result ? { pins, basis: basisOf(this.result.schedule) } : { pins });
		if (this.edited && this.result) this.#keepEdited(this.result.schedule);
	}

	/**
	 * Moves visit `from` to `to` on the week shown: the visit is fixed there (a pin marked moved),
	 * the week as edited becomes the one a rebuild keeps close to, and is shown until then.
	 */
	move(from: Visit, to: Omit<Visit, 'school'>): void {
		const shown = this.result;
		if (!shown || this.scenario !== null || this.running) return;
		const schedule = moveVisit(shown.instance, shown.travel, shown.schedule, from, to);
		this.changeSettings({ pins: pinsAfterMove(this.pins, from, to), basis: basisOf(schedule) });
		this.result = { ...shown, schedule };
		this.edited = true;
		this.#keepEdited(schedule);
	}

	/** Every pin and move undone, and the edited week forgotten. */
	clearEdits(): void {
		this.changeSettings({ pins: [], basis: null });
	}

	get moves(): number {
		return this.pins.filter((p) => p.moved).length;
	}

	/**
	 * Rules the week as edited breaks until it is rebuilt (day too long, visits too close …). Not the
	 * moves' own pins: a school moved to a staff member has its other visits follow at the rebuild,
	 * and the week shown after a reload is checked against them while the week before was not.
	 */
	readonly editedProblems = $derived(
		this.edited && this.result
			? checkSchedule(this.result.instance, this.result.travel, this.result.schedule).filter((v) => v.rule !== 'pin')
					.length
			: 0
	);

	/** What the rebuild changed against the week as edited: visits now on another day or with another person, and the travel. */
	readonly changes = $derived.by(() => {
		const basis = scheduleSettings.value.basis;
		const shown = this.result;
		if (!basis || !shown || this.edited || this.scenario !== null) return null;
		return {
			changed: changedVisits(basis, shown.schedule),
			before: basisTravel(shown.instance, shown.travel, basis),
			after: shown.schedule.travelMinutes
		};
	});
}
