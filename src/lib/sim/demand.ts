/**
 * One simulated school year of support requests against a weekly schedule (docs/domain.md, "Demand simulation"): requests
 * arrive at each school on the board's work days (a Poisson number a day, at a uniform time in the
 * working day; school days and days in the breaks each have their own rate by month); each is in
 * one of the four MEXT categories and, by its category's share, resolvable remotely. A remote
 * request is handled when a remote slot (staff or help desk) of that work day is free, else on a
 * later work day, first come first served; any other request waits for the next visit of a staff
 * member to its school, the same day when the school is visited that day. Waits are counted in
 * work days and working hours. Seeded: the same seed gives the same year.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { CalendarDay } from '$lib/domain/school-calendar';
import type { Estimate, MonteCarloResult } from '$lib/domain/demand';

/** Fiscal months in order: April (index 0) to March (index 11). */
export const fiscalMonthIndex = (month: number) => (month + 8) % 12;

export interface DemandSchool {
	id: string;
	/** Expected requests per school day, by fiscal month (index 0 = April). */
	ratePerSchoolDay: readonly number[];
	/** Expected requests per work day in a break, by fiscal month; none when absent. */
	ratePerBreakDay?: readonly number[];
	/** Weekdays the school is visited (1 = Monday … 5 = Friday), from the schedule. */
	visitWeekdays: readonly number[];
}

/** A category of request: its share of arrivals and the share of it that can be resolved remotely. */
export interface DemandCategory {
	share: number;
	remoteShare: number;
}

export interface DemandModel {
	days: readonly CalendarDay[];
	schools: readonly DemandSchool[];
	/** The request categories (shares summing to 1); one category when absent, at `remoteShare`. */
	categories?: readonly DemandCategory[];
	/** Share of requests that can be resolved remotely, when no categories are given. */
	remoteShare?: number;
	/** Remote requests that can be handled per work day (staff and help desk together); may be fractional. */
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
	/** Fiscal month (0 = April) each handled request arrived in. */
	arrivalMonth: Uint8Array;
	/** 1 where the handled request was handled remotely. */
	handledRemotely: Uint8Array;
	/** Work days from arrival to the year's end of each request still waiting then (a lower bound of its wait). */
	openWaitDays: Float64Array;
	/** Fiscal month each request still waiting at the year's end arrived in. */
	openArrivalMonth: Uint8Array;
	/** Most requests waiting at the end of any work day. */
	backlogPeak: number;
	/** Arrivals by fiscal month (index 0 = April), for the checks and the charts. */
	arrivedByMonth: number[];
	/** Remote slots offered over the year (capacity × work days). */
	remoteSlots: number;
}

/** Knuth's method: exact for small rates such as one school's day (the sample generator draws with it too). */
export function poisson(lambda: number, random: () => number): number {
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
	month: number;
}

/** xoroshiro128plus(seed) starts from a weak state; a few draws mix it. */
const WARM_UP_DRAWS = 32;

/** Remote-resolvable share of each category, and the cumulative shares to draw a category by. */
function categoryTable(model: DemandModel): { cumulative: number[]; remote: number[] } {
	const categories = model.categories ?? [{ share: 1, remoteShare: model.remoteShare ?? 0 }];
	const total = categories.reduce((n, c) => n + c.share, 0) || 1;
	let sum = 0;
	return { cumulative: categories.map((c) => (sum += c.share / total)), remote: categories.map((c) => c.remoteShare) };
}

/**
 * Year `run` of the Monte Carlo with this seed: each run draws from its own stream (2^64 draws
 * apart), so runs never overlap and run k is the same whatever the number of runs.
 */
