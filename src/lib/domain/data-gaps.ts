/**
 * What a screen cannot show, or shows estimated, because a table it reads is empty: own data often
 * comes as municipalities, schools and staff alone, and a figure made without the log or the travel
 * matrix must say so where it is read. Decided from the dataset's record (rows per table), so the
 * screens, the pack and the tests agree without asking the database.
 */
import { tableRows, type DatasetInfo } from './dataset';
import type { TableName } from './tables';

export type DataScreen = 'overview' | 'compare' | 'schedule' | 'scenarios' | 'report';

/** What the missing table means for the screen's figures (each has its sentence in the messages). */
export type GapEffect =
	/** No staff: every employer is 未配置; no schedule can be made. */
	| 'noStaff'
	/** No usage log: the requests-by-month chart and the table's request column are empty. */
	| 'requestsEmpty'
	/** No usage log: the simulation's requests come from pupils × an assumed rate. */
	| 'demandFromPupils'
	/** No plan indicators: network, devices, displays and help desk are not shown. */
	| 'indicatorsBlank'
	/** No plan indicators: whether there is a help desk today comes from the shared assumptions. */
	| 'helpDeskNone'
	/** No travel matrix: travel is great-circle distance × circuity ÷ speed + stop time. */
	| 'travelFromDistance'
	/** No assignments: filtering by school type apportions each employer's staff by its schools' types. */
	| 'staffApportioned'
	/** Schools only as counts per employer: a week's schedule and the scenarios need each school and where it is. */
	| 'schoolsNeeded'
	/** Staff only as numbers per employer: a week's schedule needs each staff member, with their days and base. */
	| 'staffListNeeded';

export interface DataGap {
	table: TableName;
	effect: GapEffect;
	/** A table that stands in for this one on this screen: with rows there, nothing is missing. */
	unless?: TableName;
}

/** The scenarios and the pack read the same baseline (runs/scenario-context.ts), so they lack the same. */
const SCENARIO_READS: readonly DataGap[] = [
	{ table: 'schools', effect: 'schoolsNeeded' },
	{ table: 'support_requests', effect: 'demandFromPupils' },
	{ table: 'travel_times', effect: 'travelFromDistance' },
	{ table: 'ict_environment', effect: 'helpDeskNone' }
];

/** Per screen, in the order shown: the table it reads and what its absence means there. */
const READS: Record<DataScreen, readonly DataGap[]> = {
	overview: [
		{ table: 'staff', effect: 'noStaff', unless: 'staff_counts' },
		{ table: 'support_requests', effect: 'requestsEmpty' },
		{ table: 'ict_environment', effect: 'indicatorsBlank' }
	],
	compare: [
		{ table: 'staff', effect: 'noStaff', unless: 'staff_counts' },
		{ table: 'assignments', effect: 'staffApportioned' },
		{ table: 'ict_environment', effect: 'indicatorsBlank' }
	],
	schedule: [
		{ table: 'schools', effect: 'schoolsNeeded' },
		{ table: 'staff', effect: 'staffListNeeded' },
		{ table: 'travel_times', effect: 'travelFromDistance' }
	],
	scenarios: SCENARIO_READS,
	report: SCENARIO_READS
};

/** The screen's tables that hold no row, each with what that means for its figures. */
export function dataGaps(dataset: DatasetInfo, screen: DataScreen): DataGap[] {
	const rows = tableRows(dataset);
	return READS[screen].filter((g) => rows[g.table] === 0 && !(g.unless && rows[g.unless] > 0));
}
