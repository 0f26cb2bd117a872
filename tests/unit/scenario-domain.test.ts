/**
 * What-if scenarios, the pure domain: default assumptions, the annual cost and the help
 * desk's share, the spread of staff-days over schools, a scenario laid over the baseline (scope,
 * pooling, removed and added staff), the figures it is judged by, the book's file format and its
 * edits. Expected values are worked out by hand in the comments, not by calling the code again.
 */
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_HELP_DESK,
	DEFAULT_REMOTE,
	DEFAULT_UNIT_COSTS,
	defaultAssumptions,
	emptyBook
} from '../../src/lib/domain/scenario/assumptions';
import { annualCost, helpDeskShare, staffCost, type CostedStaff } from '../../src/lib/domain/scenario/cost';
import { spreadVisits } from '../../src/lib/domain/scenario/visit-spread';
import { addedStaffId, setUpScenario, todaysHelpDesk, type BaselineRows } from '../../src/lib/domain/scenario/apply';
import { scenarioFigures } from '../../src/lib/domain/scenario/figures';
import {
	ScenarioFileError,
	decodeScenarioFile,
	encodeScenarioFile,
	parseScenarioBook
} from '../../src/lib/domain/scenario/parse';
import {
	blankScenario,
	deleteScenario,
	duplicateScenario,
	plusStaff,
	uniqueName,
	updateScenario
} from '../../src/lib/domain/scenario/book';
import { MAX_SCENARIOS, type HelpDesk, type Scenario, type ScenarioBook } from '../../src/lib/domain/scenario/types';
import { defaultScheduleSettings, type ScheduleSettings } from '../../src/lib/domain/schedule/settings';
import type { OfficeRow, SchoolRow, StaffRow } from '../../src/lib/domain/schedule/instance';
import type { SchoolSize, VisitPolicy } from '../../src/lib/domain/schedule/visit-policy';
import type { WeeklySchedule } from '../../src/lib/domain/schedule/types';
import type { MonteCarloResult } from '../../src/lib/domain/demand';
import { DEFAULT_BREAKS } from '../../src/lib/domain/school-calendar';

/** One visit a week for every school, no rule on size: the spread's arithmetic stays visible. */
const ONE_A_WEEK: VisitPolicy = { baseVisits: 1, large: null, hoursPerWeek: null, islandVisits: null, overrides: {} };

const size = (school_code: string, students: number | null, extra: Partial<SchoolSize> = {}): SchoolSize => ({
	school_code,
	classes: 12,
	students,
	island: false,
	...extra
});

const desk = (mode: HelpDesk['mode'], members = 1): HelpDesk => ({
	mode,
	capacityPerDay: 40,
	annualCost: 12_000_000,
	members
});

describe('default assumptions', () => {
	it('are fresh copies each time, so editing one book never edits the defaults or another book', () => {
		const a = defaultAssumptions();
		a.unitCosts.contract = 1;
		a.remote.shares.lesson = 1;
		a.helpDesk.members = 9;
		a.breaks[0]!.from = '01-01';
		const b = defaultAssumptions();
		expect(b.unitCosts.contract).toBe(5_400_000);
		expect(DEFAULT_UNIT_COSTS.contract).toBe(5_400_000);
		expect(b.remote.shares.lesson).toBe(0.25);
		expect(DEFAULT_REMOTE.shares.lesson).toBe(0.25);
		expect(b.helpDesk.members).toBe(1);
		expect(DEFAULT_HELP_DESK.members).toBe(1);
		expect(b.breaks).toEqual(DEFAULT_BREAKS);
		expect(DEFAULT_BREAKS[0]!.from).not.toBe('01-01');
	});

	it('are themselves a valid book: the defaults lie inside the ranges a stored book is checked against', () => {
		expect(parseScenarioBook(emptyBook())).toStrictEqual(emptyBook());
		expect(MAX_SCENARIOS).toBe(4);
	});
});

describe('annual cost', () => {
	const unitCosts = { contract: 5_000_000, appointed: 3_000_000, regular: 7_000_000 };
	const staff = (extra: Partial<CostedStaff>): CostedStaff => ({
		id: 's',
		days: 5,
		employment: 'contract',
		annualCost: null,
		...extra
	});

	it('takes the annual cost in the data as it stands, whatever the days, the unit cost or the type', () => {
		expect(
			staffCost(staff({ annualCost: 3_059_000, days: 3, unitCost: 9_000_000, employment: 'regular' }), unitCosts)
		).toBe(3_059_000);
		// 0 yen is a value (a volunteer, a seconded teacher), not a missing one.
		expect(staffCost(staff({ annualCost: 0 }), unitCosts)).toBe(0);
	});

	it('else scales the scenario unit cost, else the type unit cost, by days ÷ 5', () => {
		expect(staffCost(staff({ unitCost: 6_000_000, days: 3 }), unitCosts)).toBe(3_600_000);
		expect(staffCost(staff({ unitCost: null, days: 3, employment: 'appointed' }), unitCosts)).toBe(1_800_000);
		expect(staffCost(staff({ days: 4, employment: 'regular' }), unitCosts)).toBe(5_600_000);
		// A unit cost of 0 is set on purpose and wins over the type's.
		expect(staffCost(staff({ unitCost: 0 }), unitCosts)).toBe(0);
	});

	it('never charges more than full time nor less than nothing', () => {
		expect(staffCost(staff({ days: 7 }), unitCosts)).toBe(5_000_000);
		expect(staffCost(staff({ days: -2 }), unitCosts)).toBe(0);
	});

	it('charges no help desk, all of an own one whatever its members, and an even share of a shared one', () => {
		expect(helpDeskShare(desk('none', 3))).toEqual({ cost: 0, capacityPerDay: 0 });
		expect(helpDeskShare(desk('own', 4))).toEqual({ cost: 12_000_000, capacityPerDay: 40 });
		expect(helpDeskShare(desk('shared', 4))).toEqual({ cost: 3_000_000, capacityPerDay: 10 });
		// A shared desk with no member recorded is not divided by 0.
		expect(helpDeskShare(desk('shared', 0))).toEqual({ cost: 12_000_000, capacityPerDay: 40 });
		// A pooled scope of 3 of its 4 members carries 3 shares; of all 4 (or more), the whole desk.
		expect(helpDeskShare(desk('shared', 4), 3)).toEqual({ cost: 9_000_000, capacityPerDay: 30 });
		expect(helpDeskShare(desk('shared', 4), 6)).toEqual({ cost: 12_000_000, capacityPerDay: 40 });
		expect(helpDeskShare(desk('own', 4), 3)).toEqual({ cost: 12_000_000, capacityPerDay: 40 });
	});

	it('adds the staff and the help desk share', () => {
		const team = [
			staff({ annualCost: 4_000_000 }),
			staff({ days: 2, employment: 'appointed' }),
			staff({ unitCost: 8_000_000, days: 5 })
		];
		// 4,000,000 + 3,000,000 × 2/5 + 8,000,000 = 13,200,000; shared desk 12,000,000 ÷ 3.
		expect(annualCost(team, desk('shared', 3), unitCosts)).toEqual({
			staff: 13_200_000,
			helpDesk: 4_000_000,
			total: 17_200_000
		});
		expect(annualCost([], desk('none'), unitCosts)).toEqual({ staff: 0, helpDesk: 0, total: 0 });
	});
});

