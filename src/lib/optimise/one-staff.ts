/**
 * 担当制 (ScheduleInstance.oneStaffPerSchool): every visit to a school by one staff member. The
 * week is first planned freely (its routes keep nearby schools together); each school then goes to
 * the member who made most of its visits, as a pin, and the week is planned again under those pins,
 * which the assignment and placement already hold (patterns.ts, pinnedStaff).
 */
import type { Highs } from 'highs';
import type { Pin, ScheduleInstance, SchoolSite, StaffMember, WeeklySchedule } from '$lib/domain/schedule/types';
import type { TravelTimes } from '$lib/domain/schedule/travel';
import { optimiseSchedule, type OptimiseOptions } from './optimise';

/**
 * Each school not yet pinned to a staff member, pinned to the one who makes most of its visits in
 * `week`; a school `week` does not visit, to the one whose base is nearest (fewest minutes there and back).
 */
export function ownerPins(instance: ScheduleInstance, week: WeeklySchedule, travel: TravelTimes): Pin[] {
	const owned = new Set(instance.pins.flatMap((p) => (p.staff ? [p.school] : [])));
	const visits = new Map<string, Map<string, number>>();
	for (const plan of week.days)
		for (const school of plan.schools) {
			const by = visits.get(school) ?? new Map<string, number>();
			by.set(plan.staff, (by.get(plan.staff) ?? 0) + 1);
			visits.set(school, by);
		}
	const owners: Pin[] = [];
	for (const school of instance.schools) {
		if (owned.has(school.id) || school.visits === 0) continue;
		const by = visits.get(school.id);
		const staff = by ? [...by].reduce((best, e) => (e[1] > best[1] ? e : best))[0] : nearest(instance, school, travel);
		if (staff) owners.push({ school: school.id, staff });
	}
	return [...instance.pins, ...owners];
}

function nearest(instance: ScheduleInstance, school: SchoolSite, travel: TravelTimes): string | undefined {
	const working = instance.staff.filter((s) => s.days > 0);
	const trip = (s: StaffMember) => travel.minutes(s.base, school) + travel.minutes(school, s.base);
	return working.length > 0 ? working.reduce((a, b) => (trip(b) < trip(a) ? b : a)).id : undefined;
}

/**
 * The week of `instance`, with 担当制 when it asks for it: the two plans share the safety time
 * limit (the second gets what the first left), and the week is cut short when either was.
 */
export function optimiseWeek(
	highs: Highs,
	instance: ScheduleInstance,
	travel: TravelTimes,
	options: OptimiseOptions
): WeeklySchedule {
	if (!instance.oneStaffPerSchool) return optimiseSchedule(highs, instance, travel, options);
	const started = performance.now();
	const free = optimiseSchedule(highs, instance, travel, options);
	const left = Math.max(0, options.timeLimitSeconds - (performance.now() - started) / 1000);
	const owned = optimiseSchedule(highs, { ...instance, pins: ownerPins(instance, free, travel) }, travel, {
		...options,
		timeLimitSeconds: left
	});
	return free.cutShort ? { ...owned, cutShort: true } : owned;
}
