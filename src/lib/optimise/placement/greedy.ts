import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { WeekPlan } from './board';
import { repairByOneMove } from './repair';

const GREEDY_PASSES = 8;

/** Tie-breaking that is the same on every run. */
function seededRandom(seed: number): () => number {
	const generator = xoroshiro128plus(seed);
	return () => uniformFloat64(generator);
}

/**
 * One pass over an empty `plan` in the search's most-constrained-first order, without going back:
 * each pattern goes on the open day where its group has most members free, which keeps the others'
 * options open. With `random`, ties are broken at random (else the first pattern and day win).
 * Returns the patterns that found no open day, in the order they got stuck.
 */
export function placeGreedy(plan: WeekPlan, random: (() => number) | null): number[] {
	const stuck: number[] = [];
	const todo = new Set(plan.worked.keys());
	while (todo.size > 0) {
		const { pick, days } = mostConstrainedWithTies(plan, todo, random);
		todo.delete(pick);
		if (days.length === 0) stuck.push(pick);
		else plan.put(pick, roomiestDay(plan, pick, days, random));
	}
	return stuck;
}

function mostConstrainedWithTies(
	plan: WeekPlan,
	todo: ReadonlySet<number>,
	random: (() => number) | null
): { pick: number; days: number[] } {
	let pick = -1;
	let days: number[] = [];
	let tie = 0;
	for (const idx of todo) {
		const open = plan.openDays(idx);
		const r = random ? random() : 0;
		if (pick < 0 || open.length < days.length || (open.length === days.length && r > tie)) {
			pick = idx;
			days = open;
			tie = r;
			// Only a dead end stops the scan: at one open day, as the search would stop, a later
			// pattern of one day may still win the tie.
			if (open.length === 0) break;
		}
	}
	return { pick, days };
}

function roomiestDay(plan: WeekPlan, idx: number, days: readonly number[], random: (() => number) | null): number {
	// The day it had in the week last edited, when open, before any roomier one.
	const kept = plan.preferred[idx]?.find((d) => days.includes(d));
	if (kept !== undefined) return kept;
	const group = plan.worked[idx]!.staff;
	const room = (d: number) => plan.board.freeMembers(group, d);
	const roomier = (e: number, b: number) =>
		room(e) > room(b) || (room(e) === room(b) && random !== null && random() < 0.5);
	return days.reduce((b, e) => (roomier(e, b) ? e : b));
}

/**
 * Up to GREEDY_PASSES greedy passes, the first without randomness, each followed by the one-move
 * repair of what got stuck, until one places every pattern; `plan` ends with the pass that left
 * fewest patterns without a day.
 */
export function placeByGreedyPasses(plan: WeekPlan): void {
	let best: { day: Int8Array; stuck: number } | null = null;
	const random = seededRandom(1);
	for (let pass = 0; pass < GREEDY_PASSES && (best === null || best.stuck > 0); pass++) {
		plan.clear();
		const unrepaired = placeGreedy(plan, pass === 0 ? null : random).filter((idx) => !repairByOneMove(plan, idx));
		if (best === null || unrepaired.length < best.stuck) best = { day: plan.day.slice(), stuck: unrepaired.length };
	}
	plan.restore(best!.day);
}
