/**
 * The steps that put a week's patterns on weekdays (src/lib/optimise/placement/), each on a week
 * small enough to work out by hand; then placeOnWeekdays, alone and inside the optimiser, through
 * the independent schedule checker on weeks built with tests/support/schedule-cases.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import loadHighs, { type Highs } from 'highs';
import { placeOnWeekdays, type Placement } from '../../src/lib/optimise/placement';
import { ANY_DAY, WeekBoard, WeekPlan } from '../../src/lib/optimise/placement/board';
import { fixPinnedDays } from '../../src/lib/optimise/placement/pins';
import { searchExhaustive } from '../../src/lib/optimise/placement/search';
import { placeByGreedyPasses, placeGreedy } from '../../src/lib/optimise/placement/greedy';
import { repairByOneMove } from '../../src/lib/optimise/placement/repair';
import { splitUnplaced } from '../../src/lib/optimise/placement/split';
import { assignMembers } from '../../src/lib/optimise/placement/members';
import { TravelTable, patternFor, pinnedStaff, type DayPattern } from '../../src/lib/optimise/patterns';
import { optimiseSchedule } from '../../src/lib/optimise/optimise';
import { checkSchedule } from '../../src/lib/domain/schedule/check';
import { spreadOk } from '../../src/lib/domain/schedule/rules';
import { TravelTimes } from '../../src/lib/domain/schedule/travel';
import type { Pin, ScheduleInstance, SchoolSite, WeeklySchedule } from '../../src/lib/domain/schedule/types';
import { WEEKDAYS } from '../../src/lib/domain/tables';
import { instance, matrixTravel, school, staffAt, twoBasesTravel } from '../support/schedule-cases';

const [MON, TUE, WED, THU, FRI] = ANY_DAY as [number, number, number, number, number];

/** A pattern of `group` visiting the schools of indices `schools` (the steps ignore travel). */
const pattern = (group: number, ...schools: number[]): DayPattern => ({
	staff: group,
	schools,
	travel: 10 * schools.length
});

function planOf(inst: ScheduleInstance, groups: number[][], worked: DayPattern[]): WeekPlan {
	return new WeekPlan(new WeekBoard(inst, groups), worked, fixPinnedDays(inst, groups, worked));
}

/** One staff member working five days: a day holds one pattern at most. */
const oneMember = (schools: SchoolSite[], pins: Pin[] = []) => instance(schools, [staffAt('S', 'B')], { pins });

describe('WeekBoard', () => {
	it('never puts a school twice on a day and keeps the minimum gap of rules.ts between its visits', () => {
		for (let visits = 1; visits <= 5; visits++) {
			for (const first of ANY_DAY) {
				// Two members, so that only the school's visits can keep a day closed.
				const inst = instance([school('A', visits)], [staffAt('S1', 'B'), staffAt('S2', 'B')]);
				const board = new WeekBoard(inst, [[0, 1]]);
				board.place(pattern(0, 0), first);
				expect(ANY_DAY.map((d) => board.fits(pattern(0, 0), d))).toEqual(
					ANY_DAY.map((d) => spreadOk([first, d], visits))
				);
			}
		}
	});

	it('counts the members free on a day and the days the group has left', () => {
		const inst = instance(
			[school('A'), school('C'), school('D')],
			[staffAt('S1', 'B', 0), staffAt('S2', 'B', 2), staffAt('S3', 'B', 5)]
		);
		// S1 works no day: two members a day, seven days in the week.
		const board = new WeekBoard(inst, [[0, 1, 2]]);
		expect(board.freeMembers(0, MON)).toBe(2);
		board.place(pattern(0, 0), MON);
		board.place(pattern(0, 1), MON);
		expect(board.freeMembers(0, MON)).toBe(0);
		expect(board.fits(pattern(0, 2), MON)).toBe(false);
		expect(board.fits(pattern(0, 2), TUE)).toBe(true);
		board.remove(pattern(0, 1), MON);
		expect(board.fits(pattern(0, 2), MON)).toBe(true);
		const tight = new WeekBoard(instance([school('A'), school('C'), school('D')], [staffAt('S', 'B', 2)]), [[0]]);
		tight.place(pattern(0, 0), MON);
		tight.place(pattern(0, 1), TUE);
		expect(ANY_DAY.some((d) => tight.fits(pattern(0, 2), d))).toBe(false);
	});
});

