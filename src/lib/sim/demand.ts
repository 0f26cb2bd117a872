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
	return lambda <= 0 ? 0 : poissonBelow(Math.exp(-lambda), random);
}

/** Knuth's method given `limit` = e^−λ of a rate λ > 0: the year's loop takes the limits from a table made once. */
function poissonBelow(limit: number, random: () => number): number {
	let k = 0;
	let p = random();
	while (p > limit) {
		k++;
		p *= random();
	}
	return k;
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

/** A limit no uniform draw is above: the rate is 0 (or absent) and, as before the table, nothing is drawn. */
const NO_ARRIVALS = 2;

/**
 * What every year of a model shares, worked out once: its work days, each school's e^−rate by kind of
 * day and fiscal month (row `s`, column `month` for school days and `12 + month` in breaks), the
 * schools visited on each weekday and the category table.
 */
interface PreparedModel {
	workDays: readonly { month: number; schoolDay: boolean; weekday: number }[];
	schools: number;
	limits: Float64Array;
	visitsOn: readonly (readonly number[])[];
	cumulative: readonly number[];
	remote: readonly number[];
	capacity: number;
}

function prepare(model: DemandModel): PreparedModel {
	const limits = new Float64Array(model.schools.length * 24).fill(NO_ARRIVALS);
	model.schools.forEach((school, s) => {
		for (let month = 0; month < 12; month++) {
			const onSchoolDay = school.ratePerSchoolDay[month] ?? 0;
			const onBreakDay = school.ratePerBreakDay?.[month] ?? 0;
			if (!(onSchoolDay <= 0)) limits[s * 24 + month] = Math.exp(-onSchoolDay);
			if (!(onBreakDay <= 0)) limits[s * 24 + 12 + month] = Math.exp(-onBreakDay);
		}
	});
	return {
		workDays: model.days
			.filter((d) => d.workDay)
			.map((d) => ({ month: fiscalMonthIndex(d.month), schoolDay: d.schoolDay, weekday: d.weekday })),
		schools: model.schools.length,
		limits,
		visitsOn: [1, 2, 3, 4, 5].map((weekday) =>
			model.schools.flatMap((school, s) => (school.visitWeekdays.includes(weekday) ? [s] : []))
		),
		...categoryTable(model),
		capacity: Math.max(0, model.remoteCapacityPerDay)
	};
}

/**
 * Year `run` of the Monte Carlo with this seed: each run draws from its own stream (2^64 draws
 * apart), so runs never overlap and run k is the same whatever the number of runs.
 */
export function simulateYear(model: DemandModel, seed: number, run = 0): YearResult {
	return simulatePreparedYear(prepare(model), seed, run);
}

/**
 * The year's requests in arrival order, one slot each (a request is its slot's number): its work day,
 * hour and fiscal month, and the next request waiting at the same school. Typed arrays grown by
 * doubling: a year brings tens of thousands of requests, and objects for each cost more than the year's
 * other work.
 */
class Requests {
	count = 0;
	day = new Int32Array(1024);
	hour = new Float64Array(1024);
	month = new Uint8Array(1024);
	nextAtSchool = new Int32Array(1024);

	add(day: number, hour: number, month: number): number {
		if (this.count === this.day.length) this.grow();
		const id = this.count++;
		this.day[id] = day;
		this.hour[id] = hour;
		this.month[id] = month;
		this.nextAtSchool[id] = -1;
		return id;
	}

	private grow() {
		const grown = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
			const b = make(a.length * 2);
			b.set(a);
			return b;
		};
		this.day = grown(this.day, (n) => new Int32Array(n));
		this.hour = grown(this.hour, (n) => new Float64Array(n));
		this.month = grown(this.month, (n) => new Uint8Array(n));
		this.nextAtSchool = grown(this.nextAtSchool, (n) => new Int32Array(n));
	}
}