describe('staff-days spread over the schools', () => {
	const abc = [size('A', 600), size('B', 300), size('C', 100)];

	it('gives every school the policy visits when the budget does not reach further, never fewer', () => {
		expect(spreadVisits(abc, ONE_A_WEEK, 3)).toEqual({ A: 1, B: 1, C: 1 });
		expect(spreadVisits(abc, ONE_A_WEEK, 1)).toEqual({ A: 1, B: 1, C: 1 });
		expect(spreadVisits(abc, ONE_A_WEEK, 0)).toEqual({ A: 1, B: 1, C: 1 });
		const large: VisitPolicy = { ...ONE_A_WEEK, large: { by: 'students', threshold: 500, extraVisits: 1 } };
		expect(spreadVisits(abc, large, 0)).toEqual({ A: 2, B: 1, C: 1 });
	});

	it('gives each visit left over to the school with the most students per visit once it is added', () => {
		// Spare 1: A 600/2 = 300 beats B 150 and C 50.
		expect(spreadVisits(abc, ONE_A_WEEK, 4)).toEqual({ A: 2, B: 1, C: 1 });
		// Spare 2: A is at the cap of 2, so B (150 > 50).
		expect(spreadVisits(abc, ONE_A_WEEK, 5)).toEqual({ A: 2, B: 2, C: 1 });
		// Spare 3: C.
		expect(spreadVisits(abc, ONE_A_WEEK, 6)).toEqual({ A: 2, B: 2, C: 2 });
	});

	it('gives the visits left over by the expected requests when they are known, not by pupils', () => {
		// C's pupils ask most: 90 requests a year against A's 10 and B's 30.
		const need = new Map([
			['A', 10],
			['B', 30],
			['C', 90]
		]);
		expect(spreadVisits(abc, ONE_A_WEEK, 4, need)).toEqual({ A: 1, B: 1, C: 2 });
		expect(spreadVisits(abc, ONE_A_WEEK, 5, need)).toEqual({ A: 1, B: 2, C: 2 });
		// A school known to ask nothing comes last; one the map does not know counts as the median.
		expect(
			spreadVisits(
				abc,
				ONE_A_WEEK,
				4,
				new Map([
					['A', 0],
					['B', 30]
				])
			)
		).toEqual({ A: 1, B: 2, C: 1 });
		expect(
			spreadVisits(
				abc,
				ONE_A_WEEK,
				5,
				new Map([
					['A', 0],
					['B', 30]
				])
			)
		).toEqual({ A: 1, B: 2, C: 2 });
	});

	it('stops at two visits a week, however large the budget: the rest of the staff-days are days at the base', () => {
		expect(spreadVisits(abc, ONE_A_WEEK, 1000)).toEqual({ A: 2, B: 2, C: 2 });
	});

	it('uses whole visits only: a fractional budget is rounded down', () => {
		expect(spreadVisits(abc, ONE_A_WEEK, 4.99)).toEqual({ A: 2, B: 1, C: 1 });
	});

	it('never lowers a policy above the cap, and adds nothing to it', () => {
		const four: VisitPolicy = { ...ONE_A_WEEK, baseVisits: 4 };
		expect(spreadVisits(abc, four, 100)).toEqual({ A: 4, B: 4, C: 4 });
	});

	it('breaks a tie for the school listed first, the same way every time', () => {
		const twins = [size('A', 200), size('B', 200), size('C', 200)];
		expect(spreadVisits(twins, ONE_A_WEEK, 4)).toEqual({ A: 2, B: 1, C: 1 });
		expect(spreadVisits(twins, ONE_A_WEEK, 5)).toEqual({ A: 2, B: 2, C: 1 });
		for (let i = 0; i < 3; i++) expect(spreadVisits(twins, ONE_A_WEEK, 5)).toEqual({ A: 2, B: 2, C: 1 });
	});

	it('weighs a school without a student count as the median school, not as an empty one', () => {
		// Known counts 100, 300, 500: C counts as 300.
		const schools = [size('A', 100), size('B', 300), size('C', null), size('D', 500)];
		// Spare 3: D (250), then B and C tie at 150 (B first), then C (150 > A 50).
		expect(spreadVisits(schools, ONE_A_WEEK, 7)).toEqual({ A: 1, B: 2, C: 2, D: 2 });
		expect(spreadVisits(schools, ONE_A_WEEK, 6)).toEqual({ A: 1, B: 2, C: 1, D: 2 });
		// Students 0 is no count either.
		expect(spreadVisits([size('A', 100), size('B', 300), size('C', 0), size('D', 500)], ONE_A_WEEK, 7)).toEqual({
			A: 1,
			B: 2,
			C: 2,
			D: 2
		});
		// Without any count every school weighs the same.
		expect(spreadVisits([size('A', null), size('B', null)], ONE_A_WEEK, 3)).toEqual({ A: 2, B: 1 });
	});

	it('keeps the number the user fixed for a school, and counts it against the budget', () => {
		const fixed: VisitPolicy = { ...ONE_A_WEEK, overrides: { A: 1, C: 5 } };
		// Policy visits 1 + 1 + 5 = 7; spare 2 go to B only (up to its cap), A and C are fixed.
		expect(spreadVisits(abc, fixed, 9)).toEqual({ A: 1, B: 2, C: 5 });
		expect(spreadVisits(abc, { ...ONE_A_WEEK, overrides: { A: 0 } }, 100)).toEqual({ A: 0, B: 2, C: 2 });
	});

	it('keeps island schools at their island visits when the policy sets them, else spreads to them like any school', () => {
		const schools = [size('I', 900, { island: true }), size('B', 300)];
		expect(spreadVisits(schools, { ...ONE_A_WEEK, islandVisits: 0 }, 100)).toEqual({ I: 0, B: 2 });
		expect(spreadVisits(schools, { ...ONE_A_WEEK, islandVisits: null }, 3)).toEqual({ I: 2, B: 1 });
	});

	it('gives nothing to spread over when there are no schools', () => {
		expect(spreadVisits([], ONE_A_WEEK, 10)).toEqual({});
	});
});

