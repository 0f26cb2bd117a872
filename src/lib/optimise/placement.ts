/**
 * Puts the week's patterns on weekdays and people. Patterns belong to a group of interchangeable
 * staff (optimise.ts); a group can work as many patterns on a day as it has members. A school is
 * never visited twice on one day and its visits spread over the week (rules.ts); pinned days are
 * kept. Depth-first search that always places the pattern with the fewest possible days next
 * (most constrained first); past the search budget, the same order without going back and a repair
 * that moves one pattern out of the way; what still has no day is left over for the caller to report. Members then get the day's patterns, those with the most days left first.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { WEEKDAYS } from '$lib/domain/tables';
import { minVisitGap } from '$lib/domain/schedule/rules';
import type { ScheduleInstance } from '$lib/domain/schedule/types';
import type { DayPattern } from './patterns';

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

const DAYS = WEEKDAYS.length;
/** Weeks of more patterns than this skip the exhaustive search. */
const EXHAUSTIVE_LIMIT = 400;
const GREEDY_PASSES = 8;

/** Tie-breaking that is the same on every run. */
function seededRandom(seed: number): () => number {
	const generator = xoroshiro128plus(seed);
	return () => uniformFloat64(generator);
}

/**
 * `worked[k].staff` is an index into `groups`, each a list of staff indices of `instance`.
 */
