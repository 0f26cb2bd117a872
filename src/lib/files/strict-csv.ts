/**
 * The canonical CSV of a file written straight from its bytes, for the import's fast path
 * (domain/import/strict-forms.ts): when the file is UTF-8 with one row per line — no quotes,
 * one kind of line end, no blank line, every line as wide as the header — its fields are copied
 * into the spec's column order without the row checks. DuckDB then checks every cell's strict
 * form (db/strict-load.ts); only if all pass is this what the row checks would have written, byte
 * for byte. Any other file gives null here and is read by the CSV reader as always.
 */
import { TABLES, type TableName } from '$lib/domain/tables';
import { strictTable } from '$lib/domain/import/strict-forms';
import { MAX_COLUMNS, utf8TextStart, type TextEncodingName } from './csv-reader';

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const COMMA = 0x2c;
const TAB = 0x09;
const SPACE = 0x20;

export interface StrictCsvLayout {
	/** Where the header line starts (after a byte order mark). */
	start: number;
	header: string[];
	delimiter: ',' | '\t';
}

/** The header line of a UTF-8 file, when the rest of the file can be copied field by field. */
export function strictHeader(bytes: Uint8Array, forced: TextEncodingName | undefined): StrictCsvLayout | null {
	const start = utf8TextStart(bytes, forced);
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
 * The canonical CSV of the file's rows (after the header line), the spec column `c` filled from
 * field `fields[c]` (-1: left blank), and how many rows it has; null as soon as a line does not
 * fit the one-row-per-line layout, or has a space at either end of a field it loads.
 */
export function strictCanonicalCsv(
	bytes: Uint8Array,
	table: TableName,
	{ start, header, delimiter }: StrictCsvLayout,
	fields: readonly number[],
	progress?: (done: number) => void
): { bytes: Uint8Array; rows: number } | null {
	if (!strictTable(table)) return null;
	const width = header.length;
	const delim = delimiter === '\t' ? TAB : COMMA;
	const first = bytes.indexOf(LF, start);
	const crlf = bytes[first - 1] === CR;
	const loaded = new Uint8Array(width);
	for (const f of fields) if (f >= 0) loaded[f] = 1;
	const out = new Bytes(bytes.length + 1024);
	const names = new TextEncoder().encode(TABLES[table].columns.map((c) => c.name).join(',') + '\n');
	out.room(names.length);
	out.buffer.set(names);
	out.length = names.length;
	const from = new Int32Array(width);
	const to = new Int32Array(width);
	const commas = new Uint8Array(width);
	const n = bytes.length;
	const step = Math.max(1, Math.floor(n / 100));
	let nextProgress = step;
	let rows = 0;
	let pos = first + 1;
	while (pos < n) {
		let field = 0;
		from[0] = pos;
		commas[0] = 0;
		let end = -1;
		for (; pos < n; pos++) {
			const b = bytes[pos]!;
			if (b === delim) {
				to[field] = pos;
				if (++field === width) return null;
				from[field] = pos + 1;
				commas[field] = 0;
			} else if (b === LF) {
				if (crlf) return null;
				end = pos;
				break;
			} else if (b === CR) {
				if (!crlf || bytes[pos + 1] !== LF) return null;
				end = pos;
				pos++;
				break;
			} else if (b === QUOTE) return null;
			else if (b === COMMA) commas[field] = 1;
		}
		// The last line may end without a line break, but not with a CR of its own.
		if (end < 0) end = n;
		to[field] = end;
		if (end === from[0]! || field !== width - 1) return null;
		for (let f = 0; f < width; f++) {
			if (!loaded[f] || to[f] === from[f]) continue;
			const a = bytes[from[f]!]!;
			const z = bytes[to[f]! - 1]!;
			if (a === SPACE || a === TAB || z === SPACE || z === TAB) return null;
		}
		out.room(end - from[0]! + 3 * fields.length + 1);
		const buffer = out.buffer;
		let at = out.length;
		for (let c = 0; c < fields.length; c++) {
			if (c > 0) buffer[at++] = COMMA;
			const f = fields[c]!;
			if (f < 0) continue;
			// Only a tab-separated file has commas in its fields: quoted, as csvField quotes them.
			const quoted = commas[f] === 1;
			if (quoted) buffer[at++] = QUOTE;
			// Fields are short: a loop copies them faster than a subarray made for each.
			for (let k = from[f]!, z = to[f]!; k < z; k++) buffer[at++] = bytes[k]!;
			if (quoted) buffer[at++] = QUOTE;
		}
		buffer[at++] = LF;
		out.length = at;
		rows++;
		pos++;
		if (progress && pos >= nextProgress) {
			progress(Math.min(1, pos / n));
			nextProgress = pos + step;
		}
	}
	return rows === 0 ? null : { bytes: out.buffer.subarray(0, out.length), rows };
}
