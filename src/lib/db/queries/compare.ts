/** The compare screen's data: every employer with its schools by type, staff and office, and the plan indicators. */
import { query } from '../query';
import type { MunicipalityKind, SchoolType } from '$lib/domain/tables';

export interface CompareEmployerRow {
	code: string;
	name: string;
	kind: MunicipalityKind | null;
	prefecture: string;
	lat: number | null;
	lon: number | null;
	staff: number;
	staffDays: number;
	/** Staff without any row in assignments. */
	staffUnassigned: number;
}

/** Every municipality (and prefecture) row with its staff; the prefecture from its column, else the code's first two digits. */
export const compareEmployers = () =>
	query<CompareEmployerRow>(`
		WITH staff_counts AS (
			SELECT employer_code AS code, count(*)::INTEGER AS staff, sum(COALESCE(days_per_week, 5))::DOUBLE AS staff_days,
				count(*) FILTER (WHERE staff_id NOT IN (SELECT staff_id FROM assignments))::INTEGER AS unassigned
			FROM staff GROUP BY 1
		)
		SELECT m.municipality_code AS code, m.name, m.kind, COALESCE(m.prefecture_code, substr(m.municipality_code, 1, 2)) AS prefecture,
			m.office_lat AS lat, m.office_lon AS lon,
			COALESCE(st.staff, 0) AS staff, COALESCE(st.staff_days, 0) AS "staffDays",
			COALESCE(st.unassigned, 0) AS "staffUnassigned"
		FROM municipalities m LEFT JOIN staff_counts st ON st.code = m.municipality_code
		ORDER BY m.municipality_code`);

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

/** Schools per employer and school type (long format). */
export const schoolsByEmployerType = () =>
	query<{ code: string; type: SchoolType; schools: number }>(
		`SELECT COALESCE(employer_code, municipality_code) AS code, school_type AS type, count(*)::INTEGER AS schools FROM schools GROUP BY ALL ORDER BY 1, 2`
	);
