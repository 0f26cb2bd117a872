/**
 * One simulated school year of support requests against a weekly schedule (issue 5): requests
 * arrive at each school on school days (a Poisson number a day, at a uniform time in the school
 * day); a remote-resolvable request is handled remotely when a remote slot of that work day is
 * free (else on a later work day, first come first served); any other request waits for the next
 * visit of a staff member to its school, the same day when the school is visited that day.
 * Waits are counted in work days and hours. Seeded: the same seed gives the same year.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { CalendarDay } from '$lib/domain/school-calendar';

/** Fiscal months in order: April (index 0) to March (index 11). */
export const fiscalMonthIndex = (month: number) => (month + 8) % 12;

export interface DemandSchool {
	id: string;
	/** Expected requests per school day, by fiscal month (index 0 = April). */
	ratePerSchoolDay: readonly number[];
	/** Weekdays the school is visited (1 = Monday … 5 = Friday), from the schedule. */
	visitWeekdays: readonly number[];
}

export interface DemandModel {
	days: readonly CalendarDay[];
	schools: readonly DemandSchool[];
	/** Share of requests that can be resolved remotely (by category mix). */
	remoteShare: number;
	/** Remote requests that can be handled per work day (staff and help desk together). */
	remoteCapacityPerDay: number;
}

/** Working hours of a school day, for arrival times and waits in hours (the leaflet's 8:30–16:30). */
export const DAY_START_HOUR = 8.5;
export const DAY_HOURS = 8;

export interface YearResult {
	arrived: number;
	handledOnsite: number;
	handledRemote: number;
	/** Still waiting at the end of the year. */
	backlog: number;
	/** Wait of every handled request, in work days (0 = the day it arrived). */
	waitDays: Float64Array;
	/** Wait of every handled request, in working hours. */
	waitHours: Float64Array;
	/** Work day (index into the year's work days) each handled request was handled on. */
	handledDay: Int32Array;
	/** 1 where the handled request was handled remotely. */
	handledRemotely: Uint8Array;
	/** Most requests waiting at the end of any work day. */
	backlogPeak: number;
	/** Arrivals by fiscal month (index 0 = April), for the checks and the charts. */
	arrivedByMonth: number[];
}

/** Knuth's method: exact for the small daily rates of one school. */
function poisson(lambda: number, random: () => number): number {
	if (lambda <= 0) return 0;
	const limit = Math.exp(-lambda);
	let k = 0;
	let p = random();
	while (p > limit) {
		k++;
		p *= random();
	}
	return k;
}

interface Waiting {
	day: number;
	hour: number;
}

/** xoroshiro128plus(seed) starts from a weak state; a few draws mix it. */
const WARM_UP_DRAWS = 32;

/**
 * Year `run` of the Monte Carlo with this seed: each run draws from its own stream (2^64 draws
 * apart), so runs never overlap and run k is the same whatever the number of runs.
 */
