/**
 * The weekly schedule of one employer's staff: day patterns (patterns.ts), the week's patterns per
 * staff member by MILP (assignment.ts), then weekdays (placement.ts). Always returns a schedule:
 * what cannot be fitted is reported as unmet visits with the reason, and the travel comes with a
 * proven lower bound and the gap to it.
 */
import type { Highs } from 'highs';
import { WEEKDAYS } from '$lib/domain/tables';
import type { DayPlan, ScheduleInstance, UnmetVisits, WeeklySchedule } from '$lib/domain/schedule/types';
import type { TravelTimes } from '$lib/domain/schedule/travel';
import { RouteSpace, TravelTable, patternFor, pinnedStaff, visitedSchools, type DayPattern } from './patterns';
import { AssignmentModel, type Assignment } from './assignment';
import { generateColumns, travelBound, type Multipliers } from './column-generation';
import { balanceLoad } from './balance';
import { placeOnWeekdays } from './placement';
import { Basis } from './basis';
import { Deadline } from './deadline';
import { requiredVisits } from '$lib/domain/schedule/rules';

export type OptimisePhase = 'travel' | 'patterns' | 'columns' | 'assignment' | 'bound' | 'balance' | 'weekdays';

export interface OptimiseOptions {
	/**
	 * The safety net, in seconds: the work limits below stop the search, the same on any machine;
	 * a search still going after this long is cut short and the week says so (`cutShort`).
	 */
	timeLimitSeconds: number;
	/** Relative gap at which the search may stop. */
	gap: number;
	/** 'auto' lists every pattern when there are few enough, else prices them in; the others force one way. */
	strategy?: 'auto' | 'exact' | 'columns';
	onProgress?: (phase: OptimisePhase, best?: number, bound?: number) => void;
}

/**
 * The work the search may do, counted so that the same input gives the same week and bound on any
 * machine, busy or not. Chosen so that the bench's instances meet their gap budgets well within
 * their seconds on a quiet laptop (tests/bench/groups/schedule.ts, docs/domain.md).
 */
const WORK_LIMITS = {
	/** Rounds of column generation before the integer search (priced instances). */
	columnRounds: 12,
	/** Rounds of it again for the bound when visits are short. */
	boundRounds: 8,
	/** Nodes of branch and bound in the integer search. */
	milpNodes: 2_000
} as const;

/**
 * Priced, the integer search only looks at patterns within this many minutes of reduced cost in
 * the last LP of column generation (its bound comes from the rounds, not from the search).
 */
const PRICED_NEAR_LP_MINUTES = 4;

/** Extra travel (a share) the balanced load may cost. */
const BALANCE_SLACK = 0.005;

/** Above this many patterns (every route of every staff group) they are priced in, not listed. */
const FULL_MODEL_COLUMNS = 60_000;

/** The best bound the rounds of column generation prove for schedules leaving out no more than `assignment`. */
const generatedBound = (model: AssignmentModel, rounds: readonly Multipliers[], assignment: Assignment) =>
	Math.min(assignment.travel, Math.max(0, ...rounds.map((m) => travelBound(model, m, assignment.priced))));

/**
 * Indices of interchangeable staff: the same travel from their base to every school and back (as a
 * rule, the same office), the same working minutes, and no pin naming them.
 */
function staffGroups(instance: ScheduleInstance, travel: TravelTimes): number[][] {
	const pinned = new Set(instance.pins.flatMap((p) => (p.staff ? [p.staff] : [])));
	const groups = new Map<string, number[]>();
	instance.staff.forEach((s, k) => {
		const legs = instance.schools.map(
			(school) => `${travel.minutes(s.base, school)}/${travel.minutes(school, s.base)}`
		);
		const key = pinned.has(s.id) ? `pin:${s.id}` : `${s.minutesPerDay}|${legs.join(',')}`;
		groups.set(key, [...(groups.get(key) ?? []), k]);
	});
	return [...groups.values()];
}

