/** Travel estimate, visit policy, timeline and the schedule checker. */
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_TRAVEL,
	TravelTimes,
	estimateMinutes,
	haversineKm,
	matrixKey
} from '../../src/lib/domain/schedule/travel';
import { DEFAULT_VISIT_POLICY, visitsPerWeek, type VisitPolicy } from '../../src/lib/domain/schedule/visit-policy';
import { dayTimeline, clockText } from '../../src/lib/domain/schedule/timeline';
import { checkSchedule } from '../../src/lib/domain/schedule/check';
import { minVisitGap, spreadOk } from '../../src/lib/domain/schedule/rules';
import { buildInstances } from '../../src/lib/domain/schedule/instance';
import type { Place, WeeklySchedule } from '../../src/lib/domain/schedule/types';
import { instance, matrixTravel, school, staffAt } from '../support/schedule-cases';

describe('travel estimate (data-spec)', () => {
	it('measures great-circle distance', () => {
		// One degree of latitude is 111.2 km on the mean Earth radius.
		expect(haversineKm({ lat: 31, lon: 130 }, { lat: 32, lon: 130 })).toBeCloseTo(111.19, 1);
		expect(haversineKm({ lat: 35.6812, lon: 139.7671 }, { lat: 34.7025, lon: 135.4959 })).toBeCloseTo(403.4, 0);
	});

	it('is km × circuity ÷ speed × 60 plus the stop', () => {
		const a: Place = { id: 'a', at: { lat: 31, lon: 130 }, ferry: null };
		const b: Place = { id: 'b', at: { lat: 32, lon: 130 }, ferry: null };
		const km = haversineKm(a.at, b.at);
		expect(estimateMinutes(a, b, DEFAULT_TRAVEL)).toBeCloseTo(((km * 1.3) / 30) * 60 + 5, 9);
		expect(estimateMinutes(a, b, { circuity: 1, speedKmh: 60, stopMinutes: 0 })).toBeCloseTo(km, 9);
		expect(estimateMinutes(a, a, DEFAULT_TRAVEL)).toBe(0);
	});

	it('adds the crossing and the wait on a leg to or from an island, not between two schools of one island', () => {
		const port = { lat: 31.5, lon: 130.5 };
		const ferry = { port, crossingMinutes: 60, waitMinutes: 20 };
		const mainland: Place = { id: 'm', at: { lat: 31.6, lon: 130.5 }, ferry: null };
		const island1: Place = { id: 'i1', at: { lat: 31.4, lon: 130.5 }, ferry };
		const island2: Place = { id: 'i2', at: { lat: 31.4, lon: 130.6 }, ferry };
		const p = { circuity: 1, speedKmh: 60, stopMinutes: 5 };
		expect(estimateMinutes(mainland, island1, p)).toBeCloseTo(haversineKm(mainland.at, port) + 80 + 5, 9);
		expect(estimateMinutes(island1, mainland, p)).toBeCloseTo(haversineKm(port, mainland.at) + 80 + 5, 9);
		expect(estimateMinutes(island1, island2, p)).toBeCloseTo(haversineKm(island1.at, island2.at) + 5, 9);
	});

	it('takes an imported matrix over the estimate, in either direction', () => {
		const travel = new TravelTimes(DEFAULT_TRAVEL, new Map([[matrixKey('a', 'b'), 42]]));
		const a: Place = { id: 'a', at: { lat: 31, lon: 130 }, ferry: null };
		const b: Place = { id: 'b', at: { lat: 33, lon: 131 }, ferry: null };
		const c: Place = { id: 'c', at: { lat: 31, lon: 130.1 }, ferry: null };
		expect(travel.minutes(a, b)).toBe(42);
		expect(travel.minutes(b, a)).toBe(42);
		expect(travel.minutes(a, c)).toBeCloseTo(estimateMinutes(a, c, DEFAULT_TRAVEL), 9);
		expect(travel.routeMinutes(c, [a, b])).toBeCloseTo(
			estimateMinutes(c, a, DEFAULT_TRAVEL) + 42 + estimateMinutes(b, c, DEFAULT_TRAVEL),
			9
		);
	});
});

