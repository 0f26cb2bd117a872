/**
 * Public files a board downloads from the ministries' sites, read as published (docs/data-formats.md,
 * "Public files"): 国土数値情報 P29 (GeoJSON), MEXT's 学校コード一覧 (CSV with addresses, no
 * municipality codes or points), SSDSE-A (three header rows), and any CSV whose header is not its
 * first row. Each becomes rows of one table, with the line of the file each comes from, which
 * then go through the checks of any import; what was found is summarised for the review.
 */
import { isSchoolCodeAcceptable, prefectureEntityCode } from '$lib/domain/codes';
import type { DataIssue } from '$lib/domain/issues';
import { recogniseTable } from '$lib/domain/import/headers';
import { isP29, P29_CREDIT, readP29 } from '$lib/domain/import/p29';
import {
	keepSchool,
	publicSchoolRow,
	tallySchools,
	type PublicSchool,
	type SchoolChoice,
	type SchoolTally
} from '$lib/domain/import/public-schools';
import { readSchoolListRow, schoolListColumns } from '$lib/domain/import/school-list';
import {
	isSsdseA,
	ssdseCounts,
	ssdseCredit,
	ssdseSource,
	ssdseFiscalYear,
	ssdseMunicipality,
	ssdseNumber
} from '$lib/domain/import/ssdse';
import { MunicipalityLookup } from '$lib/domain/municipality-lookup';
import { schoolCountRows, type ReferenceIndex } from '$lib/domain/reference';
import { TABLES, type TableName } from '$lib/domain/tables';
import { peekCsv, streamCsv, type CsvLayout, type TextEncodingName } from './csv-reader';

/** What the app knows beside the file: the built-in reference, and the points of the schools already loaded. */
export interface ImportContext {
	reference?: ReferenceIndex;
	/** [school_code, lon, lat] of the loaded schools, for a list without coordinates. */
	locations?: readonly (readonly [string, number, number])[];
}

/** What the user keeps of a public file: schools by municipality, type and founder; SSDSE-A rows by prefecture. */
export interface PublicChoice extends SchoolChoice {
	/** 2-digit prefecture codes (SSDSE-A); empty: all. */
	prefectures?: readonly string[];
	/** The row (0-based, of the non-blank rows) that holds the headers, for a file with several header rows. */
	headerRow?: number;
}

interface SchoolsSummary {
	/** Every school of the file by municipality, type and founder, kept or not. */
	tally: SchoolTally[];
	/** Names of the municipalities in the tally. */
	names: Record<string, string>;
	kept: number;
}

export type PublicSummary =
	| ({ kind: 'p29'; credit: string; features: number; skipped: number } & SchoolsSummary)
	| ({
			kind: 'school_list';
			closed: number;
			unplaced: number;
			located: { loaded: number; municipality: number };
	  } & SchoolsSummary)
	| {
			kind: 'ssdse_a';
			credit: string;
			fiscalYear: number | null;
			prefectures: string[];
			municipalities: number;
			kept: number;
	  }
	| { kind: 'header_row'; row: number; rows: number };

export interface PublicRead {
	/** The table the rows are for, or null to recognise it from `header` as any file's. */
	table: TableName | null;
	header: string[];
	rows: string[][];
	lines: number[];
	/** Found while reading: rows left out or placed by approximation, named by line. */
	notes: DataIssue[];
	summary: PublicSummary;
	/** Municipality and employer codes the kept rows refer to, for the review to offer the built-in list. */
	refers: string[];
	layout: CsvLayout | null;
}

const canonicalHeader = (table: TableName) => TABLES[table].columns.map((c) => c.name);
const asRow = (table: TableName, record: object) =>
	canonicalHeader(table).map((c) => {
		const value: unknown = (record as Record<string, unknown>)[c];
		return value === null || value === undefined ? '' : String(value);
	});

function firstChar(bytes: Uint8Array): number {
	let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
	return bytes[i] ?? 0;
}

/** Bytes enough to tell a public file by its first rows. */
const PEEK_BYTES = 256 * 1024;

/**
 * The whole lines of the file's first PEEK_BYTES: a file is told by its first rows, so a 100 MB
 * log is not checked for its encoding throughout just to find it is no public file (its import
 * reads it all anyway).
 */
function headOf(bytes: Uint8Array): Uint8Array {
	const lf = bytes.length > PEEK_BYTES ? bytes.lastIndexOf(0x0a, PEEK_BYTES - 1) : -1;
	return lf > 0 ? bytes.subarray(0, lf + 1) : bytes;
}

