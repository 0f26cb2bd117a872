/**
 * The canonical CSV of a file written straight from its bytes, for the import's fast path
 * (domain/import/strict-forms.ts): when the file is UTF-8 with one row per line — no quotes,
 * one kind of line end, no blank line, every line as wide as the header — its fields are copied
 * into the spec's column order without the row checks, each cell checked against its strict form
 * on the way (strict-cells.ts): only if all pass is this what the row checks would have written,
 * byte for byte. Any other file gives null here and is read by the CSV reader as always.
 */
import { TABLES, type TableName } from '$lib/domain/tables';
import { MAX_COLUMNS, utf8TextStart, type TextEncodingName } from './csv-reader';
import { StrictCells } from './strict-cells';

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const NUL = 0x00;
const COMMA = 0x2c;
const TAB = 0x09;

export interface StrictCsvLayout {
	/** Where the header line starts (after a byte order mark). */
	start: number;
	header: string[];
	delimiter: ',' | '\t';
}

/**
 * The header line of a UTF-8 file, when the rest of the file may be copied field by field; the
 * rest is checked for UTF-8, quotes, NULs and stray CRs as it is split (splitLine).
 */
export function strictHeader(bytes: Uint8Array, forced: TextEncodingName | undefined): StrictCsvLayout | null {
	const start = utf8TextStart(bytes, forced, true);
	if (start < 0) return null;
	const lf = bytes.indexOf(LF, start);
	if (lf < 0) return null;
	const end = bytes[lf - 1] === CR ? lf - 1 : lf;
	const line = new TextDecoder().decode(bytes.subarray(start, end));
	// As the reader tells them (csv-reader.ts, decodeCsv).
	const delimiter = (line.match(/\t/g)?.length ?? 0) > (line.match(/,/g)?.length ?? 0) ? '\t' : ',';
	const header = line.split(delimiter);
	if (header.length > MAX_COLUMNS || header.every((h) => h.trim() === '') || line.includes('"')) return null;
	return { start, header, delimiter };
}

/** A growing output buffer of bytes. */
class Bytes {
	buffer: Uint8Array;
	length = 0;

	constructor(size: number) {
		this.buffer = new Uint8Array(size);
	}

	room(n: number): void {
		if (this.length + n <= this.buffer.length) return;
		const next = new Uint8Array(Math.max(this.buffer.length * 2, this.length + n));
		next.set(this.buffer.subarray(0, this.length));
		this.buffer = next;
	}
}

/**
 * Where the UTF-8 sequence led by `bytes[i]` (not ASCII) ends, or -1 when it is not valid UTF-8
 * as the WHATWG decoder (TextDecoder, fatal) reads it: no overlong forms, no surrogates, nothing
 * past U+10FFFF.
 */
function utf8End(bytes: Uint8Array, i: number): number {
	const b = bytes[i]!;
	const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
	if (i + length > bytes.length || b < 0xc2 || b > 0xf4) return -1;
	const c1 = bytes[i + 1]!;
	// The second byte's range excludes overlong forms, surrogates and what lies past U+10FFFF.
	const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
	const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
	if (c1 < lo || c1 > hi) return -1;
	if (length > 2 && (bytes[i + 2]! & 0xc0) !== 0x80) return -1;
	if (length > 3 && (bytes[i + 3]! & 0xc0) !== 0x80) return -1;
	return i + length;
}

/** Where a line split by `splitLine` ends, and how many fields it has. */
interface SplitLine {
	end: number;
	fields: number;
}

/**
 * Splits the line starting at `pos` into fields `[from[f], to[f])`, the last one's end left to
 * the caller: `line` says where the line ends (its LF, or the end of the file) and how many fields
 * it has, at most one more than `from` holds; -1 fields when the line does not fit the layout: not
 * valid UTF-8, a quote (the reader would take it for quoting), a NUL (the reader takes the file
 * for binary), or a CR that does not end a line of a CRLF file. A function of its own, so that the
 * engine optimises the loop every byte of a large file goes through: these bytes are told apart
 * there rather than by scans of the whole file of their own.
 */
function splitLine(
	bytes: Uint8Array,
	pos: number,
	delim: number,
	crlf: boolean,
	from: Int32Array,
	to: Int32Array,
	line: SplitLine
): void {
	const n = bytes.length;
	const width = from.length;
	let field = 0;
	from[0] = pos;
	let i = pos;
	for (; i < n; i++) {
		const b = bytes[i]!;
		if (b === delim) {
			to[field] = i;
			if (++field === width) break;
			from[field] = i + 1;
		} else if (b <= QUOTE) {
			if (b === LF) break;
			if (b === QUOTE || b === NUL || (b === CR && !(crlf && bytes[i + 1] === LF))) {
				line.fields = -1;
				return;
			}
		} else if (b >= 0x80) {
			const end = utf8End(bytes, i);
			if (end < 0) {
				line.fields = -1;
				return;
			}
			i = end - 1;
		}
	}
	line.end = i;
	line.fields = field + 1;
}

/**
 * Appends the line `[pos, end)` split as `from`/`to` to `out` in the spec's column order: a slice
 * of it when its loaded fields are its first ones in order (`prefix`), else field by field.
 */
