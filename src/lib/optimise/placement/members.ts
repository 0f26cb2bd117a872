import type { ScheduleInstance } from '$lib/domain/schedule/types';
import type { DayPattern } from '../patterns';
import { DAYS } from './board';
import type { Basis } from '../basis';

export interface Placed {
	/** `staff` is the index of the staff member in the instance. */
	pattern: DayPattern;
	day: number;
}

export interface Placement {
	placed: Placed[];
	/** Patterns that found no day (their `staff` is the group's index). */
	left: DayPattern[];
}

/**
 * Each group's patterns of a day go to distinct members: the member who already visits most of
 * the pattern's schools (preferred continuity), else the one with most days left. A pattern no
 * member can take, like one without a day (-1 in `day`), is left.
 */
export function assignMembers(
	instance: ScheduleInstance,
	groups: readonly number[][],
	worked: readonly DayPattern[],
	day: Int8Array,
	basis?: Basis
): Placement {
	const placed: Placed[] = [];
	const left: DayPattern[] = [];
	const remaining = instance.staff.map((s) => s.days);
	groups.forEach((members, g) => {
		const mine = [...worked.keys()].filter((idx) => worked[idx]!.staff === g);
		const visitsOf = new Map<number, Set<number>>();
		for (const { d, list } of busiestDayFirst(mine, day)) {
			const available = new Set(members.filter((k) => remaining[k]! > 0));
			for (const idx of list) {
				const schools = worked[idx]!.schools;
				const k = bestMember(available, schools, visitsOf, remaining, (m) => basis?.kept(m, schools, d));
				if (k === undefined) {
					left.push(worked[idx]!);
					continue;
				}
				available.delete(k);
				remaining[k]!--;
				visitsOf.set(k, new Set([...(visitsOf.get(k) ?? []), ...schools]));
				placed.push({ pattern: { ...worked[idx]!, staff: k }, day: d });
			}
		}
		for (const idx of mine) if (day[idx] === -1) left.push(worked[idx]!);
	});
	return { placed, left };
}

/** The patterns `mine` by day, days with most patterns first, so that members with few days are not used up early. */
function busiestDayFirst(mine: readonly number[], day: Int8Array): { d: number; list: number[] }[] {
	const byDay = Array.from({ length: DAYS }, (_, d) => ({ d, list: mine.filter((idx) => day[idx] === d) }));
	return byDay.sort((a, b) => b.list.length - a.list.length);
}

/**
 * Of `available` (in its order on ties), the member who made most of these visits on this day of
 * the week last edited, then on any day of it, then who visits most of `schools` already, then
 * the one with most days left.
 */
function bestMember(
	available: ReadonlySet<number>,
	schools: readonly number[],
	visitsOf: ReadonlyMap<number, ReadonlySet<number>>,
	remaining: readonly number[],
	kept: (k: number) => { sameDay: number; anyDay: number } | undefined
): number | undefined {
	const known = (k: number) => schools.filter((i) => visitsOf.get(k)?.has(i)).length;
	const before = new Map([...available].map((k) => [k, kept(k) ?? { sameDay: 0, anyDay: 0 }]));
	return [...available].sort(
		(a, b) =>
			before.get(b)!.sameDay - before.get(a)!.sameDay ||
			before.get(b)!.anyDay - before.get(a)!.anyDay ||
			known(b) - known(a) ||
			remaining[b]! - remaining[a]!
	)[0];
}