/** A file this module reads, or null: any other file goes through the ordinary import. */
export function readPublicFile(
	name: string,
	bytes: Uint8Array,
	choice: PublicChoice,
	encoding: TextEncodingName | undefined,
	context: ImportContext
): PublicRead | null {
	const reference = context.reference;
	if (firstChar(bytes) === 0x7b /* { */) return reference ? readGeoJson(name, bytes, choice, reference) : null;
	let peek;
	try {
		peek = peekCsv(headOf(bytes), encoding, 8);
	} catch {
		return null;
	}
	const rows = [peek.header, ...peek.rows];
	if (reference && isSsdseA(peek.header)) return readSsdse(bytes, encoding, choice, reference);
	if (reference && schoolListColumns(peek.header))
		return readSchoolList(name, bytes, encoding, choice, context, reference);
	const headerRow = choice.headerRow ?? findHeaderRow(rows);
	return headerRow > 0 ? fromHeaderRow(bytes, encoding, headerRow) : null;
}

/** The first of the leading rows that names a table, when the first row does not: 0 means the first row. */
function findHeaderRow(rows: readonly string[][]): number {
	if (recogniseTable(rows[0] ?? []) !== null) return 0;
	const at = rows.slice(1, 6).findIndex((r) => recogniseTable(r) !== null);
	return at < 0 ? 0 : at + 1;
}

/** The whole CSV as rows with their lines; the first row is `rows[0]` (header included). */
function wholeCsv(bytes: Uint8Array, encoding: TextEncodingName | undefined) {
	const rows: string[][] = [];
	const lines: number[] = [];
	let layout: CsvLayout | null = null;
	streamCsv(
		bytes,
		encoding,
		(header, l) => {
			layout = l;
			rows.push(header);
			lines.push(1);
		},
		(chunk, at) => {
			rows.push(...chunk);
			lines.push(...at);
		}
	);
	return { rows, lines, layout: layout as CsvLayout | null };
}

function fromHeaderRow(bytes: Uint8Array, encoding: TextEncodingName | undefined, row: number): PublicRead {
	const csv = wholeCsv(bytes, encoding);
	return {
		table: null,
		header: csv.rows[row] ?? [],
		rows: csv.rows.slice(row + 1),
		lines: csv.lines.slice(row + 1),
		notes: [],
		summary: { kind: 'header_row', row, rows: csv.rows.length - row - 1 },
		refers: [],
		layout: csv.layout
	};
}

function municipalityNames(reference: ReferenceIndex, tally: readonly SchoolTally[]): Record<string, string> {
	const wanted = new Set(tally.map((t) => t.municipality));
	return Object.fromEntries(reference.municipalities.filter((m) => wanted.has(m.code)).map((m) => [m.code, m.name]));
}

/**
 * The kept schools as rows of the schools table, and the codes they refer to. A code published
 * with a wrong check digit (P29 has one in 愛知県 2023) would stop the whole file: that school is
 * left out instead, named in a warning.
 */
function schoolRows(name: string, schools: readonly PublicSchool[], choice: SchoolChoice) {
	const wanted = schools.filter((s) => keepSchool(s, choice));
	const kept = wanted.filter((s) => isSchoolCodeAcceptable(s.code));
	const notes = wanted
		.filter((s) => !isSchoolCodeAcceptable(s.code))
		.map((s): DataIssue => ({
			file: name,
			line: s.line,
			column: 'school_code',
			value: `${s.code} ${s.name}`,
			rule: 'public_feature',
			severity: 'warning'
		}));
	const refers = new Set<string>();
	for (const s of kept) {
		const row = publicSchoolRow(s);
		refers.add(row.municipality_code!);
		refers.add(row.employer_code!);
	}
	return {
		kept,
		rows: kept.map((s) => asRow('schools', publicSchoolRow(s))),
		lines: kept.map((s) => s.line),
		refers: [...refers].sort(),
		notes
	};
}

function readGeoJson(
	name: string,
	bytes: Uint8Array,
	choice: PublicChoice,
	reference: ReferenceIndex
): PublicRead | null {
	let json: unknown;
	try {
		json = JSON.parse(new TextDecoder().decode(bytes));
	} catch {
		return null;
	}
	if (!isP29(json)) return null;
	const { schools, problems } = readP29(json.features, new MunicipalityLookup(reference));
	const picked = schoolRows(name, schools, choice);
	const tally = tallySchools(schools);
	const notes = problems.map((p): DataIssue => ({
		file: name,
		line: p.feature,
		column: p.field,
		value: p.value,
		rule: 'public_feature',
		severity: 'warning'
	}));
	return {
		table: 'schools',
		header: canonicalHeader('schools'),
		rows: picked.rows,
		lines: picked.lines,
		notes: [...notes, ...picked.notes],
		summary: {
			kind: 'p29',
			credit: P29_CREDIT,
			features: json.features.length,
			skipped: problems.length,
			tally,
			names: municipalityNames(reference, tally),
			kept: picked.kept.length
		},
		refers: picked.refers,
		layout: null
	};
}