describe('visit policy', () => {
	const size = (classes: number | null, students: number | null = null, island = false) => ({
		school_code: 'X',
		classes,
		students,
		island
	});
	it('gives the base visits, one more for large schools (柏市: 1–2 days a week)', () => {
		expect(visitsPerWeek(size(12), DEFAULT_VISIT_POLICY)).toBe(1);
		expect(visitsPerWeek(size(18), DEFAULT_VISIT_POLICY)).toBe(2);
		expect(visitsPerWeek(size(null), DEFAULT_VISIT_POLICY)).toBe(1);
	});
	it('turns hours a week into visits (京都府: 10 hours, visits of 3.5 hours → 3)', () => {
		const kyoto: VisitPolicy = {
			...DEFAULT_VISIT_POLICY,
			large: null,
			hoursPerWeek: { hours: 10, hoursPerVisit: 3.5 }
		};
		expect(visitsPerWeek(size(30), kyoto)).toBe(3);
	});
	it('gives islands fewer visits, and overrides win; always 0–5', () => {
		const policy: VisitPolicy = { ...DEFAULT_VISIT_POLICY, islandVisits: 0, overrides: { X: 9 } };
		expect(visitsPerWeek(size(30, null, true), { ...policy, overrides: {} })).toBe(0);
		expect(visitsPerWeek(size(30, null, true), policy)).toBe(5);
		expect(
			visitsPerWeek(size(null, 900), {
				...DEFAULT_VISIT_POLICY,
				large: { by: 'students', threshold: 800, extraVisits: 7 }
			})
		).toBe(5);
	});
});

describe('spread over the week', () => {
	it('keeps two or three visits off consecutive days', () => {
		expect(minVisitGap(1)).toBe(1);
		expect(minVisitGap(2)).toBe(2);
		expect(minVisitGap(3)).toBe(2);
		expect(minVisitGap(4)).toBe(1);
		expect(spreadOk([0, 2], 2)).toBe(true);
		expect(spreadOk([1, 2], 2)).toBe(false);
		expect(spreadOk([0, 2, 4], 3)).toBe(true);
		expect(spreadOk([0, 1, 2, 3], 4)).toBe(true);
		expect(spreadOk([0, 0], 4)).toBe(false);
	});
});

describe('instances from the tables', () => {
	it('places a staff base at the employer office when the staff table has none, and on the island when the office is there', () => {
		const { byEmployer, problems } = buildInstances(
			{
				schools: [
					{
						school_code: 'S1',
						name: '島の学校',
						employer_code: '469823',
						lat: 30.4,
						lon: 130.9,
						classes: 6,
						students: 80,
						island: true
					},
					{
						school_code: 'S2',
						name: '本土の学校',
						employer_code: '469017',
						lat: 31.6,
						lon: 130.45,
						classes: 20,
						students: 500,
						island: false
					},
					{
						school_code: 'S3',
						name: '位置なし',
						employer_code: '469017',
						lat: null,
						lon: null,
						classes: null,
						students: null,
						island: null
					}
				],
				staff: [
					{
						staff_id: 'T1',
						name: null,
						employer_code: '469823',
						days_per_week: 5,
						hours_per_day: 7.75,
						base_lat: null,
						base_lon: null
					},
					{
						staff_id: 'T2',
						name: '支援員',
						employer_code: '469017',
						days_per_week: 4.5,
						hours_per_day: 6,
						base_lat: 31.58,
						base_lon: 130.5
					}
				],
				offices: [{ municipality_code: '469823', name: '汐見島町', office_lat: 30.41, office_lon: 130.91 }],
				ferries: [{ school_code: 'S1', port_lat: 31.2, port_lon: 130.6, crossing_minutes: 90, wait_minutes: 30 }]
			},
			{ policy: DEFAULT_VISIT_POLICY, minOnsiteMinutes: 180, maxSchoolsPerDay: 3 }
		);
		const island = byEmployer.get('469823')!;
		expect(island.staff[0]!.base.at).toEqual({ lat: 30.41, lon: 130.91 });
		expect(island.staff[0]!.base.ferry).toEqual(island.schools[0]!.ferry);
		const city = byEmployer.get('469017')!;
		expect(city.staff[0]).toMatchObject({ days: 4, minutesPerDay: 360, base: { ferry: null } });
		expect(city.schools.map((s) => [s.id, s.visits])).toEqual([['S2', 2]]);
		expect(problems).toEqual([{ employer: '469017', kind: 'school_without_location', id: 'S3' }]);
	});
});

