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
}

/** Every municipality (and prefecture) row with its staff; the prefecture from its column, else the code's first two digits. */
export const compareEmployers = () =>
	query<CompareEmployerRow>(`
		WITH staff_counts AS (
			SELECT employer_code AS code, count(*)::INTEGER AS staff, sum(COALESCE(days_per_week, 5))::DOUBLE AS staff_days
			FROM staff GROUP BY 1
		)
		SELECT m.municipality_code AS code, m.name, m.kind, COALESCE(m.prefecture_code, substr(m.municipality_code, 1, 2)) AS prefecture,
			m.office_lat AS lat, m.office_lon AS lon,
			COALESCE(st.staff, 0) AS staff, COALESCE(st.staff_days, 0) AS "staffDays"
		FROM municipalities m LEFT JOIN staff_counts st ON st.code = m.municipality_code
		ORDER BY m.municipality_code`);

/** Schools per employer and school type (long format). */
export const schoolsByEmployerType = () =>
	query<{ code: string; type: SchoolType; schools: number }>(
		`SELECT COALESCE(employer_code, municipality_code) AS code, school_type AS type, count(*)::INTEGER AS schools FROM schools GROUP BY ALL ORDER BY 1, 2`
	);