describe('fixPinnedDays', () => {
	it('gives a pin’s day to the first free pattern with its school, of the pinned member’s group if named', () => {
		const inst = instance([school('A', 2), school('C')], [staffAt('S1', 'B'), staffAt('S2', 'B')], {
			pins: [
				{ school: 'A', staff: 'S2', day: 'mon' },
				{ school: 'A', day: 'thu' },
				{ school: 'C', staff: 'S1' },
				{ school: 'Z', day: 'fri' }
			]
		});
		const fixed = fixPinnedDays(inst, [[0], [1]], [pattern(0, 0), pattern(1, 0), pattern(1, 1)]);
		expect([...fixed]).toEqual([
			[1, MON],
			[0, THU]
		]);
	});

	it('takes a different pattern for each pin of a school, and drops a pin with none left', () => {
		const inst = oneMember(
			[school('A', 2)],
			[
				{ school: 'A', day: 'mon' },
				{ school: 'A', day: 'wed' },
				{ school: 'A', day: 'fri' }
			]
		);
		expect([...fixPinnedDays(inst, [[0]], [pattern(0, 0), pattern(0, 0)])]).toEqual([
			[0, MON],
			[1, WED]
		]);
	});

	it('keeps a pinned pattern to its day in the plan', () => {
		const inst = oneMember([school('A'), school('C')], [{ school: 'C', day: 'thu' }]);
		const plan = planOf(inst, [[0]], [pattern(0, 0), pattern(0, 1)]);
		expect(plan.openDays(1)).toEqual([THU]);
		expect(plan.openDays(0)).toEqual(ANY_DAY);
	});
});

/**
 * Three visits to A must be Monday, Wednesday and Friday, C and D take Tuesday and Thursday. The
 * greedy pass puts C on Monday and A on Tuesday and Thursday, and has no day left for the third A.
 */
const crowded = () => ({
	inst: oneMember([school('A', 3), school('C'), school('D')]),
	worked: [pattern(0, 1), pattern(0, 0), pattern(0, 0), pattern(0, 0), pattern(0, 2)]
});

describe('searchExhaustive', () => {
	it('finds the placement the greedy pass misses', () => {
		const { inst, worked } = crowded();
		const greedy = planOf(inst, [[0]], worked);
		expect(placeGreedy(greedy, null)).toEqual([3]);
		expect([...greedy.day]).toEqual([MON, TUE, THU, -1, WED]);

		const plan = planOf(inst, [[0]], worked);
		expect(searchExhaustive(plan, 1000)).toBe(true);
		const day = [...plan.day];
		expect([day[1], day[2], day[3]].sort()).toEqual([MON, WED, FRI]);
		expect([day[0], day[4]].sort()).toEqual([TUE, THU]);
	});

	it('places the most constrained pattern first: the pinned one, so that it never goes back', () => {
		const worked = [pattern(0, 0), pattern(0, 1)];
		const plan = planOf(oneMember([school('A'), school('C')], [{ school: 'C', day: 'mon' }]), [[0]], worked);
		// One node for each pattern: no room to try A on Monday first.
		expect(searchExhaustive(plan, worked.length)).toBe(true);
		expect([...plan.day]).toEqual([TUE, MON]);
	});

	it('gives up past its node budget or on a week with no placement, leaving the plan empty', () => {
		const { inst, worked } = crowded();
		const small = planOf(inst, [[0]], worked);
		expect(searchExhaustive(small, 3)).toBe(false);
		expect([...small.day]).toEqual([-1, -1, -1, -1, -1]);
		// C on Wednesday leaves A no Monday–Wednesday–Friday.
		const pinned = planOf(
			oneMember([school('A', 3), school('C'), school('D')], [{ school: 'C', day: 'wed' }]),
			[[0]],
			worked
		);
		expect(searchExhaustive(pinned, 100_000)).toBe(false);
		expect([...pinned.day]).toEqual([-1, -1, -1, -1, -1]);
		expect(ANY_DAY.every((d) => pinned.board.freeMembers(0, d) === 1)).toBe(true);
	});
});

