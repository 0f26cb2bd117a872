/**
 * MEXT's 学校コード一覧 (文部科学省「学校コード」) as published: 学校コード, 学校種, 都道府県番号,
 * 設置区分, 本分校, 学校名, 学校所在地, 郵便番号, 属性情報設定年月日, 属性情報廃止年月日, … — no
 * municipality code and no coordinates. The municipality is found from the address in the
 * built-in list; the point is taken from a school of the same code already loaded (from P29),
 * else the municipality's own point, which the review names row by row. docs/data-formats.md,
 * "Public files".
 */
import { SCHOOL_CODE_TYPES, SCHOOL_TYPE_CODE_PREFIX } from '../codes';
import type { MunicipalityLookup } from '../municipality-lookup';
import { TABLES, type SchoolType } from '../tables';
import { normaliseHeader } from './headers';
import { parseCell } from './values';
import type { PublicSchool, SchoolManager } from './public-schools';

/** The columns read, by their header in the list (normalised as any header is). */
const COLUMNS = {
	code: ['学校コード'],
	type: ['学校種'],
	prefecture: ['都道府県番号'],
	founder: ['設置区分'],
	name: ['学校名'],
	address: ['学校所在地', '所在地', '住所'],
	closed: ['属性情報廃止年月日']
} as const;
type ListColumn = keyof typeof COLUMNS;

/** 設置区分: 1 国立, 2 公立, 3 私立 (the 5th character of the school code says the same). */
const FOUNDERS: Readonly<Record<string, 'national' | 'public' | 'private'>> = {
	'1': 'national',
	国立: 'national',
	'2': 'public',
	公立: 'public',
	'3': 'private',
	私立: 'private'
};

export type SchoolListColumns = Partial<Record<ListColumn, number>>;

/** Where each column of the list is, or null when the header is not such a list (it has a municipality code, or no address). */
export function schoolListColumns(header: readonly string[]): SchoolListColumns | null {
	const keys = header.map(normaliseHeader);
	const at: SchoolListColumns = {};
	for (const [column, names] of Object.entries(COLUMNS) as [ListColumn, readonly string[]][]) {
		const i = keys.findIndex((k) => names.includes(k));
		if (i >= 0) at[column] = i;
	}
	return at.code !== undefined && at.name !== undefined && at.address !== undefined ? at : null;
}

const SCHOOL_TYPE_COLUMN = TABLES.schools.columns.find((c) => c.name === 'school_type')!;
const PREFIX_TYPES = Object.fromEntries(
	Object.entries(SCHOOL_TYPE_CODE_PREFIX).map(([type, prefix]) => [prefix, type as SchoolType])
);

/** 学校種 as the list writes it (B1) or as a label (小学校); else the school code's first two characters. */
function typeOf(raw: string, code: string): SchoolType | null {
	const prefix = raw.trim().toUpperCase();
	if (prefix in SCHOOL_CODE_TYPES) return PREFIX_TYPES[prefix] ?? null;
	const label = parseCell(SCHOOL_TYPE_COLUMN, raw);
	if (label.ok && typeof label.value === 'string') return label.value as SchoolType;
	return PREFIX_TYPES[code.slice(0, 2)] ?? null;
}

/** A public school is run by its prefecture when its name says so (愛知県立…, 県立…, 都立…), else by its municipality. */
function publicManager(name: string, prefectureName: string): SchoolManager {
	return name.startsWith(`${prefectureName}立`) || /^[都道府県]立/u.test(name) ? 'prefecture' : 'municipality';
}

export type SchoolListRow =
	| { kind: 'school'; school: PublicSchool }
	| { kind: 'closed'; line: number; value: string }
	| {
			kind: 'not_found' | 'ambiguous';
			line: number;
			value: string;
			/** What the row would be, so that a school the user does not keep is not an error. */
			school: Pick<PublicSchool, 'type' | 'manager'>;
	  };

/**
 * One row of the list: the school with its municipality and point, a closed school (廃止 date
 * given, left out), or an address the built-in list does not place.
 */
export function readSchoolListRow(
	row: readonly string[],
	line: number,
	at: SchoolListColumns,
	lookup: MunicipalityLookup,
	prefectureName: (code: string) => string,
	located: (code: string) => readonly [number, number] | undefined
): SchoolListRow {
	const cell = (c: ListColumn) => (at[c] === undefined ? '' : (row[at[c]] ?? '').trim());
	const code = cell('code');
	if (cell('closed') !== '') return { kind: 'closed', line, value: code };
	const name = cell('name');
	const type = typeOf(cell('type'), code);
	const founder = FOUNDERS[cell('founder').normalize('NFKC')] ?? FOUNDERS[code.charAt(4)];
	const address = cell('address');
	const prefecture = (cell('prefecture') || code.slice(2, 4)).padStart(2, '0');
	const manager: SchoolManager =
		founder === 'public' ? publicManager(name, prefectureName(prefecture)) : (founder ?? 'other');
	const match = lookup.fromAddress(address, prefecture);
	if (!match.ok) return { kind: match.reason, line, value: address, school: { type, manager } };
	const m = match.municipality;
	const point = located(code);
	return {
		kind: 'school',
		school: {
			line,
			code,
			name,
			type,
			manager,
			municipality: m.code,
			lon: point?.[0] ?? m.at[0],
			lat: point?.[1] ?? m.at[1],
			located: point ? 'loaded' : 'municipality'
		}
	};
}
