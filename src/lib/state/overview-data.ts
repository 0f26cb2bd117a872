/** Everything the overview screen shows, from the loaded tables through the domain formulas. */
import type { QueryRunner } from '$lib/db/query';
import { employerPlacements, indicatorValues, requestsByMonth, type MonthlyRequests } from '$lib/db/queries/overview';
import { summariseIndicators, type IndicatorSummary } from '$lib/domain/plan';
import { summarisePlacement, type EmployerPlacement, type PlacementSummary } from '$lib/domain/placement';
import { countsInUse, staffByYear, staffCountsOtherYears } from '$lib/db/queries/counts';
import type { CountsInUse } from '$lib/domain/count-sources';
import { employerStaffPaths, likeForLike, staffPath, type StaffPath } from '$lib/domain/staff-path';

export interface OverviewData {
	employers: EmployerPlacement[];
	summary: PlacementSummary;
	/** Fiscal year of the monthly request chart; null when there is no support log. */
	requestYear: number | null;
	/** Requests of that fiscal year by month and category. */
	monthlyRequests: MonthlyRequests[];
	/** Plan indicators of the dataset's fiscal year. */
	indicators: IndicatorSummary[];
	/** Staff per fiscal year and the way to the plan's target. */
	staffPath: StaffPath;
	/** Where figures come from counts rather than rows (schools of 学校基本調査, typed staff numbers). */
	counts: CountsInUse[];
}

/** The dataset's fiscal year when the log covers it, else the newest year in the log. */
export async function loadOverview(runner: QueryRunner, datasetFiscalYear: number): Promise<OverviewData> {
	const [employers, months, indicators, staffYears, otherYears, counts] = await Promise.all([
		runner.rows(employerPlacements(datasetFiscalYear)),
		runner.rows(requestsByMonth()),
		runner.rows(indicatorValues(datasetFiscalYear)),
		runner.rows(staffByYear(datasetFiscalYear)),
		runner.rows(staffCountsOtherYears(datasetFiscalYear)),
		runner.rows(countsInUse(datasetFiscalYear))
	]);
	const summary = summarisePlacement(employers);
	const years = new Set(months.map((m) => m.fiscalYear));
	const requestYear = years.has(datasetFiscalYear) ? datasetFiscalYear : years.size ? Math.max(...years) : null;
	const monthlyRequests = months.filter((m) => m.fiscalYear === requestYear);
	return {
		employers,
		summary,
		requestYear,
		monthlyRequests,
		indicators: summariseIndicators(indicators),
		staffPath: likeForLike(
			staffPath(staffYears, datasetFiscalYear, summary.staffNeeded),
			employerStaffPaths(employers, otherYears, datasetFiscalYear)
		),
		counts
	};
}
