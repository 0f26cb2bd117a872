/**
 * Row validation of one imported file, after its headers are matched: typed records plus every
 * problem found, located by file, line and column. Only what one row can tell is checked here;
 * duplicates and references between tables are checked later in SQL, over all rows at once.
 */

import type { DataIssue } from '../issues';
import { excerpt } from '../excerpt';
import { TABLES, type ColumnSpec, type TableName } from '../tables';
import type { ColumnMatch } from './headers';
import { parseCell, type CellResult, type CellValue } from './values';
import { rowRuleIssues } from './row-rules';

export type ImportRecord = Record<string, CellValue>;

export interface RowValidation {
	/** One per non-blank row with the right number of fields; every spec column is present. */
	records: ImportRecord[];
	issues: DataIssue[];
}

/** Header columns the spec does not know, and required columns the file lacks. */
export function headerIssues(
	table: TableName,
	file: string,
	match: Pick<ColumnMatch, 'missingRequired' | 'unknown' | 'duplicates'>
): DataIssue[] {
	const columns = new Map(TABLES[table].columns.map((c) => [c.name, c] as const));
	const missing = match.missingRequired.map((name): DataIssue => ({
		file,
		line: 1,
		column: name,
		rule: 'missing_column',
		expected: [...(columns.get(name)?.ja ?? [])].join(' / ') || name,
		severity: 'error'
	}));
	const unknown = match.unknown.map((header): DataIssue => ({
		file,
		line: 1,
		column: header,
		value: header,
		rule: 'unknown_column',
		severity: 'warning'
	}));
	// Which of two 配置自治体コード columns holds the codes cannot be guessed: the user picks one.
	const duplicates = match.duplicates.map((d): DataIssue => ({
		file,
		line: 1,
		column: d.column,
		value: d.headers.join(' / '),
		rule: 'duplicate_column',
		expected: [...(columns.get(d.column)?.ja.slice(0, 1) ?? []), d.column].join(' / '),
		severity: 'error'
	}));
	return [...duplicates, ...missing, ...unknown];
}

/**
 * Columns whose blank cell `applyDefaults` fills (or may fill) with another value: a blank there
 * is not its canonical value, so the strict forms (strict-forms.ts) do not take it.
 */
export const DEFAULTED_COLUMNS: Readonly<Partial<Record<TableName, readonly string[]>>> = {
	schools: ['employer_code'],
	staff: ['days_per_week', 'hours_per_day'],
	support_requests: ['request_id'],
	municipalities: ['prefecture_code']
};

/** Values the spec fills in when a cell is blank (docs/data-formats.md, "Tables"). */
function applyDefaults(table: TableName, record: ImportRecord, line: number, idPrefix: string): void {
	if (table === 'schools' && record.employer_code === null) record.employer_code = record.municipality_code ?? null;
	if (table === 'staff') {
		if (record.days_per_week === null) record.days_per_week = 5;
		if (record.hours_per_day === null) record.hours_per_day = 7.75;
	}
	// A log without numbers still needs a key; the line makes it unique within the file.
	if (table === 'support_requests' && record.request_id === null) record.request_id = `${idPrefix}${line}`;
	// The first two digits of a municipality code are its prefecture's.
	if (table === 'municipalities' && record.prefecture_code === null && typeof record.municipality_code === 'string')
		record.prefecture_code = record.municipality_code.slice(0, 2);
}

/** Legal but usually a mistake (docs/data-formats.md, "Import rules"): reported, import proceeds. */
export const ZERO_WARNINGS: Readonly<Partial<Record<TableName, string>>> = {
	schools: 'students',
	staff: 'days_per_week'
};

export interface RowCheckOptions {
	/** Issues kept beyond this many are only counted: a million bad rows must not become a million objects. */
	keepIssues?: number;
	/** Start of the request ids generated for rows without one (the line number follows). */
	idPrefix?: string;
}

/**
 * Checks the rows of one file one at a time, so a large file is never held as records: each row
 * gives its typed record (or null when it cannot be read) and its issues are collected here.
 */
export class RowChecker {
	readonly issues: DataIssue[] = [];
	errors = 0;
	warnings = 0;
	readonly #columns: readonly ColumnSpec[];
	readonly #indexOf = new Map<string, number>();
	readonly #zeroColumn: string | undefined;
	readonly #keep: number;
	readonly #idPrefix: string;
	/** Per spec column, settled once for the file rather than looked up on every cell. */
	readonly #readers: readonly ColumnReader[];

