/**
 * One fiscal year of support requests (support_requests), day by day: Poisson arrivals per school
 * and day at a rate that grows with the school's size, times the seasonal load of the month, and a
 * trickle during breaks. Rows are emitted as CSV text one day at a time, already in time order,
 * so the national set (millions of rows) streams to disk without being held in memory.
 */
import type { RequestCategory, RequestMode } from '../../src/lib/domain/tables';
import { BREAK_LOAD, fiscalYearDays, monthLoad, type CalendarDay } from '../../src/lib/domain/school-calendar';
import { columnsOf } from './csv';
import type { Rng } from './random';

export interface RequestSchool {
	school_code: string;
	students: number;
}

export interface RequestOptions {
	fiscalYear: number;
	/** Digits of the running number in request_id (R2025-000001: 6). */
	idDigits: number;
	/** Multiplies every rate; the national set uses it to reach its volume. */
	rateScale?: number;
}

export interface RequestSummary {
	rows: number;
	/** Requests per 'YYYY-MM'. */
	byMonth: Map<string, number>;
}

/** The line builder below writes columns in this order; it must match tables.ts. */
const COLUMNS = ['request_id', 'requested_at', 'school_code', 'category', 'mode', 'minutes', 'resolved_at'];
if (columnsOf('support_requests').join() !== COLUMNS.join())
	throw new Error('support_requests columns changed in tables.ts');

/** Requests per school day for a school of this size (the brief: ≈ 0.06 + students / 3000). */
export function baseRate(students: number): number {
	return 0.06 + students / 3000;
}

/**
 * Schools differ in how much they use ICT (keen teachers, device age): a per-school factor,
 * log-normal around 1.3, which also lifts the sample year into the 20,000–30,000 range.
 */
const ACTIVITY_MEDIAN = 1.3;
const ACTIVITY_SIGMA = 0.3;

function activityFactor(rng: Rng): number {
	return rng.logNormal(ACTIVITY_MEDIAN, ACTIVITY_SIGMA);
}

/** Expected number of requests in the year (before rateScale): lets the national set size its volume. */
export function expectedRequests(schools: readonly RequestSchool[], fiscalYear: number): number {
	const meanActivity = ACTIVITY_MEDIAN * Math.exp((ACTIVITY_SIGMA * ACTIVITY_SIGMA) / 2);
	const load = fiscalYearDays(fiscalYear)
		.filter((d) => d.workDay)
		.reduce((sum, d) => sum + (d.schoolDay ? monthLoad(d.month) : BREAK_LOAD), 0);
	return schools.reduce((sum, s) => sum + baseRate(s.students), 0) * meanActivity * load;
}

type Mix = Readonly<Record<RequestCategory, number>>;

/**
 * Leaflet areas, term time. With April's and the breaks' shifts the year comes out near lesson 40%,
 * environment 33%, admin 15%, training 12%.
 */
const TERM_MIX: Mix = { lesson: 0.44, admin: 0.15, environment: 0.29, training: 0.12 };
/** April: accounts, new devices, SSO. */
const APRIL_MIX: Mix = { lesson: 0.28, admin: 0.22, environment: 0.42, training: 0.08 };
/** March: wiping graduates' devices, annual renewal. */
const MARCH_MIX: Mix = { lesson: 0.34, admin: 0.15, environment: 0.4, training: 0.11 };
/** Breaks: no lessons; devices and networks still need care. */
const BREAK_MIX: Mix = { lesson: 0, admin: 0.15, environment: 0.75, training: 0.1 };
/** August: the summer in-school training season (校内研修). */
const AUGUST_MIX: Mix = { lesson: 0, admin: 0.12, environment: 0.38, training: 0.5 };

function mixOf(day: CalendarDay): Mix {
	if (!day.schoolDay) return day.month === 8 ? AUGUST_MIX : BREAK_MIX;
	if (day.month === 4) return APRIL_MIX;
	if (day.month === 3) return MARCH_MIX;
	return TERM_MIX;
}

/** Hour of arrival on a school day: before lessons and after school are busier. */
const HOUR_WEIGHTS: Readonly<Record<string, number>> = {
	8: 0.14,
	9: 0.12,
	10: 0.12,
	11: 0.11,
	12: 0.09,
	13: 0.11,
	14: 0.11,
	15: 0.11,
	16: 0.09
};

/** Median handling minutes by area; the overall median comes out near 25. */
const MEDIAN_MINUTES: Readonly<Record<RequestCategory, number>> = {
	lesson: 20,
	admin: 20,
	environment: 30,
	training: 45
};
const REMOTE_SHARE: Readonly<Record<RequestCategory, number>> = {
	lesson: 0.25,
	admin: 0.6,
	environment: 0.35,
	training: 0.3
};

