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
			// Work limits stop the search: the safety time limit is set out of the way of a busy machine.
			const s = optimiseSchedule(highs, inst, travel, { timeLimitSeconds: 600, gap: 0.01 });
			expect(checkSchedule(inst, travel, s)).toEqual([]);
			expect(s.cutShort).toBeUndefined();
			expect(s.gap).toBeLessThanOrEqual(0.01);
			expect(s.days.every((d) => dayIndex(d.day) >= 0)).toBe(true);
			scheduled++;
		}
		// 17 municipalities with staff and the prefecture.
		expect(scheduled).toBe(18);
	}, 600_000);
});

describe('column generation (large instances)', () => {
	const travel = new TravelTimes();
	let own: ScheduleInstance;
	let exact: WeeklySchedule;
	beforeAll(async () => {
		const { scheduleCases } = await import('../bench/fixtures/schedule-instances');
		const { instance: inst } = scheduleCases().find((c) => c.name === 'municipality_60')!;
		// Each staff member a base of their own: no two are interchangeable.
		own = {
			...inst,
			staff: inst.staff.map((s, k) => ({
				...s,
				base: { ...s.base, at: { lat: s.base.at.lat + k * 0.003, lon: s.base.at.lon - k * 0.002 } }
			}))
		};
		exact = optimiseSchedule(highs, own, travel, { timeLimitSeconds: 30, gap: 0, strategy: 'exact' });
	}, 120_000);

	it('bounds the exact optimum from below and finds a schedule close to it', () => {
		const priced = optimiseSchedule(highs, own, travel, { timeLimitSeconds: 30, gap: 0, strategy: 'columns' });
		for (const s of [exact, priced]) expect(checkSchedule(own, travel, s)).toEqual([]);
		expect(exact.method).toBe('exact');
		expect(priced.method).toBe('heuristic');
		expect(exact.unmet).toEqual([]);
		expect(priced.unmet).toEqual([]);
		// Both list or price every route: each bound holds for the other's schedule too.
		expect(priced.lowerBound).toBeLessThanOrEqual(exact.travelMinutes + 1e-6);
		expect(priced.travelMinutes).toBeGreaterThanOrEqual(exact.lowerBound - 1e-6);
		expect(priced.gap).toBeLessThanOrEqual(0.02);
	}, 120_000);

	it('keeps a real bound, and says so, when its safety time limit cuts it short', () => {
		const cut = optimiseSchedule(highs, own, travel, { timeLimitSeconds: 0.001, gap: 0, strategy: 'columns' });
		expect(checkSchedule(own, travel, cut)).toEqual([]);
		expect(cut.cutShort).toBe(true);
		expect(cut.lowerBound).toBeGreaterThan(0.5 * exact.lowerBound);
		expect(cut.lowerBound).toBeLessThanOrEqual(exact.lowerBound + 1e-6);
		expect(cut.lowerBound).toBeLessThanOrEqual(cut.travelMinutes);
		expect(cut.gap).toBeLessThan(0.5);
	}, 60_000);
});

