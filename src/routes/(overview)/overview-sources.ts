/** Where the overview's figures come from, in the UI language. */
export interface OverviewSources {
	/** The loaded dataset and its fiscal year. */
	dataset: string;
	/** The 3-year plan's target. */
	plan: string;
	/** MEXT's national figures and the date they describe. */
	national: string;
	/** Where school and staff figures come from counts per employer rather than rows, those counts. */
	counts: string[];
}
