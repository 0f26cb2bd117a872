/** The compare screen's data: every employer with its schools by type, staff and office, and the plan indicators. */
import { query } from '../query';
import type { MunicipalityKind, SchoolFounders, SchoolType } from '$lib/domain/tables';
import type { CountSource } from '$lib/domain/compare';
import { FISCAL_YEAR_CTE, SCHOOL_TYPES_CTE, STAFF_CTE } from './counts';

export interface CompareEmployerRow {
	code: string;
	name: string;
	kind: MunicipalityKind | null;
	prefecture: string;
	lat: number | null;
	lon: number | null;
	staff: number;
	staffDays: number;
	/** Staff without any row in assignments (every counted one). */
	staffUnassigned: number;
	/** Where the staff figure comes from: staff rows, the counts entered for the year, or neither. */
	staffFrom: CountSource | null;
}

/** Every municipality (and prefecture) row with its staff; the prefecture from its column, else the code's first two digits. */
export const compareEmployers = (fiscalYear: number) =>
	query<CompareEmployerRow>(
		`
		WITH ${FISCAL_YEAR_CTE}, ${STAFF_CTE}
		SELECT m.municipality_code AS code, m.name, m.kind, COALESCE(m.prefecture_code, substr(m.municipality_code, 1, 2)) AS prefecture,
			m.office_lat AS lat, m.office_lon AS lon,
			COALESCE(st.staff, 0) AS staff, COALESCE(st.staff_days, 0) AS "staffDays",
			COALESCE(st.unassigned, 0) AS "staffUnassigned", st.source AS "staffFrom"
		FROM municipalities m LEFT JOIN staff_all st ON st.code = m.municipality_code
		ORDER BY m.municipality_code`,
		[fiscalYear]
	);

/**
 * Staff with assignments apportioned by school type, per employer (docs/domain.md, "Formulas"): each staff member
 * counts for the share of their assigned schools (each school once, whatever its visit days) of each type. A
 * staff member assigned to another employer's schools still counts for their own employer, as the head count does.
 */
export const staffByEmployerType = () =>
	query<{ code: string; type: SchoolType; staff: number }>(`
		WITH assigned AS (
			SELECT DISTINCT a.staff_id, a.school_code, sc.school_type AS type
			FROM assignments a JOIN schools sc ON sc.school_code = a.school_code
		), by_type AS (
			SELECT staff_id, type, count(*) AS n FROM assigned GROUP BY staff_id, type
		), shares AS (
			SELECT staff_id, type, n / sum(n) OVER (PARTITION BY staff_id) AS share FROM by_type
		)
		SELECT st.employer_code AS code, sh.type, sum(sh.share)::DOUBLE AS staff
		FROM shares sh JOIN staff st ON st.staff_id = sh.staff_id
		GROUP BY ALL ORDER BY 1, 2`);

/** Schools per employer and school type (long format), from the rows or the counts, with where they come from. */
export const schoolsByEmployerType = (fiscalYear: number) =>
	query<{
		code: string;
		type: SchoolType;
		schools: number;
		source: CountSource;
		year: number | null;
		founders: SchoolFounders;
	}>(
		`WITH ${FISCAL_YEAR_CTE}, ${SCHOOL_TYPES_CTE}
		SELECT code, type, schools, source, year, founders FROM school_types ORDER BY 1, 2`,
		[fiscalYear]
	);
