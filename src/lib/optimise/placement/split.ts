import { ANY_DAY, type WeekPlan } from './board';
import type { DayPattern } from '../patterns';

/** The group's pattern of school `school` alone, or null when it has none. */
export type SinglePattern = (group: number, school: number) => DayPattern | null;

/**
 * The week's patterns and their days (-1: none) after each route of several schools that found no
 * day is split: each school alone on the first day with room (a longer week of travel, but the
 * visit is made). The schools that still find no day stay together as one route without a day.
 * The single days are marked on the board only: `plan` keeps the days of its own patterns.
 */
export function splitUnplaced(plan: WeekPlan, single: SinglePattern): { patterns: DayPattern[]; days: Int8Array } {
	const patterns: DayPattern[] = [];
	const days: number[] = [];
	plan.worked.forEach((p, idx) => {
		const d = plan.day[idx]!;
		if (d >= 0 || p.schools.length < 2) {
			patterns.push(p);
			days.push(d);
			return;
		}
		const rest: number[] = [];
		for (const i of p.schools) {
			const found = aloneOnADay(plan, single, p.staff, i);
			if (!found) rest.push(i);
			else {
				plan.board.place(found.alone, found.day);
				patterns.push(found.alone);
				days.push(found.day);
			}
		}
		if (rest.length > 0) {
			patterns.push({ ...p, schools: rest });
			days.push(-1);
		}
	});
	return { patterns, days: Int8Array.from(days) };
}

/** School `i` alone on the first day with room, by `group` first, then by the other groups in turn. */
function aloneOnADay(
	plan: WeekPlan,
	single: SinglePattern,
	group: number,
	i: number
): { alone: DayPattern; day: number } | null {
	const groups = [group, ...Array.from({ length: plan.board.groups }, (_, g) => g).filter((g) => g !== group)];
	for (const g of groups) {
		const alone = single(g, i);
		const day = alone ? ANY_DAY.find((e) => plan.board.fits(alone, e)) : undefined;
		if (alone && day !== undefined) return { alone, day };
	}
	return null;
}