const DAY_START = 8 * 3600;
const DAY_END = 17 * 3600;
/** Work after this is finished the next work day. */
const LATEST_FINISH = 17 * 3600 + 45 * 60;

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;
const clock = (s: number) => `${pad2(Math.floor(s / 3600))}:${pad2(Math.floor((s % 3600) / 60))}:${pad2(s % 60)}`;

function arrivalSecond(rng: Rng, schoolDay: boolean): number {
	if (!schoolDay) return rng.int(DAY_START + 1800, DAY_END - 1);
	return Number(rng.weighted(HOUR_WEIGHTS)) * 3600 + rng.int(0, 3599);
}

/** Work days from the request's day until it is resolved: remote help is mostly same-day. */
function delayDays(rng: Rng, mode: RequestMode): number {
	const u = rng.float();
	if (mode === 'remote') return u < 0.88 ? 0 : u < 0.98 ? rng.int(1, 2) : rng.int(3, 5);
	return u < 0.65 ? 0 : u < 0.93 ? rng.int(1, 3) : rng.int(4, 8);
}

interface Arrival {
	second: number;
	school: number;
}

export function generateRequests(
	rng: Rng,
	schools: readonly RequestSchool[],
	options: RequestOptions,
	emit: (csvLines: string) => void
): RequestSummary {
	const days = fiscalYearDays(options.fiscalYear);
	const workDays = days.filter((d) => d.workDay);
	const scale = options.rateScale ?? 1;
	const rates = schools.map((s) => baseRate(s.students) * activityFactor(rng) * scale);
	const prefix = `R${options.fiscalYear}-`;
	const byMonth = new Map<string, number>();
	let serial = 0;

	workDays.forEach((day, w) => {
		const load = day.schoolDay ? monthLoad(day.month) : BREAK_LOAD;
		const arrivals: Arrival[] = [];
		for (let i = 0; i < schools.length; i++) {
			const n = rng.poisson(rates[i]! * load);
			for (let k = 0; k < n; k++) arrivals.push({ second: arrivalSecond(rng, day.schoolDay), school: i });
		}
		// request_id follows time order; same-second arrivals keep school order.
		arrivals.sort((a, b) => a.second - b.second || a.school - b.school);
		const mix = mixOf(day);
		let out = '';
		for (const a of arrivals) {
			const category = rng.weighted(mix);
			const mode: RequestMode = rng.chance(REMOTE_SHARE[category]) ? 'remote' : 'onsite';
			const minutes = Math.min(240, Math.max(5, Math.round(rng.logNormal(MEDIAN_MINUTES[category], 0.7))));
			const resolvedAt = resolve(rng, day, w, a.second, mode, minutes, workDays);
			serial++;
			out += `${prefix}${String(serial).padStart(options.idDigits, '0')},${day.date} ${clock(a.second)},${schools[a.school]!.school_code},${category},${mode},${minutes},${resolvedAt ?? ''}\n`;
		}
		if (arrivals.length) {
			const key = day.date.slice(0, 7);
			byMonth.set(key, (byMonth.get(key) ?? 0) + arrivals.length);
			emit(out);
		}
	});
	return { rows: serial, byMonth };
}

/**
 * When the request was closed: the same day after a wait and the handling time, or a later work
 * day (an on-site job waits for the next visit). Blank when it was still open at the end of the
 * fiscal year (about 2%: rarely for old requests, often for March's).
 */
function resolve(
	rng: Rng,
	day: CalendarDay,
	w: number,
	second: number,
	mode: RequestMode,
	minutes: number,
	workDays: readonly CalendarDay[]
): string | null {
	if (rng.chance(day.month === 3 ? 0.07 : 0.01)) return null;
	let later = delayDays(rng, mode);
	let finish: number;
	if (later === 0) {
		const wait = Math.min(240, Math.max(1, Math.round(rng.logNormal(mode === 'remote' ? 15 : 45, 0.8))));
		finish = second + (wait + minutes) * 60;
		if (finish > LATEST_FINISH) {
			later = 1;
			finish = 8 * 3600 + 1800 + minutes * 60 + rng.int(0, 3599);
		}
	} else finish = rng.int(8 * 3600 + 1800, 16 * 3600) + minutes * 60;
	const target = workDays[w + later];
	if (!target) return null;
	return `${target.date} ${clock(Math.min(finish, LATEST_FINISH))}`;
}