function simulatePreparedYear(model: PreparedModel, seed: number, run: number): YearResult {
	const generator = xoroshiro128plus(seed);
	for (let i = 0; i < WARM_UP_DRAWS; i++) generator.next();
	for (let r = 0; r < run; r++) generator.jump();
	const random = () => uniformFloat64(generator);
	const { workDays, limits, visitsOn, cumulative, remote, capacity } = model;
	const requests = new Requests();
	const arrivedByMonth = new Array<number>(12).fill(0);
	// Each school's waiting requests as a list through `nextAtSchool`, first and last (-1 when none).
	const firstAtSchool = new Int32Array(model.schools).fill(-1);
	const lastAtSchool = new Int32Array(model.schools).fill(-1);
	// Remote requests in arrival order: days in turn, and each day's arrivals sorted by hour.
	let remoteQueue = new Int32Array(1024);
	let remoteHead = 0;
	let remoteTail = 0;
	let onsiteWaiting = 0;
	let handledOnsite = 0;
	let handledRemote = 0;
	let backlogPeak = 0;
	// Handled requests in the order they were handled: the request, and the work day that handled it.
	const handledRequest: number[] = [];
	const handledDay: number[] = [];
	const handledRemotely: number[] = [];
	const handle = (id: number, day: number, byRemote: boolean) => {
		handledRequest.push(id);
		handledDay.push(day);
		handledRemotely.push(byRemote ? 1 : 0);
	};

	for (let index = 0; index < workDays.length; index++) {
		const day = workDays[index]!;
		const month = day.month;
		const column = day.schoolDay ? month : 12 + month;
		const todayFrom = remoteTail;
		for (let s = 0; s < model.schools; s++) {
			const limit = limits[s * 24 + column]!;
			if (limit === NO_ARRIVALS) continue;
			const count = poissonBelow(limit, random);
			for (let n = 0; n < count; n++) {
				const id = requests.add(index, DAY_START_HOUR + random() * DAY_HOURS, month);
				arrivedByMonth[month]!++;
				const u = random();
				let c = 0;
				while (c < cumulative.length - 1 && u >= cumulative[c]!) c++;
				if (random() < remote[c]!) {
					if (remoteTail === remoteQueue.length) {
						const grown = new Int32Array(remoteQueue.length * 2);
						grown.set(remoteQueue);
						remoteQueue = grown;
					}
					remoteQueue[remoteTail++] = id;
				} else {
					if (lastAtSchool[s] === -1) firstAtSchool[s] = id;
					else requests.nextAtSchool[lastAtSchool[s]!] = id;
					lastAtSchool[s] = id;
					onsiteWaiting++;
				}
			}
		}
		// The day's remote arrivals join the queue by hour; an insertion sort keeps equal hours in arrival order, as a stable sort does.
		for (let i = todayFrom + 1; i < remoteTail; i++) {
			const id = remoteQueue[i]!;
			const hour = requests.hour[id]!;
			let j = i - 1;
			while (j >= todayFrom && requests.hour[remoteQueue[j]!]! > hour) {
				remoteQueue[j + 1] = remoteQueue[j]!;
				j--;
			}
			remoteQueue[j + 1] = id;
		}
		// A fractional capacity is spread evenly: 2.5 slots a day are 2 and 3 on alternate days.
		for (
			let slots = Math.floor(capacity * (index + 1)) - Math.floor(capacity * index);
			slots > 0 && remoteHead < remoteTail;
			slots--
		) {
			handle(remoteQueue[remoteHead++]!, index, true);
			handledRemote++;
		}
		// A visit handles everything waiting at the school, that day's arrivals included.
		for (const s of visitsOn[day.weekday - 1] ?? []) {
			for (let id = firstAtSchool[s]!; id !== -1; id = requests.nextAtSchool[id]!) {
				handle(id, index, false);
				handledOnsite++;
				onsiteWaiting--;
			}
			firstAtSchool[s] = -1;
			lastAtSchool[s] = -1;
		}
		backlogPeak = Math.max(backlogPeak, remoteTail - remoteHead + onsiteWaiting);
	}
	const open = Array.from(remoteQueue.subarray(remoteHead, remoteTail));
	for (let s = 0; s < model.schools; s++)
		for (let id = firstAtSchool[s]!; id !== -1; id = requests.nextAtSchool[id]!) open.push(id);
	return {
		arrived: requests.count,
		handledOnsite,
		handledRemote,
		backlog: open.length,
		...handledWaits(requests, handledRequest, handledDay),
		handledDay: Int32Array.from(handledDay),
		handledRemotely: Uint8Array.from(handledRemotely),
		...openWaits(requests, open, workDays.length),
		backlogPeak,
		arrivedByMonth,
		remoteSlots: capacity * workDays.length
	};
}

// Typed arrays filled in plain loops: `TypedArray.from(list, map)` is many times slower in V8.