/**
 * Three employers: A and B in scope (pooled), C outside it. B2 has no location; b1 has no base
 * and must start from B's office, not A's; a2 too, from A's office.
 */
function baseline(): BaselineRows {
	const school = (
		code: string,
		employer: string,
		lat: number | null,
		lon: number | null,
		students: number,
		classes = 12,
		island = false
	): SchoolRow => ({
		school_code: code,
		name: code,
		employer_code: employer,
		lat,
		lon,
		classes,
		students,
		island
	});
	const staff = (
		id: string,
		employer: string,
		days: number,
		lat: number | null,
		lon: number | null,
		extra: Partial<StaffRow> = {}
	): StaffRow => ({
		staff_id: id,
		name: id,
		employer_code: employer,
		days_per_week: days,
		hours_per_day: 7.75,
		base_lat: lat,
		base_lon: lon,
		employment: 'contract',
		annual_cost: null,
		...extra
	});
	const offices: OfficeRow[] = [
		{ municipality_code: 'A', name: 'A', office_lat: 31.5, office_lon: 130.5 },
		{ municipality_code: 'B', name: 'B', office_lat: 31.6, office_lon: 130.6 },
		{ municipality_code: 'C', name: 'C', office_lat: 31.7, office_lon: 130.7 },
		{ municipality_code: 'D', name: 'D', office_lat: null, office_lon: null }
	];
	return {
		schools: [
			school('A1', 'A', 31.51, 130.51, 600),
			school('A2', 'A', 31.52, 130.52, 200),
			school('B1', 'B', 31.61, 130.61, 300),
			school('B2', 'B', null, null, 900),
			school('C1', 'C', 31.71, 130.71, 400)
		],
		staff: [
			staff('a1', 'A', 2, 31.55, 130.55, { annual_cost: 4_100_000 }),
			staff('a2', 'A', 1, null, null, { employment: 'appointed' }),
			staff('b1', 'B', 1, null, null, { employment: null }),
			staff('c1', 'C', 5, 31.7, 130.7)
		],
		offices,
		ferries: [{ school_code: 'A2', port_lat: 31.4, port_lon: 130.4, crossing_minutes: 40, wait_minutes: 10 }]
	};
}

function bookOf(scope: string[], scenarios: Scenario[] = [], spread = true): ScenarioBook {
	return { scope, assumptions: { ...defaultAssumptions(), spreadStaffDays: spread }, scenarios };
}

function settings(policy: VisitPolicy = ONE_A_WEEK): ScheduleSettings {
	return { ...defaultScheduleSettings(), policy: { ...policy, overrides: { ...policy.overrides } } };
}

/** A scenario of several employers that plans their staff as one pool. */
const POOLED: Scenario = { ...blankScenario('pooled', 'pooled'), poolStaff: true };

const visitsOf = (setup: ReturnType<typeof setUpScenario>) =>
	Object.fromEntries(setup.instance.schools.map((s) => [s.id, s.visits]));

describe('today’s help desk', () => {
	const withDesks = (desks: [string, boolean][]): BaselineRows => ({ ...baseline(), helpDesks: new Map(desks) });

	it('comes from the data when it says, for every employer of the scope, whether there is one', () => {
		const book = bookOf(['A', 'B']);
		const assumed = book.assumptions.helpDesk;
		expect(
			todaysHelpDesk(
				withDesks([
					['A', true],
					['B', false]
				]),
				bookOf(['A'])
			)
		).toEqual({
			desk: { ...assumed, mode: 'own' },
			source: 'data'
		});
		expect(todaysHelpDesk(withDesks([['A', false]]), bookOf(['A']))).toEqual({
			desk: { ...assumed, mode: 'none' },
			source: 'data'
		});
		// Two employers with a desk each: two desks, each of the size and cost assumed.
		expect(
			todaysHelpDesk(
				withDesks([
					['A', true],
					['B', true]
				]),
				book
			).desk
		).toEqual({
			...assumed,
			mode: 'own',
			capacityPerDay: 2 * assumed.capacityPerDay,
			annualCost: 2 * assumed.annualCost
		});
		// A desk the book says is shared stays shared.
		const shared = bookOf(['A']);
		shared.assumptions.helpDesk = { ...assumed, mode: 'shared', members: 5 };
		expect(todaysHelpDesk(withDesks([['A', true]]), shared).desk).toEqual(shared.assumptions.helpDesk);
	});

	it('is the book’s assumption when the data is silent on any employer of the scope', () => {
		const book = bookOf(['A', 'B']);
		expect(todaysHelpDesk(withDesks([['A', true]]), book)).toEqual({
			desk: book.assumptions.helpDesk,
			source: 'assumption'
		});
		expect(todaysHelpDesk(baseline(), book).source).toBe('assumption');
	});

	it('is the scenario’s desk when the scenario sets one, and the scope carries its shares of a shared one', () => {
		const desk: HelpDesk = { mode: 'shared', capacityPerDay: 40, annualCost: 12_000_000, members: 4 };
		const setup = setUpScenario(
			withDesks([
				['A', true],
				['B', true]
			]),
			bookOf(['A', 'B']),
			{
				...blankScenario('s', 's'),
				helpDesk: desk
			},
			settings()
		);
		expect([setup.helpDesk, setup.helpDeskSource, setup.helpDeskInScope]).toEqual([desk, 'scenario', 2]);
		const today = setUpScenario(
			withDesks([
				['A', true],
				['B', true]
			]),
			bookOf(['A', 'B']),
			null,
			settings()
		);
		expect([today.helpDesk.mode, today.helpDeskSource]).toEqual(['own', 'data']);
	});
});

