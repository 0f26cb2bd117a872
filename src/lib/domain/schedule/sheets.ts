/**
 * The paper a board hands over: each staff member's week (巡回表) and each school's visits (訪問予定),
 * and the schedule file in people's words. All three read the clock times of the schedule export
 * (timeline.ts), so the sheets, the timetable on screen and both files agree to the minute.
 */
import type { CsvCell } from '../csv-export';
import { WEEKDAYS, type Weekday } from '../tables';
import { clockText, dayTimeline } from './timeline';
import type { TravelTimes } from './travel';
import { requiredVisits } from './rules';
import type { ScheduleInstance, UnmetVisits, WeeklySchedule } from './types';

export interface SheetVisit {
	order: number;
	school: string;
	schoolName: string;
	/** Minutes after midnight. */
	arrive: number;
	depart: number;
	/** The leg that ends here, in whole minutes, so that a day's column adds up to its total. */
	travelMinutes: number;
}

export interface StaffDay {
	day: Weekday;
	visits: SheetVisit[];
	/** The return to the base; null on a day without visits. */
	back: { arrive: number; travelMinutes: number } | null;
	/** The day's legs added up, the return included. */
	travelMinutes: number;
}

export interface StaffSheet {
	staff: string;
	name: string;
	/** Monday to Friday, each weekday once, with or without visits. */
	days: StaffDay[];
	totals: { visits: number; schools: number; visitDays: number; travelMinutes: number; onsiteMinutes: number };
}

export interface SchoolVisit {
	day: Weekday;
	staff: string;
	staffName: string;
	arrive: number;
	depart: number;
}

export interface SchoolSheet {
	school: string;
	name: string;
	/** Monday to Friday; a weekday without a visit has none. */
	days: { day: Weekday; visits: SchoolVisit[] }[];
	visits: number;
	/** Visit days a week the policy asks of this school (docs/domain.md, "Visit policy"). */
	asked: number;
	missing: UnmetVisits[];
}

/** One sheet per staff member of the instance, in its order: their five weekdays and the week's totals. */
export function staffSheets(instance: ScheduleInstance, travel: TravelTimes, schedule: WeeklySchedule): StaffSheet[] {
	const places = new Map(instance.schools.map((s) => [s.id, s]));
	return instance.staff.map((member) => {
		const days = WEEKDAYS.map((day): StaffDay => {
			const plan = schedule.days.find((d) => d.staff === member.id && d.day === day);
			if (!plan || plan.schools.length === 0) return { day, visits: [], back: null, travelMinutes: 0 };
			const rows = dayTimeline(plan, member, places, travel);
			const last = rows[rows.length - 1]!;
			const visits = rows
				.filter((r) => r.school_code !== null)
				.map((r) => ({
					order: r.order,
					school: r.school_code!,
					schoolName: places.get(r.school_code!)!.name,
					arrive: r.arrive,
					depart: r.depart!,
					travelMinutes: Math.round(r.travel_minutes)
				}));
			const back = { arrive: last.arrive, travelMinutes: Math.round(last.travel_minutes) };
			return {
				day,
				visits,
				back,
				travelMinutes: visits.reduce((m, v) => m + v.travelMinutes, back.travelMinutes)
			};
		});
		const visits = days.flatMap((d) => d.visits);
		return {
			staff: member.id,
			name: member.name,
			days,
			totals: {
				visits: visits.length,
				schools: new Set(visits.map((v) => v.school)).size,
				visitDays: days.filter((d) => d.visits.length > 0).length,
				travelMinutes: days.reduce((m, d) => m + d.travelMinutes, 0),
				onsiteMinutes: visits.reduce((m, v) => m + v.depart - v.arrive, 0)
			}
		};
	});
}

/** One sheet per school of the instance, in its order: who comes on which weekday and when, and what is missing. */
export function schoolSheets(instance: ScheduleInstance, travel: TravelTimes, schedule: WeeklySchedule): SchoolSheet[] {
	const byStaff = staffSheets(instance, travel, schedule);
	return instance.schools.map((school) => {
		const days = WEEKDAYS.map((day) => ({
			day,
			visits: byStaff.flatMap((sheet) =>
				sheet.days
					.find((d) => d.day === day)!
					.visits.filter((v) => v.school === school.id)
					.map((v) => ({ day, staff: sheet.staff, staffName: sheet.name, arrive: v.arrive, depart: v.depart }))
			)
		}));
		return {
			school: school.id,
			name: school.name,
			days,
			visits: days.reduce((n, d) => n + d.visits.length, 0),
			asked: requiredVisits(school),
			missing: schedule.unmet.filter((u) => u.school === school.id)
		};
	});
}

/** What the file calls a weekday and the return to the base, in the reader's language. */
export interface ScheduleWords {
	weekday: Record<Weekday, string>;
	back: string;
}

/**
 * The schedule file for people: staff and school by name, the weekday as written (月…金), clock
 * times, travel in whole minutes; by staff member, then weekday, then visiting order, as the sheets.
 * Columns: staff, weekday, order, destination, arrive, depart, travel minutes.
 */
export function namedScheduleRows(
	instance: ScheduleInstance,
	travel: TravelTimes,
	schedule: WeeklySchedule,
	words: ScheduleWords
): CsvCell[][] {
	return staffSheets(instance, travel, schedule).flatMap((sheet) =>
		sheet.days.flatMap((d) =>
			d.back === null
				? []
				: [
						...d.visits.map((v) => [
							sheet.name,
							words.weekday[d.day],
							v.order,
							v.schoolName,
							clockText(v.arrive),
							clockText(v.depart),
							v.travelMinutes
						]),
						[
							sheet.name,
							words.weekday[d.day],
							d.visits.length + 1,
							words.back,
							clockText(d.back.arrive),
							null,
							d.back.travelMinutes
						]
					]
		)
	);
}
