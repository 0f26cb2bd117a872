/**
 * The demand simulation's inputs and one scenario run: arrival rates from the usage log
 * or per student, the category mix, visit weekdays and remote capacity; the log's SQL on native
 * DuckDB against counts taken straight from the sample files; the run request of a scenario and
 * the sweep; and a run on a small municipality of the sample, schedule and Monte Carlo together.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import loadHighs, { type Highs } from 'highs';
import type { RequestCategory, TableName } from '../../src/lib/domain/tables';
import { loadCsvTables, type CsvBytes } from '../../src/lib/db/load-csv';
import { createTableSql } from '../../src/lib/db/schema';
import { loadScheduleTables } from '../../src/lib/db/queries/schedule';
import { requestCategoryMix, requestsBySchoolMonth } from '../../src/lib/db/queries/demand';
import { DEFAULT_BREAKS, fiscalYearDays, type CalendarDay } from '../../src/lib/domain/school-calendar';
import { readScenarioContext } from '../../src/lib/runs/scenario-context';
import { defaultScheduleSettings } from '../../src/lib/domain/schedule/settings';
import type { ScheduleInstance, WeeklySchedule } from '../../src/lib/domain/schedule/types';
import { defaultAssumptions } from '../../src/lib/domain/scenario/assumptions';
import { blankScenario } from '../../src/lib/domain/scenario/book';
import { annualCost } from '../../src/lib/domain/scenario/cost';
import { scenarioFigures } from '../../src/lib/domain/scenario/figures';
import type { HelpDesk, RemoteSupport, Scenario, ScenarioBook } from '../../src/lib/domain/scenario/types';
import {
	DEFAULT_CATEGORY_MIX,
	DEFAULT_REQUESTS_PER_STUDENT_DAY,
	demandModel,
	estimateRates,
	remoteCapacity,
	remoteSlots,
	visitWeekdays,
	withVisits
} from '../../src/lib/sim/demand-model';
import type { MonteCarloResult, SchoolMonthRequests } from '../../src/lib/domain/demand';
import type { DemandModel } from '../../src/lib/sim/demand';
import {
	SCENARIO_OPTIONS,
	SWEEP_STEPS,
	scenarioRequest,
	sweepScenarios,
	type ScenarioContext
} from '../../src/lib/sim/scenario-request';
import { runScenario } from '../../src/lib/sim/scenario-run';
import type { ScenarioRunProgress } from '../../src/lib/sim/scenario-run';
import { NodeRunner } from '../support/node-runner';
import { tempFileStage } from '../support/node-stage';
import { SAMPLE_DIR, readSample } from '../support/sample-files';
import { instance, school, staffAt } from '../support/schedule-cases';
import manifest from '../../data/sample/manifest.json';

const expectClose = (actual: readonly number[], expected: readonly number[]) => {
	expect(actual).toHaveLength(expected.length);
	actual.forEach((v, i) => expect(v, `index ${i}`).toBeCloseTo(expected[i]!, 12));
};

/** Twelve fiscal months (index 0 = April) with the values given by index, 0 elsewhere. */
const months = (values: Record<number, number>) => Array.from({ length: 12 }, (_, i) => values[i] ?? 0);

/** A day of the kind given; the weekday does not matter to the rates. */
function day(date: string, kind: 'school' | 'break' | 'off'): CalendarDay {
	return {
		date,
		month: Number(date.slice(5, 7)),
		weekday: kind === 'off' ? 6 : 2,
		holiday: false,
		season: kind === 'school' ? 'term' : 'summer_break',
		workDay: kind !== 'off',
		schoolDay: kind === 'school'
	};
}

/**
 * April: 4 school days, 2 break work days, 2 days off; May: 5 school days; August: 3 break work
 * days, 1 off; January: 2 school days, 1 break work day; no other month has a day.
 */
const DAYS: CalendarDay[] = [
	...['2025-04-01', '2025-04-02'].map((d) => day(d, 'break')),
	...['2025-04-05', '2025-04-06'].map((d) => day(d, 'off')),
	...['2025-04-08', '2025-04-09', '2025-04-10', '2025-04-11'].map((d) => day(d, 'school')),
	...['2025-05-12', '2025-05-13', '2025-05-14', '2025-05-15', '2025-05-16'].map((d) => day(d, 'school')),
	...['2025-08-04', '2025-08-05', '2025-08-06'].map((d) => day(d, 'break')),
	day('2025-08-09', 'off'),
	day('2026-01-07', 'break'),
	...['2026-01-08', '2026-01-09'].map((d) => day(d, 'school'))
];

