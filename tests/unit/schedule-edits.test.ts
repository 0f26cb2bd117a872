/**
 * Editing the week: a visit moved on the timetable, a rebuild that keeps the other visits where the
 * edited week had them (basis.ts), and 担当制 (one staff member per school), on the sample's
 * largest employers; the independent checker runs on every week.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import loadHighs, { type Highs } from 'highs';
import { optimiseWeek, ownerPins } from '../../src/lib/optimise/one-staff';
import { checkSchedule } from '../../src/lib/domain/schedule/check';
import { TravelTimes } from '../../src/lib/domain/schedule/travel';
import { buildInstances } from '../../src/lib/domain/schedule/instance';
import { DEFAULT_VISIT_POLICY } from '../../src/lib/domain/schedule/visit-policy';
import { basisOf, changedVisits, moveVisit, pinsAfterMove } from '../../src/lib/domain/schedule/edit';
import { WEEKDAYS } from '../../src/lib/domain/tables';
import type { ScheduleInstance, WeeklySchedule } from '../../src/lib/domain/schedule/types';
import { instance, matrixTravel, school, staffAt } from '../support/schedule-cases';
import { sampleScheduleRows } from '../support/sample-schedule';
import { SCENARIO_OPTIONS } from '../../src/lib/sim/scenario-request';
import { defaultScheduleSettings, parseScheduleSettings } from '../../src/lib/domain/schedule/settings';

let highs: Highs;
beforeAll(async () => {
	highs = await loadHighs();
});

const travel = new TravelTimes();
// As the screens run it (sim/scenario-request.ts): the week stops within 0.5 % of its bound.
const options = SCENARIO_OPTIONS;

function solve(inst: ScheduleInstance, times: TravelTimes = travel): WeeklySchedule {
	const week = optimiseWeek(highs, inst, times, options);
	expect(checkSchedule(inst, times, week)).toEqual([]);
	return week;
}

/**
 * The sample's employers with at least `staff` staff members and at most 50 schools (solved to the
 * gap within the time limit, also on a busy machine), largest first.
 */
function sampleEmployers(staff: number): ScheduleInstance[] {
	const { byEmployer } = buildInstances(sampleScheduleRows(), {
		policy: DEFAULT_VISIT_POLICY,
		minOnsiteMinutes: 180,
		maxSchoolsPerDay: 3
	});
	return [...byEmployer.values()]
		.filter((i) => i.staff.length >= staff && i.schools.length <= 50)
		.sort((a, b) => b.schools.length - a.schools.length);
}

const kept = (week: WeeklySchedule, school: string, to: { staff: string; day: string }) =>
	week.days.some((d) => d.staff === to.staff && d.day === to.day && d.schools.includes(school));

/** The first move of a visit to another staff member's day that breaks no rule of the week. */
function validMove(inst: ScheduleInstance, week: WeeklySchedule) {
	for (const plan of week.days)
		for (const school of plan.schools)
			for (const member of inst.staff)
				for (const day of WEEKDAYS) {
					if (member.id === plan.staff) continue;
					const from = { staff: plan.staff, day: plan.day, school };
					const to = { staff: member.id, day };
					const edited = moveVisit(inst, travel, week, from, to);
					if (checkSchedule(inst, travel, edited).length === 0) return { from, to, edited };
				}
	throw new Error('no move keeps the rules');
}

describe('a rebuild around the edited week', () => {
	it('with nothing changed, moves no visit', () => {
		for (const inst of sampleEmployers(2).slice(0, 2)) {
			const week = solve(inst);
			const again = solve({ ...inst, basis: basisOf(week) });
			expect(changedVisits(basisOf(week), again)).toBe(0);
			expect(again.travelMinutes).toBeCloseTo(week.travelMinutes, 6);
		}
	}, 60_000);

	it('with one visit moved where the day has room, keeps it there and moves few others, only to save travel', () => {
		for (const inst of sampleEmployers(2).slice(0, 2)) {
			const week = solve(inst);
			const move = validMove(inst, week);
			const rebuilt = solve({
				...inst,
				pins: pinsAfterMove(inst.pins, move.from, move.to),
				basis: basisOf(move.edited)
			});
			expect(kept(rebuilt, move.from.school, move.to)).toBe(true);
			// A visit moves only where that saves more than its drift (basis.ts): a handful at most.
			expect(changedVisits(basisOf(move.edited), rebuilt)).toBeLessThanOrEqual(3);
			expect(rebuilt.travelMinutes).toBeLessThanOrEqual(move.edited.travelMinutes + 1e-6);
		}
	}, 120_000);

	it('with a visit moved onto a full day, keeps it there and moves fewer others than a rebuild without the edited week', () => {
		for (const inst of sampleEmployers(2).slice(0, 2)) {
			const week = solve(inst);
			// The first visit of the first day, to the last staff member on a day the school is not visited.
			const from = { staff: week.days[0]!.staff, day: week.days[0]!.day, school: week.days[0]!.schools[0]! };
			const taken = new Set(week.days.filter((d) => d.schools.includes(from.school)).map((d) => d.day));
			const to = { staff: inst.staff[inst.staff.length - 1]!.id, day: WEEKDAYS.find((d) => !taken.has(d))! };
			const edited = moveVisit(inst, travel, week, from, to);
			const pins = pinsAfterMove(inst.pins, from, to);
			const rebuilt = solve({ ...inst, pins, basis: basisOf(edited) });
			expect(kept(rebuilt, from.school, to)).toBe(true);
			const free = solve({ ...inst, pins });
			expect(changedVisits(basisOf(edited), rebuilt)).toBeLessThanOrEqual(changedVisits(basisOf(edited), free));
		}
	}, 120_000);

	it('keeps the bound on travel alone: no higher than the travel of the same week planned without the edited week', () => {
		const inst = sampleEmployers(2)[0]!;
		const week = solve(inst);
		const again = solve({ ...inst, basis: basisOf(week) });
		expect(again.lowerBound).toBeLessThanOrEqual(week.travelMinutes + 1e-6);
	}, 60_000);
});

