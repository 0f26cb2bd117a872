import type { WeekPlan } from './board';

/**
 * Depth-first search over the days of every pattern, always placing next the pattern with the
 * fewest open days (most constrained first: a dead end shows early). True with every pattern on
 * `plan`; false, with `plan` left empty, when there is no placement or `nodeBudget` runs out first.
 */
export function searchExhaustive(plan: WeekPlan, nodeBudget: number): boolean {
	// Insertion order of the set breaks ties, so a pattern tried and put back goes last.
	const unplaced = new Set(plan.worked.keys());
	let nodes = 0;
	const search = (): boolean => {
		if (unplaced.size === 0) return true;
		if (++nodes > nodeBudget) return false;
		const { pick, days } = mostConstrained(plan, unplaced);
		unplaced.delete(pick);
		for (const d of days) {
			plan.put(pick, d);
			if (search()) return true;
			plan.lift(pick);
		}
		unplaced.add(pick);
		return false;
	};
	return search();
}

/** The first of `candidates` with the fewest open days, and those days. */
function mostConstrained(plan: WeekPlan, candidates: Iterable<number>): { pick: number; days: number[] } {
	let pick = -1;
	let days: number[] = [];
	for (const idx of candidates) {
		const open = plan.openDays(idx);
		if (pick < 0 || open.length < days.length) {
			pick = idx;
			days = open;
			// A forced pattern (one day) or a dead end (none) goes first: no need to look further.
			if (open.length <= 1) break;
		}
	}
	return { pick, days };
}