describe('a scenario laid over the baseline', () => {
	it('plans today’s staffing of several employers one employer at a time, and pools them for a scenario that says so', () => {
		const today = setUpScenario(baseline(), bookOf(['A', 'B']), null, settings());
		// Each staff member serves the own employer's schools: A's part and B's part.
		expect(today.parts.map((p) => [p.schools.map((s) => s.id), p.staff.map((s) => s.id)])).toEqual([
			[
				['A1', 'A2'],
				['a1', 'a2']
			],
			[['B1'], ['b1']]
		]);
		const pooled = setUpScenario(baseline(), bookOf(['A', 'B']), POOLED, settings());
		expect(pooled.parts.map((p) => [p.schools.map((s) => s.id), p.staff.map((s) => s.id)])).toEqual([
			[
				['A1', 'A2', 'B1'],
				['a1', 'a2', 'b1']
			]
		]);
		// A scenario that does not say so keeps each employer's staff to its schools; one employer is one part.
		expect(setUpScenario(baseline(), bookOf(['A', 'B']), blankScenario('s', 's'), settings()).parts).toHaveLength(2);
		expect(setUpScenario(baseline(), bookOf(['A']), null, settings()).parts).toHaveLength(1);
		expect(today.instance.schools.map((s) => s.id)).toEqual(pooled.instance.schools.map((s) => s.id));
	});

	it('takes the scope’s employers and leaves out every other employer', () => {
		const setup = setUpScenario(baseline(), bookOf(['A', 'B']), null, settings());
		expect(setup.schools.map((s) => s.school_code)).toEqual(['A1', 'A2', 'B1', 'B2']);
		expect(setup.instance.schools.map((s) => s.id)).toEqual(['A1', 'A2', 'B1']);
		expect(setup.instance.staff.map((s) => s.id)).toEqual(['a1', 'a2', 'b1']);
		expect(setup.staff.map((s) => s.id)).toEqual(['a1', 'a2', 'b1']);
		expect(setup.problems.map(({ kind, id }) => ({ kind, id }))).toEqual([
			{ kind: 'school_without_location', id: 'B2' }
		]);
		// The ferry of an island school still applies once pooled.
		expect(setup.instance.schools.find((s) => s.id === 'A2')!.ferry).toEqual({
			port: { lat: 31.4, lon: 130.4 },
			crossingMinutes: 40,
			waitMinutes: 10
		});
	});

	it('starts a staff member without a base from the own employer’s office, even once pooled', () => {
		const setup = setUpScenario(baseline(), bookOf(['A', 'B']), null, settings());
		const at = Object.fromEntries(setup.instance.staff.map((s) => [s.id, s.base.at]));
		expect(at).toEqual({
			a1: { lat: 31.55, lon: 130.55 },
			a2: { lat: 31.5, lon: 130.5 },
			b1: { lat: 31.6, lon: 130.6 }
		});
	});

	it('narrows to the scope given', () => {
		const setup = setUpScenario(baseline(), bookOf(['C']), null, settings());
		expect(setup.schools.map((s) => s.school_code)).toEqual(['C1']);
		expect(setup.staff.map((s) => s.id)).toEqual(['c1']);
		expect(setup.problems).toEqual([]);
	});

	it('gives an empty schedule for an empty scope, with the schedule screen’s limits', () => {
		const schedule = { ...settings(), minOnsiteMinutes: 120, maxSchoolsPerDay: 2 };
		const setup = setUpScenario(baseline(), bookOf([]), null, schedule);
		expect(setup.instance).toEqual({ schools: [], staff: [], pins: [], minOnsiteMinutes: 120, maxSchoolsPerDay: 2 });
		expect(setup.staff).toEqual([]);
	});

	it('costs each staff member from the data: the annual cost given, the employment type (contract when none)', () => {
		const setup = setUpScenario(baseline(), bookOf(['A', 'B']), null, settings());
		expect(setup.staff).toEqual([
			{ id: 'a1', days: 2, employment: 'contract', annualCost: 4_100_000, unitCost: null },
			{ id: 'a2', days: 1, employment: 'appointed', annualCost: null, unitCost: null },
			{ id: 'b1', days: 1, employment: 'contract', annualCost: null, unitCost: null }
		]);
	});

	it('takes removed staff out of the schedule and the cost', () => {
		const scenario: Scenario = { ...blankScenario('s', 's'), removeStaff: ['a1', 'c1', 'nobody'] };
		const setup = setUpScenario(baseline(), bookOf(['A', 'B']), scenario, settings());
		expect(setup.instance.staff.map((s) => s.id)).toEqual(['a2', 'b1']);
		expect(setup.staff.map((s) => s.id)).toEqual(['a2', 'b1']);
	});

	it('adds staff as "add-1", "add-2", … in the order of the additions, at an office, a school or a point', () => {
		const scenario: Scenario = {
			...POOLED,
			addStaff: [
				{ count: 2, base: { kind: 'office', employer: 'B' }, days: 5, employment: 'contract', unitCost: null },
				{ count: 1, base: { kind: 'school', school: 'A1' }, days: 3, employment: 'appointed', unitCost: 2_500_000 },
				// An office outside the scope is still a place to start from.
				{ count: 1, base: { kind: 'office', employer: 'C' }, days: 4, employment: 'regular', unitCost: null },
				{ count: 1, base: { kind: 'point', lat: 31.45, lon: 130.45 }, days: 2, employment: 'contract', unitCost: null }
			]
		};
		const setup = setUpScenario(baseline(), bookOf(['A', 'B']), scenario, settings());
		// Never a leading "+": a spreadsheet would read the exported id as a formula.
		expect([1, 2, 5].map(addedStaffId)).toEqual(['add-1', 'add-2', 'add-5']);
		const added = setup.instance.staff.filter((s) => s.id.startsWith('add-'));
		expect(added.map((s) => [s.id, s.base.at, s.days, s.minutesPerDay])).toEqual([
			['add-1', { lat: 31.6, lon: 130.6 }, 5, 465],
			['add-2', { lat: 31.6, lon: 130.6 }, 5, 465],
			['add-3', { lat: 31.51, lon: 130.51 }, 3, 465],
			['add-4', { lat: 31.7, lon: 130.7 }, 4, 465],
			['add-5', { lat: 31.45, lon: 130.45 }, 2, 465]
		]);
		expect(setup.staff.slice(3)).toEqual([
			{ id: 'add-1', days: 5, employment: 'contract', annualCost: null, unitCost: null },
			{ id: 'add-2', days: 5, employment: 'contract', annualCost: null, unitCost: null },
			{ id: 'add-3', days: 3, employment: 'appointed', annualCost: null, unitCost: 2_500_000 },
			{ id: 'add-4', days: 4, employment: 'regular', annualCost: null, unitCost: null },
			{ id: 'add-5', days: 2, employment: 'contract', annualCost: null, unitCost: null }
		]);
	});

	it('counts added staff without a place to start in the cost but not in the schedule, and says so', () => {
		const scenario: Scenario = {
			...blankScenario('s', 's'),
			addStaff: [
				{ count: 1, base: { kind: 'office', employer: 'D' }, days: 5, employment: 'contract', unitCost: null },
				{ count: 1, base: { kind: 'school', school: 'B2' }, days: 5, employment: 'contract', unitCost: null }
			]
		};
		const setup = setUpScenario(baseline(), bookOf(['A', 'B']), scenario, settings());
		expect(setup.instance.staff.map((s) => s.id)).toEqual(['a1', 'a2', 'b1']);
		expect(setup.staff.map((s) => s.id)).toEqual(['a1', 'a2', 'b1', 'add-1', 'add-2']);
		expect(setup.problems.filter((p) => p.kind === 'staff_without_base').map((p) => p.id)).toEqual(['add-1', 'add-2']);
		// Their days give no visits to spread: 2 + 1 + 1 staff-days × 1.5 = 6, as without them.
		expect(visitsOf(setup)).toEqual(visitsOf(setUpScenario(baseline(), bookOf(['A', 'B']), null, settings())));
	});

	it('spreads the staff-days over the located schools of their part: 4 staff-days × 1.5 = 6 visits', () => {
		const setup = setUpScenario(baseline(), bookOf(['A', 'B']), POOLED, settings());
		// Policy 1 each (3); spare 3: A1 600/2, then (A1 at the cap of 2) B1 300/2 = 150, then A2 200/2.
		expect(visitsOf(setup)).toEqual({ A1: 2, A2: 2, B1: 2 });
		// Each employer on its own: A's 3 staff-days give 4 visits (A1 and A2 at 2), B's one day 1.
		expect(visitsOf(setUpScenario(baseline(), bookOf(['A', 'B']), null, settings()))).toEqual({ A1: 2, A2: 2, B1: 1 });
		// The policy's visits are kept apart: the spread adds to them, it is not asked for.
		expect([...setup.required]).toEqual([
			['A1', 1],
			['A2', 1],
			['B1', 1]
		]);
	});

	it('spreads the days of added staff and no longer those of removed staff', () => {
		const more: Scenario = {
			...blankScenario('s', 's'),
			addStaff: [{ count: 1, base: { kind: 'office', employer: 'A' }, days: 2, employment: 'contract', unitCost: null }]
		};
		// 6 staff-days × 1.5 = 9: every school at the cap of 2 (the rest are days at the base).
		expect(visitsOf(setUpScenario(baseline(), bookOf(['A', 'B']), { ...more, poolStaff: true }, settings()))).toEqual({
			A1: 2,
			A2: 2,
			B1: 2
		});
		const fewer: Scenario = { ...blankScenario('s', 's'), removeStaff: ['a1'] };
		// 2 staff-days × 1.5 = 3: the policy's visits only.
		expect(visitsOf(setUpScenario(baseline(), bookOf(['A', 'B']), fewer, settings()))).toEqual({ A1: 1, A2: 1, B1: 1 });
	});

	it('counts whole days worked only', () => {
		const rows = baseline();
		rows.staff = rows.staff.map((s) => (s.staff_id === 'a1' ? { ...s, days_per_week: 0.9 } : s));
		const book = bookOf(['A']);
		book.assumptions.visitsPerStaffDay = 3;
		// ⌊0.9⌋ + 1 = 1 staff-day × 3 = 3 visits: one spare, to A1 (1.9 days would give 5).
		expect(visitsOf(setUpScenario(rows, book, null, settings()))).toEqual({ A1: 2, A2: 1 });
	});

	it('uses the visits per staff-day of the assumptions', () => {
		const book = bookOf(['A', 'B']);
		book.assumptions.visitsPerStaffDay = 1;
		// 4 visits: one spare, to A1.
		expect(visitsOf(setUpScenario(baseline(), book, null, settings()))).toEqual({ A1: 2, A2: 1, B1: 1 });
	});

	it('asks only the policy’s visits when the spread is switched off', () => {
		const setup = setUpScenario(baseline(), bookOf(['A', 'B'], [], false), null, settings());
		expect(visitsOf(setup)).toEqual({ A1: 1, A2: 1, B1: 1 });
	});

	it('follows the scenario’s visit policy over the schedule screen’s, overrides included', () => {
		const policy: VisitPolicy = {
			...ONE_A_WEEK,
			large: { by: 'students', threshold: 500, extraVisits: 1 },
			overrides: { B1: 0 }
		};
		const scenario: Scenario = { ...blankScenario('s', 's'), visitPolicy: policy };
		const off = setUpScenario(baseline(), bookOf(['A', 'B'], [], false), scenario, settings());
		expect(visitsOf(off)).toEqual({ A1: 2, A2: 1, B1: 0 });
		expect(Object.fromEntries(off.required)).toEqual({ A1: 2, A2: 1, B1: 0 });
		// Spread over A's 3 staff-days: 4 visits, policy 3, spare 1 to A2 (A1 is at the cap); B1 is fixed at 0.
		const on = setUpScenario(baseline(), bookOf(['A', 'B']), scenario, settings());
		expect(visitsOf(on)).toEqual({ A1: 2, A2: 2, B1: 0 });
	});

	it('keeps the schedule screen’s overrides over the spread, and leaves the settings as they were', () => {
		const schedule = settings({ ...ONE_A_WEEK, overrides: { A1: 1 } });
		const setup = setUpScenario(baseline(), bookOf(['A', 'B']), null, schedule);
		// A's spare 2 with A1 fixed: A2 only, to its cap; B's one staff-day leaves nothing spare.
		expect(visitsOf(setup)).toEqual({ A1: 1, A2: 2, B1: 1 });
		expect(schedule.policy.overrides).toEqual({ A1: 1 });
	});

	it('takes remote support and the help desk from the scenario, else from the assumptions', () => {
		const book = bookOf(['A']);
		const baselineSetup = setUpScenario(baseline(), book, null, settings());
		expect(baselineSetup.remote).toEqual(book.assumptions.remote);
		expect(baselineSetup.helpDesk).toEqual(book.assumptions.helpDesk);
		const remote = {
			shares: { lesson: 0, admin: 1, environment: 0.5, training: 0 },
			staffSlotsPerDay: 6,
			officeSlotsPerDay: 8
		};
		const helpDesk = desk('shared', 5);
		const setup = setUpScenario(baseline(), book, { ...blankScenario('s', 's'), remote, helpDesk }, settings());
		expect(setup.remote).toEqual(remote);
		expect(setup.helpDesk).toEqual(helpDesk);
	});
});

