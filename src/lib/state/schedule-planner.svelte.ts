/**
 * The schedule screen's state: the loaded tables (re-read when the data changes), the planner's
 * assumptions, the employer chosen, pins, and the optimiser run with its progress and result.
 */
import { DatasetReader } from './dataset-reader.svelte';
import { loadScheduleTables } from '$lib/db/queries/schedule';
import {
	buildInstances,
	type FerryRow,
	type OfficeRow,
	type SchoolRow,
	type StaffRow
} from '$lib/domain/schedule/instance';
import {
	changeScheduleSettings,
	type ScheduleSettings,
	type ScheduleSettingsChange
} from '$lib/domain/schedule/settings';
import { scheduleSettings } from '$lib/workspace/schedule-settings.svelte';
import { matrixKey, TravelTimes } from '$lib/domain/schedule/travel';
import type { Pin, ScheduleInstance, WeeklySchedule } from '$lib/domain/schedule/types';
import { OptimiseCancelled, OptimiseClient } from '$lib/runs/optimise-client';
import type { OptimisePhase } from '$lib/optimise/optimise';

interface Tables {
	schools: SchoolRow[];
	staff: StaffRow[];
	offices: OfficeRow[];
	ferries: FerryRow[];
	matrix: [string, number][];
}

export interface PlannedSchedule {
	employer: string;
	instance: ScheduleInstance;
	travel: TravelTimes;
	schedule: WeeklySchedule;
	seconds: number;
}

/** Time the optimiser may take (seconds) and the gap at which it may stop. */
const TIME_LIMIT = 25;
const GAP = 0.005;

export class SchedulePlanner {
	readonly reader = new DatasetReader<Tables>(
		async ({ runner }) => {
			const { schools, staff, offices, ferries, travel } = await loadScheduleTables(runner);
			return {
				schools,
				staff,
				offices,
				ferries,
				matrix: travel.map((r): [string, number] => [matrixKey(r.from_id, r.to_id), r.minutes])
			};
		},
		{
			onRead: () => {
				// Keep the employer across a reload of the same data; else the largest one with staff.
				if (!this.employer || !this.employers.some((e) => e.code === this.employer))
					this.employer = this.employers.find((e) => e.staff > 0)?.code ?? null;
				this.result = null;
			}
		}
	);
	readonly tables = $derived(this.reader.value);
	employer = $state<string | null>(null);
	running = $state(false);
	progress = $state<{ phase: OptimisePhase; best?: number; bound?: number } | null>(null);
	result = $state<PlannedSchedule | null>(null);
	failure = $state<string | null>(null);
	cancelled = $state(false);
	#client: OptimiseClient | null = null;

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

	/** The one way the screen changes its assumptions and pins: kept with the workspace. */
	changeSettings(change: ScheduleSettingsChange): void {
		scheduleSettings.update((s) => changeScheduleSettings(s, change));
	}

	readonly instances = $derived.by(() => {
		if (!this.tables) return null;
		const { schools, staff, offices, ferries } = this.tables;
		return buildInstances({ schools, staff, offices, ferries }, this.settings);
	});

	/** Employers with schools, most schools first, with their names. */
	readonly employers = $derived.by(() => {
		if (!this.instances || !this.tables) return [];
		const names = new Map(this.tables.offices.map((o) => [o.municipality_code, o.name]));
		return [...this.instances.byEmployer]
			.map(([code, instance]) => ({
				code,
				name: names.get(code) ?? code,
				schools: instance.schools.length,
				staff: instance.staff.length
			}))
			.sort((a, b) => b.schools - a.schools || a.code.localeCompare(b.code));
	});

	/** Called while the screen starts: the tables are read once the data is ready, and again when it changes. */
	follow(): void {
		this.reader.follow();
	}

	async run(): Promise<void> {
		const employer = this.employer;
		const instance = employer ? this.instances?.byEmployer.get(employer) : undefined;
		if (!employer || !instance || !this.tables) return;
		this.#client ??= new OptimiseClient();
		this.running = true;
		this.failure = null;
		this.cancelled = false;
		this.progress = null;
		const started = performance.now();
		const request = $state.snapshot({
			instance,
			travel: this.settings.travel,
			matrix: this.tables.matrix,
			options: { timeLimitSeconds: TIME_LIMIT, gap: GAP }
		});
		try {
			const schedule = await this.#client.run(
				request,
				(phase, best, bound) => (this.progress = { phase, best, bound })
			);
			this.result = {
				employer,
				instance: request.instance,
				travel: new TravelTimes(request.travel, new Map(request.matrix)),
				schedule,
				seconds: (performance.now() - started) / 1000
			};
		} catch (e) {
			if (e instanceof OptimiseCancelled) this.cancelled = true;
			else this.failure = e instanceof Error ? e.message : String(e);
		} finally {
			this.running = false;
			this.progress = null;
		}
	}

	cancel(): void {
		this.#client?.cancel();
	}

	/** Fix a school to the staff member and weekday it has in the current schedule (or release it). */
	togglePin(pin: Pin): void {
		const same = (p: Pin) => p.school === pin.school && p.staff === pin.staff && p.day === pin.day;
		this.pins = this.pins.some(same)
			? this.pins.filter((p) => !same(p))
			: [...this.pins.filter((p) => p.school !== pin.school), pin];
	}
}
