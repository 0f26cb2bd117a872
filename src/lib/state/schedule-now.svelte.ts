/**
 * The baseline's schedule assumptions as they are now, for the screens that run it (schedule,
 * scenarios, pack): the tables are read once per dataset, and the visit policy, travel and pins the
 * schedule screen keeps are taken when a run is asked, so changing them runs again without reading.
 */
import type { ScheduleSettings } from '$lib/domain/schedule/settings';
import { scheduleSettings } from '$lib/workspace/schedule-settings.svelte';
import type { ScenarioContext } from '$lib/sim/scenario-request';

export const currentSchedule = (): ScheduleSettings => $state.snapshot(scheduleSettings.value) as ScheduleSettings;

/** The context read from the data, with the schedule's assumptions as they are now. */
export const contextNow = (context: ScenarioContext | null): ScenarioContext | null =>
	context ? { ...context, schedule: currentSchedule() } : null;