export function simulateYear(model: DemandModel, seed: number, run = 0): YearResult {
	const generator = xoroshiro128plus(seed);
	for (let i = 0; i < WARM_UP_DRAWS; i++) generator.next();
	for (let r = 0; r < run; r++) generator.jump();
	const random = () => uniformFloat64(generator);
	const workDays = model.days.filter((d) => d.workDay);
	const arrivedByMonth = new Array<number>(12).fill(0);
	const waitDays: number[] = [];
	const waitHours: number[] = [];
	const handledDay: number[] = [];
	const handledRemotely: number[] = [];
	const onsiteQueues = model.schools.map(() => [] as Waiting[]);
	const remoteQueue: Waiting[] = [];
	let arrived = 0;
	let handledOnsite = 0;
	let handledRemote = 0;
	let backlogPeak = 0;

	const handle = (w: Waiting, day: number, hour: number, remote: boolean) => {
		handledDay.push(day);
		handledRemotely.push(remote ? 1 : 0);
		waitDays.push(day - w.day);
		waitHours.push((day - w.day) * DAY_HOURS + Math.max(0, hour - w.hour));
	};

	workDays.forEach((day, index) => {
		// Arrivals of the day (school days only: in breaks the schools are closed to pupils).
		model.schools.forEach((school, s) => {
			if (!day.schoolDay) return;
			const count = poisson(school.ratePerSchoolDay[fiscalMonthIndex(day.month)] ?? 0, random);
			for (let n = 0; n < count; n++) {
				const w = { day: index, hour: DAY_START_HOUR + random() * DAY_HOURS };
				arrived++;
				arrivedByMonth[fiscalMonthIndex(day.month)]!++;
				if (random() < model.remoteShare) remoteQueue.push(w);
				else onsiteQueues[s]!.push(w);
			}
		});
		// Remote slots of the day, first come first served; a request is taken when it has arrived.
		remoteQueue.sort((a, b) => a.day - b.day || a.hour - b.hour);
		for (let slots = model.remoteCapacityPerDay; slots > 0 && remoteQueue.length > 0; slots--) {
			const w = remoteQueue.shift()!;
			handle(w, index, w.day === index ? w.hour : DAY_START_HOUR, true);
			handledRemote++;
		}
		// A visit handles everything waiting at the school, that day's arrivals included.
		model.schools.forEach((school, s) => {
			if (!school.visitWeekdays.includes(day.weekday)) return;
			const queue = onsiteQueues[s]!;
			for (const w of queue) handle(w, index, w.day === index ? w.hour : DAY_START_HOUR, false);
			handledOnsite += queue.length;
			queue.length = 0;
		});
		const waiting = remoteQueue.length + onsiteQueues.reduce((n, q) => n + q.length, 0);
		backlogPeak = Math.max(backlogPeak, waiting);
	});
	const backlog = remoteQueue.length + onsiteQueues.reduce((n, q) => n + q.length, 0);
	return {
		arrived,
		handledOnsite,
		handledRemote,
		backlog,
		waitDays: Float64Array.from(waitDays),
		waitHours: Float64Array.from(waitHours),
		handledDay: Int32Array.from(handledDay),
		handledRemotely: Uint8Array.from(handledRemotely),
		backlogPeak,
		arrivedByMonth
	};
}

/** The value below which a share `q` of the sorted values fall (linear interpolation). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
	if (sorted.length === 0) return NaN;
	const at = (sorted.length - 1) * q;
	const lo = Math.floor(at);
	const hi = Math.ceil(at);
	return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** A figure of the Monte Carlo: its median over the runs and the 90% interval (5th–95th percentile). */
export interface Estimate {
	median: number;
	low: number;
	high: number;
}

function estimate(values: readonly number[]): Estimate {
	const sorted = Float64Array.from(values).sort();
	return { median: quantile(sorted, 0.5), low: quantile(sorted, 0.05), high: quantile(sorted, 0.95) };
}

export interface MonteCarloResult {
	runs: number;
	/** Median response time in work days, and its 90th percentile (p90), each over the runs. */
	medianWaitDays: Estimate;
	p90WaitDays: Estimate;
	medianWaitHours: Estimate;
	p90WaitHours: Estimate;
	/** Share of handled requests handled the day they arrived. */
	sameDayShare: Estimate;
	backlogPeak: Estimate;
	arrived: Estimate;
}

/** `runs` years with this seed, summarised: the same seed and runs give the same figures. */
export function simulateYears(model: DemandModel, seed: number, runs: number, onRun?: (done: number) => void): MonteCarloResult {
	const figures = { medianWaitDays: [] as number[], p90WaitDays: [] as number[], medianWaitHours: [] as number[], p90WaitHours: [] as number[], sameDayShare: [] as number[], backlogPeak: [] as number[], arrived: [] as number[] };
	for (let run = 0; run < runs; run++) {
		const year = simulateYear(model, seed, run);
		const days = year.waitDays.slice().sort();
		const hours = year.waitHours.slice().sort();
		figures.medianWaitDays.push(quantile(days, 0.5));
		figures.p90WaitDays.push(quantile(days, 0.9));
		figures.medianWaitHours.push(quantile(hours, 0.5));
		figures.p90WaitHours.push(quantile(hours, 0.9));
		figures.sameDayShare.push(days.length > 0 ? days.filter((d) => d === 0).length / days.length : NaN);
		figures.backlogPeak.push(year.backlogPeak);
		figures.arrived.push(year.arrived);
		onRun?.(run + 1);
	}
	return {
		runs,
		medianWaitDays: estimate(figures.medianWaitDays),
		p90WaitDays: estimate(figures.p90WaitDays),
		medianWaitHours: estimate(figures.medianWaitHours),
		p90WaitHours: estimate(figures.p90WaitHours),
		sameDayShare: estimate(figures.sameDayShare),
		backlogPeak: estimate(figures.backlogPeak),
		arrived: estimate(figures.arrived)
	};
}
