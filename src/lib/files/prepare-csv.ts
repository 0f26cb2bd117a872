/**
 * A user's file (CSV/TSV, an Excel workbook or Parquet) made ready for loading: read, recognised as one of
 * the tables by its headers (or as the user chose), every row checked, and rewritten as the
 * canonical CSV the loader reads (spec column order, canonical values). Cross-row rules
 * (duplicates, references) follow in SQL.
 */
import { TABLES, type TableName } from '$lib/domain/tables';
import type { DataIssue } from '$lib/domain/issues';
import { csvField } from '$lib/domain/csv-export';
import { describeMapping, likeliestTables, matchColumns, recogniseTable } from '$lib/domain/import/headers';
import { headerIssues, RowChecker, type ImportRecord } from '$lib/domain/import/validate-rows';
import type { CsvBytes } from '$lib/db/load-csv';
import { excerpt, REVIEW_COLUMNS } from '$lib/domain/excerpt';
import { CsvReadError, peekCsv, streamCsv, type TextEncodingName } from './csv-reader';
import { checkStrictCsv, strictHeader } from './strict-csv';
import type { DirectRead } from '$lib/domain/import/strict-forms';
import { isXlsx, readXlsx } from './xlsx-reader';
import { isParquet, readParquet } from './parquet-reader';
import {
	readPublicFile,
	type ImportContext,
	type PublicChoice,
	type PublicRead,
	type PublicSummary
} from './public-file';

export type FileFormat = 'csv' | 'xlsx' | 'parquet' | 'geojson';

/** What the user decided about a file on the data screen; anything left out is detected. */
export interface ImportChoice {
	table?: TableName;
	encoding?: TextEncodingName;
	sheet?: string;
	/** Per header of the file: the canonical column it fills, or null to leave it out. */
	mapping?: readonly (string | null)[];
	/** What to keep of a public file (P29, 学校コード一覧, SSDSE-A), or its header row. */
	keep?: PublicChoice;
}

interface ReadInfo {
	format: FileFormat | null;
	encoding: TextEncodingName | null;
	delimiter: ',' | '\t' | null;
	/** The workbook sheet the rows came from. */
	sheet?: string;
}

/** A file as first read, for the user to review before anything is loaded. */
export interface FileInspection extends ReadInfo {
	name: string;
	size: number;
	/** Sheets of a workbook that have a header row. */
	sheets: string[];
	header: string[];
	/** The first rows, as text. */
	preview: string[][];
	table: TableName | null;
	/** The tables equally likely when `table` could not be told: the user is asked to pick. */
	candidates: TableName[];
	mapping: (string | null)[];
	/** A public file read as published: what was found in it. */
	source: PublicSummary | null;
	/** Municipality and employer codes the public file's kept rows refer to. */
	refers: string[];
	/** Why the file cannot be read at all (then there is nothing to review). */
	problem: DataIssue | null;
}

/** `F`: the canonical CSV as it comes; the fast path (`prepareStrict`) gives a FastCsv. */
export interface PreparedCsv<F extends CsvBytes | FastCsv = CsvBytes> extends ReadInfo {
	name: string;
	table: TableName | null;
	rows: number;
	/** The first issues found (at most KEPT_ISSUES), and how many there are in all. */
	issues: DataIssue[];
	errors: number;
	warnings: number;
	/** Present when the file has no errors (warnings allowed). */
	file: F | null;
	/**
	 * Every cell was in its strict form (strict-csv.ts): the canonical CSV was written without the
	 * row checks, and DuckDB may read the rows from the file itself, as this says.
	 */
	direct?: DirectRead;
	/** With `direct`: no two rows share the table's one-column key (the load need not count repeats). */
	uniqueKey?: boolean;
}

/**
 * A canonical CSV that is the spec's header line followed by the checked file's own bytes from
 * `from` on, and a final LF when `closeLine` (strict-csv.ts, StrictRows): the rows of a large log
 * are never copied, only sliced from the file (`sourceParts`).
 */
export interface CsvOfSource {
	table: TableName;
	name: string;
	header: Uint8Array;
	from: number;
	closeLine: boolean;
}

/**
 * The canonical CSV of a file checked fast whose rows must be rewritten (other columns, another
 * order, CRLF): written by `write` once asked, so that the import need not wait for the copy.
 */
export interface CsvToWrite {
	table: TableName;
	name: string;
	write: () => Uint8Array;
}

export type FastCsv = CsvOfSource | CsvToWrite;

const LINE_END = new Uint8Array([0x0a]);

