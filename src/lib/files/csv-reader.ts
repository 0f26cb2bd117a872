/**
 * Reads a CSV or TSV file into a header and rows of text: UTF-8 (with or without BOM), Shift_JIS/
 * CP932 (what Japanese Excel saves) or UTF-16 (Excel's "Unicode text"), and comma versus tab. A
 * file is decoded as one encoding only when every byte is valid in it: a file that mixes UTF-8 and
 * Shift_JIS lines is refused with the first line that breaks, never shown as mojibake.
 */
import Papa from 'papaparse';

export type TextEncodingName = 'utf-8' | 'shift_jis' | 'utf-16le' | 'utf-16be';

/** A file's header and rows of text (blank lines left out). */
export interface CsvText extends CsvLayout {
	header: string[];
	rows: string[][];
}

export type CsvReadReason =
	'empty' | 'binary' | 'encoding' | 'mixed_encoding' | 'nul' | 'no_header' | 'truncated' | 'too_many_columns';

export class CsvReadError extends Error {
	constructor(
		readonly reason: CsvReadReason,
		/** 1-based line of the file where the problem is, when it is one line's. */
		readonly line?: number,
		/** What was found there, e.g. the number of columns. */
		readonly value?: string
	) {
		super(reason);
	}
}

/**
 * Far more than any table has: a header wider than this is a wrong or damaged file (a line of
 * commas), and reviewing, mapping and checking its columns would only cost time.
 */
export const MAX_COLUMNS = 10_000;

const LF = 0x0a;

/** 1-based line of byte `index` (0x0A is a line feed in UTF-8 and Shift_JIS alike, never part of a character). */
function lineAt(bytes: Uint8Array, index: number): number {
	let line = 1;
	for (let i = 0; i < index; i++) if (bytes[i] === LF) line++;
	return line;
}

/**
 * Per line, whether it is valid UTF-8 and holds a multi-byte character: the first line that is not
 * UTF-8, and the first that is UTF-8 beyond ASCII (null when there is none).
 */
function utf8Lines(bytes: Uint8Array): { firstInvalid: number | null; firstMultibyte: number | null } {
	let line = 1;
	let lineValid = true;
	let lineMultibyte = false;
	let firstInvalid: number | null = null;
	let firstMultibyte: number | null = null;
	const endLine = () => {
		if (!lineValid) firstInvalid ??= line;
		else if (lineMultibyte) firstMultibyte ??= line;
		line++;
		lineValid = true;
		lineMultibyte = false;
	};
	for (let i = 0; i < bytes.length;) {
		const b = bytes[i]!;
		if (b === LF) {
			endLine();
			i++;
			continue;
		}
		if (b < 0x80) {
			i++;
			continue;
		}
		// A lead byte and its continuation bytes (RFC 3629: no overlong forms, nothing above U+10FFFF).
		const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
		let ok = length > 0 && i + length <= bytes.length;
		for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
		if (ok && b === 0xe0) ok = bytes[i + 1]! >= 0xa0;
		if (ok && b === 0xf0) ok = bytes[i + 1]! >= 0x90;
		if (ok && b === 0xf4) ok = bytes[i + 1]! < 0x90;
		if (ok) {
			lineMultibyte = true;
			i += length;
		} else {
			lineValid = false;
			i++;
		}
		if (firstInvalid !== null && firstMultibyte !== null) break;
	}
	endLine();
	return { firstInvalid, firstMultibyte };
}

/**
 * UTF-8 if every byte is valid UTF-8 (ASCII included); Shift_JIS if every byte is valid
 * Shift_JIS and no line is UTF-8 beyond ASCII; a file with lines of both is refused with the first
 * line that breaks the encoding its first non-ASCII line has.
 */
export function detectEncoding(
	bytes: Uint8Array,
	/** Keep the whole file's text (to parse it); a preview only needs to know. */
	keepText = true
): { encoding: TextEncodingName; bom: boolean; text?: string } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: true };
	// The browser's own decoder settles the usual case fast; the line scan runs only for a file that is not UTF-8.
	if (!keepText) {
		if (isUtf8(bytes)) return { encoding: 'utf-8', bom: false };
	} else
		try {
			// The whole file's text, kept: a 100 MB log is not decoded a second time.
			return { encoding: 'utf-8', bom: false, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
		} catch {
			// Not UTF-8 throughout: Shift_JIS, or a mix of the two.
		}
	const { firstInvalid, firstMultibyte } = utf8Lines(bytes);
	if (firstInvalid === null) return { encoding: 'utf-8', bom: false };
	if (firstMultibyte !== null)
		throw new CsvReadError('mixed_encoding', firstMultibyte < firstInvalid ? firstInvalid : firstMultibyte);
	try {
		new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
	} catch {
		throw new CsvReadError('encoding');
	}
	return { encoding: 'shift_jis', bom: false };
}