/** Employer E1 logs requests (only s1 has any); E2 does not. */
const SCHOOLS = [
	{ school_code: 's1', employer_code: 'E1', students: 100 },
	{ school_code: 's2', employer_code: 'E1', students: 300 },
	{ school_code: 't1', employer_code: 'E2', students: 200 },
	{ school_code: 't2', employer_code: 'E2', students: null }
];

const req = (school_code: string, month: number, schoolDay: boolean, requests: number): SchoolMonthRequests => ({
	school_code,
	month,
	schoolDay,
	requests
});

const COUNTS: SchoolMonthRequests[] = [
	// April's school-day requests come in two rows (as from two queries): they add up to 8.
	req('s1', 4, true, 5),
	req('s1', 4, true, 3),
	req('s1', 4, false, 2),
	req('s1', 5, true, 15),
	req('s1', 8, false, 6),
	req('s1', 1, true, 10),
	// June has no day in this calendar: no rate, and no division by 0.
	req('s1', 6, true, 7),
	// A school not in the data: neither its rate nor the per-student rate may take it in.
	req('x9', 4, true, 1000)
];

describe('arrival rates', () => {
	const rates = estimateRates(DAYS, SCHOOLS, COUNTS, []);

	it('give a logged school its own requests per school day and per break work day, by fiscal month', () => {
		const s1 = rates.bySchool.get('s1')!;
		expect(s1.source).toBe('log');
		// April 8 ÷ 4, May 15 ÷ 5, January (index 9) 10 ÷ 2.
		expectClose(s1.schoolDay, months({ 0: 2, 1: 3, 9: 5 }));
		// April 2 ÷ 2, August (index 4) 6 ÷ 3; January's break day had no request.
		expectClose(s1.breakDay, months({ 0: 1, 4: 2 }));
	});

	it('give a school of a logging employer without any request a rate of 0, not a per-student guess', () => {
		const s2 = rates.bySchool.get('s2')!;
		expect(s2.source).toBe('log');
		expect(s2.schoolDay).toEqual(months({}));
		expect(s2.breakDay).toEqual(months({}));
	});

	it('take the per-student rate from the logging employers’ requests over all their students', () => {
		// 400 students at s1 and s2 together.
		expect(rates.perStudent.source).toBe('log');
		expectClose(rates.perStudent.schoolDay, months({ 0: 8 / 400 / 4, 1: 15 / 400 / 5, 9: 10 / 400 / 2 }));
		expectClose(rates.perStudent.breakDay, months({ 0: 2 / 400 / 2, 4: 6 / 400 / 3 }));
	});

	it('give a school of an employer without a log its students × the per-student rate', () => {
		const t1 = rates.bySchool.get('t1')!;
		expect(t1.source).toBe('per_student');
		expectClose(t1.schoolDay, months({ 0: 1, 1: 1.5, 9: 2.5 }));
		expectClose(t1.breakDay, months({ 0: 0.5, 4: 1 }));
		// No student count: nothing to scale by.
		const t2 = rates.bySchool.get('t2')!;
		expect(t2.source).toBe('per_student');
		expect(t2.schoolDay).toEqual(months({}));
	});

	it('cover exactly the schools given', () => {
		expect([...rates.bySchool.keys()].sort()).toEqual(['s1', 's2', 't1', 't2']);
	});

	it('fall back to the per-student assumption with the seasonal load when there is no log at all', () => {
		const none = estimateRates(DAYS, SCHOOLS, [], []);
		expect(none.perStudent.source).toBe('assumption');
		expect(DEFAULT_REQUESTS_PER_STUDENT_DAY).toBe(0.0007);
		// April × 2.2, May × 1.3, July × 1.2, December × 1.2, March × 1.8, every other month × 1.
		const load = [2.2, 1.3, 1, 1.2, 1, 1, 1, 1, 1.2, 1, 1, 1.8];
		expectClose(
			none.perStudent.schoolDay,
			load.map((l) => 0.0007 * l)
		);
		// In a break, 15 % of an ordinary month, all year.
		expectClose(none.perStudent.breakDay, new Array(12).fill(0.0007 * 0.15));
		for (const s of SCHOOLS) expect(none.bySchool.get(s.school_code)!.source).toBe('per_student');
		expectClose(
			none.bySchool.get('s2')!.schoolDay,
			load.map((l) => 300 * 0.0007 * l)
		);
		expectClose(none.bySchool.get('s1')!.breakDay, new Array(12).fill(100 * 0.0007 * 0.15));
	});

	it('fall back to the assumption when the logging employers give no student count, keeping their own log', () => {
		const schools = [
			{ school_code: 's1', employer_code: 'E1', students: null },
			{ school_code: 't1', employer_code: 'E2', students: 200 }
		];
		const r = estimateRates(DAYS, schools, COUNTS, []);
		expect(r.perStudent.source).toBe('assumption');
		expect(r.bySchool.get('s1')!.source).toBe('log');
		expectClose(r.bySchool.get('s1')!.schoolDay, months({ 0: 2, 1: 3, 9: 5 }));
		expect(r.bySchool.get('t1')!.schoolDay[0]).toBeCloseTo(200 * 0.0007 * 2.2, 12);
	});

	it('take the category mix from the log, else the assumed mix', () => {
		const mix = [
			{ category: 'environment' as RequestCategory, requests: 2 },
			{ category: 'lesson' as RequestCategory, requests: 6 },
			{ category: 'admin' as RequestCategory, requests: 2 }
		];
		const logged = estimateRates(DAYS, SCHOOLS, COUNTS, mix);
		expect(logged.mixSource).toBe('log');
		expect(logged.mix).toEqual({ lesson: 0.6, admin: 0.2, environment: 0.2, training: 0 });
		expect(rates.mixSource).toBe('assumption');
		expect(rates.mix).toEqual({ lesson: 0.39, admin: 0.16, environment: 0.33, training: 0.12 });
		// A copy: a caller editing it does not edit the assumption.
		rates.mix.lesson = 1;
		expect(DEFAULT_CATEGORY_MIX.lesson).toBe(0.39);
		expect(estimateRates(DAYS, SCHOOLS, COUNTS, [{ category: 'lesson', requests: 0 }]).mixSource).toBe('assumption');
	});
});