describe('the figures a scenario is judged by', () => {
	const sim = { runs: 1 } as MonteCarloResult;
	const schedule = (days: WeeklySchedule['days'], travelMinutes: number): WeeklySchedule => ({
		days,
		unmet: [],
		travelMinutes,
		lowerBound: 0,
		gap: 0,
		method: 'exact'
	});

	it('counts placement, cost, visits, travel and use of staff-days', () => {
		const book = bookOf(['A', 'B'], [], false);
		const setup = setUpScenario(baseline(), book, null, settings());
		const week = schedule(
			[
				{ staff: 'a1', day: 'mon', schools: ['A1', 'A2'], travelMinutes: 50 },
				{ staff: 'a1', day: 'tue', schools: ['A1'], travelMinutes: 40 }
			],
			90
		);
		const f = scenarioFigures(setup, week, sim, book.assumptions);
		expect(f.schools).toBe(4);
		expect(f.staff).toBe(3);
		expect(f.fte).toBeCloseTo(4 / 5, 12);
		expect(f.schoolsPerStaff).toBeCloseTo(4 / 3, 12);
		expect(f.targetMet).toBe(true);
		expect(f.staffNeeded).toBe(1);
		expect(f.staffGap).toBe(0);
		// a1 as given; a2 appointed 3,300,000 × 1/5; b1 contract 5,400,000 × 1/5; no help desk.
		expect(f.cost).toEqual({ staff: 4_100_000 + 660_000 + 1_080_000, helpDesk: 0, total: 5_840_000 });
		// 3 visits made ÷ 3 located schools (B2 is not in the schedule).
		expect(f.visitDaysPerSchool).toBe(1);
		// A1's second visit does not make up for B1's missing one.
		expect(f.unmetVisits).toBe(1);
		expect(f.travelHoursPerWeek).toBe(1.5);
		// 2 staff-days used of 2 + 1 + 1.
		expect(f.visitUtilisation).toBe(0.5);
		expect(f.sim).toBe(sim);
	});

	it('does not count visits added by the spread as missing when the schedule leaves them out', () => {
		const book = bookOf(['A', 'B']);
		const setup = setUpScenario(baseline(), book, null, settings());
		expect(visitsOf(setup)).toEqual({ A1: 2, A2: 2, B1: 1 });
		const week = schedule([{ staff: 'a1', day: 'mon', schools: ['A1', 'A2', 'B1'], travelMinutes: 60 }], 60);
		expect(scenarioFigures(setup, week, sim, book.assumptions).unmetVisits).toBe(0);
	});

	it('has no schools per staff member without staff, and misses the target by the whole need', () => {
		const scenario: Scenario = { ...blankScenario('s', 's'), removeStaff: ['a1', 'a2', 'b1'] };
		const book = bookOf(['A', 'B'], [], false);
		const setup = setUpScenario(baseline(), book, scenario, settings());
		const f = scenarioFigures(setup, schedule([], 0), sim, book.assumptions);
		expect(f.schoolsPerStaff).toBeNull();
		expect(f.targetMet).toBe(false);
		expect(f.staffGap).toBe(1);
		expect(f.fte).toBe(0);
		expect(f.visitDaysPerSchool).toBe(0);
		expect(f.visitUtilisation).toBe(0);
		expect(f.unmetVisits).toBe(3);
	});

	it('meets the target at exactly four schools per staff member and not above', () => {
		const rows = baseline();
		const extra = (code: string): SchoolRow => ({ ...rows.schools[0]!, school_code: code, name: code });
		rows.schools = [...rows.schools.filter((s) => s.employer_code === 'A'), extra('A3'), extra('A4'), extra('A5')];
		const book = bookOf(['A'], [], false);
		// 5 schools, 2 staff: 2.5 per staff, met.
		expect(
			scenarioFigures(setUpScenario(rows, book, null, settings()), schedule([], 0), sim, book.assumptions).targetMet
		).toBe(true);
		// 5 schools, 1 staff: 5 > 4, not met; 2 needed, 1 short.
		const one = scenarioFigures(
			setUpScenario(rows, book, { ...blankScenario('s', 's'), removeStaff: ['a2'] }, settings()),
			schedule([], 0),
			sim,
			book.assumptions
		);
		expect([one.targetMet, one.staffNeeded, one.staffGap]).toEqual([false, 2, 1]);
		// 4 schools, 1 staff: exactly 4, met.
		rows.schools = rows.schools.slice(0, 4);
		const four = scenarioFigures(
			setUpScenario(rows, book, { ...blankScenario('s', 's'), removeStaff: ['a2'] }, settings()),
			schedule([], 0),
			sim,
			book.assumptions
		);
		expect([four.targetMet, four.staffNeeded, four.staffGap]).toEqual([true, 1, 0]);
	});
});

