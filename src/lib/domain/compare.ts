/**
 * Municipalities side by side for a prefecture official (docs/design.md, "Screens"): each employer's placement
 * against the plan, the attainment of every plan indicator, filters by kind, school type and
 * prefecture, and the sorting of the compare table. Pure: the screen and the bench run the same.
 */
import { NATIONAL, PLAN, attainment } from './plan';
import { schoolsPerStaff, staffGap, staffNeeded } from './placement';
import { PLAN_INDICATORS, SCHOOL_TYPES, type MunicipalityKind, type PlanIndicator, type SchoolType } from './tables';
import type { GeoPoint } from './schedule/types';

export interface CompareEmployer {
	code: string;
	name: string;
	kind: MunicipalityKind | null;
	prefecture: string;
	at: GeoPoint | null;
	schoolsByType: Partial<Record<SchoolType, number>>;
	staff: number;
	staffDays: number;
	/** Plan indicators measured for this employer in the fiscal year. */
	indicators: Partial<Record<PlanIndicator, number>>;
}

/** The staff target and every plan indicator of docs/domain.md, "Plan targets", in the plan's order. */
export const ATTAINMENT_COLUMNS = ['staff', ...PLAN_INDICATORS] as const;
export type AttainmentColumn = (typeof ATTAINMENT_COLUMNS)[number];

export interface CompareRow extends CompareEmployer {
	/** Schools of the school types shown. */
	schools: number;
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

/** The rows the filter keeps, with their figures for the school types counted; employers without such schools are left out. */
export function compareRows(employers: readonly CompareEmployer[], filter: CompareFilter): CompareRow[] {
	const types = filter.schoolTypes.length > 0 ? filter.schoolTypes : SCHOOL_TYPES;
	const kinds = filter.kinds.length > 0 ? new Set(filter.kinds) : null;
	const prefectures = filter.prefectures.length > 0 ? new Set(filter.prefectures) : null;
	const search = filter.search.trim().toLowerCase();
	const rows: CompareRow[] = [];
	for (const e of employers) {
		if (kinds && (!e.kind || !kinds.has(e.kind))) continue;
		if (prefectures && !prefectures.has(e.prefecture)) continue;
		if (search && !e.name.toLowerCase().includes(search) && !e.code.includes(search)) continue;
		let schools = 0;
		for (const t of types) schools += e.schoolsByType[t] ?? 0;
		if (schools === 0) continue;
		const needed = staffNeeded(schools);
		const indicatorAttainment = Object.fromEntries(
			PLAN_INDICATORS.map((i) => [i, e.indicators[i] === undefined ? null : attainment(i, e.indicators[i]!)])
		);
		rows.push({
			...e,
			schools,
			schoolsPerStaff: schoolsPerStaff(schools, e.staff),
			staffNeeded: needed,
			gap: staffGap(schools, e.staff),
			attainment: { staff: staffAttainment(e.staff, needed), ...indicatorAttainment } as Record<
				AttainmentColumn,
				number | null
			>
		});
	}
	return rows;
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
	return [...rows].sort((a, b) => {
		const x = sortValue(a, key);
		const y = sortValue(b, key);
		if (x === null || y === null) return x === y ? a.code.localeCompare(b.code) : x === null ? 1 : -1;
		const d = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'ja');
		return sign * d || a.code.localeCompare(b.code);
	});
}

/** Municipalities (not prefectures) with schools of the types shown and no staff at all. */
export const withoutStaff = (rows: readonly CompareRow[]) =>
	rows.filter((r) => r.kind !== 'prefecture' && r.staff === 0);

/** The reference lines every chart of the screen draws. */
export const REFERENCE = { target: PLAN.schoolsPerStaffTarget, national: NATIONAL.schoolsPerStaff } as const;
