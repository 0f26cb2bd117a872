/** Rows of the generated tables, named and typed as in src/lib/domain/tables.ts. */
import type {
	EmploymentType,
	MunicipalityKind,
	RequestCategory,
	RequestMode,
	SchoolType,
	Weekday,
	PlanIndicator
} from '../../src/lib/domain/tables';
import type { LatLon } from './geography';

export interface MunicipalityRow {
	municipality_code: string;
	name: string;
	prefecture_code: string;
	kind: MunicipalityKind;
	office_lat: number;
	office_lon: number;
}

export interface SchoolRow {
	school_code: string;
	name: string;
	school_type: SchoolType;
	municipality_code: string;
	employer_code: string;
	lat: number;
	lon: number;
	students: number;
	classes: number;
	teachers: number;
	island: boolean;
}

export interface StaffRow {
	staff_id: string;
	name: string;
	employer_code: string;
	employment: EmploymentType;
	days_per_week: number;
	hours_per_day: number;
	base_lat: number;
	base_lon: number;
	/** Blank for some contract staff, so the scenario's default unit cost applies. */
	annual_cost: number | null;
}

export interface AssignmentRow {
	staff_id: string;
	school_code: string;
	days_per_week: number;
	weekday: Weekday;
}

export interface RequestRow {
	request_id: string;
	requested_at: string;
	school_code: string;
	category: RequestCategory;
	mode: RequestMode;
	minutes: number;
	resolved_at: string | null;
}

export interface EnvironmentRow {
	scope_code: string;
	fiscal_year: number;
	indicator: PlanIndicator;
	value: number;
}

/** The ferries table has one shape for the generator and the schedule: the domain's. */
export type { FerryRow } from '../../src/lib/domain/schedule/instance';

/** How a municipality's schools are sized: its setting, not its legal kind. */
export type Profile = 'core' | 'city' | 'town' | 'mountain' | 'island';

export const point = (row: { lat: number; lon: number }): LatLon => ({ lat: row.lat, lon: row.lon });