/** A book using every kind of base, a policy of its own, remote support and a shared desk. */
function fullBook(): ScenarioBook {
	return {
		scope: ['469017', '469025'],
		assumptions: {
			...defaultAssumptions(),
			seed: 7,
			runs: 50,
			visitsPerStaffDay: 2,
			breaks: [
				{ season: 'summer_break', from: '07-20', to: '08-31' },
				{ season: 'winter_break', from: '12-24', to: '01-08' }
			]
		},
		scenarios: [
			{
				id: 'a',
				name: '+3 staff',
				addStaff: [
					{ count: 3, base: { kind: 'office', employer: '469017' }, days: 5, employment: 'contract', unitCost: null },
					{
						count: 1,
						base: { kind: 'school', school: 'B146290000017' },
						days: 3,
						employment: 'appointed',
						unitCost: 2_800_000
					},
					{ count: 2, base: { kind: 'point', lat: 31.6, lon: 130.5 }, days: 1, employment: 'regular', unitCost: 0 }
				],
				removeStaff: ['46901-S01'],
				visitPolicy: {
					baseVisits: 1,
					large: { by: 'students', threshold: 500, extraVisits: 1 },
					hoursPerWeek: null,
					islandVisits: 0,
					overrides: { B146290000026: 2 }
				},
				remote: {
					shares: { lesson: 0.1, admin: 0.9, environment: 0.4, training: 0.2 },
					staffSlotsPerDay: 3,
					officeSlotsPerDay: 7
				},
				helpDesk: { mode: 'shared', capacityPerDay: 80, annualCost: 20_000_000, members: 4 }
			},
			blankScenario('b', 'Baseline again')
		]
	};
}

