/** Queries describing the loaded data as a whole. */
import { query, type QueryRunner } from '../query';

/** The newest fiscal year (April–March) in the support log, or null when the log is empty. */
export async function latestRequestFiscalYear(runner: QueryRunner): Promise<number | null> {
	const [row] = await runner.rows(
		query<{ fiscalYear: number | null }>(
			`SELECT max(year(requested_at) - CASE WHEN month(requested_at) < 4 THEN 1 ELSE 0 END)::INTEGER AS "fiscalYear" FROM support_requests`,
			[],
			{ cache: false }
		)
	);
	return row?.fiscalYear ?? null;
}
