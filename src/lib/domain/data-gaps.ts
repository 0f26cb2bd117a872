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
	| 'staffApportioned';

export interface DataGap {
	table: TableName;
	effect: GapEffect;
}

/** The scenarios and the pack read the same baseline (runs/scenario-context.ts), so they lack the same. */
const SCENARIO_READS: readonly DataGap[] = [
	{ table: 'support_requests', effect: 'demandFromPupils' },
	{ table: 'travel_times', effect: 'travelFromDistance' },
	{ table: 'ict_environment', effect: 'helpDeskNone' }
];

/** Per screen, in the order shown: the table it reads and what its absence means there. */
const READS: Record<DataScreen, readonly DataGap[]> = {
	overview: [
		{ table: 'staff', effect: 'noStaff' },
		{ table: 'support_requests', effect: 'requestsEmpty' },
		{ table: 'ict_environment', effect: 'indicatorsBlank' }
	],
	compare: [
		{ table: 'staff', effect: 'noStaff' },
		{ table: 'assignments', effect: 'staffApportioned' },
		{ table: 'ict_environment', effect: 'indicatorsBlank' }
	],
	schedule: [
		{ table: 'staff', effect: 'noStaff' },
		{ table: 'travel_times', effect: 'travelFromDistance' }
	],
	scenarios: SCENARIO_READS,
	report: SCENARIO_READS
};

/** The screen's tables that hold no row, each with what that means for its figures. */
export function dataGaps(dataset: DatasetInfo, screen: DataScreen): DataGap[] {
	const rows = tableRows(dataset);
	return READS[screen].filter((g) => rows[g.table] === 0);
}
