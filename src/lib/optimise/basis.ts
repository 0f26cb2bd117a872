/**
 * The week the planner last edited (ScheduleInstance.basis), as the optimiser's steps use it to
 * change as little as possible: the assignment prices a visit by another staff group than in that
 * week a little higher (DRIFT_MINUTES), placement tries a pattern's days of that week first, and
 * members get the visits they made in it. A school the edited week did not visit costs nothing extra.
 */
import { WEEKDAYS } from '$lib/domain/tables';
import type { ScheduleInstance } from '$lib/domain/schedule/types';
import type { DayPattern } from './patterns';

/**
 * Minutes of travel a visit made by another staff group than in the edited week is priced at, on
 * top of its travel: a route is given to someone else only when that saves more. Small, because
 * the travel bound gives up this much per visit (assignment.ts).
 */
export const DRIFT_MINUTES = 2;

export class Basis {
	/** School index → group index → days (0–4) of its visits in the edited week. */
	readonly #groupDays: Map<number, Map<number, number[]>>;
	/** `staff index,school index` → days of that member's visits in the edited week. */
	readonly #memberDays = new Map<string, number[]>();
	/** Visits of the schools the edited week visited: the most drift any week can pay. */
	readonly maxDrift: number;
	/** The edited week's days as routes of a group (school indices), for the assignment to start from. */
	readonly routes: { group: number; schools: number[] }[] = [];

	constructor(instance: ScheduleInstance, groups: readonly number[][]) {
		const school = new Map(instance.schools.map((s, i) => [s.id, i]));
		const staff = new Map(instance.staff.map((s, k) => [s.id, k]));
		const groupOf = new Map(groups.flatMap((g, gi) => g.map((k) => [k, gi] as const)));
		this.#groupDays = new Map();
		for (const day of instance.basis ?? []) {
			const k = staff.get(day.staff);
			const d = WEEKDAYS.indexOf(day.day);
			if (k === undefined || d < 0) continue;
			const route = day.schools.flatMap((id) => school.get(id) ?? []);
			if (route.length > 0) this.routes.push({ group: groupOf.get(k)!, schools: route });
			for (const id of day.schools) {
				const i = school.get(id);
				if (i === undefined) continue;
				const byGroup = this.#groupDays.get(i) ?? new Map<number, number[]>();
				byGroup.set(groupOf.get(k)!, [...(byGroup.get(groupOf.get(k)!) ?? []), d]);
				this.#groupDays.set(i, byGroup);
				this.#memberDays.set(`${k},${i}`, [...(this.#memberDays.get(`${k},${i}`) ?? []), d]);
			}
		}
		this.maxDrift = DRIFT_MINUTES * [...this.#groupDays.keys()].reduce((n, i) => n + instance.schools[i]!.visits, 0);
	}

	get empty(): boolean {
		return this.#groupDays.size === 0;
	}

	/** Extra price of pattern `p` (its `staff` a group index): its schools the group did not visit in the edited week. */
	drift(p: DayPattern): number {
		return (
			DRIFT_MINUTES * p.schools.filter((i) => this.#groupDays.has(i) && !this.#groupDays.get(i)!.has(p.staff)).length
		);
	}

	/** Days (0–4) on which group `p.staff` visited one of `p`'s schools in the edited week, most of them first. */
	days(p: DayPattern): number[] {
		const count = new Map<number, number>();
		for (const i of p.schools)
			for (const d of this.#groupDays.get(i)?.get(p.staff) ?? []) count.set(d, (count.get(d) ?? 0) + 1);
		return [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || a - b);
	}

	/** How many of `schools` staff member `k` visited on day `d` of the edited week, and on any day. */
	kept(k: number, schools: readonly number[], d: number): { sameDay: number; anyDay: number } {
		let sameDay = 0;
		let anyDay = 0;
		for (const i of schools) {
			const days = this.#memberDays.get(`${k},${i}`);
			if (!days) continue;
			anyDay++;
			if (days.includes(d)) sameDay++;
		}
		return { sameDay, anyDay };
	}
}