describe('the scenario file', () => {
	it('reads back exactly the book it wrote, marked as a scenarios file', () => {
		const book = fullBook();
		const text = encodeScenarioFile(book);
		expect(JSON.parse(text)).toMatchObject({ format: 'haichi-scenarios', version: 1 });
		// Strict: the file's marks do not leak into the book.
		expect(decodeScenarioFile(text)).toStrictEqual(book);
		expect(decodeScenarioFile(encodeScenarioFile(emptyBook()))).toStrictEqual(emptyBook());
	});

	const reason = (text: string) => {
		try {
			decodeScenarioFile(text);
		} catch (e) {
			expect(e).toBeInstanceOf(ScenarioFileError);
			expect(e).toBeInstanceOf(Error);
			return (e as ScenarioFileError).reason;
		}
		return 'accepted';
	};

	it('says why a file is refused: not JSON, not a scenarios file, or damaged', () => {
		expect(reason('{"format": "haichi-scenarios"')).toBe('not_json');
		expect(reason('')).toBe('not_json');
		const text = encodeScenarioFile(fullBook());
		expect(reason(text.replace('haichi-scenarios', 'haichi-workspace'))).toBe('not_scenarios');
		expect(reason(text.replace('"version": 1', '"version": 2'))).toBe('not_scenarios');
		expect(reason(JSON.stringify(fullBook()))).toBe('not_scenarios');
		expect(reason('[]')).toBe('not_scenarios');
		expect(reason('null')).toBe('not_scenarios');
		expect(reason(text.replace('"runs": 50', '"runs": 0'))).toBe('damaged');
		expect(reason(text)).toBe('accepted');
	});
});

describe('a stored scenario book', () => {
	// Loosely typed on purpose: the edits write what a damaged file could hold.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	type Doc = Record<string, any>;
	type Edit = (b: Doc) => void;
	const edited = (edit: Edit) => {
		const b = structuredClone(fullBook()) as unknown as Doc;
		edit(b);
		return parseScenarioBook(b);
	};
	const added = (b: Doc) => b.scenarios[0].addStaff[0];

	it('is accepted at the edges of every range', () => {
		const edges: Record<string, Edit> = {
			'four scenarios': (b) => b.scenarios.push(blankScenario('c', 'c'), blankScenario('d', 'd')),
			'200 added at once': (b) => (added(b).count = 200),
			'one day a week': (b) => (added(b).days = 1),
			'visits per staff-day 1': (b) => (b.assumptions.visitsPerStaffDay = 1),
			'visits per staff-day 3': (b) => (b.assumptions.visitsPerStaffDay = 3),
			'seed 0': (b) => (b.assumptions.seed = 0),
			'largest seed': (b) => (b.assumptions.seed = 2 ** 31 - 1),
			'one run': (b) => (b.assumptions.runs = 1),
			'1000 runs': (b) => (b.assumptions.runs = 1000),
			'shares 0 and 1': (b) => (b.scenarios[0].remote.shares = { lesson: 0, admin: 1, environment: 0, training: 1 }),
			'a point at the edge of Japan': (b) => (added(b).base = { kind: 'point', lat: 20, lon: 154 }),
			'no school break': (b) => (b.assumptions.breaks = []),
			'ten school breaks': (b) =>
				(b.assumptions.breaks = Array.from({ length: 10 }, () => ({
					season: 'spring_break',
					from: '12-31',
					to: '01-01'
				})))
		};
		for (const [name, edit] of Object.entries(edges)) expect(edited(edit), name).not.toBeNull();
	});

	it('is refused when anything is missing, of the wrong type or out of range', () => {
		const refused: Record<string, Edit> = {
			'five scenarios': (b) =>
				b.scenarios.push(blankScenario('c', 'c'), blankScenario('d', 'd'), blankScenario('e', 'e')),
			'two scenarios with one id': (b) => (b.scenarios[1].id = 'a'),
			'an empty id': (b) => (b.scenarios[1].id = ''),
			'a name too long': (b) => (b.scenarios[1].name = 'x'.repeat(201)),
			'a scope code not text': (b) => (b.scope = ['469017', 469025]),
			'an empty scope code': (b) => (b.scope = ['']),
			'no scope': (b) => delete b.scope,
			'scenarios not a list': (b) => (b.scenarios = {}),
			'no one added': (b) => (added(b).count = 0),
			'201 added at once': (b) => (added(b).count = 201),
			'a fraction of a person': (b) => (added(b).count = 1.5),
			'no day a week': (b) => (added(b).days = 0),
			'six days a week': (b) => (added(b).days = 6),
			'half days': (b) => (added(b).days = 2.5),
			'an unknown employment': (b) => (added(b).employment = 'intern'),
			'a negative unit cost': (b) => (added(b).unitCost = -1),
			'an absurd unit cost': (b) => (added(b).unitCost = 1e12),
			'no unit cost field': (b) => delete added(b).unitCost,
			'a point outside Japan (lat)': (b) => (added(b).base = { kind: 'point', lat: 10, lon: 130 }),
			'a point outside Japan (lon)': (b) => (added(b).base = { kind: 'point', lat: 31, lon: 160 }),
			'an office without employer': (b) => (added(b).base = { kind: 'office', employer: '' }),
			'an unknown base': (b) => (added(b).base = { kind: 'moon' }),
			'an empty staff id removed': (b) => (b.scenarios[0].removeStaff = ['']),
			'a policy of 6 visits': (b) => (b.scenarios[0].visitPolicy.baseVisits = 6),
			'an override of 9 visits': (b) => (b.scenarios[0].visitPolicy.overrides = { X: 9 }),
			'no policy field': (b) => delete b.scenarios[0].visitPolicy,
			'a share above 1': (b) => (b.scenarios[0].remote.shares.admin = 1.5),
			'a category missing': (b) => delete b.scenarios[0].remote.shares.training,
			'101 remote slots': (b) => (b.scenarios[0].remote.staffSlotsPerDay = 101),
			'no remote field': (b) => delete b.scenarios[0].remote,
			'an unknown desk': (b) => (b.scenarios[0].helpDesk.mode = 'partial'),
			'a desk of no members': (b) => (b.scenarios[0].helpDesk.members = 0),
			'a fraction of a member': (b) => (b.scenarios[0].helpDesk.members = 1.5),
			'a desk of 10001 a day': (b) => (b.scenarios[0].helpDesk.capacityPerDay = 10_001),
			'no help desk field': (b) => delete b.scenarios[0].helpDesk,
			'a unit cost missing': (b) => delete b.assumptions.unitCosts.regular,
			'a unit cost as text': (b) => (b.assumptions.unitCosts.contract = '5400000'),
			'spread not a boolean': (b) => (b.assumptions.spreadStaffDays = 'yes'),
			'half a visit per staff-day': (b) => (b.assumptions.visitsPerStaffDay = 0.5),
			'four visits per staff-day': (b) => (b.assumptions.visitsPerStaffDay = 4),
			'a negative seed': (b) => (b.assumptions.seed = -1),
			'a seed too large': (b) => (b.assumptions.seed = 2 ** 31),
			'a fractional seed': (b) => (b.assumptions.seed = 1.5),
			'no run': (b) => (b.assumptions.runs = 0),
			'1001 runs': (b) => (b.assumptions.runs = 1001),
			'an assumed desk out of range': (b) => (b.assumptions.helpDesk.capacityPerDay = -1),
			'assumed shares out of range': (b) => (b.assumptions.remote.shares.lesson = -0.1),
			'no assumptions': (b) => delete b.assumptions,
			'no breaks field': (b) => delete b.assumptions.breaks,
			'eleven school breaks': (b) =>
				(b.assumptions.breaks = Array.from({ length: 11 }, () => ({
					season: 'spring_break',
					from: '03-25',
					to: '04-07'
				}))),
			'an unknown season': (b) => (b.assumptions.breaks[0].season = 'autumn_break'),
			'a 13th month': (b) => (b.assumptions.breaks[0].from = '13-01'),
			'a 32nd day': (b) => (b.assumptions.breaks[0].to = '08-32'),
			'a date not zero-padded': (b) => (b.assumptions.breaks[0].from = '7-20'),
			'a full date': (b) => (b.assumptions.breaks[0].to = '2025-08-31')
		};
		for (const [name, edit] of Object.entries(refused)) expect(edited(edit), name).toBeNull();
		for (const value of [null, undefined, 'book', 42, [], [fullBook()]]) expect(parseScenarioBook(value)).toBeNull();
	});
});

