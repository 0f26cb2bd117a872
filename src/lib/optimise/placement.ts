/**
 * Puts each staff member's patterns on weekdays: one pattern a day per staff member, a school never
 * twice on one day and its visits spread over the week (rules.ts), pinned days kept. A depth-first
 * search, most constrained pattern first, with forward checking; what cannot be placed within the
 * search budget is left over for the caller to report.
 */
import { WEEKDAYS } from '$lib/domain/tables';
import { minVisitGap } from '$lib/domain/schedule/rules';
import type { ScheduleInstance } from '$lib/domain/schedule/types';
import type { DayPattern } from './patterns';

export interface Placed {
	pattern: DayPattern;
	day: number;
}

export interface Placement {
	placed: Placed[];
	/** Patterns that found no day. */
	left: DayPattern[];
}

const DAYS = WEEKDAYS.length;

export function placeOnWeekdays(instance: ScheduleInstance, worked: readonly DayPattern[], nodeBudget = 200_000): Placement {
	const visits = instance.schools.map((s) => s.visits);
	const schoolIndex = new Map(instance.schools.map((s, i) => [s.id, i]));
	const staffIndex = new Map(instance.staff.map((s, k) => [s.id, k]));
	// Pinned days: a pattern of the pinned staff (or anyone's) containing the school must take that day.
	const required = instance.pins.flatMap((p) => {
		const i = schoolIndex.get(p.school);
		return p.day && i !== undefined ? [{ school: i, staff: p.staff ? staffIndex.get(p.staff) : undefined, day: WEEKDAYS.indexOf(p.day) }] : [];
	});
	const fixed = new Map<number, number>();
	for (const r of required) {
		const k = worked.findIndex((p, idx) => !fixed.has(idx) && p.schools.includes(r.school) && (r.staff === undefined || p.staff === r.staff));
		if (k >= 0) fixed.set(k, r.day);
	}

	const staffBusy = instance.staff.map(() => new Uint8Array(DAYS));
	const schoolOn = instance.schools.map(() => new Uint8Array(DAYS));
	const fits = (p: DayPattern, d: number) => {
		if (staffBusy[p.staff]![d]) return false;
		for (const i of p.schools) {
			const gap = minVisitGap(visits[i]!);
			for (let e = Math.max(0, d - gap + 1); e <= Math.min(DAYS - 1, d + gap - 1); e++) if (schoolOn[i]![e]) return false;
		}
		return true;
	};
	const set = (p: DayPattern, d: number, on: 0 | 1) => {
		staffBusy[p.staff]![d] = on;
		for (const i of p.schools) schoolOn[i]![d] = on;
	};

	// Most constrained first: pinned, then the patterns of schools with the most visits, larger routes.
	const order = worked
		.map((p, idx) => ({ p, idx, weight: (fixed.has(idx) ? 1e6 : 0) + Math.max(...p.schools.map((i) => visits[i]!)) * 10 + p.schools.length }))
		.sort((a, b) => b.weight - a.weight);
	const day = new Int8Array(order.length).fill(-1);
	let nodes = 0;

	const search = (k: number): boolean => {
		if (k === order.length) return true;
		if (++nodes > nodeBudget) return false;
		const { p, idx } = order[k]!;
		const options = fixed.has(idx) ? [fixed.get(idx)!] : [0, 1, 2, 3, 4];
		for (const d of options) {
			if (!fits(p, d)) continue;
			set(p, d, 1);
			day[k] = d;
			if (search(k + 1)) return true;
			set(p, d, 0);
			day[k] = -1;
		}
		return false;
	};

	if (!search(0)) {
		// Out of budget or impossible: place greedily and leave what does not fit.
		staffBusy.forEach((b) => b.fill(0));
		schoolOn.forEach((b) => b.fill(0));
		day.fill(-1);
		order.forEach(({ p, idx }, k) => {
			const d = (fixed.has(idx) ? [fixed.get(idx)!] : [0, 1, 2, 3, 4]).find((e) => fits(p, e));
			if (d !== undefined) {
				set(p, d, 1);
				day[k] = d;
			}
		});
	}
	const placed: Placed[] = [];
	const left: DayPattern[] = [];
	order.forEach(({ p }, k) => (day[k]! >= 0 ? placed.push({ pattern: p, day: day[k]! }) : left.push(p)));
	return { placed, left };
}