export function placeOnWeekdays(
	instance: ScheduleInstance,
	groups: readonly number[][],
	worked: readonly DayPattern[],
	options: { nodeBudget?: number; single?: (group: number, school: number) => DayPattern | null } = {}
): Placement {
	const nodeBudget = options.nodeBudget ?? 50_000;
	const visits = instance.schools.map((s) => s.visits);
	const schoolIndex = new Map(instance.schools.map((s, i) => [s.id, i]));
	const groupOfStaff = new Map(groups.flatMap((g, gi) => g.map((k) => [instance.staff[k]!.id, gi] as const)));

	// Pinned days: a pattern of the pinned staff's group (or anyone's) with the school takes that day.
	const fixed = new Map<number, number>();
	for (const pin of instance.pins) {
		const i = schoolIndex.get(pin.school);
		if (!pin.day || i === undefined) continue;
		const group = pin.staff ? groupOfStaff.get(pin.staff) : undefined;
		const k = worked.findIndex((p, idx) => !fixed.has(idx) && p.schools.includes(i) && (group === undefined || p.staff === group));
		if (k >= 0) fixed.set(k, WEEKDAYS.indexOf(pin.day));
	}

	const free = groups.map((g) => new Int32Array(DAYS).fill(g.filter((k) => instance.staff[k]!.days > 0).length));
	const daysLeft = groups.map((g) => g.reduce((n, k) => n + instance.staff[k]!.days, 0));
	const schoolOn = instance.schools.map(() => new Uint8Array(DAYS));
	const fits = (p: DayPattern, d: number) => {
		if (free[p.staff]![d]! <= 0 || daysLeft[p.staff]! <= 0) return false;
		for (const i of p.schools) {
			const gap = minVisitGap(visits[i]!);
			for (let e = Math.max(0, d - gap + 1); e <= Math.min(DAYS - 1, d + gap - 1); e++) if (schoolOn[i]![e]) return false;
		}
		return true;
	};
	const set = (p: DayPattern, d: number, on: 1 | -1) => {
		free[p.staff]![d]! -= on;
		daysLeft[p.staff]! -= on;
		for (const i of p.schools) schoolOn[i]![d] = on === 1 ? 1 : 0;
	};
	const daysFor = (idx: number) => (fixed.has(idx) ? [fixed.get(idx)!] : [0, 1, 2, 3, 4]).filter((d) => fits(worked[idx]!, d));

	const day = new Int8Array(worked.length).fill(-1);

	/**
	 * A day for pattern `idx` after moving one placed pattern that is in its way to another day;
	 * null when no single move makes room.
	 */
	const makeRoom = (idx: number): number | null => {
		const p = worked[idx]!;
		const allowed = fixed.has(idx) ? [fixed.get(idx)!] : [0, 1, 2, 3, 4];
		for (const d of allowed) {
			const blockers = [...worked.keys()].filter((q) => {
				if (day[q]! < 0 || fixed.has(q)) return false;
				const other = worked[q]!;
				const sharesDay = other.staff === p.staff && day[q] === d && free[p.staff]![d]! <= 0;
				const tooClose = other.schools.some((i) => p.schools.includes(i) && Math.abs(day[q]! - d) < minVisitGap(visits[i]!));
				return sharesDay || tooClose;
			});
			for (const q of blockers) {
				const from = day[q]!;
				set(worked[q]!, from, -1);
				day[q] = -1;
				if (fits(p, d)) {
					set(p, d, 1);
					const to = [0, 1, 2, 3, 4].find((e) => e !== from && fits(worked[q]!, e));
					set(p, d, -1);
					if (to !== undefined) {
						set(worked[q]!, to, 1);
						day[q] = to;
						if (fits(p, d)) return d;
						set(worked[q]!, to, -1);
					}
				}
				set(worked[q]!, from, 1);
				day[q] = from;
			}
		}
		return null;
	};
	const unplaced = new Set(worked.keys());
	let nodes = 0;
	const search = (): boolean => {
		if (unplaced.size === 0) return true;
		if (++nodes > nodeBudget) return false;
		let pick = -1;
		let pickOptions: number[] = [];
		for (const idx of unplaced) {
			const o = daysFor(idx);
			if (pick < 0 || o.length < pickOptions.length) {
				pick = idx;
				pickOptions = o;
				if (o.length <= 1) break;
			}
		}
		unplaced.delete(pick);
		for (const d of pickOptions) {
			set(worked[pick]!, d, 1);
			day[pick] = d;
			if (search()) return true;
			set(worked[pick]!, d, -1);
			day[pick] = -1;
		}
		unplaced.add(pick);
		return false;
	};

	// A small week is searched exhaustively; a large one would thrash, and goes to the greedy passes.
	if (worked.length > EXHAUSTIVE_LIMIT || !search()) {
		// The same most-constrained-first order without going back, ties broken at random on later
		// passes; each pattern left over may push one placed pattern to another day to make room.
		let best: { day: Int8Array; stuck: number } | null = null;
		const random = seededRandom(1);
		for (let pass = 0; pass < GREEDY_PASSES && (best === null || best.stuck > 0); pass++) {
			for (const idx of worked.keys()) if (day[idx]! >= 0) set(worked[idx]!, day[idx]!, -1);
			day.fill(-1);
			const stuck: number[] = [];
			const todo = new Set(worked.keys());
			while (todo.size > 0) {
				let pick = -1;
				let pickOptions: number[] = [];
				let tie = 0;
				for (const idx of todo) {
					const o = daysFor(idx);
					const r = pass === 0 ? 0 : random();
					if (pick < 0 || o.length < pickOptions.length || (o.length === pickOptions.length && r > tie)) {
						pick = idx;
						pickOptions = o;
						tie = r;
						if (o.length === 0) break;
					}
				}
				todo.delete(pick);
				if (pickOptions.length === 0) {
					stuck.push(pick);
					continue;
				}
				// The day where the group has most room keeps the others' options open.
				const room = free[worked[pick]!.staff]!;
				const d = pickOptions.reduce((b, e) => (room[e]! > room[b]! || (room[e] === room[b] && pass > 0 && random() < 0.5) ? e : b));
				set(worked[pick]!, d, 1);
				day[pick] = d;
			}
			let left = 0;
			for (const idx of stuck) {
				const d = makeRoom(idx);
				if (d === null) left++;
				else {
					set(worked[idx]!, d, 1);
					day[idx] = d;
				}
			}
			if (best === null || left < best.stuck) best = { day: day.slice(), stuck: left };
		}
		for (const idx of worked.keys()) if (day[idx]! >= 0) set(worked[idx]!, day[idx]!, -1);
		day.set(best!.day);
		for (const idx of worked.keys()) if (day[idx]! >= 0) set(worked[idx]!, day[idx]!, 1);
	}
	if (!options.single) return toMembers(instance, groups, worked, day);
	// A route of several schools that found no day is split: each school alone on any day with room
	// (a longer week of travel, but the visit is made).
	const patterns: DayPattern[] = [];
	const days: number[] = [];
	worked.forEach((p, idx) => {
		if (day[idx]! >= 0 || p.schools.length < 2) {
			patterns.push(p);
			days.push(day[idx]!);
			return;
		}
		const rest: number[] = [];
		for (const i of p.schools) {
			const alone = options.single!(p.staff, i);
			const d = alone ? [0, 1, 2, 3, 4].find((e) => fits(alone, e)) : undefined;
			if (!alone || d === undefined) rest.push(i);
			else {
				set(alone, d, 1);
				patterns.push(alone);
				days.push(d);
			}
		}
		if (rest.length > 0) {
			patterns.push({ ...p, schools: rest });
			days.push(-1);
		}
	});
	return toMembers(instance, groups, patterns, Int8Array.from(days));
}

/** Each group's patterns of a day go to distinct members, those with the most days left first. */
function toMembers(instance: ScheduleInstance, groups: readonly number[][], worked: readonly DayPattern[], day: Int8Array): Placement {
	const placed: Placed[] = [];
	const left: DayPattern[] = [];
	const remaining = instance.staff.map((s) => s.days);
	groups.forEach((members, g) => {
		const mine = [...worked.keys()].filter((idx) => worked[idx]!.staff === g);
		// Days with most patterns first, so that members with few days are not used up early.
		const byDay = Array.from({ length: DAYS }, (_, d) => mine.filter((idx) => day[idx] === d)).map((list, d) => ({ d, list })).sort((a, b) => b.list.length - a.list.length);
		// The same person for a school where possible (preferred continuity), else whoever has most days left.
		const visitsOf = new Map<number, Set<number>>();
		for (const { d, list } of byDay) {
			const available = new Set(members.filter((k) => remaining[k]! > 0));
			for (const idx of list) {
				const schools = worked[idx]!.schools;
				const candidates = [...available].sort(
					(a, b) =>
						schools.filter((i) => visitsOf.get(b)?.has(i)).length - schools.filter((i) => visitsOf.get(a)?.has(i)).length || remaining[b]! - remaining[a]!
				);
				const k = candidates[0];
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
