/**
 * The strict forms of a table's cells (domain/import/strict-forms.ts) checked on a file's bytes,
 * as the import worker copies a clean CSV (strict-csv.ts): no cell is decoded into a string but
 * the few that need it. The common forms (date-times, integers, text, booleans) are read byte by
 * byte; decimals are decoded and matched against their pattern. Codes and enumerations are
 * gathered by their distinct values (byte-values.ts), each decided once by the row check itself;
 * a one-column key is gathered too, to tell whether it repeats.
 *
 * A file all of whose cells pass is what the row checks would write back unchanged, so its rows
 * can be read by DuckDB straight from the file. The unit tests hold these
 * checks against the patterns and against the row checks (tests/unit/import-strict-forms.test.ts).
 */
import { TABLES, type ColumnSpec, type TableName } from '$lib/domain/tables';
import {
	DISTINCT_LIMIT,
	isStrictValue,
	STABLE_TEXT_RANGES,
	STRICT_PATTERNS,
	strictTable,
	type StrictColumn
} from '$lib/domain/import/strict-forms';
import { daysInMonth, SPREADSHEET_DAMAGE } from '$lib/domain/import/values';
import { ByteValues } from './byte-values';
import { UniqueKeys } from './unique-keys';

const ZERO = 0x30;
const NINE = 0x39;
const SPACE = 0x20;
const MINUS = 0x2d;
const COLON = 0x3a;
const digit = (b: number) => b >= ZERO && b <= NINE;
/** The number written by `length` ASCII digits at `at` (checked by the caller). */
function digits(bytes: Uint8Array, at: number, length: number): number {
	let n = 0;
	for (let i = at; i < at + length; i++) n = n * 10 + bytes[i]! - ZERO;
	return n;
}

