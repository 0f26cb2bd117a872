/**
 * The last week the schedule screen made, kept in this browser with the workspace: shown again
 * after a reload when it was made from the same request (same data, assumptions and pins), so the
 * planner finds the week they left. A request that changed since is never shown from here. Visits
 * moved on the timetable and not rebuilt yet are kept with it (`edited`), under the request the
 * moves made, so a reload shows the week as edited, still to be rebuilt.
 */
import { isObject } from '$lib/domain/shape';
import type { ScenarioRunResult } from '$lib/sim/scenario-run';
import type { WeeklySchedule } from '$lib/domain/schedule/types';
import { KeptDocument } from './kept-document.svelte';

export interface LastSchedule {
	/** The run's request key (runs/run-cache.ts): the week only stands for the request it answered (or, edited, the one its moves made). */
	key: string;
	employer: string;
	result: ScenarioRunResult;
	seconds: number;
	/** The run's week with the visits moved since, not rebuilt yet; absent when the week shown is the run's. */
	edited?: WeeklySchedule;
}

const isDay = (d: unknown) =>
	isObject(d) && typeof d.staff === 'string' && typeof d.day === 'string' && Array.isArray(d.schools);

const isWeek = (w: unknown): boolean =>
	isObject(w) &&
	Array.isArray(w.days) &&
	Array.isArray(w.unmet) &&
	typeof w.travelMinutes === 'number' &&
	w.days.every(isDay);

/** Our own output read back: kept only when it has the shape the screen needs, else nothing. */
function parseLastSchedule(value: unknown): LastSchedule | null {
	if (!isObject(value) || typeof value.key !== 'string' || typeof value.employer !== 'string') return null;
	const result = value.result;
	if (!isObject(result) || !isWeek(result.schedule) || !isObject(result.sim)) return null;
	if (value.edited !== undefined && !isWeek(value.edited)) return null;
	return value as unknown as LastSchedule;
}

export const lastSchedule = new KeptDocument<LastSchedule | null>('last-schedule', () => null, parseLastSchedule);
