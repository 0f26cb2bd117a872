/**
 * Header recognition: which canonical column each header of an imported file means, and which
 * table the file holds. Users bring files made in Excel by hand, so headers vary in width, spacing
 * and units ("対応時間（分）"); the comparison is done on a normalised form.
 */

import { TABLES, TABLE_NAMES, type TableName } from '../tables';

/** A unit or note in brackets at the end of a header, e.g. （分）, [人], 【任意】 (after NFKC). */
const TRAILING_BRACKET = /(?:\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕)$/u;
/** A mark or note before a header, as survey forms write them: ※, *, ●, 【必須】. */
const LEADING_NOTE = /^(?:[*※●◎○]+|【[^【】]*】|\[[^[\]]*\])/u;

/**
 * NFKC (full-width → half-width), remove every space (JS \s covers U+3000 and a stray BOM),
 * drop a leading mark and a trailing bracketed unit, lower-case.
 */
export function normaliseHeader(h: string): string {
	let s = h.normalize('NFKC').replace(/\s+/gu, '').replace(LEADING_NOTE, '');
	// Repeat: "時間(分)[任意]" carries two trailing notes.
	for (let prev = ''; prev !== s;) {
		prev = s;
		s = s.replace(TRAILING_BRACKET, '');
	}
	return s.toLowerCase();
}

/** Underscores/hyphens are dropped too, so "School Code" and "school-code" find school_code. */
const matchKey = (h: string): string => normaliseHeader(h).replace(/[_-]/gu, '');

/** Two or more headers of one file for one column: which one holds the values cannot be guessed. */
export interface DuplicateColumn {
	column: string;
	headers: string[];
}

export interface ColumnMatch {
	/** Per header: the canonical column it maps to, or null (unknown, blank, or a repeat). */
	mapping: (string | null)[];
	/** Required spec columns that no header maps to (canonical names). */
	missingRequired: string[];
	/** Original non-blank headers that map to nothing and mean no column either. */
	unknown: string[];
	/** Columns that several headers fill, or would fill: an error until the user picks one. */
	duplicates: DuplicateColumn[];
}

const keysOf = new Map<TableName, Map<string, string>>();

/** The canonical column a header means (its name or one of its Japanese headers), or null. */
export function columnOfHeader(table: TableName, header: string): string | null {
	let byKey = keysOf.get(table);
	if (!byKey) {
		byKey = new Map();
		for (const column of TABLES[table].columns)
			for (const name of [column.name, ...column.ja]) {
				const key = matchKey(name);
				if (!byKey.has(key)) byKey.set(key, column.name);
			}
		keysOf.set(table, byKey);
	}
	return byKey.get(matchKey(header)) ?? null;
}

export function matchColumns(table: TableName, headers: readonly string[]): ColumnMatch {
	const used = new Set<string>();
	// First header wins in the mapping; a second one for the same column is reported as a duplicate.
	const mapping = headers.map((header) => {
		const column = columnOfHeader(table, header);
		if (column === null || used.has(column)) return null;
		used.add(column);
		return column;
	});
	return describeMapping(table, headers, mapping);
}

/**
 * What a mapping leaves out or doubles: required columns no header fills, headers that fill
 * nothing, and columns several headers fill. A header left out that means a column another header
 * fills is a duplicate too — unless the user left it out on purpose (`chosen`).
 */
export function describeMapping(
	table: TableName,
	headers: readonly string[],
	mapping: readonly (string | null)[],
	chosen = false
): ColumnMatch {
	const used = new Set(mapping.filter((m): m is string => m !== null));
	const fillers = new Map<string, string[]>();
	const unknown: string[] = [];
	headers.forEach((header, i) => {
		const column = mapping[i] ?? (chosen ? null : columnOfHeader(table, header));
		if (column !== null && (mapping[i] !== null || used.has(column)))
			fillers.set(column, [...(fillers.get(column) ?? []), header]);
		// A blank header is usually an empty trailing column from Excel: not worth a warning.
		else if (mapping[i] === null && header.trim() !== '' && (chosen || column === null)) unknown.push(header);
	});
	return {
		mapping: [...mapping],
		missingRequired: TABLES[table].columns.filter((c) => c.required && !used.has(c.name)).map((c) => c.name),
		unknown,
		duplicates: [...fillers].filter(([, hs]) => hs.length > 1).map(([column, hs]) => ({ column, headers: hs }))
	};
}

/**
 * The tables a file's headers could be: those whose required columns are all present, the one that
 * explains the most headers first. Headers such as 学校コード or 区分 belong to several tables;
 * requiring every required column first rules out the wrong ones (a requests file has no 学校名,
 * a schools file no 受付日).
 */
export function tableCandidates(headers: readonly string[]): { table: TableName; matched: number }[] {
	return TABLE_NAMES.flatMap((table) => {
		const match = matchColumns(table, headers);
		return match.missingRequired.length > 0 ? [] : [{ table, matched: match.mapping.filter((m) => m !== null).length }];
	}).sort((a, b) => b.matched - a.matched);
}

/**
 * The tables that explain a file's headers best: one when the file can be told, several when two
 * tables are equally likely (the user is asked then, never a guess), none when no table fits.
 */
export function likeliestTables(headers: readonly string[]): TableName[] {
	const candidates = tableCandidates(headers);
	return candidates.filter((c) => c.matched === candidates[0]?.matched).map((c) => c.table);
}

/** The one table a file's headers name, or null when none fits or two fit equally well. */
export function recogniseTable(headers: readonly string[]): TableName | null {
	const best = likeliestTables(headers);
	return best.length === 1 ? best[0]! : null;
}

/**
 * The headers read as another name of their column (市区町村コード for 所在市区町村コード), for the
 * review to show what it understood: header, and the column's own Japanese header.
 */
export function renamedHeaders(
	table: TableName,
	headers: readonly string[],
	mapping: readonly (string | null)[]
): { header: string; column: string }[] {
	return headers.flatMap((header, i) => {
		const column = TABLES[table].columns.find((c) => c.name === mapping[i]);
		if (!column) return [];
		const own = [column.name, column.ja[0] ?? column.name].map(matchKey);
		return own.includes(matchKey(header)) ? [] : [{ header, column: column.name }];
	});
}