function readSchoolList(
	name: string,
	bytes: Uint8Array,
	encoding: TextEncodingName | undefined,
	choice: PublicChoice,
	context: ImportContext,
	reference: ReferenceIndex
): PublicRead {
	const csv = wholeCsv(bytes, encoding);
	const at = schoolListColumns(csv.rows[0] ?? [])!;
	const lookup = new MunicipalityLookup(reference);
	const prefectures = new Map(reference.prefectures.map((p) => [p.code, p.name]));
	const points = new Map((context.locations ?? []).map(([code, lon, lat]) => [code, [lon, lat] as const]));
	const schools: PublicSchool[] = [];
	const notes: DataIssue[] = [];
	let closed = 0;
	csv.rows.slice(1).forEach((row, i) => {
		const line = csv.lines[i + 1]!;
		const read = readSchoolListRow(
			row,
			line,
			at,
			lookup,
			(c) => prefectures.get(c) ?? '',
			(c) => points.get(c)
		);
		if (read.kind === 'closed') closed++;
		else if (read.kind === 'school') schools.push(read.school);
		// An address not placed matters only for a school the user keeps (any municipality may be it).
		else if (keepSchool({ ...read.school, municipality: '' }, { ...choice, municipalities: [] }))
			notes.push({
				file: name,
				line,
				column: 'address',
				value: read.value,
				rule: 'address',
				expected: read.kind,
				severity: 'error'
			});
	});
	const picked = schoolRows(name, schools, choice);
	notes.push(...picked.notes);
	for (const s of picked.kept)
		if (s.located === 'municipality')
			notes.push({
				file: name,
				line: s.line,
				column: 'lat',
				value: s.name,
				rule: 'located_at_municipality',
				severity: 'warning'
			});
	const tally = tallySchools(schools);
	return {
		table: 'schools',
		header: canonicalHeader('schools'),
		rows: picked.rows,
		lines: picked.lines,
		notes,
		summary: {
			kind: 'school_list',
			closed,
			unplaced: notes.filter((n) => n.rule === 'address').length,
			located: {
				loaded: picked.kept.filter((s) => s.located === 'loaded').length,
				municipality: picked.kept.filter((s) => s.located === 'municipality').length
			},
			tally,
			names: municipalityNames(reference, tally),
			kept: picked.kept.length
		},
		refers: picked.refers,
		layout: csv.layout
	};
}

/**
 * SSDSE-A's school counts as `school_counts` rows (国公私立計, founders 'all'): each
 * municipality's own schools, each prefecture's high schools as its own row (reference.ts
 * `schoolCountRows`, as the built-in reference does).
 */
function readSsdse(
	bytes: Uint8Array,
	encoding: TextEncodingName | undefined,
	choice: PublicChoice,
	reference: ReferenceIndex
): PublicRead {
	const csv = wholeCsv(bytes, encoding);
	const [codes = [], years = []] = csv.rows;
	const fiscalYear = ssdseFiscalYear(codes, years);
	const credit = ssdseCredit(codes);
	const source = ssdseSource(codes);
	const lookup = new MunicipalityLookup(reference);
	const byPrefecture = new Map<string, { code: string; counts: ReturnType<typeof ssdseCounts>; line: number }[]>();
	const present = new Set<string>();
	let municipalities = 0;
	csv.rows.forEach((row, i) => {
		const code5 = ssdseMunicipality(row[0] ?? '');
		const m = code5 && lookup.byCode(code5);
		if (!m) return;
		municipalities++;
		const prefecture = m.prefecture;
		present.add(prefecture);
		if (choice.prefectures?.length && !choice.prefectures.includes(prefecture)) return;
		const counts = ssdseCounts((c) => ssdseNumber(row[codes.indexOf(c)]));
		byPrefecture.set(prefecture, [
			...(byPrefecture.get(prefecture) ?? []),
			{ code: m.code, counts, line: csv.lines[i]! }
		]);
	});
	const rows: string[][] = [];
	const lines: number[] = [];
	const refers: string[] = [];
	for (const [prefecture, members] of byPrefecture) {
		const lineOf = new Map(members.map((m) => [m.code, m.line]));
		for (const r of schoolCountRows(members, prefecture, fiscalYear ?? 0, source)) {
			rows.push(asRow('school_counts', r));
			// A prefecture's row sums its municipalities: it is named by the first of them.
			lines.push(lineOf.get(r.municipality_code) ?? members[0]!.line);
			refers.push(r.municipality_code);
		}
		refers.push(prefectureEntityCode(prefecture));
	}
	return {
		table: 'school_counts',
		header: canonicalHeader('school_counts'),
		rows,
		lines,
		notes: [],
		summary: {
			kind: 'ssdse_a',
			credit,
			fiscalYear,
			prefectures: [...present].sort(),
			municipalities,
			kept: rows.length
		},
		refers: [...new Set(refers)].sort(),
		layout: csv.layout
	};
}