export function optimiseSchedule(
	highs: Highs,
	instance: ScheduleInstance,
	travel: TravelTimes,
	options: OptimiseOptions
): WeeklySchedule {
	const progress = options.onProgress ?? (() => undefined);
	const deadline = new Deadline(options.timeLimitSeconds);
	progress('travel');
	// Staff with the same base and day are interchangeable: the MILP sees each such group once.
	const groups = staffGroups(instance, travel);
	const grouped: ScheduleInstance = {
		...instance,
		staff: groups.map((g) => ({ ...instance.staff[g[0]!]!, days: g.reduce((n, k) => n + instance.staff[k]!.days, 0) }))
	};
	const table = new TravelTable(grouped, travel);
	progress('patterns');
	// A school no staff member can reach and come back from within a day: its visits stay unmet.
	const pinned = pinnedStaff(grouped);
	const unreachable = new Set(
		visitedSchools(grouped).filter((i) => grouped.staff.every((_, k) => !patternFor(table, k, [i], pinned)))
	);
	const routed = visitedSchools(grouped).filter((i) => !unreachable.has(i));
	const space = new RouteSpace(table, routed, pinned);
	// The week last edited, by group for the assignment and by member for placement.
	const basis = new Basis(instance, groups);
	const model = new AssignmentModel(highs, grouped, deadline, unreachable);
	let assignment: Assignment;
	let patterns: DayPattern[];
	// A municipality lists every route and is solved exactly; a larger instance prices them in.
	const strategy = options.strategy ?? 'auto';
	const listed = strategy === 'columns' ? null : space.patterns(strategy === 'exact' ? Infinity : FULL_MODEL_COLUMNS);
	const exact = listed !== null;
	// Each round of column generation proves a bound over every route, kept for when it stops early.
	const rounds: Multipliers[] = [];
	try {
		let lpBound: number | undefined;
		let start: Float64Array | undefined;
		if (listed) model.add(listed);
		else {
			progress('columns');
			const generated = generateColumns(model, space, routed, {
				seed: true,
				maxRounds: WORK_LIMITS.columnRounds,
				perGroup: 30,
				tolerance: options.gap / 4,
				onRound: (_, objective) => progress('columns', objective)
			});
			rounds.push(...generated);
		}
		// Every route listed makes a larger search: a dive gives it a schedule to start from.
		progress('assignment');
		if (basis.empty) start = model.dive();
		// The week last edited is where the search starts, and a visit leaves it only for a saving beyond
		// its drift; the LP at travel alone, solved first, bounds the travel.
		if (!basis.empty) {
			start = model.startWith(basis.routes.flatMap((r) => patternFor(table, r.group, r.schools, pinned) ?? []));
			lpBound ??= model.solveLp().objective;
			model.priceDrift(basis);
		}
		progress('assignment');
		assignment = model.solveMilp({
			gap: options.gap,
			maxNodes: WORK_LIMITS.milpNodes,
			nearLp: exact ? undefined : PRICED_NEAR_LP_MINUTES,
			lpBound,
			start,
			onProgress: (best, bound) => progress('assignment', best, bound)
		});
		// Listed, the solver's bound covers every route; priced, only the columns generated, and the
		// rounds' bounds cover every route.
		if (!exact) assignment = { ...assignment, bound: generatedBound(model, rounds, assignment) };
		// Visits short for lack of staff: bound the travel of schedules leaving as few out. A listed
		// search stopped before its bound got far is bounded the same way (one LP over what is
		// listed; priced, the rounds' bounds are there already). Past the deadline, the bound so far.
		const short = assignment.unmet.reduce((n, u, i) => n + (unreachable.has(i) ? 0 : u), 0);
		const weak = exact && assignment.bound < assignment.travel * (1 - options.gap);
		if ((short > 0 || weak) && !deadline.over()) {
			progress('bound');
			model.limitUnmet(assignment.priced);
			// Listed or priced, every route is priced again in the capped model.
			const capped = generateColumns(model, space, routed, {
				seed: false,
				maxRounds: WORK_LIMITS.boundRounds,
				perGroup: 30,
				tolerance: options.gap / 4,
				cap: assignment.priced
			});
			rounds.push(...capped);
			assignment = { ...assignment, bound: Math.max(assignment.bound, generatedBound(model, rounds, assignment)) };
		}
		patterns = model.patterns.slice(0, assignment.uses.length);
	} finally {
		model.dispose();
	}
	progress('balance');
	const chosen = patterns.flatMap((p, k) => Array.from({ length: assignment.uses[k]! }, () => p));
	// The week last edited keeps its load: balancing would move days it did not ask to move.
	const worked = basis.empty ? balanceLoad(table, chosen, BALANCE_SLACK) : chosen;
	progress('weekdays');
	const { placed } = placeOnWeekdays(instance, groups, worked, {
		single: (group, school) => patternFor(table, group, [school], pinned),
		basis
	});

	// Unmet are the visits the policy requires and the week does not make; a visit beyond them that
	// found no room was only wanted (its staff-day shows as time for remote support instead).
	const made = new Array<number>(instance.schools.length).fill(0);
	for (const { pattern } of placed) for (const i of pattern.schools) made[i]!++;
	const unmet: UnmetVisits[] = [];
	instance.schools.forEach((school, i) => {
		const missing = Math.max(0, requiredVisits(school) - made[i]!);
		if (missing === 0) return;
		if (unreachable.has(i)) return void unmet.push({ school: school.id, missing, reason: 'unreachable' });
		const capacity = Math.min(missing, assignment.unmetRequired[i]!);
		if (capacity > 0) unmet.push({ school: school.id, missing: capacity, reason: 'capacity' });
		if (missing > capacity) unmet.push({ school: school.id, missing: missing - capacity, reason: 'spread' });
	});

	const days: DayPlan[] = placed
		.map(({ pattern, day }) => ({
			staff: instance.staff[pattern.staff]!.id,
			day: WEEKDAYS[day]!,
			schools: pattern.schools.map((i) => instance.schools[i]!.id),
			travelMinutes: pattern.travel
		}))
		.sort((a, b) => a.staff.localeCompare(b.staff) || WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day));
	const travelMinutes = days.reduce((t, d) => t + d.travelMinutes, 0);
	// Dropping a day in placement lowers travel below what the bound was computed for.
	const lowerBound = Math.min(assignment.bound, travelMinutes);
	const gap = travelMinutes > 0 ? (travelMinutes - lowerBound) / travelMinutes : 0;
	const week: WeeklySchedule = { days, unmet, travelMinutes, lowerBound, gap, method: exact ? 'exact' : 'heuristic' };
	return deadline.reached ? { ...week, cutShort: true } : week;
}
