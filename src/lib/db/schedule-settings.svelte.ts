/**
 * The planner's schedule assumptions and pins, kept in this browser with the workspace and
 * restored on reload; a failure to save is reported, and the settings stay in use.
 */
import { createStore, get, set } from 'idb-keyval';
import { defaultScheduleSettings, parseScheduleSettings, type ScheduleSettings } from '$lib/domain/schedule/settings';

const KEY = 'schedule-settings';
let store: ReturnType<typeof createStore> | null = null;
const db = () => (store ??= createStore('haichi', 'workspace'));

class ScheduleSettingsState {
	value = $state<ScheduleSettings>(defaultScheduleSettings());
	saveError = $state<string | null>(null);
	/** What this browser kept has been read: only then may a change be saved over it. */
	loaded = $state(false);
	#loaded: Promise<void> | null = null;

	/** Once per page: what this browser kept (a damaged entry gives the defaults). */
	load(): Promise<void> {
		return (this.#loaded ??= get(KEY, db())
			.then((stored) => {
				const parsed = parseScheduleSettings(stored);
				if (parsed) this.value = parsed;
			})
			.catch(() => undefined)
			.finally(() => (this.loaded = true)));
	}

	async save(): Promise<void> {
		try {
			await set(KEY, $state.snapshot(this.value), db());
			this.saveError = null;
		} catch (e) {
			this.saveError = e instanceof Error ? e.message : String(e);
		}
	}

	/** Settings from a workspace file (already checked), kept in this browser too. */
	async replace(settings: ScheduleSettings): Promise<void> {
		this.value = settings;
		await this.save();
	}
}

export const scheduleSettings = new ScheduleSettingsState();
