/**
 * The planner's edits of a week on the timetable: a visit moved to another weekday or staff member
 * (the week as edited, shown until it is rebuilt around the move), and what a rebuild changed
 * against the week as it was edited (ScheduleInstance.basis).
 */
import { WEEKDAYS, type Weekday } from '../tables';
import type { TravelTimes } from './travel';
import type { BasisDay, DayPlan, Pin, ScheduleInstance, WeeklySchedule } from './types';

/** One visit of the week: a school on a staff member's day. */
export interface Visit {
	school: string;
	staff: string;
	day: Weekday;
}

const byStaffAndDay = (a: BasisDay, b: BasisDay) =>
	a.staff.localeCompare(b.staff) || WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day);

/** The day's route with `school` put where it adds least travel. */
function insertCheapest(
	schools: readonly string[],
	school: string,
	cost: (order: readonly string[]) => number
): string[] {
	let best: string[] = [...schools, school];
	for (let at = 0; at < schools.length; at++) {
		const order = [...schools.slice(0, at), school, ...schools.slice(at)];
		if (cost(order) < cost(best)) best = order;
	}
	return best;
}

/**
 * The week with visit `from` made by `to.staff` on `to.day` instead, each day's travel measured
 * again. Not checked against the rules: the rebuild plans the week around the move.
 */
export function moveVisit(
	instance: ScheduleInstance,
	travel: TravelTimes,
	week: WeeklySchedule,
	from: Visit,
	to: Omit<Visit, 'school'>
): WeeklySchedule {
	const schools = new Map(instance.schools.map((s) => [s.id, s]));
	const staff = new Map(instance.staff.map((s) => [s.id, s]));
	const minutes = (member: string, order: readonly string[]) =>
		travel.routeMinutes(
			staff.get(member)!.base,
			order.map((id) => schools.get(id)!)
		);
	const days: DayPlan[] = [];
	for (const plan of week.days) {
		if (plan.staff !== from.staff || plan.day !== from.day || !plan.schools.includes(from.school)) {
			days.push(plan);
			continue;
		}
		const rest = plan.schools.filter((s) => s !== from.school);
		if (rest.length > 0) days.push({ ...plan, schools: rest, travelMinutes: minutes(plan.staff, rest) });
	}
	const at = days.findIndex((p) => p.staff === to.staff && p.day === to.day);
	const order = insertCheapest(at >= 0 ? days[at]!.schools : [], from.school, (o) => minutes(to.staff, o));
	const moved: DayPlan = { staff: to.staff, day: to.day, schools: order, travelMinutes: minutes(to.staff, order) };
	if (at >= 0) days[at] = moved;
	else days.push(moved);
	days.sort(byStaffAndDay);
	const travelMinutes = days.reduce((t, d) => t + d.travelMinutes, 0);
	const lowerBound = Math.min(week.lowerBound, travelMinutes);
	return {
		...week,
		days,
		travelMinutes,
		lowerBound,
		gap: travelMinutes > 0 ? (travelMinutes - lowerBound) / travelMinutes : 0
	};
}

/**
 * The pins after moving visit `from` to `to`: the moved visit is fixed there; a school's pins
 * naming another staff member go (a pin's staff member makes all the school's visits), and so
 * does a pin of the visit on the day it left.
 */
export function pinsAfterMove(pins: readonly Pin[], from: Visit, to: Omit<Visit, 'school'>): Pin[] {
	const kept = pins.filter(
		(p) => p.school !== from.school || (p.staff === to.staff && p.day !== from.day && p.day !== to.day)
	);
	return [...kept, { school: from.school, staff: to.staff, day: to.day, moved: true }];
}

/** The days of a week as kept for the next rebuild. */
export const basisOf = (week: WeeklySchedule): BasisDay[] =>
	week.days.map(({ staff, day, schools }) => ({ staff, day, schools: [...schools] }));

/** Visits of `week` that `basis` does not make on the same day by the same staff member. */
export function changedVisits(basis: readonly BasisDay[], week: WeeklySchedule): number {
	const before = new Set(basis.flatMap((d) => d.schools.map((s) => `${s} ${d.staff} ${d.day}`)));
	return week.days.reduce((n, d) => n + d.schools.filter((s) => !before.has(`${s} ${d.staff} ${d.day}`)).length, 0);
}

/** Travel of the days of `basis`, measured as the optimiser does (days naming a school or staff member not in `instance` are left out). */
export function basisTravel(instance: ScheduleInstance, travel: TravelTimes, basis: readonly BasisDay[]): number {
	const schools = new Map(instance.schools.map((s) => [s.id, s]));
	const staff = new Map(instance.staff.map((s) => [s.id, s]));
	return basis.reduce((t, d) => {
		const member = staff.get(d.staff);
		const route = d.schools.map((id) => schools.get(id));
		return member && route.every((s) => s)
			? t + travel.routeMinutes(member.base, route as NonNullable<(typeof route)[number]>[])
			: t;
	}, 0);
}
