/**
 * The clock times of a day plan: the day starts at the base at 8:30 (the leaflet's day), each leg's
 * travel is followed by an equal share of the remaining time on site, and the last row is the
 * return to the base. These are the rows of the schedule export.
 */
import type { DayPlan, Place, StaffMember } from './types';
import type { TravelTimes } from './travel';
import { onsiteMinutes } from './rules';

export const DAY_START_MINUTES = 8 * 60 + 30;

export interface VisitRow {
	staff_id: string;
	weekday: DayPlan['day'];
	/** 1, 2, 3 for the schools; the return to the base comes last with no school. */
	order: number;
	school_code: string | null;
	/** Minutes after midnight. */
	arrive: number;
	depart: number | null;
	/** Travel of the leg that ends here. */
	travel_minutes: number;
}

export function dayTimeline(plan: DayPlan, staff: StaffMember, schools: ReadonlyMap<string, Place>, travel: TravelTimes): VisitRow[] {
	const onsite = onsiteMinutes(staff.minutesPerDay, plan.travelMinutes, plan.schools.length);
	const rows: VisitRow[] = [];
	let at: Place = staff.base;
	let clock = DAY_START_MINUTES;
	plan.schools.forEach((id, k) => {
		const school = schools.get(id)!;
		const leg = travel.minutes(at, school);
		clock += leg;
		rows.push({ staff_id: plan.staff, weekday: plan.day, order: k + 1, school_code: id, arrive: clock, depart: clock + onsite, travel_minutes: leg });
		clock += onsite;
		at = school;
	});
	const back = travel.minutes(at, staff.base);
	rows.push({ staff_id: plan.staff, weekday: plan.day, order: plan.schools.length + 1, school_code: null, arrive: clock + back, depart: null, travel_minutes: back });
	return rows;
}

/** 510 → "08:30". */
export function clockText(minutes: number): string {
	const m = Math.round(minutes);
	return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
