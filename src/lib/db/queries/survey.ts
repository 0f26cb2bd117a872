/** What the survey workbook of a prefecture's municipalities is pre-filled with (domain/survey.ts). */
import { query } from '../query';

/**
 * Prefectures (2-digit codes) with at least one municipality loaded (a prefecture's own row, number
 * 000, is not one), with the name of that own row when the data has it (the sample's is fictional).
 */
export const surveyPrefectures = () =>
	query<{ prefecture: string; name: string | null }>(
		`SELECT DISTINCT substr(m.municipality_code, 1, 2) AS prefecture, p.name AS name
		 FROM municipalities m
		 LEFT JOIN municipalities p ON substr(p.municipality_code, 1, 5) = substr(m.municipality_code, 1, 2) || '000'
		 WHERE substr(m.municipality_code, 3, 3) <> '000' ORDER BY prefecture`
	);

/** Every loaded municipality, by code, to name the answers and refuse codes not in the data. */
export const surveyMunicipalities = () =>
	query<{ code: string; name: string }>(`SELECT municipality_code AS code, name FROM municipalities`);

/** The prefecture's municipalities, each with the schools it runs (its employer code, else where they are). */
export const surveySchools = (prefecture: string) =>
	query<{ employer: string; code: string; name: string; type: string }>(
		`SELECT coalesce(employer_code, municipality_code) AS employer, school_code AS code, name, school_type AS type
		 FROM schools WHERE substr(coalesce(employer_code, municipality_code), 1, 2) = ?
		 ORDER BY employer, school_type, school_code`,
		[prefecture]
	);

/** School counts of the fiscal year, for municipalities without a list of schools. */
export const surveySchoolCounts = (prefecture: string, fiscalYear: number) =>
	query<{ municipality: string; type: string; schools: number }>(
		`SELECT municipality_code AS municipality, school_type AS type, CAST(schools AS INTEGER) AS schools
		 FROM school_counts WHERE substr(municipality_code, 1, 2) = ? AND fiscal_year = ?
		 ORDER BY municipality, school_type`,
		[prefecture, fiscalYear]
	);