const week = (days: [string, WeeklySchedule['days'][number]['day'], string[]][]): WeeklySchedule => ({
	days: days.map(([staff, d, schools]) => ({ staff, day: d, schools, travelMinutes: 0 })),
	unmet: [],
	travelMinutes: 0,
	lowerBound: 0,
	gap: 0,
	method: 'exact'
});

describe('visit weekdays', () => {
	const schedule = week([
		['a', 'wed', ['X', 'Y']],
		['b', 'mon', ['X']],
		['b', 'wed', ['X']],
		['a', 'fri', ['Z']]
	]);

	it('list each school’s weekdays (1 = Monday … 5 = Friday) once, in order', () => {
		expect(Object.fromEntries(visitWeekdays(schedule))).toEqual({ X: [1, 3], Y: [3], Z: [5] });
		expect(visitWeekdays(week([]))).toEqual(new Map());
	});

	it('are set on the model’s schools, none for a school the schedule leaves out, without editing the model', () => {
		const model: DemandModel = {
			days: DAYS,
			schools: ['X', 'Y', 'W'].map((id) => ({ id, ratePerSchoolDay: [1], ratePerBreakDay: [0.5], visitWeekdays: [] })),
			categories: [{ share: 1, remoteShare: 0.3 }],
			remoteCapacityPerDay: 2
		};
		const visited = withVisits(model, schedule);
		expect(visited.schools.map((s) => [s.id, s.visitWeekdays])).toEqual([
			['X', [1, 3]],
			['Y', [3]],
			['W', []]
		]);
		expect(visited.schools[0]!.ratePerSchoolDay).toEqual([1]);
		expect(visited.remoteCapacityPerDay).toBe(2);
		expect(visited.days).toBe(DAYS);
		expect(model.schools.every((s) => s.visitWeekdays.length === 0)).toBe(true);
	});
});

const REMOTE: RemoteSupport = {
	shares: { lesson: 0.1, admin: 0.6, environment: 0.3, training: 0.2 },
	staffSlotsPerDay: 2,
	officeSlotsPerDay: 6
};
const desk = (mode: HelpDesk['mode'], members = 1): HelpDesk => ({
	mode,
	capacityPerDay: 40,
	annualCost: 12_000_000,
	members
});

