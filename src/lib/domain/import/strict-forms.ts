/**
 * The strict canonical form of each column: a cell written exactly as the row checks would write
 * it back (validate-rows.ts, values.ts) — "2025-04-01 09:30:00", "45", "onsite". A file whose
 * every cell is in its strict form needs no parsing into values: the import worker checks each
 * cell's bytes against its form (src/lib/files/strict-cells.ts) while DuckDB reads the rows from
 * the file itself (src/lib/db/direct-read.ts). Any other
 * cell (full-width digits, 和暦, slashes, a bad value) sends the file through the row checks,
 * which accept or name it as always.
 *
 * Derived from the table specs, the defaults and the row rules the checks use, so the two cannot
 * drift; tests/unit/import-strict-forms.test.ts runs the same cells through both.
 */
import { TABLES, type ColumnSpec, type TableName } from '../tables';
import { DEFAULTED_COLUMNS, ZERO_WARNINGS } from './validate-rows';
import { ORDERED_TIMES, ROW_RULE_TABLES } from './row-rules';
import { isCodeColumn, parseCell, type CellValue } from './values';

/** Code points of text cells that NFKC leaves as they are (the checks normalise everything else). */
export const STABLE_TEXT_RANGES: readonly (readonly [number, number])[] = [
	[0x21, 0x7e], // printable ASCII but the space
	[0x3005, 0x3005], // 々
	[0x3041, 0x3096], // hiragana
	[0x30a1, 0x30fa], // katakana
	[0x30fc, 0x30fc], // ー
	[0x4e00, 0x9fff] // CJK unified ideographs
];

const hex = (n: number) => `\\u{${n.toString(16)}}`;
const charClass = (extra = '') =>
	`[${extra}${STABLE_TEXT_RANGES.map(([lo, hi]) => (lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`)).join('')}]`;

/**
 * The forms as whole-cell patterns (JavaScript, flag `u`): text of stable characters with no
 * space at either end; booleans as the checks write them; integers without leading zeros or "-0"; decimals of up to 15 digits
 * without trailing zeros, which JavaScript writes back digit for digit; date-times to the second.
 */
export const STRICT_PATTERNS = {
	text: `${charClass()}(${charClass(' ')}*${charClass()})?`,
	boolean: 'true|false',
	integer: '0|-?[1-9][0-9]{0,14}',
	number: '0|-?[1-9][0-9]{0,14}|-?(0|[1-9][0-9]{0,8})\\.[0-9]{0,5}[1-9]',
	date: '[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])',
	timestamp: '[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]'
} as const;

export type StrictForm =
	/** Matched by `pattern`; with `cast`, a value of that kind within `range` (the day must exist). */
	| {
			kind: 'pattern';
			pattern: string;
			cast?: 'BIGINT' | 'DOUBLE' | 'DATE';
			range?: readonly [number, number];
			/** Ids are text, but not what a spreadsheet makes of a number (values.ts, SPREADSHEET_DAMAGE). */
			notDamaged: boolean;
	  }
	/**
	 * Enumerations and codes: few distinct values in a file, each decided by the row check itself
	 * (`isStrictValue`), check digits and labels included.
	 */
	| { kind: 'distinct' };

export interface StrictColumn {
	name: string;
	/** A blank cell is canonical (an optional column without a default). */
	blank: boolean;
	/** "0" is not strict: the checks warn about a zero there. */
	zeroWarned: boolean;
	form: StrictForm;
}

export interface StrictTable {
	columns: StrictColumn[];
	/** Cells of a row that must be in time order, when both are given. */
	ordered: { before: string; after: string } | null;
}

function formOf(column: ColumnSpec): StrictForm {
	const type = column.type;
	switch (type.kind) {
		case 'enum':
			return { kind: 'distinct' };
		case 'boolean':
			return { kind: 'pattern', pattern: STRICT_PATTERNS.boolean, notDamaged: false };
		case 'text':
			return column.name.endsWith('_code')
				? { kind: 'distinct' }
				: { kind: 'pattern', pattern: STRICT_PATTERNS.text, notDamaged: isCodeColumn(column.name) };
		case 'integer':
			return { kind: 'pattern', pattern: STRICT_PATTERNS.integer, cast: 'BIGINT', notDamaged: false, ...range(column) };
		case 'number':
			return { kind: 'pattern', pattern: STRICT_PATTERNS.number, cast: 'DOUBLE', notDamaged: false, ...range(column) };
		case 'date':
			return { kind: 'pattern', pattern: STRICT_PATTERNS.date, cast: 'DATE', notDamaged: false };
		case 'timestamp':
			// The date part is cast: the pattern cannot tell 2025-02-30 from 2025-02-28.
			return { kind: 'pattern', pattern: STRICT_PATTERNS.timestamp, cast: 'DATE', notDamaged: false };
	}
}

const range = (column: ColumnSpec) => (column.range ? { range: column.range } : {});

/**
 * The strict forms of a table's columns; null for a table with row rules beyond the time order
 * (school types against codes, shares of ict_environment), which always takes the row checks.
 */
export function strictTable(table: TableName): StrictTable | null {
	if (ROW_RULE_TABLES.includes(table) && table !== 'support_requests') return null;
	const defaulted = DEFAULTED_COLUMNS[table] ?? [];
	return {
		columns: TABLES[table].columns.map((c) => ({
			name: c.name,
			blank: !c.required && !defaulted.includes(c.name),
			zeroWarned: ZERO_WARNINGS[table] === c.name,
			form: formOf(c)
		})),
		ordered: table === 'support_requests' ? ORDERED_TIMES : null
	};
}

/** The text the canonical CSV holds for a value (prepare-csv.ts, CanonicalWriter). */
export const canonicalText = (value: CellValue): string | null => (value === null ? null : String(value));

/** More distinct codes or labels in a column than a table holds (schools, categories) is not a file to take fast. */
export const DISTINCT_LIMIT = 20_000;

/** A distinct-form cell is strict when the row check accepts it and writes it back unchanged. */
export function isStrictValue(column: ColumnSpec, raw: string): boolean {
	const parsed = parseCell(column, raw);
	return parsed.ok && canonicalText(parsed.value) === raw;
}

/**
 * How DuckDB reads a strict file itself (src/lib/db/direct-read.ts): its layout, and the file's field each
 * spec column is read from (-1: not in the file, blank in every row).
 */
export interface DirectRead {
	table: TableName;
	delimiter: ',' | '\t';
	/** Fields per line. */
	width: number;
	fields: number[];
}

export const sameDirectRead = (a: DirectRead, b: DirectRead) =>
	a.table === b.table &&
	a.delimiter === b.delimiter &&
	a.width === b.width &&
	a.fields.length === b.fields.length &&
	a.fields.every((f, i) => f === b.fields[i]);
