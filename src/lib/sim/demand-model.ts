/**
 * The demand simulation's inputs from the data: arrival rates per school, month and kind of day
 * from the usage log (rate by school and month), else per student (the log's rate over all its
 * schools, else an assumption) with the seasonal load of docs/domain.md, "Calendar"; the category mix; and, per
 * scenario, the visit weekdays of its schedule and its remote capacity.
 */
import { BREAK_LOAD, monthLoad, type CalendarDay } from '$lib/domain/school-calendar';
import { REQUEST_CATEGORIES, WEEKDAYS, type RequestCategory } from '$lib/domain/tables';
import { FISCAL_MONTHS } from '$lib/domain/fiscal-year';
import type { WeeklySchedule } from '$lib/domain/schedule/types';
import type { ScenarioSetup } from '$lib/domain/scenario/apply';
import { helpDeskShare } from '$lib/domain/scenario/cost';
import type { SchoolMonthRequests } from '$lib/domain/demand';
import { fiscalMonthIndex, type DemandModel } from './demand';

/** Assumption when there is no log: requests per student per school day in an ordinary month (the sample's rate). */
export const DEFAULT_REQUESTS_PER_STUDENT_DAY = 0.0007;

/** Assumption when there is no log: the category mix of a typical board's log. */
export const DEFAULT_CATEGORY_MIX: Record<RequestCategory, number> = {
	lesson: 0.39,
	admin: 0.16,
	environment: 0.33,
	training: 0.12
};

export interface SchoolRates {
	/** Requests per school day and per work day in a break, by fiscal month (0 = April). */
	schoolDay: number[];
	breakDay: number[];
	source: 'log' | 'per_student';
}

export interface DemandRates {
	bySchool: Map<string, SchoolRates>;
	/** Requests per student per school day and per break day, by fiscal month. */
	perStudent: { schoolDay: number[]; breakDay: number[]; source: 'log' | 'assumption' };
	mix: Record<RequestCategory, number>;
	mixSource: 'log' | 'assumption';
}

interface RateSchool {
	school_code: string;
	employer_code: string;
	students: number | null;
}

function dayCounts(days: readonly CalendarDay[]): { school: number[]; breaks: number[] } {
	const school = new Array<number>(12).fill(0);
	const breaks = new Array<number>(12).fill(0);
	for (const d of days) if (d.workDay) (d.schoolDay ? school : breaks)[fiscalMonthIndex(d.month)]!++;
	return { school, breaks };
}

const perDay = (counts: readonly number[], days: readonly number[]) =>
	counts.map((n, m) => (days[m]! > 0 ? n / days[m]! : 0));

/**
 * Rates for every school: from its own log when its employer logs requests that year (a school
 * with none then has a rate of 0), else its students × the per-student rate.
 */
export function estimateRates(
	days: readonly CalendarDay[],
	schools: readonly RateSchool[],
	counts: readonly SchoolMonthRequests[],
	mix: readonly { category: RequestCategory; requests: number }[]
): DemandRates {
	const { school: schoolDays, breaks: breakDays } = dayCounts(days);
	const own = new Map<string, { school: number[]; breaks: number[] }>();
	for (const r of counts) {
		const entry = own.get(r.school_code) ?? {
			school: new Array<number>(12).fill(0),
			breaks: new Array<number>(12).fill(0)
		};
		(r.schoolDay ? entry.school : entry.breaks)[fiscalMonthIndex(r.month)]! += r.requests;
		own.set(r.school_code, entry);
	}
	// A request logged on a weekend or holiday counts with the month's break days; a month without
	// any (term all month) counts it with its school days, so that no logged request is lost.
	for (const entry of own.values())
		breakDays.forEach((n, m) => {
			if (n > 0) return;
			entry.school[m]! += entry.breaks[m]!;
			entry.breaks[m] = 0;
		});
	const logging = new Set(schools.filter((s) => own.has(s.school_code)).map((s) => s.employer_code));
	const logged = schools.filter((s) => logging.has(s.employer_code));
	const students = logged.reduce((n, s) => n + (s.students ?? 0), 0);
	let perStudent: DemandRates['perStudent'];
	if (students > 0) {
		const sum = (pick: 'school' | 'breaks') =>
			FISCAL_MONTHS.map((_, m) => logged.reduce((n, s) => n + (own.get(s.school_code)?.[pick][m] ?? 0), 0) / students);
		perStudent = {
			schoolDay: perDay(sum('school'), schoolDays),
			breakDay: perDay(sum('breaks'), breakDays),
			source: 'log'
		};
	} else {
		const rate = FISCAL_MONTHS.map((m) => DEFAULT_REQUESTS_PER_STUDENT_DAY * monthLoad(m));
		perStudent = {
			schoolDay: rate,
			breakDay: FISCAL_MONTHS.map(() => DEFAULT_REQUESTS_PER_STUDENT_DAY * BREAK_LOAD),
			source: 'assumption'
		};
	}
	const bySchool = new Map<string, SchoolRates>();
	for (const s of schools) {
		if (logging.has(s.employer_code)) {
			const c = own.get(s.school_code);
			bySchool.set(s.school_code, {
				schoolDay: c ? perDay(c.school, schoolDays) : new Array<number>(12).fill(0),
				breakDay: c ? perDay(c.breaks, breakDays) : new Array<number>(12).fill(0),
				source: 'log'
			});
		} else {
			const n = s.students ?? 0;
			bySchool.set(s.school_code, {
				schoolDay: perStudent.schoolDay.map((r) => r * n),
				breakDay: perStudent.breakDay.map((r) => r * n),
				source: 'per_student'
			});
		}
	}
	const total = mix.reduce((n, c) => n + c.requests, 0);
	const logMix = Object.fromEntries(
		REQUEST_CATEGORIES.map((c) => [c, (mix.find((m) => m.category === c)?.requests ?? 0) / (total || 1)])
	) as Record<RequestCategory, number>;
	return {
		bySchool,
		perStudent,
		mix: total > 0 ? logMix : { ...DEFAULT_CATEGORY_MIX },
		mixSource: total > 0 ? 'log' : 'assumption'
	};
}