describe('remote capacity and the demand model', () => {
	const inst: ScheduleInstance = instance(
		[school('s1'), school('t1'), school('z9')],
		[staffAt('a', 'o', 5), staffAt('b', 'o', 3), staffAt('c', 'o', 2)]
	);
	const rates = estimateRates(DAYS, SCHOOLS, COUNTS, [
		{ category: 'lesson', requests: 3 },
		{ category: 'training', requests: 1 }
	]);

	it('is the staff’s slots on the days worked plus the scope’s share of the help desk', () => {
		const capacity = (remote: RemoteSupport, helpDesk: HelpDesk, visitDays?: number, of = inst) =>
			remoteCapacity(remoteSlots({ instance: of, remote, helpDesk }), visitDays);
		// 2 slots × 10 staff-days ÷ 5 = 4 a work day, when every staff-day visits schools.
		expect(capacity(REMOTE, desk('none'))).toBe(4);
		expect(capacity(REMOTE, desk('shared', 4))).toBe(14);
		expect(capacity(REMOTE, desk('own', 4))).toBe(44);
		expect(capacity(REMOTE, desk('own'), undefined, instance([], []))).toBe(40);
		expect(capacity({ ...REMOTE, staffSlotsPerDay: 0, officeSlotsPerDay: 0 }, desk('none'))).toBe(0);
		// 6 of the 10 staff-days visit: (2 × 6 + 6 × 4) ÷ 5 = 7.2; none visits: 6 × 10 ÷ 5 = 12.
		expect(capacity(REMOTE, desk('none'), 6)).toBeCloseTo(7.2, 10);
		expect(capacity(REMOTE, desk('none'), 0)).toBe(12);
		// More visit days than staff-days cannot be: capped at the staff-days.
		expect(capacity(REMOTE, desk('none'), 99)).toBe(4);
	});

	it('counts the staff-days the schedule leaves without a visit at the office-day slots', () => {
		const model = demandModel(DAYS, rates, { instance: inst, remote: REMOTE, helpDesk: desk('none') });
		const weekOf = (days: number): WeeklySchedule => ({
			days: Array.from({ length: days }, (_, k) => ({
				staff: 'a',
				day: 'mon' as const,
				schools: ['s1'],
				travelMinutes: k
			})),
			unmet: [],
			travelMinutes: 0,
			lowerBound: 0,
			gap: 0,
			method: 'exact'
		});
		expect(withVisits(model, weekOf(10)).remoteCapacityPerDay).toBe(4);
		expect(withVisits(model, weekOf(6)).remoteCapacityPerDay).toBeCloseTo(7.2, 10);
		expect(withVisits(model, weekOf(0)).remoteCapacityPerDay).toBe(12);
	});

	it('holds the scheduled schools with their rates, unvisited until the schedule says', () => {
		const model = demandModel(DAYS, rates, { instance: inst, remote: REMOTE, helpDesk: desk('none') });
		expect(model.days).toBe(DAYS);
		expect(model.schools.map((s) => s.id)).toEqual(['s1', 't1', 'z9']);
		expect(model.schools[0]!.ratePerSchoolDay).toEqual(rates.bySchool.get('s1')!.schoolDay);
		expect(model.schools[1]!.ratePerBreakDay).toEqual(rates.bySchool.get('t1')!.breakDay);
		// A school without a rate gets no requests rather than failing.
		expect(model.schools[2]).toEqual({ id: 'z9', ratePerSchoolDay: [], ratePerBreakDay: [], visitWeekdays: [] });
		expect(model.schools.every((s) => s.visitWeekdays.length === 0)).toBe(true);
		expect(model.remoteCapacityPerDay).toBe(4);
	});

	it('gives each category, in the order lesson, admin, environment, training, its share of the mix and its remote share', () => {
		const model = demandModel(DAYS, rates, { instance: inst, remote: REMOTE, helpDesk: desk('none') });
		expect(model.categories).toEqual([
			{ share: 0.75, remoteShare: 0.1 },
			{ share: 0, remoteShare: 0.6 },
			{ share: 0, remoteShare: 0.3 },
			{ share: 0.25, remoteShare: 0.2 }
		]);
	});

	it('resolves nothing remotely where there is no remote capacity, whatever the shares', () => {
		const none = demandModel(DAYS, rates, {
			instance: inst,
			remote: { ...REMOTE, staffSlotsPerDay: 0, officeSlotsPerDay: 0 },
			helpDesk: desk('none')
		});
		expect(none.remoteCapacityPerDay).toBe(0);
		// A staff-day at the base is capacity enough, even with no remote slot on a visit day.
		const office = demandModel(DAYS, rates, {
			instance: inst,
			remote: { ...REMOTE, staffSlotsPerDay: 0 },
			helpDesk: desk('none')
		});
		expect(office.categories!.map((c) => c.remoteShare)).toEqual([0.1, 0.6, 0.3, 0.2]);
		expect(none.categories!.map((c) => c.remoteShare)).toEqual([0, 0, 0, 0]);
		expect(none.categories!.map((c) => c.share)).toEqual([0.75, 0, 0, 0.25]);
		// A help desk alone is capacity enough.
		const desked = demandModel(DAYS, rates, {
			instance: instance([school('s1')], []),
			remote: REMOTE,
			helpDesk: desk('shared', 2)
		});
		expect(desked.remoteCapacityPerDay).toBe(20);
		expect(desked.categories!.map((c) => c.remoteShare)).toEqual([0.1, 0.6, 0.3, 0.2]);
	});
});