/** UTF-16 by its byte order mark, or without one by the zero byte in every other place that ASCII text has. */
function utf16Of(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; bom: boolean } | null {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true };
	const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
	if (pairs < 2) return null;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < pairs * 2; i += 2) {
		if (bytes[i] === 0) evenZero++;
		if (bytes[i + 1] === 0) oddZero++;
	}
	if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return { encoding: 'utf-16le', bom: false };
	if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return { encoding: 'utf-16be', bom: false };
	return null;
}

/** Files that are certainly not text: an old Excel workbook (OLE), a zip (xlsx, docx), PDF, images. */
const BINARY_SIGNATURES = [
	[0xd0, 0xcf, 0x11, 0xe0],
	[0x50, 0x4b, 0x03, 0x04],
	[0x25, 0x50, 0x44, 0x46],
	[0x89, 0x50, 0x4e, 0x47],
	[0xff, 0xd8, 0xff],
	[0x47, 0x49, 0x46, 0x38]
];

function looksBinary(bytes: Uint8Array): boolean {
	if (BINARY_SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b))) return true;
	// Text has tabs and line breaks; a binary file has other control bytes all through its start.
	let control = 0;
	for (const b of bytes.subarray(0, 4096)) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
	return control > 16;
}

/** Whether `bytes` are valid UTF-8 throughout, decoded a piece at a time: no string of the whole file is made. */
function isUtf8(bytes: Uint8Array): boolean {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const step = 4 * 1024 * 1024;
	try {
		for (let at = 0; at < bytes.length; at += step) decoder.decode(bytes.subarray(at, at + step), { stream: true });
		decoder.decode();
		return true;
	} catch {
		return false;
	}
}

/**
 * Where the text of a file starts (after a byte order mark) when `decodeCsv` would read it as
 * UTF-8 as it is: not UTF-16, not binary, no NUL, valid UTF-8 throughout; else -1. The same tests
 * as the reader's, without decoding the file.
 */
export function utf8TextStart(
	bytes: Uint8Array,
	forced: TextEncodingName | undefined,
	/** Only the first line is checked for NUL and UTF-8 here: the caller checks the rest as it reads it. */
	firstLineOnly = false
): number {
	if (bytes.length === 0 || (forced !== undefined && forced !== 'utf-8')) return -1;
	if (!forced && utf16Of(bytes)) return -1;
	const checked = firstLineOnly ? bytes.subarray(0, bytes.indexOf(0x0a) + 1 || bytes.length) : bytes;
	if (looksBinary(bytes) || checked.indexOf(0) >= 0 || !isUtf8(checked)) return -1;
	return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

/**
 * A preview's encoding, told from the whole file without decoding it into one string, and kept
 * for the file: the review peeks at a file twice (as a public file, then as a table's).
 */
const previewed = new WeakMap<Uint8Array, { encoding: TextEncodingName; bom: boolean }>();
function previewEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bom: boolean } {
	let found = previewed.get(bytes);
	if (!found) {
		found = detectEncoding(bytes, false);
		previewed.set(bytes, found);
	}
	return found;
}

export interface CsvLayout {
	encoding: TextEncodingName;
	/** The file began with a byte order mark. */
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
	const utf16 = forced?.startsWith('utf-16')
		? { encoding: forced as 'utf-16le' | 'utf-16be', bom: false }
		: forced
			? null
			: utf16Of(bytes);
	if (!utf16) {
		if (looksBinary(bytes)) throw new CsvReadError('binary');
		// A NUL byte is never text: named with its line, wherever it is.
		const nul = bytes.indexOf(0);
		if (nul >= 0) throw new CsvReadError('nul', lineAt(bytes, nul));
	}
	const detected: { encoding: TextEncodingName; bom: boolean; text?: string } =
		utf16 ??
		(forced
			? { encoding: forced, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf }
			: limit >= bytes.length
				? detectEncoding(bytes)
				: previewEncoding(bytes));
	const { encoding, bom } = detected;
	let text: string;
	if (detected.text !== undefined && limit >= bytes.length) text = detected.text;
	else
		try {
			// The WHATWG "shift_jis" decoder is Windows-31J (CP932): it covers NEC/IBM extensions.
			// A preview may cut a character in two: `stream` keeps its first bytes back instead of failing.
			text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes.subarray(0, limit), {
				stream: limit < bytes.length
			});
		} catch {
			throw new CsvReadError('encoding');
		}
	// UTF-16 is decoded before it is searched: a NUL there is a character like any other, and refused too.
	if (utf16 && text.includes('\0')) throw new CsvReadError('nul', text.slice(0, text.indexOf('\0')).split('\n').length);
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
			} else if (row.length > MAX_COLUMNS) throw new CsvReadError('too_many_columns', line, String(row.length));
			else this.header = row;
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