describe('the schedule checker', () => {
	const travel = matrixTravel({ 'B-A': 30, 'B-C': 40, 'A-C': 20 });
	const inst = instance([school('A', 2), school('C')], [staffAt('S', 'B', 5)]);
	const valid: WeeklySchedule = {
		days: [
			{ staff: 'S', day: 'mon', schools: ['A', 'C'], travelMinutes: 90 },
			{ staff: 'S', day: 'wed', schools: ['A'], travelMinutes: 60 }
		],
		unmet: [],
		travelMinutes: 150,
		lowerBound: 150,
		gap: 0,
		method: 'exact'
	};
	const rules = (s: WeeklySchedule, i = inst) => checkSchedule(i, travel, s).map((v) => v.rule);

	it('accepts a schedule that keeps every rule', () => expect(checkSchedule(inst, travel, valid)).toEqual([]));
	it('lets a visit beyond the policy’s go unmade, never a required one, and never more than asked', () => {
		// A: 2 asked, 1 required by the policy; one visit made is enough, none is not, three are too many.
		const optional = instance([{ ...school('A', 2), required: 1 }, school('C')], [staffAt('S', 'B', 5)]);
		const once = { ...valid, days: [valid.days[0]!], travelMinutes: 90, lowerBound: 90 };
		expect(rules(once, optional)).toEqual([]);
		expect(rules(valid, optional)).toEqual([]);
		const none = { ...valid, days: [{ ...valid.days[0]!, schools: ['C'] }], travelMinutes: 80, lowerBound: 80 };
		expect(rules(none, optional)).toContain('visits');
		expect(rules({ ...none, unmet: [{ school: 'A', missing: 1, reason: 'capacity' }] }, optional)).not.toContain(
			'visits'
		);
		const thrice = {
			...valid,
			days: [...valid.days, { staff: 'S', day: 'fri' as const, schools: ['A'], travelMinutes: 60 }],
			travelMinutes: 210,
			lowerBound: 210
		};
		expect(rules(thrice, optional)).toEqual(['visits']);
	});
	it('finds a visit missing, a school twice on a day, visits on consecutive days', () => {
		expect(rules({ ...valid, days: [valid.days[0]!], travelMinutes: 90, lowerBound: 90 })).toEqual(['visits']);
		const twice = { ...valid, days: [valid.days[0]!, { ...valid.days[1]!, day: 'mon' as const, staff: 'S' }] };
		expect(rules(twice)).toContain('same_day');
		expect(rules({ ...valid, days: [valid.days[0]!, { ...valid.days[1]!, day: 'tue' }] })).toEqual(['spread']);
	});
	it('recomputes travel and the day length instead of trusting them', () => {
		expect(
			rules({
				...valid,
				days: [{ ...valid.days[0]!, travelMinutes: 80 }, valid.days[1]!],
				travelMinutes: 140,
				lowerBound: 140
			})
		).toEqual(['travel', 'totals']);
		const short = instance([school('A', 2), school('C')], [staffAt('S', 'B', 5, 400)]);
		expect(rules(valid, short)).toEqual(['day_length']);
	});
	it('finds too many days, broken pins and inconsistent totals', () => {
		const twoDays = instance([school('A', 2), school('C')], [staffAt('S', 'B', 1)]);
		expect(rules(valid, twoDays)).toEqual(['staff_days']);
		const pinned = instance([school('A', 2), school('C')], [staffAt('S', 'B', 5)], {
			pins: [{ school: 'C', day: 'fri' }]
		});
		expect(rules(valid, pinned)).toEqual(['pin']);
		expect(rules({ ...valid, travelMinutes: 100, lowerBound: 100 })).toEqual(['totals']);
		expect(rules({ ...valid, lowerBound: 100 })).toEqual(['totals']);
	});
});

describe('timeline', () => {
	it('starts at 8:30, shares the day on site, and returns to base', () => {
		const travel = matrixTravel({ 'B-A': 30, 'B-C': 40, 'A-C': 20 });
		const s = staffAt('S', 'B', 5, 465);
		const places = new Map([
			['A', school('A')],
			['C', school('C')]
		]);
		const rows = dayTimeline({ staff: 'S', day: 'mon', schools: ['A', 'C'], travelMinutes: 90 }, s, places, travel);
		// (465 − 90) ÷ 2 = 187.5 minutes at each school: A 9:00–12:07.5, C 12:27.5–15:35, base 16:15.
		expect(
			rows.map((r) => [
				r.order,
				r.school_code,
				clockText(r.arrive),
				r.depart === null ? null : clockText(r.depart),
				r.travel_minutes
			])
		).toEqual([
			[1, 'A', '09:00', '12:08', 30],
			[2, 'C', '12:28', '15:35', 20],
			[3, null, '16:15', null, 40]
		]);
	});
});

