/**
 * A scenario laid over the baseline: the scope's schools and staff (one schedule per employer as
 * today, or pooled into one when a scenario of several employers says so), staff removed and added, the visit policy with the
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
	/** Whether each employer has a help desk today, where ict_environment says (indicator `helpdesk`). */
	helpDesks?: ReadonlyMap<string, boolean>;
}

/** Where the scenario's help desk comes from: the data's `helpdesk` indicator, the book's assumption, or the scenario. */
export type HelpDeskSource = 'data' | 'assumption' | 'scenario';

export interface ScenarioSetup {
	/** Every school and staff member of the scenario, for its figures and its year of demand. */
	instance: ScheduleInstance;
	/**
	 * What the optimiser plans, each on its own: one instance when the staff serve the whole scope
	 * (one employer, or a pooled scenario), else one per employer (today's staffing of a pooled
	 * scope: each staff member serves the own employer's schools). Together they hold `instance`.
	 */
	parts: ScheduleInstance[];
	/** The scope's schools, with or without a location. */
	schools: SchoolRow[];
	/** Every staff member of the scenario, for its cost and head count. */
	staff: CostedStaff[];
	remote: RemoteSupport;
	helpDesk: HelpDesk;
	helpDeskSource: HelpDeskSource;
	/** The scope's municipalities among a shared desk's members: the shares of it the scope carries (cost.ts). */
	helpDeskInScope: number;
	/** Visits a week the policy asks for each located school (the spread adds to them). */
	required: Map<string, number>;
	/** Schools without a location and staff without a base: left out of the schedule. */
	problems: InstanceProblem[];
}

/** Employer code the rows of a scope planned as one are filed under. */
const POOL = 'scope';

/** Ids of added staff: "add-1", "add-2", … in the order of the scenario’s additions (no leading "+", which spreadsheets read as a formula). */
export const addedStaffId = (n: number) => `add-${n}`;

function baseOf(
	base: StaffBase,
	rows: BaselineRows
): { lat: number | null; lon: number | null; employer: string | null } {
	if (base.kind === 'point') return { lat: base.lat, lon: base.lon, employer: null };
	if (base.kind === 'school') {
		const school = rows.schools.find((s) => s.school_code === base.school);
		return { lat: school?.lat ?? null, lon: school?.lon ?? null, employer: school?.employer_code ?? null };
	}
	const office = rows.offices.find((o) => o.municipality_code === base.employer);
	return { lat: office?.office_lat ?? null, lon: office?.office_lon ?? null, employer: base.employer };
}