describe('moving a visit on the timetable', () => {
	it('takes the school off its day, puts it on the other staff member’s day where it adds least travel, and measures both again', () => {
		const times = matrixTravel({ 'B-A': 30, 'B-C': 40, 'A-C': 20 });
		const inst = instance([school('A'), school('C')], [staffAt('S', 'B'), staffAt('T', 'B')]);
		const week = solve(inst, times);
		expect(week.days.map((d) => d.schools.length)).toEqual([2]);
		const from = { staff: week.days[0]!.staff, day: week.days[0]!.day, school: 'A' };
		const edited = moveVisit(inst, times, week, from, { staff: 'T', day: 'thu' });
		expect(edited.days.map((d) => `${d.staff} ${d.day} ${d.schools.join('>')} ${d.travelMinutes}`)).toEqual([
			`${from.staff} ${from.day} C 80`,
			'T thu A 60'
		]);
		expect(edited.travelMinutes).toBe(140);
		expect(checkSchedule(inst, times, edited)).toEqual([]);
	});

	it('pins the moved visit and drops the school’s pins that name someone else or the day it left', () => {
		const pins = pinsAfterMove(
			[
				{ school: 'A', staff: 'S', day: 'mon' },
				{ school: 'B', staff: 'S' }
			],
			{ school: 'A', staff: 'S', day: 'mon' },
			{ staff: 'T', day: 'wed' }
		);
		expect(pins).toEqual([
			{ school: 'B', staff: 'S' },
			{ school: 'A', staff: 'T', day: 'wed', moved: true }
		]);
	});
});

describe('担当制 (one staff member per school)', () => {
	it('has every school’s visits made by one staff member, and the checker says when not', () => {
		// Two visits a week to each school: without 担当制 a school may see two people.
		for (const inst of sampleEmployers(3).slice(0, 2)) {
			const twice = { ...inst, schools: inst.schools.map((s) => ({ ...s, visits: 2 })) };
			const free = optimiseWeek(highs, twice, travel, options);
			const owned = solve({ ...twice, oneStaffPerSchool: true });
			const people = (week: WeeklySchedule) => {
				const by = new Map<string, Set<string>>();
				for (const d of week.days) for (const s of d.schools) by.set(s, (by.get(s) ?? new Set()).add(d.staff));
				return by;
			};
			expect([...people(owned).values()].every((s) => s.size === 1)).toBe(true);
			const shared = [...people(free)].filter(([, s]) => s.size > 1);
			if (shared.length > 0)
				expect(checkSchedule({ ...twice, oneStaffPerSchool: true }, travel, free).map((v) => v.rule)).toContain(
					'one_staff'
				);
			// Every visit made without it is made with it too, or the shortfall is reported.
			const made = (w: WeeklySchedule) => w.days.reduce((n, d) => n + d.schools.length, 0);
			const short = (w: WeeklySchedule) => w.unmet.reduce((n, u) => n + u.missing, 0);
			expect(made(owned) + short(owned)).toBeGreaterThanOrEqual(made(free) + short(free) - 0);
		}
	}, 120_000);

	it('pins each school to the staff member who made most of its visits, leaving staff pins as they were', () => {
		const inst = instance([school('A', 2), school('C')], [staffAt('S', 'B'), staffAt('T', 'B')], {
			pins: [{ school: 'C', staff: 'T' }]
		});
		const week: WeeklySchedule = {
			days: [
				{ staff: 'S', day: 'mon', schools: ['A'], travelMinutes: 0 },
				{ staff: 'T', day: 'wed', schools: ['C'], travelMinutes: 0 },
				{ staff: 'S', day: 'thu', schools: ['A', 'C'], travelMinutes: 0 }
			],
			unmet: [],
			travelMinutes: 0,
			lowerBound: 0,
			gap: 0,
			method: 'exact'
		};
		expect(ownerPins(inst, week, matrixTravel({ 'B-A': 10, 'B-C': 10 }))).toEqual([
			{ school: 'C', staff: 'T' },
			{ school: 'A', staff: 'S' }
		]);
	});
});

describe('moves, the edited week and 担当制 as stored with the settings', () => {
	it('reads them back, reads settings kept before them as without, and refuses them out of shape', () => {
		const good = {
			...defaultScheduleSettings(),
			pins: [{ school: 'A', staff: 'S', day: 'tue' as const, moved: true as const }],
			oneStaffPerSchool: true,
			basis: [{ staff: 'S', day: 'tue' as const, schools: ['A', 'B'] }]
		};
		expect(parseScheduleSettings(JSON.parse(JSON.stringify(good)))).toEqual(good);
		const { oneStaffPerSchool: _, basis: __, ...older } = good;
		expect(parseScheduleSettings(older)).toEqual({ ...older, oneStaffPerSchool: false, basis: null });
		expect(parseScheduleSettings({ ...good, pins: [{ school: 'A', moved: 'yes' }] })).toBeNull();
		expect(parseScheduleSettings({ ...good, oneStaffPerSchool: 1 })).toBeNull();
		expect(parseScheduleSettings({ ...good, basis: [{ staff: 'S', day: 'sun', schools: [] }] })).toBeNull();
		expect(parseScheduleSettings({ ...good, basis: [{ staff: 'S', day: 'mon', schools: [1] }] })).toBeNull();
	});
});