describe('the bound holds for every route, not only routes among nearby schools', () => {
	/**
	 * The optimum over every route of up to three schools that fits a day, by an integer program
	 * written out here in LP format and solved by HiGHS on its own: one variable per staff member
	 * and set of schools, the set's best order priced.
	 */
	function optimumOverEveryRoute(inst: ScheduleInstance, travel: TravelTimes): number {
		const n = inst.schools.length;
		const sets: number[][] = [];
		for (let a = 0; a < n; a++) {
			sets.push([a]);
			for (let b = a + 1; b < n; b++) {
				sets.push([a, b]);
				for (let c = b + 1; c < n; c++) sets.push([a, b, c]);
			}
		}
		const orders = (set: number[]): number[][] =>
			set.length <= 1 ? [set] : set.flatMap((x) => orders(set.filter((y) => y !== x)).map((o) => [x, ...o]));
		const columns: { staff: number; set: number[]; travel: number }[] = [];
		inst.staff.forEach((member, k) => {
			for (const set of sets) {
				if (set.length > inst.maxSchoolsPerDay) continue;
				const best = Math.min(
					...orders(set).map((o) =>
						travel.routeMinutes(
							member.base,
							o.map((i) => inst.schools[i]!)
						)
					)
				);
				if (best + set.length * inst.minOnsiteMinutes <= member.minutesPerDay)
					columns.push({ staff: k, set, travel: best });
			}
		});
		const x = (j: number) => `x${j}`;
		const lines = [
			'Minimize',
			` obj: ${columns.map((c, j) => `${c.travel} ${x(j)}`).join(' + ')}`,
			'Subject To',
			...inst.staff.map(
				(member, k) =>
					` days${k}: ${columns.flatMap((c, j) => (c.staff === k ? [x(j)] : [])).join(' + ')} <= ${member.days}`
			),
			...inst.schools.map(
				(school, i) =>
					` visits${i}: ${columns.flatMap((c, j) => (c.set.includes(i) ? [x(j)] : [])).join(' + ')} = ${school.visits}`
			),
			'General',
			` ${columns.map((_, j) => x(j)).join(' ')}`,
			'End'
		];
		const solution = highs.solve(lines.join('\n'), { mip_rel_gap: 0 });
		expect(solution.Status).toBe('Optimal');
		return solution.ObjectiveValue;
	}

	/** Schools scattered over a town, staff at their own bases: routes of three fit a day. */
	function town(seed: number, schools: number, staff: number): ScheduleInstance {
		let state = seed;
		const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
		const at = () => ({ lat: 33 + random() * 0.12, lon: 131 + random() * 0.14 });
		return {
			schools: Array.from({ length: schools }, (_, i) => ({
				id: `T${i}`,
				name: `T${i}`,
				at: at(),
				ferry: null,
				visits: random() < 0.3 ? 2 : 1
			})),
			staff: Array.from({ length: staff }, (_, k) => ({
				id: `S${k}`,
				name: `S${k}`,
				days: 2,
				minutesPerDay: 480,
				base: { id: `B${k}`, at: at(), ferry: null }
			})),
			minOnsiteMinutes: 120,
			maxSchoolsPerDay: 3,
			pins: []
		};
	}

	it('finds a pair of schools that are not among each other’s nearest', () => {
		// X and Y are 10 from the base and 15 apart, but 12 from each of nine schools C1…C9 that sit
		// together (5 apart) 5 from the base, so neither is among the other's eight nearest. Six days
		// (two staff at the base) for eleven schools, two a day: X>Y (35) with four pairs and a single of the Cs makes
		// 35 + 4 × 15 + 10 = 105; X alone with Y>C makes 20 + 27 + 60 = 107, X>C and Y>C 109.
		const cs = Array.from({ length: 9 }, (_, i) => `C${i + 1}`);
		const pairs: Record<string, number> = { 'B-X': 10, 'B-Y': 10, 'X-Y': 15 };
		cs.forEach((c, i) => {
			pairs[`B-${c}`] = 5;
			pairs[`X-${c}`] = 12;
			pairs[`Y-${c}`] = 12;
			for (const d of cs.slice(i + 1)) pairs[`${c}-${d}`] = 5;
		});
		const travel = matrixTravel(pairs);
		const inst = instance(
			['X', 'Y', ...cs].map((id) => school(id)),
			[staffAt('S', 'B', 3), staffAt('T', 'B', 3)],
			{ maxSchoolsPerDay: 2 }
		);
		expect(optimumOverEveryRoute(inst, travel)).toBe(105);
		for (const strategy of ['exact', 'columns'] as const) {
			const s = optimiseSchedule(highs, inst, travel, { timeLimitSeconds: 20, gap: 0, strategy });
			expect(checkSchedule(inst, travel, s)).toEqual([]);
			expect(s.unmet).toEqual([]);
			expect(s.days.some((d) => d.schools.join('>') === 'X>Y' || d.schools.join('>') === 'Y>X')).toBe(true);
			expect(s.travelMinutes).toBe(105);
			expect(s.lowerBound).toBeLessThanOrEqual(105 + 1e-6);
		}
	});

	it.each([
		[11, 7, 2],
		[29, 8, 3],
		[47, 9, 3]
	])(
		'town %i: %i schools, %i staff',
		(seed, schools, staff) => {
			const inst = town(seed, schools, staff);
			const travel = new TravelTimes();
			const optimum = optimumOverEveryRoute(inst, travel);
			const exact = optimiseSchedule(highs, inst, travel, { timeLimitSeconds: 20, gap: 0, strategy: 'exact' });
			const priced = optimiseSchedule(highs, inst, travel, { timeLimitSeconds: 20, gap: 0, strategy: 'columns' });
			for (const s of [exact, priced]) {
				expect(checkSchedule(inst, travel, s)).toEqual([]);
				expect(s.unmet).toEqual([]);
				expect(s.lowerBound).toBeLessThanOrEqual(optimum + 1e-6);
				expect(s.travelMinutes).toBeGreaterThanOrEqual(optimum - 1e-6);
			}
			// Listing every route proves the optimum itself (the balanced load may add up to 0.5%).
			expect(exact.lowerBound).toBeCloseTo(optimum, 6);
			expect(exact.travelMinutes).toBeLessThanOrEqual(optimum * 1.005 + 1e-6);
		},
		60_000
	);
});