describe('placeGreedy', () => {
	it('places the most constrained pattern first, on the day its group has most members free', () => {
		const inst = instance([school('A'), school('C')], [staffAt('S1', 'B'), staffAt('S2', 'B')], {
			pins: [{ school: 'C', day: 'mon' }]
		});
		const plan = planOf(inst, [[0, 1]], [pattern(0, 0), pattern(0, 1)]);
		expect(placeGreedy(plan, null)).toEqual([]);
		// C, pinned, goes first; then Monday has one member free and Tuesday two.
		expect([...plan.day]).toEqual([TUE, MON]);
	});
});

describe('placeByGreedyPasses', () => {
	it('keeps the pass with fewest patterns left, trying random ties after the first', () => {
		const { inst, worked } = crowded();
		const plan = planOf(inst, [[0]], worked);
		placeByGreedyPasses(plan);
		const day = [...plan.day];
		expect(day.filter((d) => d < 0)).toHaveLength(0);
		expect([day[1], day[2], day[3]].sort()).toEqual([MON, WED, FRI]);
	});

	it('leaves over what no pass can place', () => {
		const worked = crowded().worked;
		const plan = planOf(
			oneMember([school('A', 3), school('C'), school('D')], [{ school: 'C', day: 'wed' }]),
			[[0]],
			worked
		);
		placeByGreedyPasses(plan);
		expect([...plan.day].filter((d) => d < 0)).toHaveLength(1);
		expect(plan.day[0]).toBe(WED);
	});
});

describe('repairByOneMove', () => {
	it('moves the pattern on a full day to the first other day it fits', () => {
		const plan = planOf(
			oneMember([school('A'), school('C')], [{ school: 'C', day: 'mon' }]),
			[[0]],
			[pattern(0, 0), pattern(0, 1)]
		);
		plan.put(0, MON);
		expect(plan.openDays(1)).toEqual([]);
		expect(repairByOneMove(plan, 1)).toBe(true);
		expect([...plan.day]).toEqual([TUE, MON]);
	});

	it('moves a visit to the same school that is too close', () => {
		const plan = planOf(
			oneMember([school('A', 2)], [{ school: 'A', day: 'thu' }]),
			[[0]],
			[pattern(0, 0), pattern(0, 0)]
		);
		// The pin took the first pattern: the second, on Wednesday, is a day from it.
		plan.put(1, WED);
		expect(plan.openDays(0)).toEqual([]);
		expect(repairByOneMove(plan, 0)).toBe(true);
		expect([...plan.day]).toEqual([THU, MON]);
	});

	it('moves no pinned pattern and none with nowhere to go, and then leaves the plan as it was', () => {
		const both = planOf(
			oneMember(
				[school('A'), school('C')],
				[
					{ school: 'A', day: 'mon' },
					{ school: 'C', day: 'mon' }
				]
			),
			[[0]],
			[pattern(0, 0), pattern(0, 1)]
		);
		both.put(0, MON);
		expect(repairByOneMove(both, 1)).toBe(false);
		expect([...both.day]).toEqual([MON, -1]);

		const oneDay = instance([school('A'), school('C')], [staffAt('S', 'B', 1)], {
			pins: [{ school: 'C', day: 'mon' }]
		});
		const plan = planOf(oneDay, [[0]], [pattern(0, 0), pattern(0, 1)]);
		plan.put(0, MON);
		expect(repairByOneMove(plan, 1)).toBe(false);
		expect([...plan.day]).toEqual([MON, -1]);
		expect(ANY_DAY.map((d) => plan.board.freeMembers(0, d))).toEqual([0, 1, 1, 1, 1]);
		expect(plan.board.fits(pattern(0, 0), TUE)).toBe(false);
	});
});