describe('schedule summary', () => {
	it('counts visits, days and travel, and turns a shortage into staff', async () => {
		const { summariseSchedule } = await import('../../src/lib/domain/schedule/summary');
		const inst = instance(
			[school('A', 2), school('C', 1), school('D', 5)],
			[staffAt('S', 'B', 2), staffAt('T', 'B', 3)]
		);
		const summary = summariseSchedule(inst, {
			days: [
				{ staff: 'S', day: 'mon', schools: ['A', 'C'], travelMinutes: 90 },
				{ staff: 'S', day: 'wed', schools: ['A'], travelMinutes: 60 }
			],
			unmet: [
				{ school: 'D', missing: 4, reason: 'capacity' },
				{ school: 'D', missing: 1, reason: 'unreachable' }
			],
			travelMinutes: 150,
			lowerBound: 150,
			gap: 0,
			method: 'exact'
		});
		expect(summary).toMatchObject({
			visitsRequired: 8,
			visitsMade: 3,
			unmet: { capacity: 4, unreachable: 1, spread: 0 },
			staffDaysUsed: 2,
			staffDaysAvailable: 5,
			visitsPerStaffDay: 1.5,
			travelMinutes: 150
		});
		expect([...summary.travelByStaff]).toEqual([
			['S', 150],
			['T', 0]
		]);
		// 4 visits ÷ (1.5 visits a day × 5 days) → 1 more staff member.
		expect(summary.extraStaff).toBe(1);
	});
});

describe('map projection', () => {
	it('fits the points into the box with a margin, north up, and keeps distances east–west true', async () => {
		const { fitProjection } = await import('../../src/lib/charts/map-projection');
		const points = [
			{ lat: 31.5, lon: 130.4 },
			{ lat: 31.7, lon: 130.6 }
		];
		const p = fitProjection(points, 800, 600);
		const xs = points.map(p.x);
		const ys = points.map(p.y);
		for (const v of xs) expect(v).toBeGreaterThanOrEqual(0.08 * 800 - 1e-9);
		for (const v of ys) expect(v).toBeGreaterThanOrEqual(0.08 * p.height - 1e-9);
		expect(ys[1]!).toBeLessThan(ys[0]!);
		// 0.2° of longitude at 31.6° N is cos(31.6°) × 0.2° of latitude on screen.
		expect((xs[1]! - xs[0]!) / (ys[0]! - ys[1]!)).toBeCloseTo(Math.cos((31.6 * Math.PI) / 180), 6);
		expect(p.bounds.lonMin).toBeLessThan(130.4);
		expect(p.bounds.latMax).toBeGreaterThan(31.7);
	});
});

describe('schedule settings as stored', () => {
	it('reads back well-formed settings and refuses anything out of shape', async () => {
		const { defaultScheduleSettings, parseScheduleSettings } = await import('../../src/lib/domain/schedule/settings');
		const good = { ...defaultScheduleSettings(), pins: [{ school: 'A', day: 'mon' }] };
		expect(parseScheduleSettings(JSON.parse(JSON.stringify(good)))).toEqual(good);
		expect(parseScheduleSettings(null)).toBeNull();
		expect(parseScheduleSettings({ ...good, travel: { ...good.travel, speedKmh: -1 } })).toBeNull();
		expect(parseScheduleSettings({ ...good, policy: { ...good.policy, overrides: { A: 7 } } })).toBeNull();
		expect(
			parseScheduleSettings({
				...good,
				policy: { ...good.policy, large: { by: 'size', threshold: 1, extraVisits: 1 } }
			})
		).toBeNull();
		expect(parseScheduleSettings({ ...good, pins: [{ school: 'A', day: 'sat' }] })).toBeNull();
		expect(parseScheduleSettings({ ...good, maxSchoolsPerDay: 4 })).toBeNull();
	});
});
