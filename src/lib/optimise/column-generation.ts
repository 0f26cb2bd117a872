/**
 * Column generation for instances too large to list every pattern of every staff group (a
 * prefecture whose staff work from their own bases): the LP relaxation is solved over a few
 * patterns, and patterns whose reduced cost is negative under its duals are added until none is
 * left. The LP value is then a lower bound over every pattern; the integer solve over the patterns
 * generated (price-and-branch) gives the schedule, and the gap to that bound is reported.
 */
import type { AssignmentModel } from './assignment';
import { patternFor, pinnedStaff, type DayPattern, type TravelTable } from './patterns';

export interface GenerationOptions {
	/** Start from each school's single visits by its nearest groups (the first run on a model). */
	seed: boolean;
	/** Stop adding columns after this long (the bound is then not proven: null). */
	timeLimitSeconds: number;
	/** Columns added per group per round, most negative first. */
	perGroup: number;
	onRound?: (round: number, objective: number) => void;
}

export interface Generated {
	/** LP value over every pattern (a lower bound of the integer optimum); null when time ran out first. */
	lpBound: number | null;
	rounds: number;
}

const NEGATIVE = -1e-6;
/** Nearest staff groups each school starts with. */
const SEED_GROUPS = 8;

export function generateColumns(
	model: AssignmentModel,
	table: TravelTable,
	sets: readonly number[][],
	options: GenerationOptions
): Generated {
	const { instance } = table;
	const pinned = pinnedStaff(instance);
	const started = performance.now();
	const elapsed = () => (performance.now() - started) / 1000;
	// Start from single visits of each school by its nearest staff groups: enough capacity for the
	// first LP to serve the schools, so that its duals price real travel rather than unmet visits.
	if (options.seed) {
		const seed: DayPattern[] = [];
		for (const set of sets) {
			if (set.length !== 1) continue;
			const candidates = instance.staff.flatMap((_, k) => patternFor(table, k, set, pinned) ?? []);
			seed.push(...candidates.sort((a, b) => a.travel - b.travel).slice(0, SEED_GROUPS));
		}
		model.add(seed);
	}

	for (let round = 1; ; round++) {
		const lp = model.solveLp(Math.max(1, options.timeLimitSeconds - elapsed()));
		options.onRound?.(round, lp.objective);
		if (elapsed() > options.timeLimitSeconds) return { lpBound: null, rounds: round };
		const added: DayPattern[] = [];
		for (let k = 0; k < instance.staff.length; k++) {
			const best: { p: DayPattern; rc: number }[] = [];
			for (const set of sets) {
				// Cheap test first: the duals alone must promise a saving before the route is costed.
				let dual = pinned.size > 0 ? Infinity : lp.rowDual[k]!;
				for (const i of set) dual += lp.rowDual[instance.staff.length + i]!;
				if (dual <= 0) continue;
				const p = patternFor(table, k, set, pinned);
				if (!p) continue;
				const rc = p.travel - model.rowsOf(p).reduce((sum, r) => sum + lp.rowDual[r]!, 0);
				if (rc < NEGATIVE) {
					best.push({ p, rc });
					if (best.length > options.perGroup * 4) {
						best.sort((a, b) => a.rc - b.rc);
						best.length = options.perGroup;
					}
				}
			}
			best.sort((a, b) => a.rc - b.rc);
			added.push(...best.slice(0, options.perGroup).map((b) => b.p));
		}
		if (added.length === 0) return { lpBound: lp.objective, rounds: round };
		model.add(added);
	}
}