/** Each handled request's wait in work days and in working hours, and its arrival month. */
function handledWaits(
	requests: Requests,
	ids: readonly number[],
	days: readonly number[]
): Pick<YearResult, 'waitDays' | 'waitHours' | 'arrivalMonth'> {
	const waitDays = new Float64Array(ids.length);
	const waitHours = new Float64Array(ids.length);
	const arrivalMonth = new Uint8Array(ids.length);
	for (let i = 0; i < ids.length; i++) {
		const id = ids[i]!;
		const arrivedHour = requests.hour[id]!;
		const wait = days[i]! - requests.day[id]!;
		const hour = wait === 0 ? arrivedHour : DAY_START_HOUR;
		waitDays[i] = wait;
		waitHours[i] = wait * DAY_HOURS + Math.max(0, hour - arrivedHour);
		arrivalMonth[i] = requests.month[id]!;
	}
	return { waitDays, waitHours, arrivalMonth };
}

/** Each request still waiting at the year's end: work days since it arrived, and its arrival month. */
function openWaits(
	requests: Requests,
	ids: readonly number[],
	workDays: number
): Pick<YearResult, 'openWaitDays' | 'openArrivalMonth'> {
	const openWaitDays = new Float64Array(ids.length);
	const openArrivalMonth = new Uint8Array(ids.length);
	for (let i = 0; i < ids.length; i++) {
		openWaitDays[i] = workDays - requests.day[ids[i]!]!;
		openArrivalMonth[i] = requests.month[ids[i]!]!;
	}
	return { openWaitDays, openArrivalMonth };
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

/**
 * `quantile` of sorted whole numbers given as counts (counts[v] values equal to v, `total` in all):
 * the same figure without sorting them.
 */
export function countedQuantile(counts: ArrayLike<number>, total: number, q: number): number {
	if (total === 0) return NaN;
	const at = (total - 1) * q;
	const lo = Math.floor(at);
	const hi = Math.ceil(at);
	const valueAt = (rank: number) => {
		let seen = 0;
		for (let v = 0; v < counts.length; v++) {
			seen += counts[v]!;
			if (seen > rank) return v;
		}
		return NaN;
	};
	const low = valueAt(lo);
	const high = hi === lo ? low : valueAt(hi);
	return low + (high - low) * (at - lo);
}

/**
 * A year's waits in work days, counted: they are whole numbers from 0 to the year's work days, so
 * counting gives their quantiles without a sort. Row 12 counts every wait, row m (0 = April) those
 * of the requests that arrived in fiscal month m; handled and still waiting alike.
 */
function countWaitDays(year: YearResult, workDays: number): { counts: Int32Array[]; totals: number[] } {
	const counts = Array.from({ length: 13 }, () => new Int32Array(workDays + 1));
	const totals = new Array<number>(13).fill(0);
	const add = (wait: number, month: number) => {
		counts[month]![wait]!++;
		counts[12]![wait]!++;
		totals[month]!++;
		totals[12]!++;
	};
	year.waitDays.forEach((wait, i) => add(wait, year.arrivalMonth[i]!));
	year.openWaitDays.forEach((wait, i) => add(wait, year.openArrivalMonth[i]!));
	return { counts, totals };
}

/** Every wait of the year in working hours, handled and still waiting, sorted. */
function sortedWaitHours(year: YearResult): Float64Array {
	const all = new Float64Array(year.waitHours.length + year.openWaitDays.length);
	all.set(year.waitHours);
	year.openWaitDays.forEach((days, i) => (all[year.waitHours.length + i] = days * DAY_HOURS));
	return all.sort();
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
	const prepared = prepare(model);
	for (let run = 0; run < runs; run++) {
		const year = simulatePreparedYear(prepared, seed, run);
		const days = countWaitDays(year, prepared.workDays.length);
		const hours = sortedWaitHours(year);
		figures.medianWaitDays.push(countedQuantile(days.counts[12]!, days.totals[12]!, 0.5));
		figures.p90WaitDays.push(countedQuantile(days.counts[12]!, days.totals[12]!, 0.9));
		figures.medianWaitHours.push(quantile(hours, 0.5));
		figures.p90WaitHours.push(quantile(hours, 0.9));
		// A wait of 0 days is a request handled the day it arrived: one still waiting at the year's end has waited at least a day.
		figures.sameDayShare.push(year.arrived > 0 ? days.counts[12]![0]! / year.arrived : NaN);
		figures.remoteShareHandled.push(year.arrived > 0 ? year.handledRemote / year.arrived : NaN);
		figures.backlogPeak.push(year.backlogPeak);
		figures.backlog.push(year.backlog);
		figures.arrived.push(year.arrived);
		figures.remoteUtilisation.push(year.remoteSlots > 0 ? year.handledRemote / year.remoteSlots : NaN);
		months.forEach((m, i) => {
			m.median.push(countedQuantile(days.counts[i]!, days.totals[i]!, 0.5));
			m.p90.push(countedQuantile(days.counts[i]!, days.totals[i]!, 0.9));
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