describe('splitUnplaced', () => {
	// A on Monday and B on Friday (two visits each) leave a route of both Wednesday only, which C has.
	const inst = oneMember([school('A', 2), school('B', 2), school('C')]);
	const worked = [pattern(0, 0), pattern(0, 2), pattern(0, 1), pattern(0, 0, 1)];
	const placed = () => {
		const plan = planOf(inst, [[0]], worked);
		plan.put(0, MON);
		plan.put(1, WED);
		plan.put(2, FRI);
		expect(plan.openDays(3)).toEqual([]);
		return plan;
	};

	it('splits a route that fits no day into single-school days on the first day with room', () => {
		const { patterns, days } = splitUnplaced(placed(), (group, i) => pattern(group, i));
		expect(patterns).toEqual([...worked.slice(0, 3), pattern(0, 0), pattern(0, 1)]);
		expect([...days]).toEqual([MON, WED, FRI, THU, TUE]);
	});

	it('keeps the schools that find no day as a route without a day', () => {
		const { patterns, days } = splitUnplaced(placed(), (group, i) => (i === 1 ? null : pattern(group, i)));
		expect(patterns).toEqual([...worked.slice(0, 3), pattern(0, 0), { ...pattern(0, 0, 1), schools: [1] }]);
		expect([...days]).toEqual([MON, WED, FRI, THU, -1]);
	});

	it('puts each school alone on the first day with room, counting the one before', () => {
		const plan = planOf(oneMember([school('A'), school('C')]), [[0]], [pattern(0, 0, 1)]);
		const { patterns, days } = splitUnplaced(plan, (group, i) => pattern(group, i));
		expect(patterns).toEqual([pattern(0, 0), pattern(0, 1)]);
		expect([...days]).toEqual([MON, TUE]);
		expect(ANY_DAY.map((d) => plan.board.freeMembers(0, d))).toEqual([0, 0, 1, 1, 1]);
	});

	it('leaves a single-school pattern without a day as it is', () => {
		const plan = planOf(oneMember([school('A', 2)]), [[0]], [pattern(0, 0), pattern(0, 0)]);
		plan.put(0, MON);
		const { patterns, days } = splitUnplaced(plan, (group, i) => pattern(group, i));
		expect(patterns).toEqual([pattern(0, 0), pattern(0, 0)]);
		expect([...days]).toEqual([MON, -1]);
	});
});

describe('assignMembers', () => {
	const three = instance(
		[school('A'), school('C'), school('D')],
		[staffAt('S1', 'B', 1), staffAt('S2', 'B', 3), staffAt('S3', 'B', 2)]
	);
	const who = (p: Placement) => p.placed.map(({ pattern, day }) => [pattern.schools[0], day, pattern.staff]);

	it('gives a day’s pattern to the member with most days left', () => {
		const p = assignMembers(three, [[0, 1, 2]], [pattern(0, 0)], Int8Array.of(WED));
		expect(who(p)).toEqual([[0, WED, 1]]);
	});

	it('gives the same member a school again, before one with more days left', () => {
		const inst = instance([school('A', 2), school('C')], [staffAt('S1', 'B', 3), staffAt('S2', 'B', 5)]);
		const p = assignMembers(inst, [[0, 1]], [pattern(0, 1), pattern(0, 0), pattern(0, 0)], Int8Array.of(MON, MON, WED));
		expect(who(p)).toEqual([
			[1, MON, 1],
			[0, MON, 0],
			[0, WED, 0]
		]);
	});

	it('fills the busiest days first, so that a member with few days is not used up on a quiet one', () => {
		// In weekday order S1 would take A again on Tuesday (continuity with Monday), its last day,
		// and leave Wednesday a member short.
		const inst = instance([school('A'), school('C'), school('D')], [staffAt('S1', 'B', 2), staffAt('S2', 'B', 3)]);
		const worked = [pattern(0, 1), pattern(0, 1), pattern(0, 0), pattern(0, 2), pattern(0, 0)];
		const p = assignMembers(inst, [[0, 1]], worked, Int8Array.of(MON, WED, TUE, WED, MON));
		expect(p.left).toEqual([]);
		expect(who(p)).toEqual([
			[1, MON, 1],
			[0, MON, 0],
			[1, WED, 1],
			[2, WED, 0],
			[0, TUE, 1]
		]);
	});

	it('leaves a pattern no member can take, then those without a day', () => {
		const inst = instance([school('A'), school('C'), school('D')], [staffAt('S', 'B', 1)]);
		const worked = [pattern(0, 2), pattern(0, 0), pattern(0, 1)];
		const p = assignMembers(inst, [[0]], worked, Int8Array.of(-1, MON, TUE));
		expect(who(p)).toEqual([[0, MON, 0]]);
		expect(p.left).toEqual([pattern(0, 1), pattern(0, 2)]);
	});
});

