/**
 * What the demand simulation reads from the usage log and what it reports: plain data shared by
 * the simulation engine (src/lib/sim), the SQL that counts the log and the scenario figures.
 */

/** Requests of one school in one calendar month (1–12) on school days or on other days. */
export interface SchoolMonthRequests {
	school_code: string;
	month: number;
	schoolDay: boolean;
	requests: number;
}

/** A figure of the Monte Carlo: its median over the runs and the 90% interval (5th–95th percentile). */
export interface Estimate {
	median: number;
	low: number;
	high: number;
}

export interface MonthWaits {
	/** Median over the runs of each run's median and p90 wait (work days) of the month's arrivals. */
	medianDays: number;
	p90Days: number;
	arrived: number;
}

export interface MonteCarloResult {
	runs: number;
	/**
	 * Response time over every request of the year, in work days and hours: its median and 90th
	 * percentile (p90), each as an estimate over the runs. A request still waiting at the year's end
	 * counts with its wait so far (so the figures are lower bounds when `backlog` is not 0).
	 */
	medianWaitDays: Estimate;
	p90WaitDays: Estimate;
	medianWaitHours: Estimate;
	p90WaitHours: Estimate;
	/** Share of all requests handled the day they arrived. */
	sameDayShare: Estimate;
	remoteShareHandled: Estimate;
	backlogPeak: Estimate;
	/** Requests still waiting at the year's end. */
	backlog: Estimate;
	arrived: Estimate;
	/** Remote slots used ÷ offered; NaN without remote capacity. */
	remoteUtilisation: Estimate;
	/** By fiscal month of arrival (index 0 = April). */
	byMonth: MonthWaits[];
}
