/**
 * Schools read from a public list (国土数値情報 P29, MEXT 学校コード一覧) before they become rows of
 * the schools table: what the review counts, what the user keeps (municipalities, school types,
 * founders) and the row each kept school gives. docs/data-formats.md, "Public files".
 */
import { prefectureEntityCode } from '../codes';
import { SCHOOL_TYPES, type SchoolType } from '../tables';

/** Who runs a school: 国, 都道府県, 市区町村, a private body, or other. Public = prefecture or municipality. */
export const SCHOOL_MANAGERS = ['national', 'prefecture', 'municipality', 'private', 'other'] as const;
export type SchoolManager = (typeof SCHOOL_MANAGERS)[number];
export const PUBLIC_MANAGERS: readonly SchoolManager[] = ['prefecture', 'municipality'];

export interface PublicSchool {
	/** Line (CSV) or feature number (GeoJSON) in the file, to name it in a problem. */
	line: number;
	code: string;
	name: string;
	/** Null for a type the plan does not cover (幼稚園, 大学 …). */
	type: SchoolType | null;
	manager: SchoolManager;
	/** 6 digits; the city for a school in a 政令市の区. */
	municipality: string;
	lon: number;
	lat: number;
	/** Where the point comes from: the file, a school of the same code already loaded, or the municipality's own point. */
	located: 'file' | 'loaded' | 'municipality';
}

/** What to keep of a list; a list left empty keeps everything of its kind. */
export interface SchoolChoice {
	/** 6-digit codes of the municipalities whose schools to keep (empty: all). */
	municipalities?: readonly string[];
	types?: readonly SchoolType[];
	managers?: readonly SchoolManager[];
}

/** The default: every municipality of the file, public schools of the types the plan covers. */
export const DEFAULT_SCHOOL_CHOICE: Required<SchoolChoice> = {
	municipalities: [],
	types: SCHOOL_TYPES,
	managers: PUBLIC_MANAGERS
};

export function keepSchool(
	school: Pick<PublicSchool, 'type' | 'manager' | 'municipality'>,
	choice: SchoolChoice = {}
): boolean {
	const { municipalities, types, managers } = { ...DEFAULT_SCHOOL_CHOICE, ...choice };
	return (
		school.type !== null &&
		types.includes(school.type) &&
		managers.includes(school.manager) &&
		(municipalities.length === 0 || municipalities.includes(school.municipality))
	);
}

/** The employer of a public school: the prefecture's own code when the prefecture runs it, else the municipality. */
export const schoolEmployer = (school: Pick<PublicSchool, 'manager' | 'municipality'>): string =>
	school.manager === 'prefecture' ? prefectureEntityCode(school.municipality.slice(0, 2)) : school.municipality;

/** A schools row (canonical columns) of a kept school; coordinates rounded to about 10 cm. */
export function publicSchoolRow(school: PublicSchool): Record<string, string> {
	return {
		school_code: school.code,
		name: school.name,
		school_type: school.type ?? '',
		municipality_code: school.municipality,
		employer_code: schoolEmployer(school),
		lat: String(Math.round(school.lat * 1e6) / 1e6),
		lon: String(Math.round(school.lon * 1e6) / 1e6)
	};
}

/** Schools counted by municipality, type and manager: what the review shows before loading. */
export interface SchoolTally {
	municipality: string;
	type: SchoolType | null;
	manager: SchoolManager;
	schools: number;
}

export function tallySchools(schools: readonly PublicSchool[]): SchoolTally[] {
	const tally = new Map<string, SchoolTally>();
	for (const s of schools) {
		const key = `${s.municipality}|${s.type}|${s.manager}`;
		const t = tally.get(key) ?? { municipality: s.municipality, type: s.type, manager: s.manager, schools: 0 };
		t.schools++;
		tally.set(key, t);
	}
	return [...tally.values()].sort((a, b) => a.municipality.localeCompare(b.municipality));
}
