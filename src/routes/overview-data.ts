/** Everything the overview screen shows, from the loaded tables through the domain formulas. */
import type { QueryRunner } from '$lib/db/query';
import { employerPlacements, requestFiscalYears, requestsByMonth, type MonthlyRequests } from '$lib/db/queries/overview';
import { summarisePlacement, type EmployerPlacement, type PlacementSummary } from '$lib/domain/placement';

export interface OverviewData {
	employers: EmployerPlacement[];
	summary: PlacementSummary;
	/** Fiscal year of the monthly request chart; null when there is no support log. */
	requestYear: number | null;
	monthlyRequests: MonthlyRequests[];
}

/** The dataset's fiscal year when the log covers it, else the newest year in the log. */
export async function loadOverview(runner: QueryRunner, datasetFiscalYear: number): Promise<OverviewData> {
	const [employers, years] = await Promise.all([runner.rows(employerPlacements()), runner.rows(requestFiscalYears())]);
	const requestYear = years.find((y) => y.fiscalYear === datasetFiscalYear)?.fiscalYear ?? years[0]?.fiscalYear ?? null;
	const monthlyRequests = requestYear === null ? [] : await runner.rows(requestsByMonth(requestYear));
	return { employers, summary: summarisePlacement(employers), requestYear, monthlyRequests };
}