	constructor(
		readonly table: TableName,
		readonly file: string,
		readonly width: number,
		mapping: readonly (string | null)[],
		{ keepIssues = Infinity, idPrefix = 'auto-' }: RowCheckOptions = {}
	) {
		this.#columns = TABLES[table].columns;
		mapping.forEach((name, i) => {
			if (name !== null && !this.#indexOf.has(name)) this.#indexOf.set(name, i);
		});
		this.#readers = this.#columns.map((column) => new ColumnReader(column, this.#indexOf.get(column.name)));
		this.#zeroColumn = ZERO_WARNINGS[table];
		this.#keep = keepIssues;
		this.#idPrefix = idPrefix;
	}

	report(issue: DataIssue): void {
		if (issue.severity === 'error') this.errors++;
		else this.warnings++;
		// A value (or an unknown column's header) may be a whole 10 MB line: the page is given its start.
		if (this.issues.length < this.#keep)
			this.issues.push({
				...issue,
				...(issue.value !== undefined && { value: excerpt(issue.value) }),
				...(issue.column !== undefined && { column: excerpt(issue.column) })
			});
	}

	/** `line` is the row's line in the file (the header is line 1). Blank rows give null silently. */
	check(row: readonly string[], line: number): ImportRecord | null {
		const file = this.file;
		// Spreadsheets leave rows of empty cells at the end of a sheet: they are not data.
		if (row.every((cell) => cell.trim() === '')) return null;
		if (row.length !== this.width) {
			// Fields would land in the wrong columns; one issue says more than a cascade of type errors.
			this.report({
				file,
				line,
				rule: 'field_count',
				value: String(row.length),
				expected: String(this.width),
				severity: 'error'
			});
			return null;
		}
		const record: ImportRecord = {};
		const rowIssues: DataIssue[] = [];
		for (const reader of this.#readers) record[reader.column.name] = readCell(reader, row, file, line, rowIssues);
		const zero = this.#zeroColumn;
		// Read before the defaults, which fill only blank cells: a zero the file itself gives.
		const zeroGiven = zero !== undefined && record[zero] === 0;
		applyDefaults(this.table, record, line, this.#idPrefix);
		for (const { column, index } of this.#readers) {
			// A column absent from the header is reported once, by headerIssues, not on every row.
			if (
				column.required &&
				record[column.name] === null &&
				index !== undefined &&
				!rowIssues.some((i) => i.column === column.name)
			)
				rowIssues.push({
					file,
					line,
					column: column.name,
					value: row[index] ?? '',
					rule: 'required',
					severity: 'error'
				});
		}
		// Rules across cells only where the cells themselves were read.
		if (rowIssues.length === 0)
			for (const issue of rowRuleIssues(this.table, record, (c) => row[this.#indexOf.get(c) ?? -1] ?? ''))
				rowIssues.push({ file, line, ...issue });
		if (zeroGiven)
			rowIssues.push({
				file,
				line,
				column: zero,
				value: row[this.#indexOf.get(zero)!] ?? '',
				rule: 'zero_value',
				severity: 'warning'
			});
		for (const issue of rowIssues) this.report(issue);
		return record;
	}
}

export function validateRows(
	table: TableName,
	file: string,
	header: readonly string[],
	rows: readonly (readonly string[])[],
	mapping: readonly (string | null)[]
): RowValidation {
	const checker = new RowChecker(table, file, header.length, mapping);
	const records: ImportRecord[] = [];
	rows.forEach((row, r) => {
		const record = checker.check(row, r + 2);
		if (record) records.push(record);
	});
	return { records, issues: checker.issues };
}

/**
 * One spec column of a file: the field it is read from (undefined when the file lacks it).
 * Codes and categories repeat across a log (a few hundred schools, four categories): their
 * parse, check digit included, is remembered instead of redone on every row.
 */
class ColumnReader {
	static readonly REPEATS = 100_000;
	readonly #repeats: Map<string, CellResult> | null;

	constructor(
		readonly column: ColumnSpec,
		readonly index: number | undefined
	) {
		this.#repeats = column.type.kind === 'enum' || column.name.endsWith('_code') ? new Map() : null;
	}

	parse(raw: string): CellResult {
		const repeats = this.#repeats;
		if (!repeats) return parseCell(this.column, raw);
		let result = repeats.get(raw);
		if (!result) {
			result = parseCell(this.column, raw);
			if (repeats.size < ColumnReader.REPEATS) repeats.set(raw, result);
		}
		return result;
	}
}

function readCell(
	reader: ColumnReader,
	row: readonly string[],
	file: string,
	line: number,
	issues: DataIssue[]
): CellValue {
	const index = reader.index;
	if (index === undefined) return null;
	const raw = row[index] ?? '';
	const parsed = reader.parse(raw);
	if (!parsed.ok) {
		issues.push({
			file,
			line,
			column: reader.column.name,
			value: raw,
			rule: parsed.rule,
			expected: parsed.expected,
			severity: 'error'
		});
		return null;
	}
	return parsed.value;
}