/** The parts of such a CSV, its rows a slice of `source` (the file it was checked from). */
export function sourceParts<S extends Blob | Uint8Array>(file: CsvOfSource, source: S): (Uint8Array | S)[] {
	return [file.header, source.slice(file.from) as S, ...(file.closeLine ? [LINE_END] : [])];
}

export type PrepareProgress = (done: number) => void;

/** Issues kept per file; the total is counted. The screen lists the first 100. */
export const KEPT_ISSUES = 1000;
export const PREVIEW_ROWS = 5;

/** Header or row cells as a review shows them: the start of each (a header may be one 10 MB cell). */
const shown = (cells: readonly string[]) => cells.map((c) => excerpt(c));

/** A preview row as the review shows it: only the columns it lays out. */
const previewRow = (row: readonly string[]) => shown(row.slice(0, REVIEW_COLUMNS));

const NO_READ: ReadInfo = { format: null, encoding: null, delimiter: null };

function failure(name: string, issue: Omit<DataIssue, 'file' | 'severity'>, read: ReadInfo = NO_READ): PreparedCsv {
	return {
		name,
		table: null,
		...read,
		rows: 0,
		issues: [
			{ file: name, severity: 'error', ...issue, ...(issue.value !== undefined && { value: excerpt(issue.value) }) }
		],
		errors: 1,
		warnings: 0,
		file: null
	};
}

function readProblem(e: unknown, format: FileFormat): Omit<DataIssue, 'file' | 'severity'> {
	if (format !== 'csv') return { rule: 'file', expected: format };
	if (!(e instanceof CsvReadError)) return { rule: 'file', expected: 'csv' };
	return {
		rule: 'file',
		expected: e.reason,
		...(e.line !== undefined ? { line: e.line } : {}),
		...(e.value !== undefined ? { value: e.value } : {})
	};
}

export function formatOf(bytes: Uint8Array): Exclude<FileFormat, 'geojson'> {
	return isParquet(bytes) ? 'parquet' : isXlsx(bytes) ? 'xlsx' : 'csv';
}

/** Canonical CSV, built in pieces of text encoded as they fill, so no single string grows huge. */
export class CanonicalWriter {
	readonly #columns: string[];
	readonly #parts: Uint8Array[] = [];
	#lines: string[] = [];
	readonly #encoder = new TextEncoder();

	constructor(table: TableName) {
		this.#columns = TABLES[table].columns.map((c) => c.name);
		this.#lines.push(this.#columns.join(','));
	}

