/**
 * The baseline the screens that run weeks share (schedule, scenarios, pack): read from the data
 * once per dataset and set of school breaks, while the visit policy, travel and pins the schedule
 * screen keeps are taken when a run is asked, so changing them runs again without reading.
 */
import type { SchoolBreak } from '$lib/domain/school-calendar';
import type { ScheduleSettings } from '$lib/domain/schedule/settings';
import { employersOf, readScenarioContext, type Employer } from '$lib/runs/scenario-context';
import { scheduleSettings } from '$lib/workspace/schedule-settings.svelte';
import { scenarioBook } from '$lib/workspace/scenario-book.svelte';
import type { ScenarioContext } from '$lib/sim/scenario-request';
import type { ReadData } from './dataset-reader.svelte';

export const currentSchedule = (): ScheduleSettings => $state.snapshot(scheduleSettings.value) as ScheduleSettings;

/** The context read from the data, with the schedule's assumptions as they are now. */
export const contextNow = (context: ScenarioContext | null): ScenarioContext | null =>
	context ? { ...context, schedule: currentSchedule() } : null;

export interface Baseline {
	context: ScenarioContext;
	fiscalYear: number;
	/** Employers with schools, most schools first. */
	employers: Employer[];
}

export interface BaselineInputs {
	breaks: SchoolBreak[];
}

export const readBaseline: ReadData<Baseline, BaselineInputs> = async ({ runner, dataset }, inputs) => {
	const context = await readScenarioContext(runner, dataset.fiscalYear, inputs.breaks, currentSchedule());
	return { context, fiscalYear: dataset.fiscalYear, employers: employersOf(context) };
};

/** What the read depends on besides the data: the breaks (which days are school days), once both kept documents are read. */
export const baselineInputs = (): BaselineInputs | null =>
	scheduleSettings.loaded && scenarioBook.loaded
		? { breaks: $state.snapshot(scenarioBook.value.assumptions.breaks) as SchoolBreak[] }
		: null;
