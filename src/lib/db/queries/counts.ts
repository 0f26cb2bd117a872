/**
 * Schools and staff per employer, from the rows where the employer has any and from its counts
 * otherwise (docs/domain.md, "Counts and rows"): a prefecture started from the built-in
 * reference has school counts (学校基本調査) and typed staff numbers but no school or staff rows.
 * These are fragments of one WITH clause, shared by the overview and compare queries so both
 * count alike; each needs the CTE `fy(y)` (the dataset's fiscal year) ahead of them.
 */
import { query } from '../query';
import type { CountsInUse } from '$lib/domain/count-sources';

/** The dataset's fiscal year as the CTE `fy`, its one parameter. */
export const FISCAL_YEAR_CTE = `fy AS (SELECT ?::INTEGER AS y)`;

/**
 * `school_types(code, type, schools, source, year, founders)`: an employer's school rows by type,
 * else its counts of the latest year up to the dataset's (else the earliest there is).
 */
export const SCHOOL_TYPES_CTE = `
	school_rows AS (
		SELECT COALESCE(employer_code, municipality_code) AS code, school_type AS type, count(*)::INTEGER AS schools
		FROM schools GROUP BY ALL
	), count_year AS (
		SELECT municipality_code AS code,
			COALESCE(max(fiscal_year) FILTER (WHERE fiscal_year <= (SELECT y FROM fy)), min(fiscal_year)) AS year
		FROM school_counts GROUP BY 1
	), school_types AS (
		SELECT code, type, schools, 'rows' AS source, NULL::INTEGER AS year, 'public' AS founders FROM school_rows
		UNION ALL
		SELECT c.municipality_code, c.school_type, c.schools::INTEGER, 'counts', c.fiscal_year::INTEGER, COALESCE(c.founders, 'public')
		FROM school_counts c JOIN count_year y ON y.code = c.municipality_code AND y.year = c.fiscal_year
		WHERE c.municipality_code NOT IN (SELECT code FROM school_rows)
	)`;

/**
 * `staff_all(code, staff, staff_days, unassigned, source, fte)`: an employer's staff rows, else the
 * head count it entered for the dataset's fiscal year; days from the FTE (1 = five days a week).
 * Counted staff have no assignments: which school types they serve follows the school mix.
 */
export const STAFF_CTE = `
	staff_rows AS (
		SELECT employer_code AS code, count(*)::INTEGER AS staff, sum(COALESCE(days_per_week, 5))::DOUBLE AS staff_days,
			count(*) FILTER (WHERE staff_id NOT IN (SELECT staff_id FROM assignments))::INTEGER AS unassigned,
			(sum(COALESCE(days_per_week, 5)) / 5)::DOUBLE AS fte
		FROM staff GROUP BY 1
	), staff_all AS (
		SELECT code, staff, staff_days, unassigned, 'rows' AS source, fte FROM staff_rows
		UNION ALL
		SELECT employer_code, headcount::INTEGER, (COALESCE(fte, headcount) * 5)::DOUBLE, headcount::INTEGER, 'counts',
			COALESCE(fte, headcount)::DOUBLE
		FROM staff_counts
		WHERE fiscal_year = (SELECT y FROM fy) AND employer_code NOT IN (SELECT code FROM staff_rows)
	)`;

/** What the figures of the year rest on where they come from counts. */
export const countsInUse = (fiscalYear: number) =>
	query<CountsInUse>(
		`WITH ${FISCAL_YEAR_CTE}, ${SCHOOL_TYPES_CTE}, ${STAFF_CTE}
		SELECT 'schools' AS what, count(DISTINCT t.code)::INTEGER AS employers, t.year, t.founders, any_value(c.source) AS source
		FROM school_types t LEFT JOIN school_counts c
			ON c.municipality_code = t.code AND c.fiscal_year = t.year AND c.school_type = t.type
		WHERE t.source = 'counts' GROUP BY ALL
		UNION ALL
		SELECT 'staff', count(*)::INTEGER, (SELECT y FROM fy), NULL, NULL FROM staff_all WHERE source = 'counts' HAVING count(*) > 0
		ORDER BY 1, 3`,
		[fiscalYear]
	);

/** Staff in all per fiscal year: the dataset's year as every screen counts it (rows, else counts), other years from the counts entered for them. */
export const staffByYear = (fiscalYear: number) =>
	query<{ year: number; staff: number; employers: number }>(
		`WITH ${FISCAL_YEAR_CTE}, ${STAFF_CTE}
		SELECT fiscal_year::INTEGER AS year, sum(headcount)::INTEGER AS staff, count(*)::INTEGER AS employers
		FROM staff_counts WHERE fiscal_year <> (SELECT y FROM fy) GROUP BY 1
		UNION ALL
		SELECT (SELECT y FROM fy), COALESCE(sum(staff), 0)::INTEGER, count(*)::INTEGER FROM staff_all
		ORDER BY 1`,
		[fiscalYear]
	);

/**
 * Per employer, the head counts entered for the fiscal years other than the dataset's: with the dataset's year as the
 * compare screen counts it (staff_all), each employer's path sums to the overview's `staffByYear`.
 */
export const staffCountsOtherYears = (fiscalYear: number) =>
	query<{ code: string; year: number; staff: number }>(
		`SELECT employer_code AS code, fiscal_year::INTEGER AS year, headcount::INTEGER AS staff
		FROM staff_counts WHERE fiscal_year <> ?::INTEGER ORDER BY 1, 2`,
		[fiscalYear]
	);
