/** The schedule export as CSV for Japanese Excel (UTF-8 with BOM); rows from the domain's timeline. */
import { toCsv } from '$lib/domain/csv-export';
import { SCHEDULE_COLUMNS, scheduleRows } from '$lib/domain/schedule/timeline';
import type { PlannedSchedule } from './planner.svelte';

export const scheduleCsv = (planned: PlannedSchedule) => toCsv(SCHEDULE_COLUMNS, scheduleRows(planned.instance, planned.travel, planned.schedule));