/** Weekdays (1 = Monday … 5 = Friday) each school is visited in the schedule. */
export function visitWeekdays(schedule: WeeklySchedule): Map<string, number[]> {
	const days = new Map<string, number[]>();
	for (const plan of schedule.days)
		for (const school of plan.schools) {
			const list = days.get(school) ?? [];
			const weekday = WEEKDAYS.indexOf(plan.day) + 1;
			if (!list.includes(weekday)) list.push(weekday);
			days.set(school, list.sort());
		}
	return days;
}

/** Requests a school is expected to ask in the year (Σ its rate over the work days): where spare visits go first. */
export function expectedRequests(days: readonly CalendarDay[], rates: DemandRates): Map<string, number> {
	const counts = dayCounts(days);
	return new Map(
		[...rates.bySchool].map(([id, r]) => [
			id,
			counts.school.reduce((n, c, m) => n + c * (r.schoolDay[m] ?? 0), 0) +
				counts.breaks.reduce((n, c, m) => n + c * (r.breakDay[m] ?? 0), 0)
		])
	);
}

/** What remote capacity is computed from: the scenario's staff, remote support and desk (a share of it when shared). */
type RemoteSetup = Pick<ScenarioSetup, 'instance' | 'remote' | 'helpDesk'> & { helpDeskInScope?: number };

/** What the remote capacity is made of: the week's staff-days, their slots, and the desk's share. */
export interface RemoteSlots {
	staffDays: number;
	visitDaySlots: number;
	officeDaySlots: number;
	helpDeskPerDay: number;
}

export function remoteSlots(setup: RemoteSetup): RemoteSlots {
	return {
		staffDays: setup.instance.staff.reduce((n, s) => n + s.days, 0),
		visitDaySlots: setup.remote.staffSlotsPerDay,
		officeDaySlots: setup.remote.officeSlotsPerDay,
		helpDeskPerDay: helpDeskShare(setup.helpDesk, setup.helpDeskInScope).capacityPerDay
	};
}

/**
 * Remote requests a work day (docs/domain.md, "One staff-day"): each staff member's slots on a day
 * of visits, more on a staff-day without a visit (spent at the base), plus the scope's share of
 * the help desk. `visitDays` are the week's staff-days with visits; all of them when not known.
 */
export function remoteCapacity(slots: RemoteSlots, visitDays = slots.staffDays): number {
	const visiting = Math.max(0, Math.min(slots.staffDays, visitDays));
	return (
		(slots.visitDaySlots * visiting + slots.officeDaySlots * (slots.staffDays - visiting)) / 5 + slots.helpDeskPerDay
	);
}

/** A scenario's year of demand, before its schedule: `withVisits` completes it. */
export interface ScenarioDemand extends DemandModel {
	/** Remote capacity once the schedule says how many staff-days visit schools. */
	slots: RemoteSlots;
}

/** The scenario's year without its visits: the scope's located schools with their rates; remote help only where there is capacity. */
export function demandModel(days: readonly CalendarDay[], rates: DemandRates, setup: RemoteSetup): ScenarioDemand {
	const slots = remoteSlots(setup);
	// Remote help is offered when any staff-day or the desk could take a request.
	const capacity = Math.max(remoteCapacity(slots), remoteCapacity(slots, 0));
	return {
		days,
		schools: setup.instance.schools.map((s) => {
			const r = rates.bySchool.get(s.id);
			return { id: s.id, ratePerSchoolDay: r?.schoolDay ?? [], ratePerBreakDay: r?.breakDay ?? [], visitWeekdays: [] };
		}),
		categories: REQUEST_CATEGORIES.map((c) => ({
			share: rates.mix[c],
			remoteShare: capacity > 0 ? setup.remote.shares[c] : 0
		})),
		remoteCapacityPerDay: remoteCapacity(slots),
		slots
	};
}

/** The model with each school visited on the weekdays the schedule gives it, and the remote capacity its staff-days leave. */
export function withVisits(model: DemandModel | ScenarioDemand, schedule: WeeklySchedule): DemandModel {
	const visits = visitWeekdays(schedule);
	const schools = model.schools.map((s) => ({ ...s, visitWeekdays: visits.get(s.id) ?? [] }));
	if (!('slots' in model)) return { ...model, schools };
	return { ...model, schools, remoteCapacityPerDay: remoteCapacity(model.slots, schedule.days.length) };
}
