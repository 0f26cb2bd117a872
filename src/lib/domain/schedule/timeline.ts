/**
 * The clock times of a day plan: the day starts at the base at 8:30 (the leaflet's day), each leg's
 * travel is followed by an equal share of the remaining time on site, and the last row is the
 * return to the base. These are the rows of the schedule export.
 */
import { toCsv, type CsvCell } from '../csv-export';
import type { DayPlan, Place, ScheduleInstance, StaffMember, WeeklySchedule } from './types';
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

export function dayTimeline(
	plan: DayPlan,
	staff: StaffMember,
	schools: ReadonlyMap<string, Place>,
	travel: TravelTimes
): VisitRow[] {
	const onsite = onsiteMinutes(staff.minutesPerDay, plan.travelMinutes, plan.schools.length);
	const rows: VisitRow[] = [];
	let at: Place = staff.base;
	let clock = DAY_START_MINUTES;
	plan.schools.forEach((id, k) => {
		const school = schools.get(id)!;
		const leg = travel.minutes(at, school);
		clock += leg;
		rows.push({
			staff_id: plan.staff,
			weekday: plan.day,
			order: k + 1,
			school_code: id,
			arrive: clock,
			depart: clock + onsite,
			travel_minutes: leg
		});
		clock += onsite;
		at = school;
	});
	const back = travel.minutes(at, staff.base);
	rows.push({
		staff_id: plan.staff,
		weekday: plan.day,
		order: plan.schools.length + 1,
		school_code: null,
		arrive: clock + back,
		depart: null,
		travel_minutes: back
	});
	return rows;
}

/** 510 → "08:30". */
export function clockText(minutes: number): string {
	const m = Math.round(minutes);
	return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Columns of the schedule export (the CSV of the schedule screen and of `npm run schedule`). */
export const SCHEDULE_COLUMNS = [
	'staff_id',
	'weekday',
	'order',
	'school_code',
	'arrive',
	'depart',
	'travel_minutes'
] as const;

/** The schedule export: one row per visit, then the return to the base, in clock times; travel to 0.1 min. */
export function scheduleRows(instance: ScheduleInstance, travel: TravelTimes, schedule: WeeklySchedule): CsvCell[][] {
	const staff = new Map(instance.staff.map((s) => [s.id, s]));
	const places = new Map(instance.schools.map((s) => [s.id, s]));
	return schedule.days.flatMap((day) =>
		dayTimeline(day, staff.get(day.staff)!, places, travel).map((r) => [
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

/** The schedule export as CSV for Japanese Excel (UTF-8 with BOM), from the same rows. */
export const scheduleCsv = (instance: ScheduleInstance, travel: TravelTimes, schedule: WeeklySchedule) =>
	toCsv(SCHEDULE_COLUMNS, scheduleRows(instance, travel, schedule));