	add(r: ImportRecord): void {
		// A million rows: one string per line, with no array of its fields built and joined.
		let line = '';
		for (let i = 0; i < this.#columns.length; i++) {
			const value = r[this.#columns[i]!];
			if (i > 0) line += ',';
			if (value !== null && value !== undefined) line += csvField(String(value));
		}
		this.#lines.push(line);
		if (this.#lines.length >= 50_000) this.#flush();
	}

	#flush(): void {
		this.#parts.push(this.#encoder.encode(this.#lines.join('\n') + '\n'));
		this.#lines = [];
	}

	bytes(): Uint8Array {
		this.#flush();
		const out = new Uint8Array(this.#parts.reduce((n, p) => n + p.length, 0));
		let at = 0;
		for (const p of this.#parts) {
			out.set(p, at);
			at += p.length;
		}
		return out;
	}
}

/**
 * A cell the reader could not give as its value (a formula saved without its result, a Parquet
 * column of lists): an error wherever the column is loaded, never a silent blank.
 */
export interface FlaggedCell {
	/** 0-based column of the header. */
	column: number;
	line: number;
	rule: 'formula' | 'nested_column';
	value?: string;
	expected?: string;
}

/** Checks rows as they come and writes the good ones; `finish` says what the file gave. */
class FilePreparation {
	readonly checker: RowChecker;
	readonly writer: CanonicalWriter;
	rows = 0;

	constructor(
		readonly name: string,
		readonly table: TableName,
		readonly header: readonly string[],
		readonly mapping: readonly (string | null)[],
		idPrefix: string,
		/** The user chose the mapping: a header left out was left out on purpose. */
		chosen: boolean
	) {
		this.checker = new RowChecker(table, name, header.length, mapping, { keepIssues: KEPT_ISSUES, idPrefix });
		for (const issue of headerIssues(table, name, describeMapping(table, header, mapping, chosen)))
			this.checker.report(issue);
		this.writer = new CanonicalWriter(table);
	}

	/** Reports the flagged cells of the columns the file loads (a column left out does not matter). */
	flag(cells: readonly FlaggedCell[]): void {
		for (const { column, ...cell } of cells) {
			const name = this.mapping[column];
			if (name) this.checker.report({ file: this.name, column: name, severity: 'error', ...cell });
		}
	}

	/** `lines[i]` is the line of the file (or sheet row) that `rows[i]` comes from. */
	add(rows: readonly (readonly string[])[], lines: readonly number[]): void {
		rows.forEach((row, i) => {
			if (row.every((cell) => cell.trim() === '')) return;
			this.rows++;
			const record = this.checker.check(row, lines[i]!);
			// Once a row failed the file will not load: stop building what would be thrown away.
			if (record && this.checker.errors === 0) this.writer.add(record);
		});
	}

	finish(read: ReadInfo): PreparedCsv {
		// Allowed (it empties the table), but rarely meant.
		if (this.rows === 0) this.checker.report({ file: this.name, line: 1, rule: 'no_rows', severity: 'warning' });
		const { issues, errors, warnings } = this.checker;
		const file = errors === 0 ? { table: this.table, name: this.name, bytes: this.writer.bytes() } : null;
		return { name: this.name, table: this.table, ...read, rows: this.rows, issues, errors, warnings, file };
	}
}

function tableAndMapping(
	header: readonly string[],
	choice: ImportChoice
): { table: TableName | null; mapping: (string | null)[]; chosen: boolean } {
	const table = choice.table ?? recogniseTable(header);
	if (!table) return { table: null, mapping: header.map(() => null), chosen: false };
	const chosen = choice.mapping !== undefined && choice.mapping.length === header.length;
	const mapping = chosen ? [...choice.mapping!] : matchColumns(table, header).mapping;
	return { table, mapping, chosen };
}

/** The table and mapping a review shows, and the tables to choose from when the headers fit several. */
function tableAndMappingOnly(header: readonly string[], choice: ImportChoice) {
	const { table, mapping } = tableAndMapping(header, choice);
	const likeliest = likeliestTables(header);
	return { table, mapping, candidates: likeliest.length > 1 ? likeliest : [] };
}

/** Header and rows of a whole sheet or Parquet file, through the same checks as a CSV. */
function prepareRows(
	name: string,
	{ header, rows, flagged, lines, notes }: Sheet,
	read: ReadInfo,
	choice: ImportChoice,
	idPrefix: string,
	progress?: PrepareProgress
): PreparedCsv {
	const { table, mapping, chosen } = tableAndMapping(header, choice);
	if (!table) return failure(name, { line: 1, rule: 'unknown_table', value: header.join(', ') }, read);
	const preparation = new FilePreparation(name, table, header, mapping, idPrefix, chosen);
	preparation.flag(flagged);
	for (const note of notes ?? []) preparation.checker.report(note);
	const step = 50_000;
	for (let at = 0; at < rows.length; at += step) {
		const chunk = rows.slice(at, at + step);
		preparation.add(
			chunk,
			chunk.map((_, i) => lines?.[at + i] ?? at + i + 2)
		);
		progress?.(Math.min(1, (at + step) / rows.length));
	}
	if (rows.length === 0) progress?.(1);
	return preparation.finish(read);
}

interface Sheet {
	sheet: string;
	header: string[];
	rows: string[][];
	flagged: FlaggedCell[];
	/** The line of the file each row comes from, when not the row after the header. */
	lines?: number[];
	/** Found while reading the file, reported with the checks' own issues. */
	notes?: DataIssue[];
}

/** The sheet the user chose, else the first whose headers name a table (notes on other sheets are passed over). */
function pickSheet(sheets: readonly Sheet[], choice: ImportChoice): Sheet | undefined {
	return (
		sheets.find((s) => s.sheet === choice.sheet) ?? sheets.find((s) => recogniseTable(s.header) !== null) ?? sheets[0]
	);
}

/** The rows of a workbook or Parquet file, which their libraries read whole. */
async function readTabular(
	format: 'xlsx' | 'parquet',
	bytes: Uint8Array,
	choice: ImportChoice
): Promise<{ sheets: string[]; chosen: Sheet | undefined }> {
	if (format === 'parquet') {
		const { header, rows, nested } = await readParquet(bytes);
		const flagged = nested.map((column): FlaggedCell => ({
			column,
			line: 1,
			rule: 'nested_column',
			value: header[column]
		}));
		return { sheets: [], chosen: { sheet: '', header, rows, flagged } };
	}
	const sheets = (await readXlsx(bytes)).map(({ formulas, ...s }) => ({
		...s,
		flagged: formulas.map((f): FlaggedCell => ({
			column: f.column,
			line: f.row,
			rule: 'formula',
			value: f.formula,
			expected: s.sheet
		}))
	}));
	return { sheets: sheets.map((s) => s.sheet), chosen: pickSheet(sheets, choice) };
}

/** Reads enough of a file to show it: format, encoding, sheets, header, first rows, table and column match. */
/** A public file as published, read as the rows of its table; null for any other file, or one it cannot read. */
function publicFile(name: string, bytes: Uint8Array, choice: ImportChoice, context: ImportContext): PublicRead | null {
	try {
		return readPublicFile(name, bytes, choice.keep ?? {}, choice.encoding, context);
	} catch {
		// The ordinary import reads it again and says what is wrong with it.
		return null;
	}
}

function publicInfo(source: PublicRead): ReadInfo {
	return source.layout
		? { format: 'csv', encoding: source.layout.encoding, delimiter: source.layout.delimiter }
		: { format: 'geojson', encoding: null, delimiter: null };
}

const publicSheet = (source: PublicRead): Sheet => ({ sheet: '', flagged: [], ...source });

export async function inspectFile(
	name: string,
	bytes: Uint8Array,
	choice: ImportChoice = {},
	context: ImportContext = {}
): Promise<FileInspection> {
	const source = publicFile(name, bytes, choice, context);
	const tabular = formatOf(bytes);
	const format = source ? publicInfo(source).format! : tabular;
	const base = {
		name,
		size: bytes.length,
		format,
		encoding: null,
		delimiter: null,
		sheets: [],
		header: [],
		preview: [],
		table: null,
		candidates: [],
		mapping: [],
		source: null,
		refers: [],
		problem: null
	};
	const unreadable = (e: unknown): FileInspection => ({
		...base,
		problem: { file: name, severity: 'error', ...readProblem(e, format) }
	});
	if (source)
		return {
			...base,
			...publicInfo(source),
			header: source.header,
			preview: source.rows.slice(0, PREVIEW_ROWS),
			...tableAndMappingOnly(source.header, source.table ? { ...choice, table: source.table } : choice),
			source: source.summary,
			refers: source.refers
		};
	if (tabular === 'csv') {
		let csv;
		try {
			csv = peekCsv(bytes, choice.encoding, PREVIEW_ROWS);
		} catch (e) {
			return unreadable(e);
		}
		return {
			...base,
			encoding: csv.encoding,
			delimiter: csv.delimiter,
			header: shown(csv.header),
			preview: csv.rows.map(previewRow),
			...tableAndMappingOnly(csv.header, choice)
		};
	}
	let read;
	try {
		read = await readTabular(tabular, bytes, choice);
	} catch (e) {
		return unreadable(e);
	}
	if (!read.chosen) return unreadable(new CsvReadError('no_header'));
	const { sheet, header, rows } = read.chosen;
	return {
		...base,
		sheets: read.sheets,
		sheet: format === 'xlsx' ? sheet : undefined,
		header: shown(header),
		preview: rows
			.filter((r) => r.some((c) => c.trim() !== ''))
			.slice(0, PREVIEW_ROWS)
			.map(previewRow),
		...tableAndMappingOnly(header, choice)
	};
}

export function prepareCsv(
	name: string,
	bytes: Uint8Array,
	choice: ImportChoice = {},
	progress?: PrepareProgress,
	idPrefix = 'auto-'
): PreparedCsv {
	// Set by the header callback; an object because TypeScript does not follow assignments in callbacks.
	const state: { read: ReadInfo; preparation: FilePreparation | null; header: string[] } = {
		read: { ...NO_READ, format: 'csv' },
		preparation: null,
		header: []
	};
	try {
		streamCsv(
			bytes,
			choice.encoding,
			(header, layout) => {
				state.read = { format: 'csv', encoding: layout.encoding, delimiter: layout.delimiter };
				state.header = header;
				const { table, mapping, chosen } = tableAndMapping(header, choice);
				if (table) state.preparation = new FilePreparation(name, table, header, mapping, idPrefix, chosen);
			},
			(rows, lines, done) => {
				state.preparation?.add(rows, lines);
				progress?.(done);
			}
		);
	} catch (e) {
		return failure(name, readProblem(e, 'csv'), state.read);
	}
	if (!state.preparation)
		return failure(name, { line: 1, rule: 'unknown_table', value: state.header.join(', ') }, state.read);
	return state.preparation.finish(state.read);
}

/** A UTF-8 CSV's table and columns for the fast path, when its header allows it (strict-csv.ts). */
function strictPlan(name: string, bytes: Uint8Array, choice: ImportChoice) {
	const layout = strictHeader(bytes, choice.encoding);
	if (!layout) return null;
	const { table, mapping, chosen } = tableAndMapping(layout.header, choice);
	if (!table) return null;
	const preparation = new FilePreparation(name, table, layout.header, mapping, 'auto-', chosen);
	if (preparation.checker.errors > 0) return null;
	const direct: DirectRead = {
		table,
		delimiter: layout.delimiter,
		width: layout.header.length,
		fields: TABLES[table].columns.map((c) => mapping.indexOf(c.name))
	};
	return { layout, direct, preparation };
}

/**
 * How DuckDB would read the file itself were every cell strict, told from its first bytes (the
 * header line): null when its layout or header does not allow the fast path. `prepareStrict` on
 * the whole file says whether it may.
 */
export function directReadOf(name: string, head: Uint8Array, choice: ImportChoice = {}): DirectRead | null {
	// Whole lines only, so that a character cut at the end is not taken for bad UTF-8.
	const lines = head.subarray(0, head.lastIndexOf(0x0a) + 1);
	return lines.length > 0 ? (strictPlan(name, lines, choice)?.direct ?? null) : null;
}

/**
 * A CSV whose every cell is checked against its strict form (strict-csv.ts), its rows then taken
 * into the canonical CSV as they are; null when its layout, header or any cell does not allow it.
 * What it gives is what `prepareCsv` gives for the file: the same rows, bytes and header issues (a
 * clean file has no others), and how DuckDB may read the file itself.
 */
export function prepareStrict(
	name: string,
	bytes: Uint8Array,
	choice: ImportChoice = {},
	progress?: PrepareProgress
): PreparedCsv<FastCsv> | null {
	const plan = strictPlan(name, bytes, choice);
	if (!plan) return null;
	const { layout, direct, preparation } = plan;
	const checked = checkStrictCsv(bytes, direct.table, layout, direct.fields, progress);
	if (!checked) return null;
	const { rows, uniqueKey, ...csv } = checked;
	const { issues, warnings } = preparation.checker;
	return {
		name,
		table: direct.table,
		format: 'csv',
		encoding: 'utf-8',
		delimiter: layout.delimiter,
		rows,
		issues,
		errors: 0,
		warnings,
		file: { table: direct.table, name, ...csv },
		direct,
		uniqueKey
	};
}

/** Any supported file, told by its first bytes: Parquet, an Excel workbook, else CSV/TSV. */
export function prepareFile(
	name: string,
	bytes: Uint8Array,
	choice?: ImportChoice,
	progress?: PrepareProgress,
	idPrefix?: string,
	context?: ImportContext
): Promise<PreparedCsv>;
/** `strict`: the fast path is tried first (`prepareStrict`), whose canonical CSV may be a slice of the file. */
export function prepareFile(
	name: string,
	bytes: Uint8Array,
	choice: ImportChoice | undefined,
	progress: PrepareProgress | undefined,
	idPrefix: string | undefined,
	context: ImportContext | undefined,
	strict: boolean
): Promise<PreparedCsv<CsvBytes | FastCsv>>;
export async function prepareFile(
	name: string,
	bytes: Uint8Array,
	choice: ImportChoice = {},
	progress?: PrepareProgress,
	idPrefix?: string,
	context: ImportContext = {},
	strict = false
): Promise<PreparedCsv<CsvBytes | FastCsv>> {
	const source = publicFile(name, bytes, choice, context);
	if (source) {
		const table = source.table ?? choice.table;
		return prepareRows(
			name,
			publicSheet(source),
			publicInfo(source),
			table ? { ...choice, table } : choice,
			idPrefix ?? 'auto-',
			progress
		);
	}
	const format = formatOf(bytes);
	if (format === 'csv') {
		const fast = strict ? prepareStrict(name, bytes, choice, progress) : null;
		return fast ?? prepareCsv(name, bytes, choice, progress, idPrefix);
	}
	let read;
	try {
		read = await readTabular(format, bytes, choice);
	} catch (e) {
		return failure(name, readProblem(e, format));
	}
	if (!read.chosen) return failure(name, { rule: 'file', expected: 'no_header' });
	const info: ReadInfo = {
		format,
		encoding: null,
		delimiter: null,
		sheet: format === 'xlsx' ? read.chosen.sheet : undefined
	};
	return prepareRows(name, read.chosen, info, choice, idPrefix ?? 'auto-', progress);
}
