/**
 * SSDSE-A's school columns and the counts read from them. Plain JavaScript because the build-time
 * plugin that makes the built-in reference (scripts/japan-reference.js, imported by
 * vite.config.ts) reads them too and cannot import TypeScript; ssdse.ts reads a user's file
 * with the same ones, so the reference and an imported SSDSE-A count alike.
 * @typedef {import('../reference').ReferenceSchoolType} ReferenceSchoolType
 * @typedef {import('../reference').ReferenceMunicipality} ReferenceMunicipality
 */

/**
 * The indicator codes of each school type: schools, teachers, students (both stages for 義務教育学校).
 * @type {Readonly<Record<ReferenceSchoolType, { schools: string; teachers: string | null; students: readonly string[] }>>}
 */
export const SSDSE_SCHOOL_COLUMNS = {
	elementary: { schools: 'E2101', teachers: 'E2401', students: ['E2501'] },
	junior_high: { schools: 'E3101', teachers: 'E3401', students: ['E3501'] },
	compulsory: { schools: 'E3901', teachers: 'E3904', students: ['E3905', 'E3906'] },
	high: { schools: 'E4101', teachers: null, students: ['E4501'] }
};

/**
 * The school counts of one municipality; a type it has none of is left out (most have no 義務教育学校).
 * @param {(code: string) => number | null} value the municipality's figure under an indicator code
 * @returns {ReferenceMunicipality['counts']}
 */
export function ssdseCounts(value) {
	/** @type {ReferenceMunicipality['counts']} */
	const counts = {};
	for (const type of /** @type {ReferenceSchoolType[]} */ (Object.keys(SSDSE_SCHOOL_COLUMNS))) {
		const columns = SSDSE_SCHOOL_COLUMNS[type];
		const schools = value(columns.schools);
		if (!schools) continue;
		counts[type] = {
			schools,
			teachers: columns.teachers ? value(columns.teachers) : null,
			students: columns.students.reduce((n, c) => n + (value(c) ?? 0), 0)
		};
	}
	return counts;
}

/**
 * A cell as a count: blank or not a number is no figure.
 * @param {string | undefined} cell
 * @returns {number | null}
 */
export function ssdseNumber(cell) {
	if (cell === undefined || cell.trim() === '') return null;
	const n = Number(cell);
	return Number.isFinite(n) ? n : null;
}
