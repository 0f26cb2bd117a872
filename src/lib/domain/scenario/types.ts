/**
 * What-if scenarios (docs/design.md, "Screens"): each a small named document of changes over the baseline (the
 * loaded data), never a copy of it. A book holds the scope they are about, the assumptions they
 * share (costs, remote support, the simulation's seed) and up to four scenarios.
 */
import type { EmploymentType, RequestCategory } from '../tables';
import type { VisitPolicy } from '../schedule/visit-policy';
import type { SchoolBreak } from '../school-calendar';

/** Where added staff start their day: an employer's office, a school used as a hub, or a point on the map. */
export type StaffBase =
	| { kind: 'office'; employer: string }
	| { kind: 'school'; school: string }
	| { kind: 'point'; lat: number; lon: number };

/** `count` staff added alike ("+3 staff at the board, 5 days a week, contracted"). */
export interface AddedStaff {
	count: number;
	base: StaffBase;
	/** Days worked per week, 1–5. */
	days: number;
	employment: EmploymentType;
	/** Annual cost of one of them at 5 days a week (yen); null = the assumption for the employment type. */
	unitCost: number | null;
}

/**
 * Remote support: the share of each category resolvable remotely, and the remote requests a staff
 * member takes a working day — on a day of school visits, and on a day without one, spent at the
 * base (docs/domain.md, "One staff-day").
 */
export interface RemoteSupport {
	shares: Record<RequestCategory, number>;
	staffSlotsPerDay: number;
	officeSlotsPerDay: number;
}

/** A help desk: the municipality's own, or shared by `members` municipalities (capacity and cost split evenly). */
export interface HelpDesk {
	mode: 'none' | 'own' | 'shared';
	/** Remote requests the whole desk handles per work day. */
	capacityPerDay: number;
	/** Annual cost of the whole desk (yen). */
	annualCost: number;
	members: number;
}

export interface Scenario {
	id: string;
	name: string;
	addStaff: AddedStaff[];
	/** Staff ids of the baseline taken away. */
	removeStaff: string[];
	/** The visit policy; null = the baseline's (the schedule screen's). */
	visitPolicy: VisitPolicy | null;
	/** Remote support; null = the book's assumption. */
	remote: RemoteSupport | null;
	/** The help desk; null = the baseline's. */
	helpDesk: HelpDesk | null;
	/**
	 * A scope of several employers: their staff plan one schedule over all their schools (shared
	 * staff). Absent or false: each staff member serves the own employer's schools, as today.
	 */
	poolStaff?: boolean;
}

/** Assumptions every scenario shares unless it says otherwise; each shown as "assumption — editable". */
export interface ScenarioAssumptions {
	/** Annual cost of one full-time staff member by employment type (yen), when the data gives none. */
	unitCosts: Record<EmploymentType, number>;
	remote: RemoteSupport;
	/** The help desk as it is today. */
	helpDesk: HelpDesk;
	/** Spread every staff-day over the schools (the policy's visits are the least each gets). */
	spreadStaffDays: boolean;
	/** School visits one staff-day makes when spread: 2 = a morning at one school, an afternoon at another. */
	visitsPerStaffDay: number;
	/** The school breaks of the simulated year (national holidays come from the holiday package). */
	breaks: SchoolBreak[];
	/** Monte Carlo seed and runs. */
	seed: number;
	runs: number;
}

export interface ScenarioBook {
	/** Employer codes the scenarios are about; several = their schools and staff pooled. */
	scope: string[];
	assumptions: ScenarioAssumptions;
	/** The scenarios of this scope, and of this scope only. */
	scenarios: Scenario[];
	/**
	 * The scenarios made for other scopes, by `scopeKey` (book.ts), put away when another scope was
	 * chosen and back when theirs is: a scenario never follows the user to another employer.
	 */
	shelved?: Record<string, Scenario[]>;
}

export const MAX_SCENARIOS = 4;
