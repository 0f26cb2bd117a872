/**
 * An independent check of every hard rule of a weekly schedule (docs/domain.md, "Schedule"), recomputing what it can
 * from the instance and the travel model instead of trusting what the optimiser reports. Tests run
 * it on every schedule they produce.
 */
import { WEEKDAYS } from '../tables';
import type { ScheduleInstance, WeeklySchedule } from './types';
import type { TravelTimes } from './travel';
import { dayIndex, requiredVisits, spreadOk } from './rules';

export type ScheduleRule =
	| 'unknown_place'
	| 'visits'
	| 'same_day'
	| 'spread'
	| 'staff_days'
	| 'route'
	| 'day_length'
	| 'travel'
	| 'pin'
	| 'one_staff'
	| 'totals';

export interface Violation {
	rule: ScheduleRule;
	detail: string;
}

const EPS = 1e-6;

export function checkSchedule(instance: ScheduleInstance, travel: TravelTimes, schedule: WeeklySchedule): Violation[] {
	const out: Violation[] = [];
	const fail = (rule: ScheduleRule, detail: string) => out.push({ rule, detail });
	const schools = new Map(instance.schools.map((s) => [s.id, s]));
	const staff = new Map(instance.staff.map((s) => [s.id, s]));
	const visitDays = new Map<string, number[]>();
	const visitStaff = new Map<string, Set<string>>();
	const staffDays = new Map<string, Set<string>>();
	let total = 0;

	for (const plan of schedule.days) {
		const member = staff.get(plan.staff);
		if (!member) {
			fail('unknown_place', `staff ${plan.staff}`);
			continue;
		}
		if (!WEEKDAYS.includes(plan.day)) fail('staff_days', `${plan.staff}: ${plan.day} is not a weekday`);
		const days = staffDays.get(plan.staff) ?? new Set();
		if (days.has(plan.day)) fail('staff_days', `${plan.staff} has two plans on ${plan.day}`);
		days.add(plan.day);
		staffDays.set(plan.staff, days);
		const route = plan.schools.map((id) => schools.get(id));
		if (route.some((s) => !s)) {
			fail('unknown_place', `${plan.staff} ${plan.day}: ${plan.schools.join(', ')}`);
			continue;
		}
		if (
			plan.schools.length === 0 ||
			plan.schools.length > instance.maxSchoolsPerDay ||
			new Set(plan.schools).size !== plan.schools.length
		)
			fail('route', `${plan.staff} ${plan.day}: ${plan.schools.length} school(s) ${plan.schools.join(', ')}`);
		const minutes = travel.routeMinutes(member.base, route as NonNullable<(typeof route)[number]>[]);
		if (Math.abs(minutes - plan.travelMinutes) > 1e-6 * Math.max(1, minutes))
			fail('travel', `${plan.staff} ${plan.day}: reported ${plan.travelMinutes}, actual ${minutes}`);
		if (minutes + plan.schools.length * instance.minOnsiteMinutes > member.minutesPerDay + EPS)
			fail(
				'day_length',
				`${plan.staff} ${plan.day}: ${Math.round(minutes)} min travel + ${plan.schools.length} × ${instance.minOnsiteMinutes} min on site > ${member.minutesPerDay}`
			);
		total += minutes;
		for (const id of plan.schools) {
			const list = visitDays.get(id) ?? [];
			list.push(dayIndex(plan.day));
			visitDays.set(id, list);
			visitStaff.set(id, (visitStaff.get(id) ?? new Set()).add(plan.staff));
		}
	}

	for (const [id, days] of staffDays)
		if (days.size > staff.get(id)!.days)
			fail('staff_days', `${id} works ${days.size} days, contract says ${staff.get(id)!.days}`);

	const unmet = new Map<string, number>();
	for (const u of schedule.unmet) unmet.set(u.school, (unmet.get(u.school) ?? 0) + u.missing);
	for (const school of instance.schools) {
		const days = visitDays.get(school.id) ?? [];
		// The visits the policy requires are made or counted unmet; those beyond them may be made or not, never more.
		const required = requiredVisits(school);
		const missing = unmet.get(school.id) ?? 0;
		const counted = missing > 0 ? days.length + missing === required : days.length >= required;
		if (!counted || days.length > school.visits)
			fail(
				'visits',
				`${school.id}: ${days.length} visit(s) + ${missing} unmet, ${required} required of ${school.visits}`
			);
		if (new Set(days).size !== days.length) fail('same_day', `${school.id}: days ${days.join(', ')}`);
		else if (!spreadOk(days, school.visits))
			fail('spread', `${school.id}: days ${days.map((d) => WEEKDAYS[d]).join(', ')}`);
	}

	for (const pin of instance.pins) {
		const days = visitDays.get(pin.school) ?? [];
		if (pin.staff && [...(visitStaff.get(pin.school) ?? [])].some((s) => s !== pin.staff))
			fail('pin', `${pin.school} is pinned to ${pin.staff}`);
		if (
			pin.day &&
			!schedule.days.some(
				(p) => p.day === pin.day && p.schools.includes(pin.school) && (!pin.staff || p.staff === pin.staff)
			)
		)
			fail('pin', `${pin.school} is pinned to ${pin.day}${pin.staff ? ` with ${pin.staff}` : ''}`);
		if (pin.staff && days.length === 0 && schools.get(pin.school)?.visits)
			fail('pin', `${pin.school} pinned to ${pin.staff} is not visited`);
	}

	// 担当制: every school's visits by one staff member.
	if (instance.oneStaffPerSchool)
		for (const [id, by] of visitStaff) if (by.size > 1) fail('one_staff', `${id} is visited by ${[...by].join(', ')}`);

	if (Math.abs(total - schedule.travelMinutes) > 1e-6 * Math.max(1, total))
		fail('totals', `travel ${schedule.travelMinutes} ≠ sum of days ${total}`);
	if (schedule.lowerBound > schedule.travelMinutes + 1e-6 * Math.max(1, total))
		fail('totals', `bound ${schedule.lowerBound} above travel ${schedule.travelMinutes}`);
	const gap = schedule.travelMinutes > 0 ? (schedule.travelMinutes - schedule.lowerBound) / schedule.travelMinutes : 0;
	if (Math.abs(gap - schedule.gap) > 1e-6) fail('totals', `gap ${schedule.gap} ≠ ${gap}`);
	return out;
}
