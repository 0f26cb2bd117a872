/**
 * How many staff each employer has, who they are, and today's weekly placement.
 *
 * Each employer gets a policy: 'none' (deploys no ICT支援員), 'dense' (at or better than the plan's
 * 1 per 4 schools) or 'sparse' (worse than 1 per 4, but each school still gets a weekly visit, so
 * between 4 and 5 schools per staff member). The counts are then balanced to a prefecture-wide
 * total without moving any employer across the 1-per-4 line, so the national shares the sample
 * imitates (30% none, about half at 1 per 4) survive the balancing.
 */
import { WEEKDAYS, type EmploymentType, type Weekday } from '../../src/lib/domain/tables';
import { PLAN } from '../../src/lib/domain/plan';
import type { LatLon } from './geography';
import { offsetKm } from './geography';
import type { Rng } from './random';
import type { AssignmentRow, StaffRow } from './types';

export type StaffPolicy = 'none' | 'dense' | 'sparse';

const TARGET = PLAN.schoolsPerStaffTarget;
/** A staff member visits one school per working day; a 5-day week caps a patrol at 5 schools. */
const MAX_SCHOOLS_PER_STAFF = 5;

export interface EmployerStaffing {
	code: string;
	schools: number;
	policy: StaffPolicy;
	staff: number;
}

/** A 'sparse' employer needs a head count with 4 < schools ÷ staff ≤ 5; some school counts have none (16: 4.0 or 5.3). */
export function sparseFeasible(schools: number): boolean {
	return schools >= 5 && schools / Math.ceil(schools / MAX_SCHOOLS_PER_STAFF) > TARGET;
}

/** First guess: dense employers at a drawn ratio between denseLow and 4, sparse ones at ⌈schools ÷ 5⌉. */
export function initialStaff(rng: Rng, schools: number, policy: StaffPolicy, denseLow: number): number {
	if (policy === 'none' || schools === 0) return 0;
	if (policy === 'sparse') return Math.ceil(schools / MAX_SCHOOLS_PER_STAFF);
	return Math.max(1, Math.ceil(schools / rng.range(denseLow, TARGET)));
}

const ratio = (e: EmployerStaffing, staff = e.staff) => e.schools / staff;

/** The fewest staff the policies allow: dense employers at exactly 1 per 4, sparse ones at 1 per 5. */
export function minimumStaff(employers: readonly EmployerStaffing[]): number {
	return employers.reduce(
		(sum, e) =>
			sum +
			(e.policy === 'dense'
				? Math.ceil(e.schools / TARGET)
				: e.policy === 'sparse'
					? Math.ceil(e.schools / MAX_SCHOOLS_PER_STAFF)
					: 0),
		0
	);
}

/**
 * Adds or removes staff one at a time until the total is `target`: adding to the dense employer
 * with the highest ratio (it stays dense), removing from the dense employer with the lowest ratio
 * while it stays at or under 4, else from a sparse one while every school keeps its weekly visit.
 * Ties go to the first employer in the list, so the result is deterministic.
 */
export function balanceStaff(employers: EmployerStaffing[], target: number): void {
	let total = employers.reduce((s, e) => s + e.staff, 0);
	const best = (candidates: EmployerStaffing[], better: (a: EmployerStaffing, b: EmployerStaffing) => boolean) =>
		candidates.reduce<EmployerStaffing | null>((acc, e) => (acc === null || better(e, acc) ? e : acc), null);
	while (total < target) {
		const e =
			best(
				employers.filter((x) => x.policy === 'dense'),
				(a, b) => ratio(a) > ratio(b)
			) ??
			best(
				employers.filter((x) => x.policy === 'sparse' && ratio(x, x.staff + 1) > TARGET),
				(a, b) => ratio(a) > ratio(b)
			);
		if (!e) throw new Error(`cannot add staff to reach ${target}`);
		e.staff++;
		total++;
	}
	while (total > target) {
		const e =
			best(
				employers.filter((x) => x.policy === 'dense' && x.staff > 1 && ratio(x, x.staff - 1) <= TARGET),
				(a, b) => ratio(a) < ratio(b)
			) ??
			best(
				employers.filter((x) => x.policy === 'sparse' && x.staff > 1 && ratio(x, x.staff - 1) <= MAX_SCHOOLS_PER_STAFF),
				(a, b) => ratio(a) < ratio(b)
			);
		if (!e) throw new Error(`cannot remove staff to reach ${target}`);
		e.staff--;
		total--;
	}
}

export interface Employer {
	/** 6-digit code of the municipality or prefecture that employs the staff. */
	code: string;
	office: LatLon;
}

export interface StaffOptions {
	/** Label used in names: 支援員{label}-01. */
	label: string;
	/** Where the base goes: the office with a small jitter (the sample keeps it on land). */
	placeBase: (office: LatLon) => LatLon;
	/** Schools the staff must cover with one visit day a week each: part-time days only if capacity allows. */
	schools: number;
}

const EMPLOYMENT_WEIGHTS: Record<EmploymentType, number> = { contract: 0.6, appointed: 0.3, regular: 0.1 };

/** Full-time annual cost ranges in yen (assumptions for the sample, not official figures). */
const COST_RANGE: Record<EmploymentType, readonly [number, number]> = {
	contract: [4_000_000, 4_600_000],
	appointed: [3_000_000, 3_600_000],
	regular: [5_500_000, 6_500_000]
};

/** Share of contract staff whose cost is left blank, so the app's default unit cost applies. */
const BLANK_CONTRACT_COST = 0.3;

