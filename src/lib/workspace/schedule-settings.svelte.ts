/** The planner's schedule assumptions and pins, kept in this browser with the workspace. */
import { defaultScheduleSettings, parseScheduleSettings, type ScheduleSettings } from '$lib/domain/schedule/settings';
import { KeptDocument } from './kept-document.svelte';

export const scheduleSettings = new KeptDocument<ScheduleSettings>(
	'schedule-settings',
	defaultScheduleSettings,
	parseScheduleSettings
);
