/** The schedule's paper: the per-staff week (巡回表), the per-school visits (訪問予定) and the file in people's words. */
import { describe, expect, it } from 'vitest';
import { namedScheduleRows, schoolSheets, staffSheets } from '../../src/lib/domain/schedule/sheets';
import { clockText, scheduleRows } from '../../src/lib/domain/schedule/timeline';
import type { WeeklySchedule } from '../../src/lib/domain/schedule/types';
import { instance, matrixTravel, school, staffAt } from '../support/schedule-cases';

// A leg of 12.4 minutes is printed as 12: the sheet's legs must add up to its printed total.
const travel = matrixTravel({ 'B1-A': 30, 'B1-C': 40, 'A-C': 20, 'B2-D': 12.4, 'B1-D': 50, 'A-D': 50, 'C-D': 50 });
const inst = instance(
	[
		{ ...school('A', 2), name: '青葉小学校' },
		{ ...school('C'), name: '千鳥中学校' },
		{ ...school('D', 3), name: '大島小学校', required: 2 }
	],
	[
		{ ...staffAt('S1', 'B1', 5, 465), name: '山田 花子' },
		{ ...staffAt('S2', 'B2', 3, 465), name: '佐藤 一郎' },
		{ ...staffAt('S3', 'B1', 2, 465), name: '鈴木 次郎' }
	]
);
const schedule: WeeklySchedule = {
	days: [
		{ staff: 'S2', day: 'tue', schools: ['D'], travelMinutes: 24.8 },
		{ staff: 'S1', day: 'wed', schools: ['A'], travelMinutes: 60 },
		{ staff: 'S1', day: 'mon', schools: ['A', 'C'], travelMinutes: 90 }
	],
	unmet: [{ school: 'D', missing: 1, reason: 'capacity' }],
	travelMinutes: 174.8,
	lowerBound: 174.8,
	gap: 0,
	method: 'exact'
};

describe('the per-staff sheet (巡回表)', () => {
	const sheets = staffSheets(inst, travel, schedule);

	it('gives every staff member a sheet, those without visits too, each with the five weekdays', () => {
		expect(sheets.map((s) => s.name)).toEqual(['山田 花子', '佐藤 一郎', '鈴木 次郎']);
		for (const s of sheets) expect(s.days.map((d) => d.day)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
		expect(sheets[2]!.totals).toEqual({ visits: 0, schools: 0, visitDays: 0, travelMinutes: 0, onsiteMinutes: 0 });
		expect(sheets[2]!.days.every((d) => d.visits.length === 0 && d.back === null)).toBe(true);
	});

	it('lists a day’s schools in visiting order with the timetable’s clock times, and the return to the base', () => {
		const monday = sheets[0]!.days[0]!;
		// (465 − 90) ÷ 2 = 187.5 minutes at each school, leaving the base at 8:30.
		expect(
			monday.visits.map((v) => [v.order, v.schoolName, clockText(v.arrive), clockText(v.depart), v.travelMinutes])
		).toEqual([
			[1, '青葉小学校', '09:00', '12:08', 30],
			[2, '千鳥中学校', '12:28', '15:35', 20]
		]);
		expect(monday.back && [clockText(monday.back.arrive), monday.back.travelMinutes]).toEqual(['16:15', 40]);
		expect(monday.travelMinutes).toBe(90);
		expect(sheets[0]!.days[1]!.visits).toEqual([]);
	});

	it('adds up the week from the minutes it prints', () => {
		expect(sheets[0]!.totals).toEqual({
			visits: 3,
			schools: 2,
			visitDays: 2,
			travelMinutes: 150,
			onsiteMinutes: 375 + 405
		});
		// Two legs of 12.4 minutes are printed as 12 each, and the total as their sum.
		expect(sheets[1]!.days[1]!.visits[0]!.travelMinutes).toBe(12);
		expect(sheets[1]!.totals.travelMinutes).toBe(24);
	});
});

describe('the per-school sheet (訪問予定)', () => {
	const sheets = schoolSheets(inst, travel, schedule);

	it('says on which weekdays who arrives when, and what the policy asks', () => {
		expect(sheets.map((s) => s.name)).toEqual(['青葉小学校', '千鳥中学校', '大島小学校']);
		const aoba = sheets[0]!;
		expect(
			aoba.days.flatMap((d) => d.visits.map((v) => [d.day, v.staffName, clockText(v.arrive), clockText(v.depart)]))
		).toEqual([
			['mon', '山田 花子', '09:00', '12:08'],
			['wed', '山田 花子', '09:00', '15:45']
		]);
		expect([aoba.visits, aoba.asked, aoba.missing]).toEqual([2, 2, []]);
	});

	it('names the visits that do not fit, and asks only the policy’s visits', () => {
		const island = sheets[2]!;
		expect([island.visits, island.asked]).toEqual([1, 2]);
		expect(island.missing).toEqual([{ school: 'D', missing: 1, reason: 'capacity' }]);
	});
});

describe('the schedule file in people’s words', () => {
	const words = { weekday: { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金' }, back: '拠点に戻る' };

	it('names staff and schools, writes the weekday as 月…金, and orders by staff, weekday and visit', () => {
		expect(namedScheduleRows(inst, travel, schedule, words)).toEqual([
			['山田 花子', '月', 1, '青葉小学校', '09:00', '12:08', 30],
			['山田 花子', '月', 2, '千鳥中学校', '12:28', '15:35', 20],
			['山田 花子', '月', 3, '拠点に戻る', '16:15', null, 40],
			['山田 花子', '水', 1, '青葉小学校', '09:00', '15:45', 30],
			['山田 花子', '水', 2, '拠点に戻る', '16:15', null, 30],
			['佐藤 一郎', '火', 1, '大島小学校', '08:42', '16:03', 12],
			['佐藤 一郎', '火', 2, '拠点に戻る', '16:15', null, 12]
		]);
	});

	it('holds the same visits and clock times as the machine-readable export', () => {
		const named = namedScheduleRows(inst, travel, schedule, words);
		const machine = scheduleRows(inst, travel, schedule);
		const key = (r: (typeof named)[number]) => `${r[4]} ${r[5]}`;
		expect(named.map(key).sort()).toEqual(machine.map(key).sort());
	});
});