/** Two ASCII digits at `at`, as a number; -1 when they are not. Straight-line code: a hot path. */
function two(bytes: Uint8Array, at: number): number {
	const a = bytes[at]! - ZERO;
	const b = bytes[at + 1]! - ZERO;
	return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** "YYYY-MM-DD" at `at`, a day that exists, the year from 1000. */
function isDate(bytes: Uint8Array, at: number): boolean {
	const century = two(bytes, at);
	const year = two(bytes, at + 2);
	if (century < 10 || year < 0 || bytes[at + 4] !== MINUS || bytes[at + 7] !== MINUS) return false;
	const month = two(bytes, at + 5);
	const day = two(bytes, at + 8);
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(century * 100 + year, month);
}

const isDay = (bytes: Uint8Array, from: number, to: number) => to - from === 10 && isDate(bytes, from);

/** "YYYY-MM-DD HH:MM:SS", to the second. */
const isTimestamp = (bytes: Uint8Array, from: number, to: number) => {
	if (to - from !== 19 || !isDate(bytes, from) || bytes[from + 10] !== SPACE) return false;
	if (bytes[from + 13] !== COLON || bytes[from + 16] !== COLON) return false;
	const hour = two(bytes, from + 11);
	const minute = two(bytes, from + 14);
	const second = two(bytes, from + 17);
	return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
};

/** "0", or up to 15 digits without a leading zero, maybe negative; within `[lo, hi]`. */
function isInteger(bytes: Uint8Array, from: number, to: number, lo: number, hi: number): boolean {
	const negative = bytes[from] === MINUS;
	const start = negative ? from + 1 : from;
	const length = to - start;
	if (length < 1 || length > 15 || (bytes[start] === ZERO && (length > 1 || negative))) return false;
	for (let i = start; i < to; i++) if (!digit(bytes[i]!)) return false;
	const value = (negative ? -1 : 1) * digits(bytes, start, length);
	return value >= lo && value <= hi;
}

const ascii = (bytes: Uint8Array, from: number, to: number): string | null => {
	let s = '';
	for (let i = from; i < to; i++) {
		const b = bytes[i]!;
		if (b >= 0x80) return null;
		s += String.fromCharCode(b);
	}
	return s;
};

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`, 'u');

const NUMBER = whole(STRICT_PATTERNS.number);

/** Decimals are rare in large files (coordinates, minutes of travel): decoded and matched. */
function isNumber(bytes: Uint8Array, from: number, to: number, lo: number, hi: number): boolean {
	const s = ascii(bytes, from, to);
	if (s === null || !NUMBER.test(s)) return false;
	const value = Number(s);
	return value >= lo && value <= hi;
}

const TRUE = [0x74, 0x72, 0x75, 0x65];
const FALSE = [0x66, 0x61, 0x6c, 0x73, 0x65];
const isBoolean = (bytes: Uint8Array, from: number, to: number) => {
	const word = to - from === 4 ? TRUE : to - from === 5 ? FALSE : null;
	return word !== null && word.every((b, i) => bytes[from + i] === b);
};

const stable = (cp: number) => STABLE_TEXT_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);

/**
 * Stable characters only (NFKC leaves them as they are), spaces inside but not at either end;
 * the bytes are valid UTF-8 (the worker checked the whole file). Codes and ids besides must not be
 * what a spreadsheet makes of a number.
 */
function isText(bytes: Uint8Array, from: number, to: number, notDamaged: boolean): boolean {
	if (bytes[from] === SPACE || bytes[to - 1] === SPACE) return false;
	let asciiOnly = true;
	for (let i = from; i < to;) {
		const b = bytes[i]!;
		if (b < 0x80) {
			if (b < SPACE || b === 0x7f) return false;
			i++;
			continue;
		}
		asciiOnly = false;
		// Every stable character beyond ASCII is written in three bytes (U+3005–U+9FFF).
		if (b < 0xe0 || b >= 0xf0) return false;
		if (!stable(((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f))) return false;
		i += 3;
	}
	return !(notDamaged && asciiOnly && digit(bytes[from]!) && SPREADSHEET_DAMAGE.test(ascii(bytes, from, to)!));
}

/** How a column's cells are checked: one switch over these numbers keeps the hot loop's calls direct. */
const TIMESTAMP = 0;
const DATE = 1;
const INTEGER = 2;
const NUMBER_FORM = 3;
const BOOLEAN = 4;
const TEXT = 5;
const DISTINCT = 6;
type Check =
	typeof TIMESTAMP | typeof DATE | typeof INTEGER | typeof NUMBER_FORM | typeof BOOLEAN | typeof TEXT | typeof DISTINCT;

function checkOf({ form }: StrictColumn, spec: ColumnSpec): Check {
	if (form.kind === 'distinct') return DISTINCT;
	switch (spec.type.kind) {
		case 'timestamp':
			return TIMESTAMP;
		case 'date':
			return DATE;
		case 'integer':
			return INTEGER;
		case 'number':
			return NUMBER_FORM;
		case 'boolean':
			return BOOLEAN;
		default:
			return TEXT;
	}
}

/** Whether the cell `bytes[from, to)` (not blank) is in its column's form. */
function cellIsStrict(column: LoadedColumn, bytes: Uint8Array, from: number, to: number): boolean {
	switch (column.check) {
		case TIMESTAMP:
			return isTimestamp(bytes, from, to);
		case DATE:
			return isDay(bytes, from, to);
		case INTEGER:
			return isInteger(bytes, from, to, column.lo, column.hi);
		case NUMBER_FORM:
			return isNumber(bytes, from, to, column.lo, column.hi);
		case BOOLEAN:
			return isBoolean(bytes, from, to);
		case TEXT:
			return isText(bytes, from, to, column.notDamaged);
		case DISTINCT:
			return column.distinct!.isStrict(bytes, from, to);
	}
}

const UNDECIDED = 0;
const STRICT = 1;
const NOT_STRICT = 2;

/**
 * A code or label column's distinct values, each decided by the row check's own parse the first
 * time it is seen; more of them than DISTINCT_LIMIT (more codes than a table holds) is not strict.
 */
class DistinctColumn {
	readonly #values: ByteValues;
	readonly #verdicts = new Uint8Array(DISTINCT_LIMIT + 1);
	readonly #decoder = new TextDecoder();

	constructor(
		bytes: Uint8Array,
		readonly spec: ColumnSpec
	) {
		this.#values = new ByteValues(bytes);
	}

	isStrict(bytes: Uint8Array, from: number, to: number): boolean {
		const e = this.#values.entry(from, to);
		if (e >= DISTINCT_LIMIT) return false;
		if (this.#verdicts[e] === UNDECIDED)
			this.#verdicts[e] = isStrictValue(this.spec, this.#decoder.decode(bytes.subarray(from, to)))
				? STRICT
				: NOT_STRICT;
		return this.#verdicts[e] === STRICT;
	}
}

interface LoadedColumn {
	/** The file's field the column is read from. */
	field: number;
	blank: boolean;
	zeroWarned: boolean;
	check: Check;
	/** The range of a number, else every number. */
	lo: number;
	hi: number;
	notDamaged: boolean;
	/** For a code or label. */
	distinct: DistinctColumn | null;
}

/** The strict-form check of a file's rows, one row at a time. */
export class StrictCells {
	readonly #columns: LoadedColumn[];
	readonly #ordered: { before: number; after: number } | null;
	/** The field of the table's one-column key, and its values so far. */
	readonly #key: { field: number; values: UniqueKeys } | null;

	private constructor(
		columns: LoadedColumn[],
		ordered: { before: number; after: number } | null,
		key: { field: number; values: UniqueKeys } | null
	) {
		this.#columns = columns;
		this.#ordered = ordered;
		this.#key = key;
	}

	/**
	 * For the cells of `bytes`, spec column `c` read from field `fields[c]` (-1: not in the file, so
	 * blank in every row); null when the table has no strict forms or a column not in the file may
	 * not be blank.
	 */
	static of(table: TableName, fields: readonly number[], bytes: Uint8Array): StrictCells | null {
		const strict = strictTable(table);
		if (!strict) return null;
		const specs = TABLES[table].columns;
		const columns: LoadedColumn[] = [];
		for (const [c, column] of strict.columns.entries()) {
			const field = fields[c]!;
			if (field < 0) {
				if (!column.blank) return null;
				continue;
			}
			const check = checkOf(column, specs[c]!);
			const form = column.form;
			const range = form.kind === 'pattern' ? form.range : undefined;
			columns.push({
				field,
				blank: column.blank,
				zeroWarned: column.zeroWarned,
				check,
				lo: range?.[0] ?? -Number.MAX_VALUE,
				hi: range?.[1] ?? Number.MAX_VALUE,
				notDamaged: form.kind === 'pattern' && form.notDamaged,
				distinct: check === DISTINCT ? new DistinctColumn(bytes, specs[c]!) : null
			});
		}
		const at = (name: string) => fields[specs.findIndex((s) => s.name === name)] ?? -1;
		const ordered = strict.ordered && { before: at(strict.ordered.before), after: at(strict.ordered.after) };
		const key = TABLES[table].key;
		const keyField = key?.length === 1 ? at(key[0]!) : -1;
		return new StrictCells(
			columns,
			ordered && ordered.before >= 0 && ordered.after >= 0 ? ordered : null,
			keyField >= 0 ? { field: keyField, values: new UniqueKeys(bytes) } : null
		);
	}

	/** No two rows so far share the table's one-column key (blanks aside); false for a table without one. */
	get uniqueKey(): boolean {
		return this.#key !== null && this.#key.values.unique;
	}

	/** Whether every cell of the row whose fields span `bytes[from[f], to[f])` is strict. */
	row(bytes: Uint8Array, from: Int32Array, to: Int32Array): boolean {
		const columns = this.#columns;
		for (let k = 0; k < columns.length; k++) {
			const column = columns[k]!;
			const a = from[column.field]!;
			const z = to[column.field]!;
			if (a === z) {
				if (column.blank) continue;
				return false;
			}
			if (column.zeroWarned && z - a === 1 && bytes[a] === ZERO) return false;
			if (!cellIsStrict(column, bytes, a, z)) return false;
		}
		const ordered = this.#ordered;
		if (ordered) {
			const a = from[ordered.after]!;
			const b = from[ordered.before]!;
			// Both strict date-times of 19 bytes, or blank: text order is time order.
			if (a !== to[ordered.after] && b !== to[ordered.before])
				for (let i = 0; i < 19; i++) {
					const d = bytes[a + i]! - bytes[b + i]!;
					if (d < 0) return false;
					if (d > 0) break;
				}
		}
		const key = this.#key;
		if (key) {
			const a = from[key.field]!;
			const z = to[key.field]!;
			if (a !== z) key.values.add(a, z);
		}
		return true;
	}
}
