/**
 * The school calendar of a fiscal year (年度, 1 April – 31 March) as local 'YYYY-MM-DD' dates:
 * national holidays from a maintained package (@holiday-jp/holiday_jp), the boards' year-end
 * closure, and school breaks a user may set. Dates are stepped with Date.UTC only to get weekdays,
 * so nothing depends on the machine's time zone (docs/data-formats.md, "Values": never shift a date through UTC).
 */
import holidayJp from '@holiday-jp/holiday_jp';

export type Season = 'term' | 'spring_break' | 'summer_break' | 'winter_break';

export interface CalendarDay {
	/** 'YYYY-MM-DD' */
	date: string;
	month: number;
	/** 0 = Sunday … 6 = Saturday */
	weekday: number;
	holiday: boolean;
	season: Season;
	/** The boards of education (and their staff) work: a weekday, not a holiday, not 29 Dec – 3 Jan. */
	workDay: boolean;
	/** A work day in term time: pupils are in school. */
	schoolDay: boolean;
}

/** A break from one month-day to another, inclusive ('MM-DD'); a winter break may run over the new year. */
export interface SchoolBreak {
	season: Exclude<Season, 'term'>;
	from: string;
	to: string;
}

/** A typical prefecture's breaks (an assumption the user may change); the sample uses these for 令和7年度. */
export const DEFAULT_BREAKS: readonly SchoolBreak[] = [
	{ season: 'spring_break', from: '03-25', to: '04-07' },
	{ season: 'summer_break', from: '07-19', to: '08-31' },
	{ season: 'winter_break', from: '12-25', to: '01-07' }
];

const pad2 = (n: number) => String(n).padStart(2, '0');

function seasonOf(monthDay: string, breaks: readonly SchoolBreak[]): Season {
	for (const b of breaks) {
		const inside = b.from <= b.to ? monthDay >= b.from && monthDay <= b.to : monthDay >= b.from || monthDay <= b.to;
		if (inside) return b.season;
	}
	return 'term';
}

/** 年末年始 (29 Dec – 3 Jan): offices close, though only 1 January is a national holiday. */
const isYearEndClosure = (month: number, day: number) => (month === 12 && day >= 29) || (month === 1 && day <= 3);

export function isNationalHoliday(date: string): boolean {
	return Object.hasOwn(holidayJp.holidays, date);
}

export function fiscalYearDays(fiscalYear: number, breaks: readonly SchoolBreak[] = DEFAULT_BREAKS): CalendarDay[] {
	const days: CalendarDay[] = [];
	const start = Date.UTC(fiscalYear, 3, 1);
	const end = Date.UTC(fiscalYear + 1, 2, 31);
	for (let t = start; t <= end; t += 86_400_000) {
		const d = new Date(t);
		const month = d.getUTCMonth() + 1;
		const day = d.getUTCDate();
		const date = `${d.getUTCFullYear()}-${pad2(month)}-${pad2(day)}`;
		const weekday = d.getUTCDay();
		const holiday = isNationalHoliday(date);
		const season = seasonOf(`${pad2(month)}-${pad2(day)}`, breaks);
		const workDay = weekday >= 1 && weekday <= 5 && !holiday && !isYearEndClosure(month, day);
		days.push({ date, month, weekday, holiday, season, workDay, schoolDay: workDay && season === 'term' });
	}
	return days;
}

/**
 * Seasonal load of support requests (docs/domain.md, "Cases": 伊勢原市): April accounts, new devices and
 * SSO; May still busy; term-end device checks in July and December; March wipes graduates' devices.
 */
export const MONTH_LOAD: Readonly<Record<number, number>> = { 4: 2.2, 5: 1.3, 7: 1.2, 12: 1.2, 3: 1.8 };

export function monthLoad(month: number): number {
	return MONTH_LOAD[month] ?? 1;
}

/** In breaks a few requests still arrive (devices, network), at this share of the term rate. */
export const BREAK_LOAD = 0.15;