/** A week for placeOnWeekdays with real travel: patterns of groups as the optimiser builds them. */
interface Week {
	name: string;
	inst: ScheduleInstance;
	travel: TravelTimes;
	groups: number[][];
}

function patternsOf({ inst, travel, groups }: Week) {
	const grouped: ScheduleInstance = {
		...inst,
		staff: groups.map((g) => ({ ...inst.staff[g[0]!]!, days: g.reduce((n, k) => n + inst.staff[k]!.days, 0) }))
	};
	const table = new TravelTable(grouped, travel);
	const pinned = pinnedStaff(grouped);
	return (group: number, schools: number[]) => patternFor(table, group, schools, pinned);
}

/**
 * Every visit as a pattern of the groups in turn (the next one that can make it), joined two by two
 * into routes where a day allows.
 */
function visitPatterns(week: Week): DayPattern[] {
	const make = patternsOf(week);
	const turns = week.groups.length;
	let turn = 0;
	const singles = week.inst.schools.flatMap((s, i) =>
		Array.from({ length: s.visits }, () => {
			turn++;
			return Array.from({ length: turns }, (_, t) => make((turn + t) % turns, [i])).find((p) => p !== null) ?? [];
		}).flat()
	);
	const worked: DayPattern[] = [];
	for (const p of singles) {
		const last = worked.at(-1);
		const route =
			last && last.schools.length === 1 && last.staff === p.staff && last.schools[0] !== p.schools[0]
				? make(p.staff, [last.schools[0]!, p.schools[0]!])
				: null;
		if (route) worked[worked.length - 1] = route;
		else worked.push(p);
	}
	return worked;
}

/** The placement as a schedule for the checker; visits not made are counted as unmet. */
function asSchedule(inst: ScheduleInstance, placement: Placement): WeeklySchedule {
	const days = placement.placed.map(({ pattern, day }) => ({
		staff: inst.staff[pattern.staff]!.id,
		day: WEEKDAYS[day]!,
		schools: pattern.schools.map((i) => inst.schools[i]!.id),
		travelMinutes: pattern.travel
	}));
	const made = (id: string) => days.filter((d) => d.schools.includes(id)).length;
	const unmet = inst.schools.flatMap((s) =>
		s.visits > made(s.id) ? [{ school: s.id, missing: s.visits - made(s.id), reason: 'spread' as const }] : []
	);
	const total = days.reduce((t, d) => t + d.travelMinutes, 0);
	return { days, unmet, travelMinutes: total, lowerBound: total, gap: 0, method: 'exact' };
}

const visitsIn = (patterns: readonly DayPattern[]) => patterns.reduce((n, p) => n + p.schools.length, 0);

const own = (inst: ScheduleInstance) => inst.staff.map((_, k) => [k]);

