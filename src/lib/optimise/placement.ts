/**
 * Puts the week's patterns on weekdays and people. Patterns belong to a group of interchangeable
 * staff (optimise.ts); a group can work as many patterns on a day as it has members. A school is
 * never visited twice on one day and its visits spread over the week (rules.ts); pinned days are
 * kept. The steps, in order (one module each under placement/, on the state of placement/board.ts):
 *
 * 1. fixPinnedDays: each pin with a day fixes one pattern that visits its school to that day.
 * 2. searchExhaustive: depth-first search that always places the pattern with the fewest possible
 *    days next (most constrained first), within a node budget; skipped for a large week.
 * 3. placeByGreedyPasses, when the search gives up: the same order without going back
 *    (placeGreedy), then repairByOneMove for each pattern left over, which moves one pattern out of
 *    its way; repeated with random ties, keeping the best pass.
 * 4. splitUnplaced, when the caller can give single-school patterns: a route that found no day is
 *    split into single-school days.
 * 5. assignMembers: members get the day's patterns, busiest days first: the member who already
 *    visits the school, else the one with the most days left.
 *
 * With the week last edited (basis.ts), steps 2–3 try each pattern's day of that week first and
 * step 5 gives a pattern to the member who made its visits then.
 *
 * What still has no day is left over for the caller to report.
 */
import type { ScheduleInstance } from '$lib/domain/schedule/types';
import type { DayPattern } from './patterns';
import { WeekBoard, WeekPlan } from './placement/board';
import { fixPinnedDays } from './placement/pins';
import { searchExhaustive } from './placement/search';
import { placeByGreedyPasses } from './placement/greedy';
import { splitUnplaced, type SinglePattern } from './placement/split';
import { assignMembers, type Placement } from './placement/members';
import type { Basis } from './basis';

export type { Placed, Placement } from './placement/members';

/** Weeks of more patterns than this skip the exhaustive search. */
const EXHAUSTIVE_LIMIT = 400;

/**
 * `worked[k].staff` is an index into `groups`, each a list of staff indices of `instance`.
 */
export function placeOnWeekdays(
	instance: ScheduleInstance,
	groups: readonly number[][],
	worked: readonly DayPattern[],
	options: { nodeBudget?: number; single?: SinglePattern; basis?: Basis } = {}
): Placement {
	const { basis } = options;
	const plan = new WeekPlan(
		new WeekBoard(instance, groups),
		worked,
		fixPinnedDays(instance, groups, worked),
		basis ? worked.map((p) => basis.days(p)) : []
	);
	// A small week is searched exhaustively; a large one would thrash, and goes to the greedy passes.
	const searched = worked.length <= EXHAUSTIVE_LIMIT && searchExhaustive(plan, options.nodeBudget ?? 50_000);
	if (!searched) placeByGreedyPasses(plan);
	if (!options.single) return assignMembers(instance, groups, worked, plan.day, basis);
	const { patterns, days } = splitUnplaced(plan, options.single);
	return assignMembers(instance, groups, patterns, days, basis);
}
