/**
 * Municipalities side by side for a prefecture official (docs/design.md, "Screens"): each employer's placement
 * against the plan, the attainment of every plan indicator, filters by kind, school type and
 * prefecture, and the sorting of the compare table. Pure: the screen and the bench run the same.
 */
import { NATIONAL, PLAN, attainment } from './plan';
import { schoolsPerStaff, staffGap, staffNeeded } from './placement';
import { PLAN_INDICATORS, SCHOOL_TYPES, type MunicipalityKind, type PlanIndicator, type SchoolType } from './tables';
import type { GeoPoint } from './schedule/types';
import { compareJa, compareText } from './collate';

export interface CompareEmployer {
	code: string;
	name: string;
	kind: MunicipalityKind | null;
	prefecture: string;
	at: GeoPoint | null;
	schoolsByType: Partial<Record<SchoolType, number>>;
	/** Head count: every staff member the employer employs. */
	staff: number;
	staffDays: number;
	/**
	 * The staff with assignments, apportioned by school type: Σ over them of (their assigned schools of the type ÷ all
	 * their assigned schools). Summed over the types it is their head count.
	 */
	staffByType: Partial<Record<SchoolType, number>>;
	/** Staff without any assignment row: which school types they serve is not known. */
	staffUnassigned: number;
	/** Plan indicators measured for this employer in the fiscal year. */
	indicators: Partial<Record<PlanIndicator, number>>;
	/** Where the school and staff figures come from (docs/domain.md, "Counts and rows"); null: there are none. */
	from: { schools: CountSource | null; staff: CountSource | null };
}

/** A figure from the rows of schools or staff, or from counts per employer (学校基本調査, typed staff numbers). */
export type CountSource = 'rows' | 'counts';

/** The staff target and every plan indicator of docs/domain.md, "Plan targets", in the plan's order. */
export const ATTAINMENT_COLUMNS = ['staff', ...PLAN_INDICATORS] as const;
export type AttainmentColumn = (typeof ATTAINMENT_COLUMNS)[number];

/**
 * How `staff` of a row was counted (docs/domain.md, "Formulas", school types on the compare screen): the head count
 * when every school type is counted; else apportioned from the assignments, from the employer's school mix for staff
 * without assignments, or both.
 */
export type StaffBasis = 'headcount' | 'assignments' | 'schoolMix' | 'mixed';

export interface CompareRow extends CompareEmployer {
	/** Schools of the school types shown. */
	schools: number;
	/**
	 * Staff serving the school types shown: the head count when all types are counted, else apportioned (may be
	 * fractional). Every ratio, gap and attainment of the row uses it.
	 */
	staff: number;
	/** The employer's whole head count, whichever types are shown. */
	staffHeadcount: number;
	staffBasis: StaffBasis;
	/** schools ÷ staff; null without staff. */
	schoolsPerStaff: number | null;
	staffNeeded: number;
	/** needed − staff (negative: more than the target asks). */
	gap: number;
	/** 0–1 per column; null where the indicator was not reported. Staff: staff ÷ needed, capped. */
	attainment: Record<AttainmentColumn, number | null>;
}

export interface CompareFilter {
	/** Kinds shown; empty = all. */
	kinds: readonly MunicipalityKind[];
	/** School types counted; empty = all. */
	schoolTypes: readonly SchoolType[];
	/** Prefecture codes shown; empty = all. */
	prefectures: readonly string[];
	/** Part of a name or code. */
	search: string;
}

export const NO_FILTER: CompareFilter = { kinds: [], schoolTypes: [], prefectures: [], search: '' };

function staffAttainment(staff: number, needed: number): number {
	return needed === 0 ? 1 : Math.min(1, staff / needed);
}

/** Whether a filter counts every school type (none ticked, or all of them). */
export const countsAllTypes = (filter: Pick<CompareFilter, 'schoolTypes'>): boolean =>
	filter.schoolTypes.length === 0 || SCHOOL_TYPES.every((t) => filter.schoolTypes.includes(t));

/**
 * The staff who serve `types` (docs/domain.md, "Formulas"): dividing all of an employer's staff by a subset of its
 * schools would make it look better staffed the narrower the filter. A staff member with assignments counts for the
 * share of their assigned schools of those types; one without counts for the share of the employer's schools of
 * those types, which leaves the ratio where it is for all types (nothing is known to make it better or worse).
 * Rounded to 1e-6 so that shares adding up to a whole person are that person (1.9999999 would miss 1 per 4).
 */
export function staffServing(
	e: Pick<CompareEmployer, 'staff' | 'staffByType' | 'staffUnassigned' | 'schoolsByType'>,
	types: readonly SchoolType[]
): { staff: number; basis: StaffBasis } {
	if (e.staff === 0 || SCHOOL_TYPES.every((t) => types.includes(t))) return { staff: e.staff, basis: 'headcount' };
	let assigned = 0;
	let schools = 0;
	let allSchools = 0;
	for (const t of SCHOOL_TYPES) {
		const n = e.schoolsByType[t] ?? 0;
		allSchools += n;
		if (types.includes(t)) {
			assigned += e.staffByType[t] ?? 0;
			schools += n;
		}
	}
	const unassigned = allSchools === 0 ? 0 : (e.staffUnassigned * schools) / allSchools;
	const basis: StaffBasis =
		e.staffUnassigned === 0 ? 'assignments' : e.staffUnassigned >= e.staff ? 'schoolMix' : 'mixed';
	return { staff: Math.round((assigned + unassigned) * 1e6) / 1e6, basis };
}

