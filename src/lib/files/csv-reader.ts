/**
 * Reads a CSV or TSV file into a header and rows of text: detects UTF-8 (with or without BOM)
 * versus Shift_JIS/CP932 (what Japanese Excel saves), and comma versus tab.
 */
import Encoding from 'encoding-japanese';
import Papa from 'papaparse';

export type TextEncodingName = 'utf-8' | 'shift_jis';

/** A file's header and rows of text (blank lines left out). */
export interface CsvText extends CsvLayout {
	header: string[];
	rows: string[][];
}

export class CsvReadError extends Error {
	constructor(readonly reason: 'empty' | 'binary' | 'encoding' | 'no_header' | 'truncated') {
		super(reason);
	}
}

/** UTF-8 if the bytes are valid UTF-8 (ASCII included); otherwise Shift_JIS if they look like it. */
export function detectEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bom: boolean } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: true };
	const detected = Encoding.detect(bytes, ['UTF8', 'SJIS']);
	if (detected === 'UTF8' || detected === 'ASCII') return { encoding: 'utf-8', bom: false };
	if (detected === 'SJIS') return { encoding: 'shift_jis', bom: false };
	throw new CsvReadError('encoding');
}

export interface CsvLayout {
	encoding: TextEncodingName;
	/** The file began with a UTF-8 byte order mark. */
	bom: boolean;
	delimiter: ',' | '\t';
}

/** The file as text, or why it cannot be text. `limit` decodes only the first bytes (a preview). */
function decodeCsv(
	bytes: Uint8Array,
	forced: TextEncodingName | undefined,
	limit = Infinity
): CsvLayout & { text: string } {
	if (bytes.length === 0) throw new CsvReadError('empty');
	// UTF-16 (Excel's "Unicode text") has a BOM of its own: an encoding problem, not a binary file.
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		throw new CsvReadError('encoding');
	// NUL bytes never occur in text files: this is a binary file (or UTF-16, which we do not take).
	if (bytes.subarray(0, 4096).includes(0)) throw new CsvReadError('binary');
	const { encoding, bom } = forced
		? { encoding: forced, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf }
		: detectEncoding(bytes);
	let text: string;
	try {
		// The WHATWG "shift_jis" decoder is Windows-31J (CP932): it covers NEC/IBM extensions.
		// A preview may cut a character in two: `stream` keeps its first bytes back instead of failing.
		text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes.subarray(0, limit), {
			stream: limit < bytes.length
		});
	} catch {
		throw new CsvReadError('encoding');
	}
	const firstLine = text.slice(0, text.search(/\r?\n|$/));
	const delimiter = (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? '\t' : ',';
	return { text, encoding, bom, delimiter };
}

const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/** Lines a row spans in the file: one, plus the line breaks inside its quoted fields. */
function linesSpanned(row: readonly string[]): number {
	let n = 1;
	for (const cell of row) if (cell.includes('\n')) n += cell.split('\n').length - 1;
	return n;
}

/**
 * Rows as parsed, kept with the line of the file each starts on (what a user finds in an editor
 * or in Excel); blank lines are left out, and the first non-blank row is the header.
 */
class NumberedRows {
	header: string[] | null = null;
	#line = 1;

	take(parsed: readonly string[][]): { rows: string[][]; lines: number[] } {
		const rows: string[][] = [];
		const lines: number[] = [];
		for (const row of parsed) {
			const line = this.#line;
			this.#line += linesSpanned(row);
			if (isBlank(row)) continue;
			if (this.header) {
				rows.push(row);
				lines.push(line);
			} else this.header = row;
		}
		return { rows, lines };
	}
}

/** The header and first rows, decoding only the start of the file. */
export function peekCsv(bytes: Uint8Array, forced: TextEncodingName | undefined, count: number): CsvText {
	const { text, ...layout } = decodeCsv(bytes, forced, 256 * 1024);
	const numbered = new NumberedRows();
	const { rows } = numbered.take(Papa.parse<string[]>(text, { delimiter: layout.delimiter }).data);
	if (!numbered.header) throw new CsvReadError('no_header');
	return { ...layout, header: numbered.header, rows: rows.slice(0, count) };
}

/**
 * The whole file in chunks of rows, so a large file is never held as rows at once. `onRows` gets
 * each chunk's rows, the file line each starts on, and the share of the text read so far.
 */
export function streamCsv(
	bytes: Uint8Array,
	forced: TextEncodingName | undefined,
	onHeader: (header: string[], layout: CsvLayout) => void,
	onRows: (rows: string[][], lines: number[], done: number) => void,
	chunkSize = 4 * 1024 * 1024
): void {
	const { text, ...layout } = decodeCsv(bytes, forced);
	const numbered = new NumberedRows();
	let truncated = false;
	// A string is parsed synchronously, chunk by chunk; the typings know chunks only for files.
	Papa.parse<string[]>(text, {
		delimiter: layout.delimiter,
		chunkSize,
		complete: () => undefined,
		chunk: (result: Papa.ParseResult<string[]>) => {
			if (result.errors.some((e) => e.type === 'Quotes')) truncated = true;
			const hadHeader = numbered.header !== null;
			const { rows, lines } = numbered.take(result.data);
			if (!numbered.header) return;
			if (!hadHeader) onHeader(numbered.header, layout);
			onRows(rows, lines, result.meta.cursor / text.length);
		}
	});
	if (!numbered.header) throw new CsvReadError('no_header');
	// A quote that never closes means the file was cut off: its last rows cannot be trusted.
	if (truncated) throw new CsvReadError('truncated');
}
