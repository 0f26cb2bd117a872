/** The schedule export (issue 4): one row per visit, then the return to the base, in clock times. */
import { toCsv, type CsvCell } from '$lib/domain/csv-export';
import { clockText, dayTimeline } from '$lib/domain/schedule/timeline';
import type { PlannedSchedule } from './planner.svelte';

export const SCHEDULE_COLUMNS = ['staff_id', 'weekday', 'order', 'school_code', 'arrive', 'depart', 'travel_minutes'] as const;

export function scheduleRows(planned: PlannedSchedule): CsvCell[][] {
	const staff = new Map(planned.instance.staff.map((s) => [s.id, s]));
	const places = new Map(planned.instance.schools.map((s) => [s.id, s]));
	return planned.schedule.days.flatMap((day) =>
		dayTimeline(day, staff.get(day.staff)!, places, planned.travel).map((r) => [
			r.staff_id,
			r.weekday,
			r.order,
			r.school_code,
			clockText(r.arrive),
			r.depart === null ? null : clockText(r.depart),
			Math.round(r.travel_minutes * 10) / 10
		])
	);
}

export const scheduleCsv = (planned: PlannedSchedule) => toCsv(SCHEDULE_COLUMNS, scheduleRows(planned));