describe('editing the book', () => {
	const office = { kind: 'office', employer: '469017' } as const;

	it('adds "+N staff" as N full-time contracted staff at the base given, keeping the old book unchanged', () => {
		const before = emptyBook();
		const after = plusStaff(before, 'x', '+3 staff', 3, office);
		expect(before.scenarios).toEqual([]);
		expect(after.scenarios).toEqual([
			{
				id: 'x',
				name: '+3 staff',
				addStaff: [{ count: 3, base: office, days: 5, employment: 'contract', unitCost: null }],
				removeStaff: [],
				visitPolicy: null,
				remote: null,
				helpDesk: null
			}
		]);
		expect(plusStaff(before, 'y', '+0', 0, office).scenarios[0]!.addStaff).toEqual([]);
	});

	it('holds four scenarios at most: a fifth, added or duplicated, leaves the book as it was', () => {
		let book = emptyBook();
		for (const id of ['a', 'b', 'c', 'd']) book = plusStaff(book, id, id, 1, office);
		expect(book.scenarios.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
		expect(plusStaff(book, 'e', 'e', 1, office)).toBe(book);
		expect(duplicateScenario(book, 'a', 'e', 'e')).toBe(book);
		// Room again once one is deleted.
		expect(plusStaff(deleteScenario(book, 'b'), 'e', 'e', 1, office).scenarios.map((s) => s.id)).toEqual([
			'a',
			'c',
			'd',
			'e'
		]);
	});

	it('puts a duplicate right after its source, as a copy that can be edited on its own', () => {
		let book = emptyBook();
		for (const id of ['a', 'b', 'c']) book = plusStaff(book, id, id, 2, office);
		const copied = duplicateScenario(book, 'a', 'a2', 'a (2)');
		expect(copied.scenarios.map((s) => [s.id, s.name])).toEqual([
			['a', 'a'],
			['a2', 'a (2)'],
			['b', 'b'],
			['c', 'c']
		]);
		expect(copied.scenarios[1]!.addStaff).toEqual(book.scenarios[0]!.addStaff);
		copied.scenarios[1]!.addStaff[0]!.count = 9;
		(copied.scenarios[1]!.addStaff[0]!.base as { employer: string }).employer = 'other';
		expect(book.scenarios[0]!.addStaff[0]).toEqual({
			count: 2,
			base: office,
			days: 5,
			employment: 'contract',
			unitCost: null
		});
		expect(duplicateScenario(book, 'missing', 'z', 'z')).toBe(book);
	});

	it('updates the scenario with the same id in place and leaves the others as they were', () => {
		let book = emptyBook();
		for (const id of ['a', 'b', 'c']) book = plusStaff(book, id, id, 1, office);
		const changed = { ...book.scenarios[1]!, name: 'renamed', removeStaff: ['s1'] };
		const after = updateScenario(book, changed);
		expect(after.scenarios.map((s) => s.name)).toEqual(['a', 'renamed', 'c']);
		expect(after.scenarios[0]).toBe(book.scenarios[0]);
		expect(after.scenarios[2]).toBe(book.scenarios[2]);
		expect(book.scenarios[1]!.name).toBe('b');
		expect(updateScenario(book, { ...changed, id: 'zz' }).scenarios).toEqual(book.scenarios);
	});

	it('deletes by id only', () => {
		let book = emptyBook();
		for (const id of ['a', 'b']) book = plusStaff(book, id, id, 1, office);
		expect(deleteScenario(book, 'a').scenarios.map((s) => s.id)).toEqual(['b']);
		expect(deleteScenario(book, 'x').scenarios.map((s) => s.id)).toEqual(['a', 'b']);
		expect(book.scenarios).toHaveLength(2);
	});

	it('numbers a name already taken with the first free number from 2', () => {
		let book = emptyBook();
		expect(uniqueName(book, '+3 staff')).toBe('+3 staff');
		book = plusStaff(book, 'a', '+3 staff', 3, office);
		expect(uniqueName(book, '+3 staff')).toBe('+3 staff (2)');
		book = plusStaff(book, 'b', '+3 staff (2)', 3, office);
		book = plusStaff(book, 'c', '+3 staff (4)', 3, office);
		expect(uniqueName(book, '+3 staff')).toBe('+3 staff (3)');
		expect(uniqueName(book, '+1 staff')).toBe('+1 staff');
	});
});