export function makeStaff(rng: Rng, employer: Employer, count: number, options: StaffOptions): StaffRow[] {
	const rows: StaffRow[] = [];
	let days = 0;
	for (let i = 0; i < count; i++) {
		const employment = rng.weighted(EMPLOYMENT_WEIGHTS);
		// Regular employees work full time; others are sometimes part-time, if the schools stay covered.
		const partTime = employment !== 'regular' && rng.chance(0.25);
		let d = partTime ? (rng.chance(0.6) ? 4 : 3) : 5;
		if (days + d + MAX_SCHOOLS_PER_STAFF * (count - i - 1) < options.schools) d = 5;
		days += d;
		const hours = d < 5 && rng.chance(0.5) ? 6 : rng.chance(0.1) ? 6 : 7.75;
		const [lo, hi] = COST_RANGE[employment];
		const workload = (d * hours) / (5 * 7.75);
		const cost = Math.round((rng.range(lo, hi) * workload) / 1000) * 1000;
		const blank = employment === 'contract' && rng.chance(BLANK_CONTRACT_COST);
		const base = options.placeBase(employer.office);
		const n = String(i + 1).padStart(2, '0');
		rows.push({
			staff_id: `${employer.code.slice(0, 5)}-S${n}`,
			name: `支援員${options.label}-${n}`,
			employer_code: employer.code,
			employment,
			days_per_week: d,
			hours_per_day: hours,
			base_lat: base.lat,
			base_lon: base.lon,
			annual_cost: blank ? null : cost
		});
	}
	if (days < options.schools)
		throw new Error(`${employer.code}: ${days} staff-days cannot cover ${options.schools} schools`);
	return rows;
}

/** A small random offset from the office (no land test: the national set uses it). */
export function jitter(rng: Rng, p: LatLon, km: number): LatLon {
	const r = km * Math.sqrt(rng.float());
	const a = rng.float() * 2 * Math.PI;
	return offsetKm(p, r * Math.cos(a), r * Math.sin(a));
}

export interface VisitSchool {
	school_code: string;
	lat: number;
	lon: number;
	students: number;
}

/** Schools with at least this many pupils get a second visit day when the staff member has one spare. */
const BIG_SCHOOL = 450;

/** Working days of a part-timer, varied by position so the employer is covered all week. */
function weekdaysOf(days: number, index: number): Weekday[] {
	if (days >= 5) return [...WEEKDAYS];
	if (days === 4) return WEEKDAYS.filter((_, i) => i !== 4 - (index % 5));
	if (days === 3) return index % 2 === 0 ? ['mon', 'wed', 'fri'] : ['tue', 'wed', 'thu'];
	return WEEKDAYS.slice(0, Math.max(0, Math.floor(days)));
}

/**
 * Today's weekly placement: schools are ordered by bearing from the office (starting after the
 * widest empty sector, so no territory straddles it) and cut into runs sized by each staff
 * member's days; every school gets one day, big schools a second one while days are left.
 * Deterministic: it needs no random draws.
 */
export function assignVisits(
	office: LatLon,
	schools: readonly VisitSchool[],
	staff: readonly StaffRow[]
): AssignmentRow[] {
	if (staff.length === 0 || schools.length === 0) return [];
	const capacity = staff.reduce((s, m) => s + Math.floor(m.days_per_week), 0);
	if (capacity < schools.length)
		throw new Error(`${staff[0]!.employer_code}: ${capacity} staff-days for ${schools.length} schools`);
	const cos = Math.cos((office.lat * Math.PI) / 180);
	const bearing = (s: VisitSchool) => Math.atan2(s.lat - office.lat, (s.lon - office.lon) * cos);
	const sorted = [...schools].sort((a, b) => bearing(a) - bearing(b) || a.school_code.localeCompare(b.school_code));
	let start = 0;
	let widest = -1;
	for (let i = 0; i < sorted.length; i++) {
		const prev = bearing(sorted[(i - 1 + sorted.length) % sorted.length]!);
		let gap = bearing(sorted[i]!) - prev;
		if (gap <= 0) gap += 2 * Math.PI;
		if (gap > widest) {
			widest = gap;
			start = i;
		}
	}
	const order = [...sorted.slice(start), ...sorted.slice(0, start)];

	// Run lengths proportional to days (largest remainder); none exceeds its staff member's days.
	const n = order.length;
	const shares = staff.map((m) => (n * Math.floor(m.days_per_week)) / capacity);
	const runs = shares.map(Math.floor);
	let left = n - runs.reduce((a, b) => a + b, 0);
	const byRemainder = shares.map((s, i) => ({ i, r: s - Math.floor(s) })).sort((a, b) => b.r - a.r || a.i - b.i);
	for (const { i } of byRemainder) {
		if (left === 0) break;
		if (runs[i]! < Math.floor(staff[i]!.days_per_week)) {
			runs[i]!++;
			left--;
		}
	}

	const rows: AssignmentRow[] = [];
	let next = 0;
	staff.forEach((member, index) => {
		const mine = order.slice(next, next + runs[index]!);
		next += runs[index]!;
		const weekdays = weekdaysOf(member.days_per_week, index);
		const visits = mine.map((s) => s.school_code);
		const spare = weekdays.length - visits.length;
		const big = mine
			.filter((s) => s.students >= BIG_SCHOOL)
			.sort((a, b) => b.students - a.students || a.school_code.localeCompare(b.school_code));
		for (const s of big.slice(0, Math.max(0, spare))) visits.push(s.school_code);
		visits.forEach((school_code, k) =>
			rows.push({ staff_id: member.staff_id, school_code, days_per_week: 1, weekday: weekdays[k]! })
		);
	});
	return rows;
}