// ---------------------------------------------------------------------------------------------
// The sample, loaded through the app's schema into native DuckDB.

let db: NodeRunner;
const stage = tempFileStage();
const FY = manifest.fiscal_year;
const calendar = fiscalYearDays(FY);
const schoolDates = calendar.filter((d) => d.schoolDay).map((d) => d.date);

beforeAll(async () => {
	db = await NodeRunner.open();
	const files: CsvBytes[] = Object.entries(manifest.files).map(([table, f]) => ({
		table: table as TableName,
		name: f.file,
		bytes: readFileSync(`${SAMPLE_DIR}${f.file}`)
	}));
	await loadCsvTables(stage, db, files, { replacing: false });
});

afterAll(() => stage.dispose());

describe('the usage log’s SQL on the sample', () => {
	it('counts requests per school, calendar month and kind of day as the file says', async () => {
		expect(FY).toBe(2025);
		const school = new Set(schoolDates);
		const counts = new Map<string, number>();
		for (const r of readSample('support_requests')) {
			const date = r.requested_at!.slice(0, 10);
			const key = `${r.school_code}|${Number(date.slice(5, 7))}|${school.has(date)}`;
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		const expected = [...counts]
			.map(([key, requests]) => {
				const [school_code, month, schoolDay] = key.split('|') as [string, string, string];
				return { school_code, month: Number(month), schoolDay: schoolDay === 'true', requests };
			})
			.sort((a, b) =>
				a.school_code < b.school_code
					? -1
					: a.school_code > b.school_code
						? 1
						: a.month - b.month || Number(a.schoolDay) - Number(b.schoolDay)
			);
		const rows = await db.rows(requestsBySchoolMonth(FY, schoolDates));
		expect(rows).toEqual(expected);
		// Both kinds of day occur, so the flag is really checked.
		expect(rows.some((r) => r.schoolDay) && rows.some((r) => !r.schoolDay)).toBe(true);
		expect(rows.reduce((n, r) => n + r.requests, 0)).toBe(manifest.files.support_requests.rows);
	});

	it('counts requests per category as the file says', async () => {
		const counts = new Map<string, number>();
		for (const r of readSample('support_requests')) counts.set(r.category!, (counts.get(r.category!) ?? 0) + 1);
		const expected = [...counts]
			.map(([category, requests]) => ({ category, requests }))
			.sort((a, b) => (a.category < b.category ? -1 : 1));
		expect(await db.rows(requestCategoryMix(FY))).toEqual(expected);
	});

	it('finds nothing in a fiscal year the log does not cover', async () => {
		for (const fy of [FY - 1, FY + 1]) {
			expect(await db.rows(requestsBySchoolMonth(fy, schoolDates))).toEqual([]);
			expect(await db.rows(requestCategoryMix(fy))).toEqual([]);
		}
	});

	it('gives rates that carry every logged request: Σ rate × days = the school’s requests', async () => {
		const [tables, counts, mix] = await Promise.all([
			loadScheduleTables(db),
			db.rows(requestsBySchoolMonth(FY, schoolDates)),
			db.rows(requestCategoryMix(FY))
		]);
		const rates = estimateRates(calendar, tables.schools, counts, mix);
		const schoolDays = new Array<number>(12).fill(0);
		const breakDays = new Array<number>(12).fill(0);
		for (const d of calendar) if (d.workDay) (d.schoolDay ? schoolDays : breakDays)[(d.month + 8) % 12]!++;
		const logged = new Map<string, number>();
		for (const r of readSample('support_requests')) logged.set(r.school_code!, (logged.get(r.school_code!) ?? 0) + 1);
		expect(rates.bySchool.size).toBe(readSample('schools').length);
		for (const [code, r] of rates.bySchool) {
			expect(r.source, code).toBe('log');
			const carried =
				r.schoolDay.reduce((n, v, m) => n + v * schoolDays[m]!, 0) +
				r.breakDay.reduce((n, v, m) => n + v * breakDays[m]!, 0);
			expect(carried, code).toBeCloseTo(logged.get(code) ?? 0, 6);
		}
		expect(rates.mixSource).toBe('log');
		expect(Object.values(rates.mix).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
	});

	it('reads the log again for the breaks a book sets: without breaks every logged request is on a school day', async () => {
		const noBreaks = fiscalYearDays(FY, [])
			.filter((d) => d.schoolDay)
			.map((d) => d.date);
		expect(noBreaks.length).toBeGreaterThan(schoolDates.length);
		const rows = await db.rows(requestsBySchoolMonth(FY, noBreaks));
		// Every request of the sample falls on a work day (checked above through the rates).
		expect(rows.every((r) => r.schoolDay)).toBe(true);
		expect(rows.reduce((n, r) => n + r.requests, 0)).toBe(manifest.files.support_requests.rows);
	});
});

describe('the usage log’s SQL at the edges of the year', () => {
	let edge: NodeRunner;

	beforeAll(async () => {
		edge = await NodeRunner.open();
		await edge.exec(createTableSql('support_requests'));
		const rows: [string, string, string][] = [
			// The last second of the previous fiscal year, and the first of the next: left out.
			['R1', '2025-03-31 23:59:59', 'lesson'],
			['R2', '2026-04-01 00:00:00', 'lesson'],
			// 1 April: spring break. 12 April: a Saturday in term. Neither is a school day.
			['R3', '2025-04-01 00:00:00', 'admin'],
			['R4', '2025-04-12 10:00:00', 'admin'],
			// School days at the edges of their date: Friday 11 April's last second and Monday 14
			// April just after midnight. A shift of the time zone either way lands on a weekend.
			['R5', '2025-04-11 23:59:59', 'environment'],
			['R6', '2025-04-14 00:30:00', 'environment'],
			// 31 March 2026: spring break again, the last day of the year.
			['R7', '2026-03-31 16:00:00', 'training']
		];
		for (const [id, at, category] of rows)
			await edge.exec(
				`INSERT INTO support_requests (request_id, requested_at, school_code, category) VALUES ('${id}', TIMESTAMP '${at}', 'X', '${category}')`
			);
	});

	it('keeps 1 April to 31 March and flags school days by the local date, never shifted', async () => {
		expect(await edge.rows(requestsBySchoolMonth(2025, schoolDates))).toEqual([
			{ school_code: 'X', month: 3, schoolDay: false, requests: 1 },
			{ school_code: 'X', month: 4, schoolDay: false, requests: 2 },
			{ school_code: 'X', month: 4, schoolDay: true, requests: 2 }
		]);
		expect(await edge.rows(requestCategoryMix(2025))).toEqual([
			{ category: 'admin', requests: 2 },
			{ category: 'environment', requests: 2 },
			{ category: 'training', requests: 1 }
		]);
		expect(await edge.rows(requestCategoryMix(2024))).toEqual([{ category: 'lesson', requests: 1 }]);
	});

	it('counts no school day when the calendar gives none (breaks covering the whole year)', async () => {
		const rows = await edge.rows(requestsBySchoolMonth(2025, []));
		expect(rows.every((r) => !r.schoolDay)).toBe(true);
		expect(rows.reduce((n, r) => n + r.requests, 0)).toBe(5);
	});
});

// ---------------------------------------------------------------------------------------------
// Scenario runs on 千鳥町 (469301): 6 schools and 2 staff in the sample, solved in well under a second.

const SCOPE = '469301';

describe('scenario requests and runs on a small municipality of the sample', () => {
	let ctx: ScenarioContext;
	let highs: Highs;
	const bookWith = (scenarios: Scenario[] = [], edit: (b: ScenarioBook) => void = () => undefined): ScenarioBook => {
		const book: ScenarioBook = { scope: [SCOPE], assumptions: { ...defaultAssumptions(), runs: 20 }, scenarios };
		edit(book);
		return book;
	};
	const plus = (count: number, extra: Partial<Scenario['addStaff'][number]> = {}): Scenario => ({
		...blankScenario(`+${count}`, `+${count}`),
		addStaff: [
			{ count, base: { kind: 'office', employer: SCOPE }, days: 5, employment: 'contract', unitCost: null, ...extra }
		]
	});

	beforeAll(async () => {
		ctx = await readScenarioContext(db, FY, DEFAULT_BREAKS, defaultScheduleSettings());
		highs = await loadHighs();
	});

	it('build the request from the scope, the schedule settings, the rates and the book’s seed and runs', () => {
		const book = bookWith([], (b) => {
			b.assumptions.seed = 99;
			b.assumptions.runs = 7;
		});
		const { setup, request } = scenarioRequest(ctx, book, null);
		expect(setup.schools).toHaveLength(6);
		expect(setup.staff.map((s) => s.id)).toEqual(['46930-S01', '46930-S02']);
		expect(request.parts).toBe(setup.parts);
		expect(setup.parts).toEqual([setup.instance]);
		expect(request.travel).toEqual(ctx.schedule.travel);
		expect(request.matrix).toBe(ctx.matrix);
		expect(request.options).toEqual(SCENARIO_OPTIONS);
		expect([request.seed, request.runs]).toEqual([99, 7]);
		expect(request.demand.days).toBe(ctx.days);
		expect(request.demand.schools.map((s) => s.id)).toEqual(setup.instance.schools.map((s) => s.id));
		for (const s of request.demand.schools) expect(s.ratePerSchoolDay).toEqual(ctx.rates.bySchool.get(s.id)!.schoolDay);
		// 2 slots × 10 staff-days ÷ 5, and the town's own help desk (ict_environment: helpdesk 1) of 40 a day.
		expect(setup.helpDeskSource).toBe('data');
		expect(setup.helpDesk.mode).toBe('own');
		expect(request.demand.remoteCapacityPerDay).toBe(4 + 40);
		expect(scenarioRequest(ctx, book, null, { timeLimitSeconds: 1, gap: 0.5 }).request.options).toEqual({
			timeLimitSeconds: 1,
			gap: 0.5
		});
	});

	it('sweep +0 … +10 full-time contracted staff at the office of the scope’s first employer, each a step dearer', () => {
		const book = bookWith([blankScenario('kept', 'kept')]);
		book.scope = [SCOPE, '469629'];
		const sweep = sweepScenarios(book);
		expect(sweep).toHaveLength(SWEEP_STEPS + 1);
		expect(SWEEP_STEPS).toBe(10);
		expect(sweep.map((s) => [s.id, s.name])).toEqual(Array.from({ length: 11 }, (_, n) => [`sweep-${n}`, `+${n}`]));
		expect(sweep[0]!.addStaff).toEqual([]);
		expect(sweep[10]!.addStaff).toEqual([
			{ count: 10, base: { kind: 'office', employer: SCOPE }, days: 5, employment: 'contract', unitCost: null }
		]);
		// The book's own scenarios neither limit nor enter the sweep.
		expect(book.scenarios.map((s) => s.id)).toEqual(['kept']);
		const setups = sweep.map((s) => scenarioRequest(ctx, book, s).setup);
		const base = annualCost(setups[0]!.staff, setups[0]!.helpDesk, book.assumptions.unitCosts).total;
		setups.forEach((setup, n) => {
			expect(setup.instance.staff).toHaveLength(3 + n);
			expect(setup.staff).toHaveLength(3 + n);
			expect(annualCost(setup.staff, setup.helpDesk, book.assumptions.unitCosts).total - base).toBe(n * 5_400_000);
		});
		expect(sweepScenarios({ ...book, scope: [] })[3]!.addStaff[0]!.base).toEqual({ kind: 'office', employer: '' });
	});

	it('raise the cost by the unit cost × the staff added, lower schools per staff and never lower visit days', () => {
		const book = bookWith();
		const progress: ScenarioRunProgress[] = [];
		const outcome = (scenario: Scenario | null) => {
			const { setup, request } = scenarioRequest(ctx, book, scenario);
			const result = runScenario(highs, request, (p) => progress.push(p));
			return { setup, request, result, figures: scenarioFigures(setup, result.schedule, result.sim, book.assumptions) };
		};
		const base = outcome(null);
		const more = outcome(plus(2));
		expect(more.figures.cost.total - base.figures.cost.total).toBe(2 * book.assumptions.unitCosts.contract);
		expect(more.figures.staff - base.figures.staff).toBe(2);
		expect(base.figures.schoolsPerStaff).toBe(3);
		expect(more.figures.schoolsPerStaff).toBe(1.5);
		expect(more.figures.visitDaysPerSchool).toBeGreaterThanOrEqual(base.figures.visitDaysPerSchool);
		// The policy's visits are met either way; the added staff-days go to more visits.
		expect(base.figures.unmetVisits).toBe(0);
		expect(more.figures.unmetVisits).toBe(0);
		// 10 staff-days × 1.5 = 15 visits asked, 20 × 1.5 = 30: either way capped at 2 for each of the 6 schools.
		const asked = (o: typeof base) => o.setup.instance.schools.reduce((n, s) => n + s.visits, 0);
		expect([asked(base), asked(more)]).toEqual([12, 12]);
		// The added staff-days are days at the base: more remote capacity.
		const capacity = (o: typeof base) => withVisits(o.request.demand, o.result.schedule).remoteCapacityPerDay;
		expect(capacity(more)).toBeGreaterThan(capacity(base));
		// Every school of the schedule is visited in the simulated year.
		for (const s of withVisits(more.request.demand, more.result.schedule).schools)
			expect(s.visitWeekdays.length, s.id).toBeGreaterThan(0);
		expect(base.result.sim.runs).toBe(20);
		// The rates carry the scope's log: a year's arrivals are about its requests (Poisson noise
		// on ~260 is about ±16; the median of 20 years is much closer).
		const own = new Set(
			readSample('schools')
				.filter((s) => (s.employer_code || s.municipality_code) === SCOPE)
				.map((s) => s.school_code)
		);
		const logged = readSample('support_requests').filter((r) => own.has(r.school_code)).length;
		expect(base.result.sim.arrived.median).toBeGreaterThan(0.9 * logged);
		expect(base.result.sim.arrived.median).toBeLessThan(1.1 * logged);
		// The year is simulated against the schedule's visits: every school is visited each week,
		// so little is left waiting at the year's end (without visits most of the year would be).
		expect(base.result.sim.backlog.median).toBeLessThan(0.05 * base.result.sim.arrived.median);
		expect(progress.some((p) => p.stage === 'schedule')).toBe(true);
		expect(progress.filter((p) => p.stage === 'simulate').map((p) => (p as { runs: number }).runs)).toEqual([
			10, 20, 10, 20
		]);
	});

	it('cost added staff at the unit cost set for them, else at the book’s, scaled by their days', () => {
		const book = bookWith([], (b) => (b.assumptions.unitCosts.appointed = 3_000_000));
		const sim = { runs: 0 } as MonteCarloResult;
		const cost = (scenario: Scenario | null) => {
			const { setup } = scenarioRequest(ctx, book, scenario);
			// Cost does not depend on the schedule: an empty week will do.
			return scenarioFigures(setup, week([]), sim, book.assumptions).cost.total;
		};
		const baseline = cost(null);
		// Today's help desk (the data says the town has one) and the sample's two staff, who carry their own annual cost.
		expect(baseline).toBe(book.assumptions.helpDesk.annualCost + 3_552_000 + 4_279_000);
		expect(cost(plus(3, { employment: 'appointed', days: 4 })) - baseline).toBe(3 * 3_000_000 * (4 / 5));
		expect(cost(plus(2, { unitCost: 4_500_000 })) - baseline).toBe(2 * 4_500_000);
	});

	it('give the same schedule and year for the same seed, and another year for another seed', () => {
		const book = bookWith();
		const { request } = scenarioRequest(ctx, book, plus(1));
		const strip = (r: ReturnType<typeof runScenario>) => ({ schedule: r.schedule, sim: r.sim });
		const first = strip(runScenario(highs, request));
		const again = strip(runScenario(highs, request));
		expect(again).toEqual(first);
		const other = strip(runScenario(highs, { ...request, seed: request.seed + 1 }));
		expect(other.schedule).toEqual(first.schedule);
		expect(other.sim).not.toEqual(first.sim);
		expect(runScenario(highs, { ...request, runs: 3 }).sim.runs).toBe(3);
	});

	it('leave every visit unmet for lack of staff when the scenario takes all staff away, without the optimiser', () => {
		const book = bookWith();
		// Two visits a week for every school but one, which the policy leaves out.
		const visitPolicy = { ...ctx.schedule.policy, baseVisits: 2, large: null, overrides: { B146290002104: 0 } };
		const { setup, request } = scenarioRequest(ctx, book, {
			...blankScenario('none', 'none'),
			removeStaff: ['46930-S01', '46930-S02'],
			visitPolicy,
			helpDesk: { ...book.assumptions.helpDesk, mode: 'none' }
		});
		const result = runScenario(highs, request);
		expect(result.schedule.days).toEqual([]);
		const asked = setup.instance.schools.map((s) => s.id).filter((id) => id !== 'B146290002104');
		expect(asked).toHaveLength(5);
		expect(result.schedule.unmet).toEqual(asked.map((school) => ({ school, missing: 2, reason: 'capacity' })));
		// Nothing visits and nothing is remote: every request of the year is still waiting at its end.
		expect(request.demand.remoteCapacityPerDay).toBe(0);
		expect(result.sim.backlog.median).toBe(result.sim.arrived.median);
		const f = scenarioFigures(setup, result.schedule, result.sim, book.assumptions);
		expect(f.unmetVisits).toBe(5 * 2);
		expect(f.cost.total).toBe(0);
	});
});

describe('requests logged on days off', () => {
	it('count with the school days of a month that has no break work day, so none is lost', () => {
		// May has 5 school days and no break work day: a Saturday request joins the school-day rate.
		const rates = estimateRates(DAYS, SCHOOLS, [req('s1', 5, true, 5), req('s1', 5, false, 1)], []);
		expect(rates.bySchool.get('s1')!.schoolDay[1]).toBeCloseTo(6 / 5);
		expect(rates.bySchool.get('s1')!.breakDay[1]).toBe(0);
	});
});
