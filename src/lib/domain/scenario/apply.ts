/**
 * A scenario laid over the baseline: the scope's schools and staff (pooled into one schedule when
 * the scope holds several employers), staff removed and added, the visit policy with the
 * staff-days spread over the schools, and the remote support and help desk in force.
 */
import {
	buildInstances,
	type FerryRow,
	type InstanceProblem,
	type OfficeRow,
	type SchoolRow,
	type StaffRow
} from '../schedule/instance';
import type { ScheduleSettings } from '../schedule/settings';
import { visitsPerWeek } from '../schedule/visit-policy';
import type { ScheduleInstance } from '../schedule/types';
import { spreadVisits } from './visit-spread';
import type { CostedStaff } from './cost';
import type { AddedStaff, HelpDesk, RemoteSupport, Scenario, ScenarioBook, StaffBase } from './types';

export interface BaselineRows {
	schools: readonly SchoolRow[];
	staff: readonly StaffRow[];
	offices: readonly OfficeRow[];
	ferries: readonly FerryRow[];
}

export interface ScenarioSetup {
	instance: ScheduleInstance;
	/** The scope's schools, with or without a location. */
	schools: SchoolRow[];
	/** Every staff member of the scenario, for its cost and head count. */
	staff: CostedStaff[];
	remote: RemoteSupport;
	helpDesk: HelpDesk;
	/** Visits a week the policy asks for each located school (the spread adds to them). */
	required: Map<string, number>;
	/** Schools without a location and staff without a base: left out of the schedule. */
	problems: InstanceProblem[];
}

/** Employer code the pooled scope's rows are filed under. */
const POOL = 'scope';

/** Ids of added staff: "add-1", "add-2", … in the order of the scenario’s additions (no leading "+", which spreadsheets read as a formula). */
export const addedStaffId = (n: number) => `add-${n}`;

function baseOf(base: StaffBase, rows: BaselineRows): { lat: number | null; lon: number | null } {
	if (base.kind === 'point') return { lat: base.lat, lon: base.lon };
	if (base.kind === 'school') {
		const school = rows.schools.find((s) => s.school_code === base.school);
		return { lat: school?.lat ?? null, lon: school?.lon ?? null };
	}
	const office = rows.offices.find((o) => o.municipality_code === base.employer);
	return { lat: office?.office_lat ?? null, lon: office?.office_lon ?? null };
}

function addedRows(added: readonly AddedStaff[], rows: BaselineRows): { row: StaffRow; unitCost: number | null }[] {
	let n = 0;
	return added.flatMap((group) => {
		const at = baseOf(group.base, rows);
		return Array.from({ length: group.count }, () => {
			const id = addedStaffId(++n);
			const row: StaffRow = {
				staff_id: id,
				name: id,
				employer_code: POOL,
				days_per_week: group.days,
				hours_per_day: 7.75,
				base_lat: at.lat,
				base_lon: at.lon,
				employment: group.employment,
				annual_cost: null
			};
			return { row, unitCost: group.unitCost };
		});
	});
}

/** The baseline when `scenario` is null. */
export function setUpScenario(
	rows: BaselineRows,
	book: ScenarioBook,
	scenario: Scenario | null,
	schedule: ScheduleSettings
): ScenarioSetup {
	const scope = new Set(book.scope);
	const removed = new Set(scenario?.removeStaff ?? []);
	const offices = new Map(rows.offices.map((o) => [o.municipality_code, o]));
	const schools = rows.schools.filter((s) => scope.has(s.employer_code));
	const kept = rows.staff
		.filter((s) => scope.has(s.employer_code) && !removed.has(s.staff_id))
		.map((s) => {
			// Resolved before pooling: a staff member without a base starts from the own employer's office.
			const office = offices.get(s.employer_code);
			const row: StaffRow = {
				...s,
				employer_code: POOL,
				base_lat: s.base_lat ?? office?.office_lat ?? null,
				base_lon: s.base_lon ?? office?.office_lon ?? null
			};
			return { row, unitCost: null as number | null };
		});
	const staff = [...kept, ...addedRows(scenario?.addStaff ?? [], rows)];
	const policy = scenario?.visitPolicy ?? schedule.policy;
	const located = schools.filter((s) => s.lat !== null && s.lon !== null);
	const staffDays = staff
		.filter((s) => s.row.base_lat !== null && s.row.base_lon !== null)
		.reduce((n, s) => n + Math.floor(s.row.days_per_week), 0);
	const visits = book.assumptions.spreadStaffDays
		? spreadVisits(located, policy, staffDays * book.assumptions.visitsPerStaffDay)
		: {};
	const required = new Map(located.map((s) => [s.school_code, visitsPerWeek(s, policy)]));
	const { byEmployer, problems } = buildInstances(
		{
			schools: schools.map((s) => ({ ...s, employer_code: POOL })),
			staff: staff.map((s) => s.row),
			offices: [],
			ferries: rows.ferries
		},
		{
			policy: { ...policy, overrides: { ...visits, ...policy.overrides } },
			minOnsiteMinutes: schedule.minOnsiteMinutes,
			maxSchoolsPerDay: schedule.maxSchoolsPerDay
		}
	);
	const instance = byEmployer.get(POOL) ?? {
		schools: [],
		staff: [],
		pins: [],
		minOnsiteMinutes: schedule.minOnsiteMinutes,
		maxSchoolsPerDay: schedule.maxSchoolsPerDay
	};
	return {
		instance,
		schools,
		required,
		staff: staff.map(({ row, unitCost }) => ({
			id: row.staff_id,
			days: row.days_per_week,
			employment: row.employment ?? 'contract',
			annualCost: row.annual_cost ?? null,
			unitCost
		})),
		remote: scenario?.remote ?? book.assumptions.remote,
		helpDesk: scenario?.helpDesk ?? book.assumptions.helpDesk,
		problems
	};
}
