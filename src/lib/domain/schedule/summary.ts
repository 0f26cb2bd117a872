/**
 * What a weekly schedule means for the planner: visits made and missing, staff-days used, travel
 * per staff member, and — when visits are missing for lack of staff — about how many more staff
 * would carry them ("12 visit-days short: about 3 more staff").
 */
import type { ScheduleInstance, WeeklySchedule } from './types';

export interface ScheduleSummary {
	visitsRequired: number;
	visitsMade: number;
	/** Missing visits by reason. */
	unmet: { capacity: number; unreachable: number; spread: number };
	staffDaysUsed: number;
	staffDaysAvailable: number;
	/** Visits per staff-day worked (2–3 where routes join nearby schools). */
	visitsPerStaffDay: number;
	travelMinutes: number;
	/** Weekly travel minutes per staff id (0 for staff with no day). */
	travelByStaff: Map<string, number>;
	/** More full-time staff that would carry the visits missing for lack of staff; 0 when none. */
	extraStaff: number;
}

export function summariseSchedule(instance: ScheduleInstance, schedule: WeeklySchedule): ScheduleSummary {
	const visitsRequired = instance.schools.reduce((n, s) => n + s.visits, 0);
	const visitsMade = schedule.days.reduce((n, d) => n + d.schools.length, 0);
	const unmet = { capacity: 0, unreachable: 0, spread: 0 };
	for (const u of schedule.unmet) unmet[u.reason] += u.missing;
	const travelByStaff = new Map(instance.staff.map((s) => [s.id, 0]));
	for (const d of schedule.days) travelByStaff.set(d.staff, (travelByStaff.get(d.staff) ?? 0) + d.travelMinutes);
	const visitsPerStaffDay = schedule.days.length > 0 ? visitsMade / schedule.days.length : 1;
	// A full-time member works 5 days; at today's visits per day that many visits a week.
	const extraStaff = unmet.capacity > 0 ? Math.ceil(unmet.capacity / (visitsPerStaffDay * 5)) : 0;
	return {
		visitsRequired,
		visitsMade,
		unmet,
		staffDaysUsed: schedule.days.length,
		staffDaysAvailable: instance.staff.reduce((n, s) => n + s.days, 0),
		visitsPerStaffDay,
		travelMinutes: schedule.travelMinutes,
		travelByStaff,
		extraStaff
	};
}