/** Added staff, each filed under the employer of its base (a point on the map: the scope's first). */
function addedRows(
	added: readonly AddedStaff[],
	rows: BaselineRows,
	scope: readonly string[]
): { row: StaffRow; unitCost: number | null }[] {
	let n = 0;
	return added.flatMap((group) => {
		const at = baseOf(group.base, rows);
		const employer = at.employer !== null && scope.includes(at.employer) ? at.employer : (scope[0] ?? POOL);
		return Array.from({ length: group.count }, () => {
			const id = addedStaffId(++n);
			const row: StaffRow = {
				staff_id: id,
				name: id,
				employer_code: employer,
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

/**
 * Today's help desk of the scope: from the data where it says, for every employer of the scope,
 * whether it has one — each desk its own, of the size and cost the book assumes (a desk the book
 * says is shared stays shared) — else the book's assumption.
 */
export function todaysHelpDesk(
	rows: BaselineRows,
	book: ScenarioBook
): { desk: HelpDesk; source: Exclude<HelpDeskSource, 'scenario'> } {
	const assumed = book.assumptions.helpDesk;
	const known = book.scope.filter((code) => rows.helpDesks?.has(code));
	if (book.scope.length === 0 || known.length < book.scope.length) return { desk: assumed, source: 'assumption' };
	const desks = known.filter((code) => rows.helpDesks!.get(code)).length;
	if (desks === 0) return { desk: { ...assumed, mode: 'none' }, source: 'data' };
	if (assumed.mode === 'shared') return { desk: assumed, source: 'data' };
	return {
		desk: {
			...assumed,
			mode: 'own',
			capacityPerDay: assumed.capacityPerDay * desks,
			annualCost: assumed.annualCost * desks
		},
		source: 'data'
	};
}

/** Whether the scenario plans the scope's staff as one pool: always for one employer; for several, only a scenario that says so. */
export const poolsStaff = (book: ScenarioBook, scenario: Scenario | null): boolean =>
	book.scope.length <= 1 || scenario?.poolStaff === true;

/**
 * The baseline when `scenario` is null. `need` (expected requests a year by school, from the usage
 * log or the per-pupil rate) decides where spare staff-days go first; without it, pupils do.
 */
export function setUpScenario(
	rows: BaselineRows,
	book: ScenarioBook,
	scenario: Scenario | null,
	schedule: ScheduleSettings,
	need?: ReadonlyMap<string, number>
): ScenarioSetup {
	const scope = new Set(book.scope);
	const pooled = poolsStaff(book, scenario);
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
				base_lat: s.base_lat ?? office?.office_lat ?? null,
				base_lon: s.base_lon ?? office?.office_lon ?? null
			};
			return { row, unitCost: null as number | null };
		});
	const staff = [...kept, ...addedRows(scenario?.addStaff ?? [], rows, book.scope)];
	const policy = scenario?.visitPolicy ?? schedule.policy;
	const required = new Map(
		schools.filter((s) => s.lat !== null && s.lon !== null).map((s) => [s.school_code, visitsPerWeek(s, policy)])
	);
	const group = (employer: string) => (pooled ? POOL : employer);
	// Spare staff-days are spread within each part: a town's staff never visit the next town's schools for it.
	const visits: Record<string, number> = {};
	for (const part of new Set(book.scope.map(group))) {
		const located = schools.filter((s) => group(s.employer_code) === part && required.has(s.school_code));
		const staffDays = staff
			.filter((s) => group(s.row.employer_code) === part && s.row.base_lat !== null && s.row.base_lon !== null)
			.reduce((n, s) => n + Math.floor(s.row.days_per_week), 0);
		if (book.assumptions.spreadStaffDays)
			Object.assign(visits, spreadVisits(located, policy, staffDays * book.assumptions.visitsPerStaffDay, need));
	}
	const { byEmployer, problems } = buildInstances(
		{
			schools: schools.map((s) => ({ ...s, employer_code: group(s.employer_code) })),
			staff: staff.map((s) => ({ ...s.row, employer_code: group(s.row.employer_code) })),
			offices: [],
			ferries: rows.ferries
		},
		{
			policy: { ...policy, overrides: { ...visits, ...policy.overrides } },
			minOnsiteMinutes: schedule.minOnsiteMinutes,
			maxSchoolsPerDay: schedule.maxSchoolsPerDay,
			pins: schedule.pins,
			basis: schedule.basis,
			oneStaffPerSchool: schedule.oneStaffPerSchool
		}
	);
	const empty = (): ScheduleInstance => ({
		schools: [],
		staff: [],
		pins: [],
		minOnsiteMinutes: schedule.minOnsiteMinutes,
		maxSchoolsPerDay: schedule.maxSchoolsPerDay
	});
	// The policy's visits are required; those the spread adds may go when staff-days are short.
	const parts = [...byEmployer.values()].map((part) => ({
		...part,
		schools: part.schools.map((s) => ({ ...s, required: Math.min(s.visits, required.get(s.id) ?? s.visits) }))
	}));
	const instance = parts.reduce(
		(all, part) => ({
			...all,
			schools: [...all.schools, ...part.schools],
			staff: [...all.staff, ...part.staff],
			pins: [...all.pins, ...part.pins]
		}),
		empty()
	);
	return {
		instance,
		parts,
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
		...(scenario?.helpDesk
			? { helpDesk: scenario.helpDesk, helpDeskSource: 'scenario' as const }
			: (({ desk, source }) => ({ helpDesk: desk, helpDeskSource: source }))(todaysHelpDesk(rows, book))),
		helpDeskInScope: Math.max(1, book.scope.length),
		problems
	};
}
