/**
 * The reference data of Japan built into the app (docs/reference-data.md): every municipality
 * and prefecture, its kind and its school counts from SSDSE-A (学校基本調査), and the rows a
 * workspace made from one prefecture starts with. Converted at build time by
 * scripts/japan-reference.js; the boundaries come separately, one prefecture at a time.
 */
import { municipalityCheckDigit, prefectureEntityCode } from './codes';
import type { MunicipalityKind } from './tables';

/** The school types SSDSE-A counts, in the app's names. */
export const REFERENCE_SCHOOL_TYPES = ['elementary', 'junior_high', 'compulsory', 'high'] as const;
export type ReferenceSchoolType = (typeof REFERENCE_SCHOOL_TYPES)[number];

export interface ReferenceCount {
	schools: number;
	/** Not published for every type (SSDSE-A has no teachers for 高等学校). */
	teachers: number | null;
	students: number;
}

export interface ReferenceMunicipality {
	/** 6 digits with the check digit. */
	code: string;
	name: string;
	/** 郡 of a town or village, '' otherwise. */
	county: string;
	kind: Exclude<MunicipalityKind, 'prefecture'>;
	/** 2 digits. */
	prefecture: string;
	/** A point inside the main area, [lon, lat], for a symbol on the map. */
	at: [number, number];
	counts: Partial<Record<ReferenceSchoolType, ReferenceCount>>;
}

export interface ReferencePrefecture {
	code: string;
	name: string;
}

export interface ReferenceSource {
	/** The line to show wherever a figure from the source appears. */
	credit: string;
	/** 西暦 fiscal year the figures describe (学校基本調査 of that year). */
	fiscalYear: number | null;
	licence: string | null;
}

export interface ReferenceIndex {
	prefectures: ReferencePrefecture[];
	municipalities: ReferenceMunicipality[];
	sources: { counts: ReferenceSource; boundaries: ReferenceSource };
}

/** Whether a 6-digit code carries its own check digit. */
export const hasValidCheckDigit = (code: string): boolean =>
	/^\d{6}$/.test(code) && municipalityCheckDigit(code.slice(0, 5)) === Number(code[5]);

/** The school types run by a municipality and by a prefecture (docs/domain.md, "Who employs"). */
const RUN_BY_PREFECTURE: readonly ReferenceSchoolType[] = ['high'];

/** One row of the `school_counts` table a prefecture's workspace starts with. */
export type SchoolCountRow = {
	municipality_code: string;
	fiscal_year: number;
	school_type: ReferenceSchoolType;
	schools: number;
	teachers: number | null;
	students: number;
	founders: 'all' | 'public';
	source: string;
};

/** One row of the `municipalities` table made from the reference. */
export type MunicipalityRow = {
	municipality_code: string;
	name: string;
	prefecture_code: string;
	kind: MunicipalityKind;
	office_lat: number | null;
	office_lon: number | null;
};

/**
 * The tables a workspace of one prefecture starts with: its municipalities and the prefecture
 * itself (which runs the high schools), and their school counts. SSDSE-A counts national, public
 * and private schools together, so every count is marked `founders: 'all'` (国公私立計); a
 * prefecture's high schools are the sum over its municipalities.
 */
export function prefectureTables(
	index: ReferenceIndex,
	prefectureCode: string
): { municipalities: MunicipalityRow[]; schoolCounts: SchoolCountRow[] } | null {
	const prefecture = index.prefectures.find((p) => p.code === prefectureCode);
	if (!prefecture) return null;
	const members = index.municipalities.filter((m) => m.prefecture === prefectureCode);
	const own = prefectureEntityCode(prefectureCode);
	const fiscalYear = index.sources.counts.fiscalYear ?? 0;
	const source = index.sources.counts.credit;
	const municipalities: MunicipalityRow[] = [
		{
			municipality_code: own,
			name: prefecture.name,
			prefecture_code: prefectureCode,
			kind: 'prefecture',
			office_lat: null,
			office_lon: null
		},
		...members.map((m) => ({
			municipality_code: m.code,
			name: m.name,
			prefecture_code: prefectureCode,
			kind: m.kind,
			office_lat: m.at[1],
			office_lon: m.at[0]
		}))
	];
	const schoolCounts = schoolCountRows(members, prefectureCode, fiscalYear, source);
	return { municipalities, schoolCounts };
}

/**
 * The `school_counts` rows of one prefecture's municipalities, counted 国公私立計 (founders
 * 'all'): each municipality's schools of the types it runs, and the prefecture's high schools as
 * the sum over its municipalities.
 */
export function schoolCountRows(
	members: readonly Pick<ReferenceMunicipality, 'code' | 'counts'>[],
	prefectureCode: string,
	fiscalYear: number,
	source: string
): SchoolCountRow[] {
	const own = prefectureEntityCode(prefectureCode);
	const row = (code: string, type: ReferenceSchoolType, c: ReferenceCount): SchoolCountRow => ({
		municipality_code: code,
		fiscal_year: fiscalYear,
		school_type: type,
		schools: c.schools,
		teachers: c.teachers,
		students: c.students,
		founders: 'all',
		source
	});
	const schoolCounts: SchoolCountRow[] = [];
	for (const m of members)
		for (const type of REFERENCE_SCHOOL_TYPES) {
			const c = m.counts[type];
			if (c && c.schools > 0 && !RUN_BY_PREFECTURE.includes(type)) schoolCounts.push(row(m.code, type, c));
		}
	for (const type of RUN_BY_PREFECTURE) {
		const counts = members.flatMap((m) => (m.counts[type] ? [m.counts[type]] : []));
		const schools = counts.reduce((n, c) => n + c.schools, 0);
		if (schools === 0) continue;
		const teachers = counts.every((c) => c.teachers !== null)
			? counts.reduce((n, c) => n + (c.teachers ?? 0), 0)
			: null;
		schoolCounts.push(row(own, type, { schools, teachers, students: counts.reduce((n, c) => n + c.students, 0) }));
	}
	return schoolCounts;
}