function copyRow(
	out: Bytes,
	bytes: Uint8Array,
	pos: number,
	end: number,
	from: Int32Array,
	to: Int32Array,
	fields: readonly number[],
	prefix: boolean,
	delim: number
): void {
	out.room(end - pos + 3 * fields.length + 1);
	const buffer = out.buffer;
	let at = out.length;
	if (prefix) {
		const z = to[fields.length - 1]!;
		buffer.set(bytes.subarray(pos, z), at);
		at += z - pos;
	} else
		for (let c = 0; c < fields.length; c++) {
			if (c > 0) buffer[at++] = COMMA;
			const f = fields[c]!;
			if (f < 0) continue;
			// Only a tab-separated file has commas in its fields: quoted, as csvField quotes them.
			const x = from[f]!;
			const z = to[f]!;
			let quoted = false;
			if (delim === TAB) for (let k = x; k < z && !quoted; k++) quoted = bytes[k] === COMMA;
			if (quoted) buffer[at++] = QUOTE;
			// Fields are short: a loop copies them faster than a subarray made for each.
			for (let k = x; k < z; k++) buffer[at++] = bytes[k]!;
			if (quoted) buffer[at++] = QUOTE;
		}
	buffer[at++] = LF;
	out.length = at;
}

/**
 * A strict file's rows, checked: their number, whether the one-column key is unique (then the
 * load need not count repeats again), and the canonical CSV — when the rows are canonical already
 * (the spec's columns in order and no other, commas, LF line ends) the spec's header line followed
 * by the file's own bytes from `from` on, and a final LF when `closeLine`, kept as a slice of the
 * file with no copy of its rows; else written by `write`, after the import has what it needs.
 */
export type StrictRows = { rows: number; uniqueKey: boolean } & (
	{ header: Uint8Array; from: number; closeLine: boolean } | { write: () => Uint8Array }
);

/** Looks at one row `[pos, end)` whose fields span `[from[f], to[f])`; false refuses the file. */
type RowVisit = (pos: number, end: number, from: Int32Array, to: Int32Array) => boolean;

/**
 * Visits every row after the header line, split at the delimiter; the number of rows, or -1 as
 * soon as a line does not fit the one-row-per-line layout or `row` refuses it.
 */
function eachRow(
	bytes: Uint8Array,
	{ start, header, delimiter }: StrictCsvLayout,
	row: RowVisit,
	progress?: (done: number) => void
): number {
	const width = header.length;
	const delim = delimiter === '\t' ? TAB : COMMA;
	const n = bytes.length;
	const first = bytes.indexOf(LF, start);
	const crlf = bytes[first - 1] === CR;
	const from = new Int32Array(width);
	const to = new Int32Array(width);
	const step = Math.max(1, Math.floor(n / 100));
	let nextProgress = step;
	let rows = 0;
	let pos = first + 1;
	const line: SplitLine = { end: 0, fields: 0 };
	while (pos < n) {
		splitLine(bytes, pos, delim, crlf, from, to, line);
		if (line.fields !== width) return -1;
		const lf = line.end;
		let end = lf;
		// Every line of a CRLF file ends so, but the last may end without a line break.
		if (crlf && lf < n) {
			if (bytes[lf - 1] !== CR) return -1;
			end = lf - 1;
		}
		if (end === pos) return -1;
		to[width - 1] = end;
		if (!row(pos, end, from, to)) return -1;
		rows++;
		pos = lf + 1;
		if (progress && pos >= nextProgress) {
			progress(Math.min(1, pos / n));
			nextProgress = pos + step;
		}
	}
	return rows;
}

/**
 * The file's rows (after the header line) checked cell by cell, spec column `c` read from field
 * `fields[c]` (-1: left blank); null as soon as a line does not fit the one-row-per-line layout
 * or holds a cell not in its strict form (strict-cells.ts; a space or tab at either end of a
 * loaded cell is not one). The canonical CSV `write` gives is what the row checks would write.
 */
export function checkStrictCsv(
	bytes: Uint8Array,
	table: TableName,
	layout: StrictCsvLayout,
	fields: readonly number[],
	progress?: (done: number) => void
): StrictRows | null {
	const cells = StrictCells.of(table, fields, bytes);
	if (!cells) return null;
	const rows = eachRow(bytes, layout, (_pos, _end, from, to) => cells.row(bytes, from, to), progress);
	if (rows <= 0) return null;
	const uniqueKey = cells.uniqueKey;
	const names = new TextEncoder().encode(TABLES[table].columns.map((c) => c.name).join(',') + '\n');
	const width = layout.header.length;
	const first = bytes.indexOf(LF, layout.start);
	const crlf = bytes[first - 1] === CR;
	// A CSV whose loaded fields are its first ones in order is copied a line at a time; one that
	// has no others, with LF line ends, is not copied at all.
	const prefix = layout.delimiter === ',' && fields.every((f, c) => f === c);
	if (prefix && fields.length === width && !crlf)
		return { rows, uniqueKey, header: names, from: first + 1, closeLine: bytes[bytes.length - 1] !== LF };
	const delim = layout.delimiter === '\t' ? TAB : COMMA;
	const write = () => {
		const out = new Bytes(bytes.length + 1024);
		out.room(names.length);
		out.buffer.set(names);
		out.length = names.length;
		eachRow(bytes, layout, (pos, end, from, to) => {
			copyRow(out, bytes, pos, end, from, to, fields, prefix, delim);
			return true;
		});
		return out.buffer.subarray(0, out.length);
	};
	return { rows, uniqueKey, write };
}