/** Digits to show a staff figure with: none for whole people, else one, or two where one would round it. */
export function staffDigits(staff: number): 0 | 1 | 2 {
	if (Number.isInteger(staff)) return 0;
	return Math.abs(Math.round(staff * 10) / 10 - staff) < 1e-6 ? 1 : 2;
}

/**
 * Every employer's row with its figures for the school types counted (empty = all); employers without such schools
 * are left out. What the kind, prefecture and search filters choose from: they keep rows, the same objects, rather
 * than making them anew, so that a table keyed by them redraws only the rows that come and go.
 */
export function typedRows(employers: readonly CompareEmployer[], schoolTypes: readonly SchoolType[]): CompareRow[] {
	const types = schoolTypes.length > 0 ? schoolTypes : SCHOOL_TYPES;
	const rows: CompareRow[] = [];
	for (const e of employers) {
		let schools = 0;
		for (const t of types) schools += e.schoolsByType[t] ?? 0;
		if (schools === 0) continue;
		const needed = staffNeeded(schools);
		const serving = staffServing(e, types);
		const indicatorAttainment = Object.fromEntries(
			PLAN_INDICATORS.map((i) => [i, e.indicators[i] === undefined ? null : attainment(i, e.indicators[i]!)])
		);
		rows.push({
			...e,
			schools,
			staff: serving.staff,
			staffHeadcount: e.staff,
			staffBasis: serving.basis,
			schoolsPerStaff: schoolsPerStaff(schools, serving.staff),
			staffNeeded: needed,
			gap: Math.round(staffGap(schools, serving.staff) * 1e6) / 1e6,
			attainment: { staff: staffAttainment(serving.staff, needed), ...indicatorAttainment } as Record<
				AttainmentColumn,
				number | null
			>
		});
	}
	return rows;
}

/** The rows of the kinds, prefectures and search of `filter` (its school types are those `rows` were made for). */
export function filterRows(
	rows: readonly CompareRow[],
	filter: Pick<CompareFilter, 'kinds' | 'prefectures' | 'search'>
): CompareRow[] {
	const kinds = filter.kinds.length > 0 ? new Set(filter.kinds) : null;
	const prefectures = filter.prefectures.length > 0 ? new Set(filter.prefectures) : null;
	const search = filter.search.trim().toLowerCase();
	if (!kinds && !prefectures && !search) return [...rows];
	return rows.filter(
		(r) =>
			(!kinds || (r.kind !== null && kinds.has(r.kind))) &&
			(!prefectures || prefectures.has(r.prefecture)) &&
			(!search || r.name.toLowerCase().includes(search) || r.code.includes(search))
	);
}

/** The rows the filter keeps, with their figures for the school types counted; employers without such schools are left out. */
export function compareRows(employers: readonly CompareEmployer[], filter: CompareFilter): CompareRow[] {
	return filterRows(typedRows(employers, filter.schoolTypes), filter);
}

export type CompareSortKey =
	'name' | 'schools' | 'staff' | 'schoolsPerStaff' | 'gap' | 'staffAttainment' | PlanIndicator;

/** An attainment column's sort key: the staff column has its own, as 'staff' sorts by the number of staff. */
export const attainmentSortKey = (column: AttainmentColumn): CompareSortKey =>
	column === 'staff' ? 'staffAttainment' : column;

/** A value to sort by: missing values (no staff, indicator not reported) always last. */
function sortValue(row: CompareRow, key: CompareSortKey): number | string | null {
	switch (key) {
		case 'name':
			return row.name;
		case 'schools':
			return row.schools;
		case 'staff':
			return row.staff;
		case 'schoolsPerStaff':
			return row.schoolsPerStaff;
		case 'gap':
			return row.gap;
		case 'staffAttainment':
			return row.attainment.staff;
		default:
			return row.attainment[key];
	}
}

export function sortRows(
	rows: readonly CompareRow[],
	key: CompareSortKey,
	direction: 'ascending' | 'descending'
): CompareRow[] {
	const sign = direction === 'ascending' ? 1 : -1;
	// Each row's value found once, not twice per comparison (some 20,000 of them for a national set's 1,800 rows).
	const keyed = rows.map((row) => ({ row, value: sortValue(row, key) }));
	keyed.sort(({ row: a, value: x }, { row: b, value: y }) => {
		if (x === null || y === null) return x === y ? compareText(a.code, b.code) : x === null ? 1 : -1;
		const d = typeof x === 'number' && typeof y === 'number' ? x - y : compareJa(String(x), String(y));
		return sign * d || compareText(a.code, b.code);
	});
	return keyed.map((k) => k.row);
}

/** Municipalities (not prefectures) with schools of the types shown and no staff at all (head count, not apportioned). */
export const withoutStaff = (rows: readonly CompareRow[]) =>
	rows.filter((r) => r.kind !== 'prefecture' && r.staffHeadcount === 0);

/** The reference lines every chart of the screen draws. */
export const REFERENCE = { target: PLAN.schoolsPerStaffTarget, national: NATIONAL.schoolsPerStaff } as const;
