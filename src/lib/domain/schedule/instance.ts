/**
 * Schedule instances from the loaded tables: one per employer, with the schools it runs (visits from
 * the visit policy, ferries for island schools) and its staff (base from the staff table, else the
 * employer's office: docs/data-formats.md, staff).
 */
import type { BasisDay, FerryLink, GeoPoint, Pin, Place, ScheduleInstance, SchoolSite, StaffMember } from './types';
import { haversineKm } from './travel';
import { visitsPerWeek, type VisitPolicy } from './visit-policy';
import type { EmploymentType } from '../tables';

export interface SchoolRow {
	school_code: string;
	name: string;
	employer_code: string;
	lat: number | null;
	lon: number | null;
	classes: number | null;
	students: number | null;
	island: boolean | null;
}

export interface StaffRow {
	staff_id: string;
	name: string | null;
	employer_code: string;
	days_per_week: number;
	hours_per_day: number;
	base_lat: number | null;
	base_lon: number | null;
	/** For the scenarios' costs; the schedule does not need them. */
	employment?: EmploymentType | null;
	annual_cost?: number | null;
}

export interface OfficeRow {
	municipality_code: string;
	name: string;
	office_lat: number | null;
	office_lon: number | null;
}

export interface FerryRow {
	school_code: string;
	port_lat: number;
	port_lon: number;
	crossing_minutes: number;
	wait_minutes: number;
}

export interface InstanceSettings {
	policy: VisitPolicy;
	minOnsiteMinutes: number;
	maxSchoolsPerDay: number;
	pins?: readonly Pin[];
	basis?: BasisDay[] | null;
	oneStaffPerSchool?: boolean;
}

/** Assumptions, editable: half a working day on site at least; at most three schools a day. */
export const DEFAULT_INSTANCE_SETTINGS: Omit<InstanceSettings, 'policy'> = {
	minOnsiteMinutes: 180,
	maxSchoolsPerDay: 3
};

/** Why an employer's schools or staff cannot be scheduled as they are. */
export interface InstanceProblem {
	employer: string;
	kind: 'school_without_location' | 'staff_without_base';
	id: string;
}

export interface Instances {
	byEmployer: Map<string, ScheduleInstance>;
	problems: InstanceProblem[];
}

/**
 * The ferry a base is behind, when it is on an island: its nearest school is an island school and
 * the base is nearer to that school than to the school's port (an island town's office).
 */
function islandOf(at: GeoPoint, schools: readonly SchoolSite[]): FerryLink | null {
	let nearest: SchoolSite | null = null;
	for (const s of schools) if (!nearest || haversineKm(at, s.at) < haversineKm(at, nearest.at)) nearest = s;
	if (!nearest?.ferry) return null;
	return haversineKm(at, nearest.at) < haversineKm(at, nearest.ferry.port) ? nearest.ferry : null;
}

export function buildInstances(
	rows: {
		schools: readonly SchoolRow[];
		staff: readonly StaffRow[];
		offices: readonly OfficeRow[];
		ferries: readonly FerryRow[];
	},
	settings: InstanceSettings
): Instances {
	const offices = new Map(rows.offices.map((o) => [o.municipality_code, o]));
	const ferries = new Map<string, FerryLink>(
		rows.ferries.map((f) => [
			f.school_code,
			{ port: { lat: f.port_lat, lon: f.port_lon }, crossingMinutes: f.crossing_minutes, waitMinutes: f.wait_minutes }
		])
	);
	const problems: InstanceProblem[] = [];
	const byEmployer = new Map<string, ScheduleInstance>();
	const instanceOf = (employer: string) => {
		let instance = byEmployer.get(employer);
		if (!instance) {
			instance = {
				schools: [],
				staff: [],
				pins: [...(settings.pins ?? [])],
				minOnsiteMinutes: settings.minOnsiteMinutes,
				maxSchoolsPerDay: settings.maxSchoolsPerDay,
				...(settings.basis ? { basis: settings.basis } : {}),
				...(settings.oneStaffPerSchool ? { oneStaffPerSchool: true } : {})
			};
			byEmployer.set(employer, instance);
		}
		return instance;
	};
	for (const s of rows.schools) {
		if (s.lat === null || s.lon === null) {
			problems.push({ employer: s.employer_code, kind: 'school_without_location', id: s.school_code });
			continue;
		}
		const site: SchoolSite = {
			id: s.school_code,
			name: s.name,
			at: { lat: s.lat, lon: s.lon },
			ferry: ferries.get(s.school_code) ?? null,
			visits: visitsPerWeek(
				{ school_code: s.school_code, classes: s.classes, students: s.students, island: s.island },
				settings.policy
			)
		};
		instanceOf(s.employer_code).schools.push(site);
	}
	for (const s of rows.staff) {
		const office = offices.get(s.employer_code);
		const lat = s.base_lat ?? office?.office_lat ?? null;
		const lon = s.base_lon ?? office?.office_lon ?? null;
		if (lat === null || lon === null) {
			problems.push({ employer: s.employer_code, kind: 'staff_without_base', id: s.staff_id });
			continue;
		}
		const at = { lat, lon };
		// Named by the staff id, so that an imported travel matrix (docs/data-formats.md, travel_times: ids are school codes or staff ids) applies.
		const base: Place = { id: s.staff_id, at, ferry: islandOf(at, instanceOf(s.employer_code).schools) };
		const member: StaffMember = {
			id: s.staff_id,
			name: s.name ?? s.staff_id,
			days: Math.floor(s.days_per_week),
			minutesPerDay: s.hours_per_day * 60,
			base
		};
		instanceOf(s.employer_code).staff.push(member);
	}
	// Pins and the edited week name schools: each goes to the employer that runs the school.
	for (const instance of byEmployer.values()) {
		const ids = new Set(instance.schools.map((s) => s.id));
		instance.pins = instance.pins.filter((p) => ids.has(p.school));
		if (instance.basis) {
			const staff = new Set(instance.staff.map((s) => s.id));
			instance.basis = instance.basis
				.filter((d) => staff.has(d.staff))
				.map((d) => ({ ...d, schools: d.schools.filter((id) => ids.has(id)) }))
				.filter((d) => d.schools.length > 0);
		}
	}
	return { byEmployer, problems };
}
