/**
 * The weekly patrol schedule of one employer's ICT support staff (docs/domain.md, "Schedule"): who visits which
 * schools on which weekday, in what order, and what could not be fitted.
 */
import type { Weekday } from '../tables';

export interface GeoPoint {
	lat: number;
	lon: number;
}

/** How an island school is reached: drive to the port, wait, cross (docs/data-formats.md, ferries). */
export interface FerryLink {
	port: GeoPoint;
	crossingMinutes: number;
	waitMinutes: number;
}

/** Anything travel is measured between: a school or a staff member's base. */
export interface Place {
	id: string;
	at: GeoPoint;
	ferry: FerryLink | null;
}

export interface SchoolSite extends Place {
	name: string;
	/** Visit days asked of the week: the policy's, plus any the staff-days leave over for it (visit-spread.ts). */
	visits: number;
	/**
	 * Of `visits`, those the visit policy asks (the rest are wanted but may go when staff-days are
	 * short: the optimiser drops them before any of these). Absent: all of them.
	 */
	required?: number;
}

export interface StaffMember {
	id: string;
	name: string;
	/** Days worked per week, Monday to Friday. */
	days: number;
	/** Working minutes per day (hours_per_day × 60): travel plus time on site. */
	minutesPerDay: number;
	base: Place;
}

/** A school fixed to a staff member (all its visits) and/or to a weekday (one of its visits). */
export interface Pin {
	school: string;
	staff?: string;
	day?: Weekday;
	/** Set when the planner moved the visit there on the timetable, rather than pinning it where it was. */
	moved?: true;
}

/** One day of the week the planner last edited (types.ts, ScheduleInstance.basis). */
export type BasisDay = Pick<DayPlan, 'staff' | 'day' | 'schools'>;

export interface ScheduleInstance {
	schools: SchoolSite[];
	staff: StaffMember[];
	pins: Pin[];
	/** Least time on site per visit; a day of 2–3 schools splits the day but keeps this much at each. */
	minOnsiteMinutes: number;
	/** Schools one staff member can visit in one day (1–3). */
	maxSchoolsPerDay: number;
	/**
	 * The week the planner last edited (moved or pinned a visit in): a visit the new week makes
	 * otherwise costs a little, so that a rebuild keeps the others where they were when the travel allows.
	 */
	basis?: readonly BasisDay[];
	/** 担当制: every visit to a school by one staff member (柏市 runs its schools this way). */
	oneStaffPerSchool?: boolean;
}

/** One staff member's working day: the schools in visiting order, from the base and back. */
export interface DayPlan {
	staff: string;
	day: Weekday;
	schools: string[];
	travelMinutes: number;
}

export type UnmetReason = 'capacity' | 'unreachable' | 'spread';

/** Visits a school needs but does not get in the schedule, and why. */
export interface UnmetVisits {
	school: string;
	missing: number;
	reason: UnmetReason;
}

export interface WeeklySchedule {
	days: DayPlan[];
	unmet: UnmetVisits[];
	travelMinutes: number;
	/** Proven lower bound on the travel of any schedule that makes the same visits. */
	lowerBound: number;
	/** (travel − bound) ÷ travel; 0 when the schedule is proven optimal. */
	gap: number;
	method: 'exact' | 'heuristic';
	/**
	 * Set when the optimiser's safety time limit, not its work limits, stopped the search: the week
	 * and its gap may then differ from what a faster or quieter machine finds (the bound still holds).
	 */
	cutShort?: true;
}
