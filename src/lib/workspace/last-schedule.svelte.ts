/**
 * The last week the schedule screen made, kept in this browser with the workspace: shown again
 * after a reload when it was made from the same request (same data, assumptions and pins), so the
 * planner finds the week they left. A request that changed since is never shown from here.
 */
import { isObject } from '$lib/domain/shape';
import type { ScenarioRunResult } from '$lib/sim/scenario-run';
import { KeptDocument } from './kept-document.svelte';

export interface LastSchedule {
	/** The run's request key (runs/run-cache.ts): the week only stands for the request it answered. */
	key: string;
	employer: string;
	result: ScenarioRunResult;
	seconds: number;
}

/** Our own output read back: kept only when it has the shape the screen needs, else nothing. */
function parseLastSchedule(value: unknown): LastSchedule | null {
	if (!isObject(value) || typeof value.key !== 'string' || typeof value.employer !== 'string') return null;
	const result = value.result;
	if (!isObject(result) || !isObject(result.schedule) || !isObject(result.sim)) return null;
	const schedule = result.schedule;
	if (!Array.isArray(schedule.days) || !Array.isArray(schedule.unmet) || typeof schedule.travelMinutes !== 'number')
		return null;
	const dayOk = (d: unknown) =>
		isObject(d) && typeof d.staff === 'string' && typeof d.day === 'string' && Array.isArray(d.schools);
	if (!schedule.days.every(dayOk)) return null;
	return value as unknown as LastSchedule;
}

export const lastSchedule = new KeptDocument<LastSchedule | null>('last-schedule', () => null, parseLastSchedule);
