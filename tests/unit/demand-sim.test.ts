/**
 * The year of support requests (docs/domain.md, "Demand simulation"): invariants, a case with a known answer,
 * determinism, and remote capacity.
 */
import { describe, expect, it } from 'vitest';
import { simulateYear, simulateYears, type DemandModel } from '../../src/lib/sim/demand';
import { fiscalYearDays, type CalendarDay } from '../../src/lib/domain/school-calendar';

/** `weeks` weeks of school days, Monday to Friday, no holidays: a regular rhythm for known answers. */
function plainWeeks(weeks: number): CalendarDay[] {
	const days: CalendarDay[] = [];
	for (let w = 0; w < weeks; w++)
		for (let weekday = 1; weekday <= 5; weekday++)
			days.push({
				date: `w${w}-${weekday}`,
				month: 1 + ((3 + Math.floor(w / 5)) % 12),
				weekday,
				holiday: false,
				season: 'term',
				workDay: true,
				schoolDay: true
			});
	return days;
}

const flat = (rate: number) => new Array<number>(12).fill(rate);
const mean = (xs: Float64Array) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('a year of support requests', () => {
	const sampleYear: DemandModel = {
		days: fiscalYearDays(2025),
		schools: [
			{ id: 'A', ratePerSchoolDay: flat(0.8), visitWeekdays: [2] },
			{ id: 'B', ratePerSchoolDay: flat(0.4), visitWeekdays: [1, 4] },
			{ id: 'C', ratePerSchoolDay: flat(0.3), visitWeekdays: [] }
		],
		remoteShare: 0.4,
		remoteCapacityPerDay: 1
	};

	it('accounts for every request: arrived = handled on site + handled remotely + still waiting', () => {
		const r = simulateYear(sampleYear, 7);
		expect(r.arrived).toBeGreaterThan(200);
		expect(r.handledOnsite + r.handledRemote + r.backlog).toBe(r.arrived);
		expect(r.waitDays.length).toBe(r.handledOnsite + r.handledRemote);
		expect(r.arrivedByMonth.reduce((a, b) => a + b, 0)).toBe(r.arrived);
		// Never handled before it arrived.
		expect(Math.min(...r.waitDays)).toBeGreaterThanOrEqual(0);
		expect(Math.min(...r.waitHours)).toBeGreaterThanOrEqual(0);
		// School C is never visited: its on-site requests are still waiting at the end.
		expect(r.backlog).toBeGreaterThan(0);
		expect(r.backlogPeak).toBeGreaterThanOrEqual(r.backlog);
	});

	it('handles on site only on visit days', () => {
		const model: DemandModel = {
			...sampleYear,
			schools: [{ id: 'A', ratePerSchoolDay: flat(2), visitWeekdays: [3] }],
			remoteShare: 0
		};
		const r = simulateYear(model, 3);
		const workDays = model.days.filter((d) => d.workDay);
		expect(r.handledOnsite).toBeGreaterThan(100);
		expect([...r.handledDay].every((d) => workDays[d]!.weekday === 3)).toBe(true);
	});

	it('makes a school visited every 5th school day wait (5 − 1) ÷ 2 = 2 days on average, under uniform arrivals', () => {
		const model: DemandModel = {
			days: plainWeeks(200),
			schools: [{ id: 'A', ratePerSchoolDay: flat(5), visitWeekdays: [1] }],
			remoteShare: 0,
			remoteCapacityPerDay: 0
		};
		const r = simulateYear(model, 11);
		expect(r.arrived).toBeGreaterThan(4500);
		// About 5,000 waits of 0–4 days (standard deviation 1.4): the mean is within 0.08 of 2 at 4 standard errors.
		expect(Math.abs(mean(r.waitDays) - 2)).toBeLessThan(0.08);
	});

	it('gives the same year for the same seed and another for another seed', () => {
		const a = simulateYear(sampleYear, 42);
		const b = simulateYear(sampleYear, 42);
		expect(b).toEqual(a);
		expect(simulateYear(sampleYear, 43).arrived).not.toBe(a.arrived);
	});

	it('handles remote requests the same day while slots last, and leaves them waiting without any', () => {
		const remote = (capacity: number): DemandModel => ({
			days: plainWeeks(10),
			schools: [{ id: 'A', ratePerSchoolDay: flat(1), visitWeekdays: [] }],
			remoteShare: 1,
			remoteCapacityPerDay: capacity
		});
		const ample = simulateYear(remote(100), 5);
		expect(ample.handledRemote).toBe(ample.arrived);
		expect(Math.max(...ample.waitDays)).toBe(0);
		expect([...ample.handledRemotely].every((x) => x === 1)).toBe(true);
		const none = simulateYear(remote(0), 5);
		expect(none.backlog).toBe(none.arrived);
	});
});

