/**
 * What a weekly schedule means for the planner: visits made and missing, staff-days used, travel
 * per staff member, and — when visits are missing for lack of staff — about how many more staff
 * would carry them ("12 visit-days short: about 3 more staff").
 */
import type { ScheduleInstance, WeeklySchedule } from './types';
import { requiredVisits } from './rules';

export interface ScheduleSummary {
	/** Visits the visit policy requires (docs/domain.md, "One staff-day"). */
	visitsRequired: number;
	/** Visits asked beyond those, from staff-days the policy leaves over (visit-spread.ts). */
	extraAsked: number;
	visitsMade: number;
	/** Of the visits made, those beyond the policy's. */
	extraMade: number;
	/** Missing visits by reason. */
	unmet: { capacity: number; unreachable: number; spread: number };
	staffDaysUsed: number;
	staffDaysAvailable: number;
	/** Staff-days without a visit: spent at the base on remote support (the simulation counts them so). */
	officeDays: number;
	/** Visits per staff-day worked (2–3 where routes join nearby schools). */
	visitsPerStaffDay: number;
	travelMinutes: number;
	/** Weekly travel minutes per staff id (0 for staff with no day). */
	travelByStaff: Map<string, number>;
	/** More full-time staff that would carry the visits missing for lack of staff; 0 when none. */
	extraStaff: number;
}

export function summariseSchedule(instance: ScheduleInstance, schedule: WeeklySchedule): ScheduleSummary {
	const visitsRequired = instance.schools.reduce((n, s) => n + requiredVisits(s), 0);
	const extraAsked = instance.schools.reduce((n, s) => n + s.visits - requiredVisits(s), 0);
	const visitsMade = schedule.days.reduce((n, d) => n + d.schools.length, 0);
	const made = new Map<string, number>();
	for (const d of schedule.days) for (const s of d.schools) made.set(s, (made.get(s) ?? 0) + 1);
	const extraMade = instance.schools.reduce((n, s) => n + Math.max(0, (made.get(s.id) ?? 0) - requiredVisits(s)), 0);
	const unmet = { capacity: 0, unreachable: 0, spread: 0 };
	for (const u of schedule.unmet) unmet[u.reason] += u.missing;
	const travelByStaff = new Map(instance.staff.map((s) => [s.id, 0]));
	for (const d of schedule.days) travelByStaff.set(d.staff, (travelByStaff.get(d.staff) ?? 0) + d.travelMinutes);
	const visitsPerStaffDay = schedule.days.length > 0 ? visitsMade / schedule.days.length : 1;
	// A full-time member works 5 days; at today's visits per day that many visits a week.
	const extraStaff = unmet.capacity > 0 ? Math.ceil(unmet.capacity / (visitsPerStaffDay * 5)) : 0;
	const staffDaysAvailable = instance.staff.reduce((n, s) => n + s.days, 0);
	return {
		visitsRequired,
		extraAsked,
		visitsMade,
		extraMade,
		unmet,
		staffDaysUsed: schedule.days.length,
		staffDaysAvailable,
		officeDays: Math.max(0, staffDaysAvailable - schedule.days.length),
		visitsPerStaffDay,
		travelMinutes: schedule.travelMinutes,
		travelByStaff,
		extraStaff
	};
}