/** Weeks built with schedule-cases.ts: the optimiser's cases solved by hand, and weeks that crowd the placement. */
function weeks(): Week[] {
	const triangle = matrixTravel({ 'B-A': 30, 'B-C': 40, 'A-C': 20 });
	const near = twoBasesTravel();
	const pinTravel = matrixTravel({ 'B1-A': 10, 'B2-A': 50 });
	const close = matrixTravel({ 'B-A': 10, 'B-C': 10, 'B-D': 10, 'A-C': 5, 'A-D': 5, 'C-D': 5 });
	const list: Omit<Week, 'groups'>[] = [
		{
			name: 'two schools in one day',
			inst: instance([school('A'), school('C')], [staffAt('S', 'B')]),
			travel: triangle
		},
		{
			name: 'a day too short for two',
			inst: instance([school('A'), school('C')], [staffAt('S', 'B', 5, 420)]),
			travel: triangle
		},
		{
			name: 'schools near each base',
			inst: instance(
				[school('A'), school('B'), school('C'), school('D')],
				[staffAt('S1', 'B1', 1), staffAt('S2', 'B2', 1)],
				{ maxSchoolsPerDay: 2 }
			),
			travel: near
		},
		{
			name: 'three visits a week',
			inst: instance([school('A', 3)], [staffAt('S', 'B')]),
			travel: matrixTravel({ 'B-A': 15 })
		},
		{
			name: 'a pinned staff member',
			inst: instance([school('A')], [staffAt('S1', 'B1'), staffAt('S2', 'B2')], {
				pins: [{ school: 'A', staff: 'S2' }]
			}),
			travel: pinTravel
		},
		{
			name: 'a pinned weekday',
			inst: instance([school('A', 2)], [staffAt('S1', 'B1'), staffAt('S2', 'B2')], {
				pins: [{ school: 'A', day: 'thu' }]
			}),
			travel: pinTravel
		},
		{
			name: 'visits short for staff days',
			inst: instance([school('A', 2), school('C', 2), school('D', 2)], [staffAt('S', 'B', 1)], { maxSchoolsPerDay: 1 }),
			travel: close
		},
		{
			name: 'a school out of reach',
			inst: instance([school('A'), school('F')], [staffAt('S', 'B')]),
			travel: matrixTravel({ 'B-A': 10, 'B-F': 200 })
		},
		{
			name: 'visits that crowd the week',
			inst: instance([school('A', 3), school('C', 3), school('D', 2)], [staffAt('S', 'B', 4), staffAt('T', 'B', 2)], {
				maxSchoolsPerDay: 2,
				pins: [
					{ school: 'A', day: 'tue' },
					{ school: 'D', day: 'thu' }
				]
			}),
			travel: close
		},
		{
			name: 'a route with no day',
			inst: instance([school('A', 2), school('C', 2), school('D')], [staffAt('S', 'B')], {
				maxSchoolsPerDay: 2,
				pins: [
					{ school: 'A', day: 'mon' },
					{ school: 'C', day: 'fri' },
					{ school: 'D', day: 'wed' }
				]
			}),
			travel: close
		}
	];
	return list.map((w) => ({ ...w, groups: own(w.inst) }));
}