export function simulateYear(model: DemandModel, seed: number, run = 0): YearResult {
	const generator = xoroshiro128plus(seed);
	for (let i = 0; i < WARM_UP_DRAWS; i++) generator.next();
	for (let r = 0; r < run; r++) generator.jump();
	const random = () => uniformFloat64(generator);
	const { cumulative, remote } = categoryTable(model);
	const workDays = model.days.filter((d) => d.workDay);
	const visitsOn = [1, 2, 3, 4, 5].map((weekday) =>
		model.schools.flatMap((school, s) => (school.visitWeekdays.includes(weekday) ? [s] : []))
	);
	const arrivedByMonth = new Array<number>(12).fill(0);
	const waitDays: number[] = [];
	const waitHours: number[] = [];
	const handledDay: number[] = [];
	const arrivalMonth: number[] = [];
	const handledRemotely: number[] = [];
	const onsiteQueues = model.schools.map(() => [] as Waiting[]);
	// Kept in arrival order: days in turn, and each day's arrivals sorted by hour before they join.
	const remoteQueue: Waiting[] = [];
	let remoteHead = 0;
	let onsiteWaiting = 0;
	let arrived = 0;
	let handledOnsite = 0;
	let handledRemote = 0;
	let backlogPeak = 0;

	const handle = (w: Waiting, day: number, byRemote: boolean) => {
		const hour = w.day === day ? w.hour : DAY_START_HOUR;
		handledDay.push(day);
		arrivalMonth.push(w.month);
		handledRemotely.push(byRemote ? 1 : 0);
		waitDays.push(day - w.day);
		waitHours.push((day - w.day) * DAY_HOURS + Math.max(0, hour - w.hour));
	};

	const capacity = Math.max(0, model.remoteCapacityPerDay);
	workDays.forEach((day, index) => {
		const month = fiscalMonthIndex(day.month);
		const todayRemote: Waiting[] = [];
		model.schools.forEach((school, s) => {
			const rate = (day.schoolDay ? school.ratePerSchoolDay : school.ratePerBreakDay)?.[month] ?? 0;
			const count = poisson(rate, random);
			for (let n = 0; n < count; n++) {
				const w = { day: index, hour: DAY_START_HOUR + random() * DAY_HOURS, month };
				arrived++;
				arrivedByMonth[month]!++;
				const u = random();
				let c = 0;
				while (c < cumulative.length - 1 && u >= cumulative[c]!) c++;
				if (random() < remote[c]!) todayRemote.push(w);
				else {
					onsiteQueues[s]!.push(w);
					onsiteWaiting++;
				}
			}
		});
		todayRemote.sort((a, b) => a.hour - b.hour);
		for (const w of todayRemote) remoteQueue.push(w);
		// A fractional capacity is spread evenly: 2.5 slots a day are 2 and 3 on alternate days.
		for (
			let slots = Math.floor(capacity * (index + 1)) - Math.floor(capacity * index);
			slots > 0 && remoteHead < remoteQueue.length;
			slots--
		) {
			handle(remoteQueue[remoteHead++]!, index, true);
			handledRemote++;
		}
		// A visit handles everything waiting at the school, that day's arrivals included.
		for (const s of visitsOn[day.weekday - 1] ?? []) {
			const queue = onsiteQueues[s]!;
			for (const w of queue) handle(w, index, false);
			handledOnsite += queue.length;
			onsiteWaiting -= queue.length;
			queue.length = 0;
		}
		backlogPeak = Math.max(backlogPeak, remoteQueue.length - remoteHead + onsiteWaiting);
	});
	const open = [...remoteQueue.slice(remoteHead), ...onsiteQueues.flat()];
	return {
		arrived,
		handledOnsite,
		handledRemote,
		backlog: open.length,
		waitDays: Float64Array.from(waitDays),
		waitHours: Float64Array.from(waitHours),
		handledDay: Int32Array.from(handledDay),
		arrivalMonth: Uint8Array.from(arrivalMonth),
		handledRemotely: Uint8Array.from(handledRemotely),
		openWaitDays: Float64Array.from(open, (w) => workDays.length - w.day),
		openArrivalMonth: Uint8Array.from(open, (w) => w.month),
		backlogPeak,
		arrivedByMonth,
		remoteSlots: capacity * workDays.length
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

function estimate(values: readonly number[]): Estimate {
	const finite = values.filter(Number.isFinite);
	const sorted = Float64Array.from(finite).sort();
	return { median: quantile(sorted, 0.5), low: quantile(sorted, 0.05), high: quantile(sorted, 0.95) };
}

function sortedWaits(year: YearResult, unit: 'days' | 'hours', month?: number): Float64Array {
	const handled = unit === 'days' ? year.waitDays : year.waitHours;
	const open = unit === 'days' ? year.openWaitDays : year.openWaitDays.map((d) => d * DAY_HOURS);
	if (month === undefined) {
		const all = new Float64Array(handled.length + open.length);
		all.set(handled);
		all.set(open, handled.length);
		return all.sort();
	}
	const own: number[] = [];
	handled.forEach((w, i) => year.arrivalMonth[i] === month && own.push(w));
	open.forEach((w, i) => year.openArrivalMonth[i] === month && own.push(w));
	return Float64Array.from(own).sort();
}

/** `runs` years with this seed, summarised: the same seed and runs give the same figures. */
export function simulateYears(
	model: DemandModel,
	seed: number,
	runs: number,
	onRun?: (done: number) => void
): MonteCarloResult {
	const keys = [
		'medianWaitDays',
		'p90WaitDays',
		'medianWaitHours',
		'p90WaitHours',
		'sameDayShare',
		'remoteShareHandled',
		'backlogPeak',
		'backlog',
		'arrived',
		'remoteUtilisation'
	] as const;
	const figures = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<(typeof keys)[number], number[]>;
	const months = Array.from({ length: 12 }, () => ({
		median: [] as number[],
		p90: [] as number[],
		arrived: [] as number[]
	}));
	for (let run = 0; run < runs; run++) {
		const year = simulateYear(model, seed, run);
		const days = sortedWaits(year, 'days');
		const hours = sortedWaits(year, 'hours');
		figures.medianWaitDays.push(quantile(days, 0.5));
		figures.p90WaitDays.push(quantile(days, 0.9));
		figures.medianWaitHours.push(quantile(hours, 0.5));
		figures.p90WaitHours.push(quantile(hours, 0.9));
		figures.sameDayShare.push(year.arrived > 0 ? year.waitDays.filter((d) => d === 0).length / year.arrived : NaN);
		figures.remoteShareHandled.push(year.arrived > 0 ? year.handledRemote / year.arrived : NaN);
		figures.backlogPeak.push(year.backlogPeak);
		figures.backlog.push(year.backlog);
		figures.arrived.push(year.arrived);
		figures.remoteUtilisation.push(year.remoteSlots > 0 ? year.handledRemote / year.remoteSlots : NaN);
		months.forEach((m, i) => {
			const waits = sortedWaits(year, 'days', i);
			m.median.push(quantile(waits, 0.5));
			m.p90.push(quantile(waits, 0.9));
			m.arrived.push(year.arrivedByMonth[i]!);
		});
		onRun?.(run + 1);
	}
	const summary = Object.fromEntries(keys.map((k) => [k, estimate(figures[k])])) as Record<
		(typeof keys)[number],
		Estimate
	>;
	return {
		runs,
		...summary,
		byMonth: months.map((m) => ({
			medianDays: estimate(m.median).median,
			p90Days: estimate(m.p90).median,
			arrived: estimate(m.arrived).median
		}))
	};
}
