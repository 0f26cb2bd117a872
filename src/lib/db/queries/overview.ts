/** Queries behind the overview screen. */
import { query } from '../query';
import { FISCAL_YEAR_CTE, SCHOOL_TYPES_CTE, STAFF_CTE } from './counts';
import type { EmployerPlacement } from '$lib/domain/placement';
import type { RequestCategory } from '$lib/domain/tables';
import type { IndicatorValue } from '$lib/domain/plan';

/** Every municipality/prefecture row with the schools it runs, its staff and their requests, from rows or counts (./counts.ts). */
export const employerPlacements = (fiscalYear: number) =>
	query<EmployerPlacement>(
		`
		WITH ${FISCAL_YEAR_CTE}, ${SCHOOL_TYPES_CTE}, ${STAFF_CTE},
		school_totals AS (
			SELECT code, sum(schools)::INTEGER AS schools, any_value(source) AS source FROM school_types GROUP BY 1
		), request_counts AS (
			SELECT COALESCE(s.employer_code, s.municipality_code) AS code, count(*)::INTEGER AS requests
			FROM support_requests r JOIN schools s USING (school_code) GROUP BY 1
		)
		SELECT m.municipality_code AS code, m.name, m.kind,
			COALESCE(sc.schools, 0) AS schools,
			COALESCE(st.staff, 0) AS staff,
			COALESCE(st.staff_days, 0) AS "staffDays",
			COALESCE(rc.requests, 0) AS requests
		FROM municipalities m
		LEFT JOIN school_totals sc ON sc.code = m.municipality_code
		LEFT JOIN staff_all st ON st.code = m.municipality_code
		LEFT JOIN request_counts rc ON rc.code = m.municipality_code
		ORDER BY m.municipality_code`,
		[fiscalYear]
	);

export interface MonthlyRequests {
	/** 年度 the month belongs to (April–March). */
	fiscalYear: number;
	year: number;
	month: number;
	category: RequestCategory;
	requests: number;
}

/** Support requests per calendar month and category, for every fiscal year in the log. */
export const requestsByMonth = () =>
	query<MonthlyRequests>(
		`SELECT (year(requested_at) - CASE WHEN month(requested_at) < 4 THEN 1 ELSE 0 END)::INTEGER AS "fiscalYear",
			year(requested_at)::INTEGER AS year, month(requested_at)::INTEGER AS month, category, count(*)::INTEGER AS requests
		FROM support_requests
		GROUP BY ALL ORDER BY year, month, category`
	);

/** Plan indicators measured in one fiscal year, per scope (municipality or prefecture). */
export const indicatorValues = (fiscalYear: number) =>
	query<IndicatorValue>(
		`SELECT scope_code AS scope, indicator, value FROM ict_environment WHERE fiscal_year = ?::INTEGER ORDER BY scope_code, indicator`,
		[fiscalYear]
	);