describe('placeOnWeekdays', () => {
	it('splits a route the week has no day for only when single-school patterns are given', () => {
		const week = weeks().find((w) => w.name === 'a route with no day')!;
		const make = patternsOf(week);
		// A, C and D pinned to Monday, Friday and Wednesday leave the route of A and C no day.
		const worked = [make(0, [0])!, make(0, [1])!, make(0, [2])!, make(0, [0, 1])!];
		const without = placeOnWeekdays(week.inst, week.groups, worked);
		expect(without.left).toEqual([worked[3]]);
		const split = placeOnWeekdays(week.inst, week.groups, worked, { single: (g, i) => make(g, [i]) });
		expect(split.left).toEqual([]);
		// A alone on Thursday and C alone on Tuesday keep their gap of two days.
		expect(split.placed.map(({ pattern, day }) => [pattern.schools, day])).toEqual([
			[[0], MON],
			[[1], TUE],
			[[2], WED],
			[[0], THU],
			[[1], FRI]
		]);
		expect(checkSchedule(week.inst, week.travel, asSchedule(week.inst, split))).toEqual([]);
	});

	it('searches a small week the greedy passes cannot place', () => {
		// C and D, three visits each, fill Monday, Wednesday and Friday with both members; A must
		// take Tuesday or Thursday. Without going back, the greedy passes and the repair miss it.
		const inst = instance([school('A'), school('C', 3), school('D', 3)], [staffAt('S1', 'B'), staffAt('S2', 'B')]);
		const worked = [
			pattern(0, 0),
			pattern(0, 1),
			pattern(0, 1),
			pattern(0, 1),
			pattern(0, 2),
			pattern(0, 2),
			pattern(0, 2)
		];
		expect(placeOnWeekdays(inst, [[0, 1]], worked, { nodeBudget: 0 }).left).not.toEqual([]);
		const searched = placeOnWeekdays(inst, [[0, 1]], worked);
		expect(searched.left).toEqual([]);
		const daysOf = (i: number) =>
			searched.placed
				.filter((p) => p.pattern.schools[0] === i)
				.map((p) => p.day)
				.sort();
		expect(daysOf(1)).toEqual([MON, WED, FRI]);
		expect(daysOf(2)).toEqual([MON, WED, FRI]);
		expect([[TUE], [THU]]).toContainEqual(daysOf(0));
	});

	for (const week of weeks())
		it(`keeps every rule, searched or greedy, with or without splitting: ${week.name}`, () => {
			const worked = visitPatterns(week);
			const make = patternsOf(week);
			for (const options of [
				{},
				{ nodeBudget: 0 },
				{ single: (g: number, i: number) => make(g, [i]) },
				{ nodeBudget: 0, single: (g: number, i: number) => make(g, [i]) }
			]) {
				const placement = placeOnWeekdays(week.inst, week.groups, worked, options);
				expect(checkSchedule(week.inst, week.travel, asSchedule(week.inst, placement))).toEqual([]);
				expect(visitsIn(placement.placed.map((p) => p.pattern)) + visitsIn(placement.left)).toBe(visitsIn(worked));
			}
		});

	it('keeps every rule on random crowded weeks', () => {
		let seed = 2025;
		const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
		const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
		for (let n = 0; n < 40; n++) {
			const schools = Array.from({ length: int(2, 8) }, (_, i) => school(`K${i}`, int(1, 5)));
			const staff = Array.from({ length: int(1, 3) }, (_, k) => staffAt(`S${k}`, 'B', int(1, 5)));
			// Staff of one base are interchangeable, as the optimiser would group them; or each their own.
			const shared = n % 2 === 0;
			// One pin at most, and only for members alone in their group: more pins can ask for what
			// no week allows (two visits a day apart), or contend for one member's day.
			const pins: Pin[] =
				!shared && random() < 0.7
					? [{ school: schools[int(0, schools.length - 1)]!.id, day: WEEKDAYS[int(0, 4)]! }]
					: [];
			const inst = instance(schools, staff, { pins, maxSchoolsPerDay: 2 });
			const week: Week = {
				name: `random ${n}`,
				inst,
				travel: new TravelTimes(),
				groups: shared ? [staff.map((_, k) => k)] : own(inst)
			};
			const make = patternsOf(week);
			const worked = visitPatterns(week);
			for (const nodeBudget of [50_000, 0]) {
				const placement = placeOnWeekdays(inst, week.groups, worked, { nodeBudget, single: (g, i) => make(g, [i]) });
				expect(checkSchedule(inst, week.travel, asSchedule(inst, placement))).toEqual([]);
			}
		}
	});
});

describe('placeOnWeekdays inside the optimiser', () => {
	let highs: Highs;
	beforeAll(async () => {
		highs = await loadHighs();
	});

	for (const week of weeks())
		it(`keeps every rule: ${week.name}`, () => {
			const schedule = optimiseSchedule(highs, week.inst, week.travel, { timeLimitSeconds: 20, gap: 0 });
			expect(checkSchedule(week.inst, week.travel, schedule)).toEqual([]);
		});
});
