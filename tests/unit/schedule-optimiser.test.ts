/**
 * The schedule optimiser on cases solved by hand, with pins, ferries and shortages, and
 * on every employer of the sample; the independent checker runs on every schedule produced.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import loadHighs, { type Highs } from 'highs';
import { optimiseSchedule } from '../../src/lib/optimise/optimise';
import { checkSchedule } from '../../src/lib/domain/schedule/check';
import { TravelTimes } from '../../src/lib/domain/schedule/travel';
import { buildInstances } from '../../src/lib/domain/schedule/instance';
import { DEFAULT_VISIT_POLICY } from '../../src/lib/domain/schedule/visit-policy';
import { dayIndex } from '../../src/lib/domain/schedule/rules';
import type { ScheduleInstance, WeeklySchedule } from '../../src/lib/domain/schedule/types';
import { instance, matrixTravel, school, staffAt, twoBasesTravel } from '../support/schedule-cases';
import { sampleScheduleRows } from '../support/sample-schedule';

let highs: Highs;
beforeAll(async () => {
	highs = await loadHighs();
});

function solve(inst: ScheduleInstance, travel: TravelTimes): WeeklySchedule {
	const schedule = optimiseSchedule(highs, inst, travel, { timeLimitSeconds: 20, gap: 0 });
	expect(checkSchedule(inst, travel, schedule)).toEqual([]);
	return schedule;
}

const routes = (s: WeeklySchedule) => s.days.map((d) => `${d.staff}:${d.schools.join('>')}`).sort();

describe('optimum by hand', () => {
	it('joins two schools in one day when that is shorter than two days', () => {
		// Singles cost 2×30 + 2×40 = 140; the route B>A>C>B costs 30 + 20 + 40 = 90.
		const travel = matrixTravel({ 'B-A': 30, 'B-C': 40, 'A-C': 20 });
		const s = solve(instance([school('A'), school('C')], [staffAt('S', 'B')]), travel);
		expect(s.travelMinutes).toBe(90);
		expect(routes(s)).toEqual(['S:A>C']);
		expect(s.gap).toBe(0);
		expect(s.lowerBound).toBe(90);
	});

	it('keeps two schools apart when the day is too short for both', () => {
		// 90 travel + 2 × 180 on site = 450 > 420: two single days, 60 + 80.
		const travel = matrixTravel({ 'B-A': 30, 'B-C': 40, 'A-C': 20 });
		const s = solve(instance([school('A'), school('C')], [staffAt('S', 'B', 5, 420)]), travel);
		expect(s.travelMinutes).toBe(140);
		expect(routes(s)).toEqual(['S:A', 'S:C']);
	});

	it('gives each staff member the schools near their base', () => {
		// Near pairs cost 10+5+10 = 25 each (total 50); any crossing assignment costs more.
		const travel = twoBasesTravel();
		const s = solve(
			instance([school('A'), school('B'), school('C'), school('D')], [staffAt('S1', 'B1', 1), staffAt('S2', 'B2', 1)], {
				maxSchoolsPerDay: 2
			}),
			travel
		);
		expect(s.travelMinutes).toBe(50);
		expect(routes(s)).toEqual(['S1:A>B', 'S2:C>D']);
	});

	it('spreads a school’s visits: three a week on Monday, Wednesday and Friday', () => {
		const travel = matrixTravel({ 'B-A': 15 });
		const s = solve(instance([school('A', 3)], [staffAt('S', 'B')]), travel);
		expect(s.days.map((d) => d.day)).toEqual(['mon', 'wed', 'fri']);
		expect(s.travelMinutes).toBe(90);
	});
});

describe('balanced load (a preference after travel)', () => {
	it('spreads days over nearby staff when it costs next to no travel, not when it costs more than 0.5%', () => {
		const schools = [school('A'), school('B'), school('C'), school('D')];
		const near = matrixTravel({
			'B1-A': 10,
			'B1-B': 10,
			'B1-C': 10,
			'B1-D': 10,
			'B2-A': 10.01,
			'B2-B': 10.01,
			'B2-C': 10.01,
			'B2-D': 10.01
		});
		const spread = solve(instance(schools, [staffAt('S1', 'B1'), staffAt('S2', 'B2')], { maxSchoolsPerDay: 1 }), near);
		expect(['S1', 'S2'].map((id) => spread.days.filter((d) => d.staff === id).length)).toEqual([2, 2]);
		expect(spread.lowerBound).toBe(80);
		const far = matrixTravel({
			'B1-A': 10,
			'B1-B': 10,
			'B1-C': 10,
			'B1-D': 10,
			'B2-A': 11,
			'B2-B': 11,
			'B2-C': 11,
			'B2-D': 11
		});
		const packed = solve(instance(schools, [staffAt('S1', 'B1'), staffAt('S2', 'B2')], { maxSchoolsPerDay: 1 }), far);
		expect(packed.days.every((d) => d.staff === 'S1')).toBe(true);
		expect(packed.travelMinutes).toBe(80);
	});
});

describe('pins', () => {
	const travel = matrixTravel({ 'B1-A': 10, 'B2-A': 50 });
	it('keep a school with the pinned staff member even when another is nearer', () => {
		const s = solve(
			instance([school('A')], [staffAt('S1', 'B1'), staffAt('S2', 'B2')], { pins: [{ school: 'A', staff: 'S2' }] }),
			travel
		);
		expect(routes(s)).toEqual(['S2:A']);
		expect(s.travelMinutes).toBe(100);
	});
	it('keep a visit on the pinned weekday', () => {
		const s = solve(
			instance([school('A', 2)], [staffAt('S1', 'B1'), staffAt('S2', 'B2')], { pins: [{ school: 'A', day: 'thu' }] }),
			travel
		);
		expect(s.days.map((d) => d.day)).toContain('thu');
		expect(s.days.every((d) => d.staff === 'S1')).toBe(true);
	});
});

describe('ferries', () => {
	it('count the crossing and the wait, and an island base needs no ferry to its own schools', () => {
		const ferry = { port: { lat: 31.5, lon: 130.6 }, crossingMinutes: 60, waitMinutes: 20 };
		const island = { ...school('I'), at: { lat: 31.45, lon: 130.7 }, ferry };
		const mainlandStaff = {
			...staffAt('M', 'base-m'),
			base: { id: 'base-m', at: { lat: 31.5, lon: 130.6 }, ferry: null }
		};
		const islandStaff = { ...staffAt('L', 'base-l'), base: { id: 'base-l', at: { lat: 31.46, lon: 130.71 }, ferry } };
		const travel = new TravelTimes({ circuity: 1, speedKmh: 60, stopMinutes: 0 });
		const fromMainland = solve(instance([island], [mainlandStaff]), travel);
		expect(fromMainland.travelMinutes).toBeCloseTo(2 * 80, 6);
		const fromIsland = solve(instance([island], [islandStaff]), travel);
		expect(fromIsland.travelMinutes).toBeLessThan(5);
	});
});

describe('when not everything fits', () => {
	it('says how many visits are short for lack of staff days, instead of failing', () => {
		const travel = matrixTravel({ 'B-A': 10, 'B-C': 10, 'B-D': 10, 'A-C': 5, 'A-D': 5, 'C-D': 5 });
		const s = solve(
			instance([school('A', 2), school('C', 2), school('D', 2)], [staffAt('S', 'B', 1)], { maxSchoolsPerDay: 1 }),
			travel
		);
		expect(s.days).toHaveLength(1);
		expect(s.unmet.reduce((n, u) => n + u.missing, 0)).toBe(5);
		expect(new Set(s.unmet.map((u) => u.reason))).toEqual(new Set(['capacity']));
	});
	it('says a school is out of reach within a working day', () => {
		const travel = matrixTravel({ 'B-A': 10, 'B-F': 200 });
		const s = solve(instance([school('A'), school('F')], [staffAt('S', 'B')]), travel);
		expect(s.unmet).toEqual([{ school: 'F', missing: 1, reason: 'unreachable' }]);
		expect(routes(s)).toEqual(['S:A']);
	});
});

describe('the sample', () => {
	it('schedules every employer within 1% of the proven bound, every rule kept', () => {
		const { byEmployer } = buildInstances(sampleScheduleRows(), {
			policy: DEFAULT_VISIT_POLICY,
			minOnsiteMinutes: 180,
			maxSchoolsPerDay: 3
		});
		const travel = new TravelTimes();
		let scheduled = 0;
		for (const inst of byEmployer.values()) {
			if (inst.staff.length === 0) continue;
			const s = optimiseSchedule(highs, inst, travel, { timeLimitSeconds: 20, gap: 0.01 });
			expect(checkSchedule(inst, travel, s)).toEqual([]);
			expect(s.gap).toBeLessThanOrEqual(0.01);
			expect(s.days.every((d) => dayIndex(d.day) >= 0)).toBe(true);
			scheduled++;
		}
		// 17 municipalities with staff and the prefecture.
		expect(scheduled).toBe(18);
	}, 60_000);
});

describe('column generation (large instances)', () => {
	it('bounds the exact optimum from below and finds a schedule close to it', async () => {
		const { scheduleCases } = await import('../bench/fixtures/schedule-instances');
		const { instance: inst } = scheduleCases().find((c) => c.name === 'municipality_60')!;
		// Each staff member a base of their own: no two are interchangeable.
		const own = {
			...inst,
			staff: inst.staff.map((s, k) => ({
				...s,
				base: { ...s.base, at: { lat: s.base.at.lat + k * 0.003, lon: s.base.at.lon - k * 0.002 } }
			}))
		};
		const travel = new TravelTimes();
		const exact = optimiseSchedule(highs, own, travel, { timeLimitSeconds: 30, gap: 0, strategy: 'exact' });
		const priced = optimiseSchedule(highs, own, travel, { timeLimitSeconds: 30, gap: 0, strategy: 'columns' });
		for (const s of [exact, priced]) expect(checkSchedule(own, travel, s)).toEqual([]);
		expect(exact.method).toBe('exact');
		expect(priced.method).toBe('heuristic');
		expect(exact.unmet).toEqual([]);
		expect(priced.unmet).toEqual([]);
		expect(priced.lowerBound).toBeLessThanOrEqual(exact.travelMinutes + 1e-6);
		expect(priced.travelMinutes).toBeGreaterThanOrEqual(exact.travelMinutes - 1e-6);
		expect(priced.gap).toBeLessThanOrEqual(0.02);
	}, 120_000);
});