describe('the Monte Carlo over years', () => {
	it('gives quantiles by interpolation', async () => {
		const { quantile } = await import('../../src/lib/sim/demand');
		expect(quantile([0, 10], 0.5)).toBe(5);
		expect(quantile([1, 2, 3, 4, 5], 0.9)).toBeCloseTo(4.6, 9);
		expect(quantile([], 0.5)).toBeNaN();
	});

	it('takes the quantile of counted whole numbers exactly as of the sorted numbers', async () => {
		const { countedQuantile, quantile } = await import('../../src/lib/sim/demand');
		let state = 7;
		const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let trial = 0; trial < 200; trial++) {
			const values = Array.from({ length: Math.floor(next() * 60) }, () => Math.floor(next() * next() * 30));
			const counts = new Array<number>(30).fill(0);
			for (const v of values) counts[v]!++;
			const sorted = [...values].sort((a, b) => a - b);
			for (const q of [0, 0.05, 0.5, 0.9, 0.95, 1]) {
				const expected = quantile(sorted, q);
				if (Number.isNaN(expected)) expect(countedQuantile(counts, values.length, q)).toBeNaN();
				else expect(countedQuantile(counts, values.length, q)).toBe(expected);
			}
		}
	});

	it('summarises each year as its own waits say: the same figures as sorting every wait of the year', async () => {
		const { quantile, simulateYear, simulateYears } = await import('../../src/lib/sim/demand');
		const model: DemandModel = {
			days: fiscalYearDays(2025),
			schools: [
				{ id: 'A', ratePerSchoolDay: flat(1.2), ratePerBreakDay: flat(0.2), visitWeekdays: [2] },
				{ id: 'B', ratePerSchoolDay: flat(0.3), visitWeekdays: [] },
				{ id: 'C', ratePerSchoolDay: flat(0.6), visitWeekdays: [1, 4] }
			],
			categories: [
				{ share: 0.6, remoteShare: 0.5 },
				{ share: 0.4, remoteShare: 0 }
			],
			remoteCapacityPerDay: 0.7
		};
		const runs = 12;
		const byRun = Array.from({ length: runs }, (_, run) => {
			const year = simulateYear(model, 5, run);
			const days = [...year.waitDays, ...year.openWaitDays].sort((a, b) => a - b);
			const hours = [...year.waitHours, ...[...year.openWaitDays].map((d) => d * 8)].sort((a, b) => a - b);
			const april = [
				...year.waitDays.filter((_, i) => year.arrivalMonth[i] === 0),
				...year.openWaitDays.filter((_, i) => year.openArrivalMonth[i] === 0)
			].sort((a, b) => a - b);
			return {
				medianDays: quantile(days, 0.5),
				p90Days: quantile(days, 0.9),
				p90Hours: quantile(hours, 0.9),
				sameDay: year.waitDays.filter((d) => d === 0).length / year.arrived,
				aprilP90: quantile(april, 0.9)
			};
		});
		const median = (values: number[]) =>
			quantile(
				[...values].sort((a, b) => a - b),
				0.5
			);
		const summary = simulateYears(model, 5, runs);
		expect(summary.medianWaitDays.median).toBe(median(byRun.map((r) => r.medianDays)));
		expect(summary.p90WaitDays.median).toBe(median(byRun.map((r) => r.p90Days)));
		expect(summary.p90WaitHours.median).toBe(median(byRun.map((r) => r.p90Hours)));
		expect(summary.sameDayShare.median).toBe(median(byRun.map((r) => r.sameDay)));
		expect(summary.byMonth[0]!.p90Days).toBe(median(byRun.map((r) => r.aprilP90)));
		expect(summary.backlog.median).toBeGreaterThan(0);
	});

	it('summarises runs with a median and a 90% interval, the same for the same seed, each run its own stream', async () => {
		const { simulateYear, simulateYears } = await import('../../src/lib/sim/demand');
		const model: DemandModel = {
			days: plainWeeks(40),
			schools: [{ id: 'A', ratePerSchoolDay: flat(1), visitWeekdays: [1, 4] }],
			remoteShare: 0.3,
			remoteCapacityPerDay: 1
		};
		const done: number[] = [];
		const a = simulateYears(model, 9, 20, (n) => done.push(n));
		expect(done).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
		expect(simulateYears(model, 9, 20)).toEqual(a);
		expect(a.arrived.low).toBeLessThanOrEqual(a.arrived.median);
		expect(a.arrived.median).toBeLessThanOrEqual(a.arrived.high);
		expect(a.p90WaitDays.median).toBeGreaterThanOrEqual(a.medianWaitDays.median);
		expect(a.sameDayShare.median).toBeGreaterThan(0);
		expect(a.sameDayShare.median).toBeLessThan(1);
		// Runs differ from one another, and run 3 is the same year however many runs there are.
		expect(simulateYear(model, 9, 1)).not.toEqual(simulateYear(model, 9, 2));
		expect(simulateYear(model, 9, 3)).toEqual(simulateYear(model, 9, 3));
	});

	it('draws each request’s category by its share and handles remotely only the remote-resolvable share', () => {
		const model: DemandModel = {
			days: plainWeeks(40),
			schools: [{ id: 'A', ratePerSchoolDay: flat(4), visitWeekdays: [1, 2, 3, 4, 5] }],
			// Half the requests can never be remote, the other half always: about half go remote.
			categories: [
				{ share: 1, remoteShare: 0 },
				{ share: 1, remoteShare: 1 }
			],
			remoteCapacityPerDay: 100
		};
		const r = simulateYear(model, 9);
		expect(r.handledRemote / r.arrived).toBeGreaterThan(0.45);
		expect(r.handledRemote / r.arrived).toBeLessThan(0.55);
	});

	it('lets requests arrive in breaks only at the break rate, and never before the year starts', () => {
		const days = fiscalYearDays(2025);
		const model: DemandModel = {
			days,
			schools: [{ id: 'A', ratePerSchoolDay: flat(0), ratePerBreakDay: flat(3), visitWeekdays: [1, 2, 3, 4, 5] }],
			remoteCapacityPerDay: 0
		};
		const r = simulateYear(model, 4);
		const workDays = days.filter((d) => d.workDay);
		expect(r.arrived).toBeGreaterThan(100);
		// Visited every day, so each request is handled the day it arrives: that day is a break day.
		expect([...r.handledDay].every((d) => !workDays[d]!.schoolDay)).toBe(true);
		expect([...r.waitDays].every((w) => w === 0)).toBe(true);
	});

	it('spreads a fractional remote capacity evenly: 0.5 a day is one request every other day', () => {
		const model: DemandModel = {
			days: plainWeeks(20),
			schools: [{ id: 'A', ratePerSchoolDay: flat(3), visitWeekdays: [] }],
			remoteShare: 1,
			remoteCapacityPerDay: 0.5
		};
		const r = simulateYear(model, 2);
		expect(r.handledRemote).toBe(50);
		expect(r.remoteSlots).toBe(50);
	});

	it('counts requests still open at the year end with their days so far, so a never-visited school is not shown as fast', () => {
		const model: DemandModel = {
			days: plainWeeks(10),
			schools: [{ id: 'A', ratePerSchoolDay: flat(1), visitWeekdays: [] }],
			remoteCapacityPerDay: 0
		};
		const year = simulateYear(model, 1);
		expect(year.backlog).toBe(year.arrived);
		expect(Math.max(...year.openWaitDays)).toBeLessThanOrEqual(50);
		const summary = simulateYears(model, 1, 5);
		// Half the year's requests have waited at least a quarter of it (about 25 of 50 days).
		expect(summary.medianWaitDays.median).toBeGreaterThan(15);
		expect(summary.sameDayShare.median).toBe(0);
		expect(summary.backlog.median).toBeGreaterThan(0);
	});

	it('summarises by month of arrival: twelve months, a busy month with more arrivals, the same for the same seed', () => {
		const rates = flat(0.5);
		rates[0] = 2;
		const model: DemandModel = {
			days: fiscalYearDays(2025),
			schools: [{ id: 'A', ratePerSchoolDay: rates, visitWeekdays: [3] }],
			remoteCapacityPerDay: 0
		};
		const a = simulateYears(model, 8, 10);
		expect(a.byMonth).toHaveLength(12);
		expect(a.byMonth[0]!.arrived).toBeGreaterThan(2 * a.byMonth[1]!.arrived);
		// August is all break (no arrivals at these rates): no figure rather than a made-up one.
		expect(a.byMonth[4]!.arrived).toBe(0);
		expect(a.byMonth[4]!.p90Days).toBeNaN();
		// Visited on Wednesdays only: a wait is at most 4 work days, more around holidays and breaks' ends.
		const busy = a.byMonth.filter((m) => m.arrived > 0);
		expect(busy.length).toBeGreaterThanOrEqual(10);
		expect(busy.every((m) => m.p90Days >= m.medianDays && m.p90Days <= 6)).toBe(true);
		expect(simulateYears(model, 8, 10)).toEqual(a);
	});
});
