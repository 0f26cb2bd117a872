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
const ZERO_WARNINGS: Partial<Record<TableName, string>> = { schools: 'students', staff: 'days_per_week' };

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
	readonly #cache = new RepeatCache();

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
		const given = new Set<string>();
		for (const column of this.#columns)
			record[column.name] = readCell(column, row, this.#indexOf, file, line, rowIssues, given, this.#cache);
		applyDefaults(this.table, record, line, this.#idPrefix);
		for (const column of this.#columns) {
			// A column absent from the header is reported once, by headerIssues, not on every row.
			if (
				column.required &&
				record[column.name] === null &&
				this.#indexOf.has(column.name) &&
				!rowIssues.some((i) => i.column === column.name)
			)
				rowIssues.push({
					file,
					line,
					column: column.name,
					value: row[this.#indexOf.get(column.name)!] ?? '',
					rule: 'required',
					severity: 'error'
				});
		}
		// Rules across cells only where the cells themselves were read.
		if (rowIssues.length === 0)
			for (const issue of rowRuleIssues(this.table, record, (c) => row[this.#indexOf.get(c) ?? -1] ?? ''))
				rowIssues.push({ file, line, ...issue });
		const zero = this.#zeroColumn;
		if (zero && given.has(zero) && record[zero] === 0)
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
 * Codes and categories repeat across a log (a few hundred schools, four categories): their
 * parse, check digit included, is remembered per column instead of redone on every row.
 */
class RepeatCache {
	static readonly SIZE = 100_000;
	readonly #byColumn = new Map<string, Map<string, CellResult>>();

	parse(column: ColumnSpec, raw: string): CellResult {
		if (column.type.kind !== 'enum' && !column.name.endsWith('_code')) return parseCell(column, raw);
		let cache = this.#byColumn.get(column.name);
		if (!cache) this.#byColumn.set(column.name, (cache = new Map()));
		let result = cache.get(raw);
		if (!result) {
			result = parseCell(column, raw);
			if (cache.size < RepeatCache.SIZE) cache.set(raw, result);
		}
		return result;
	}
}

function readCell(
	column: ColumnSpec,
	row: readonly string[],
	indexOf: ReadonlyMap<string, number>,
	file: string,
	line: number,
	issues: DataIssue[],
	given: Set<string>,
	cache: RepeatCache
): CellValue {
	const index = indexOf.get(column.name);
	if (index === undefined) return null;
	const raw = row[index] ?? '';
	const parsed = cache.parse(column, raw);
	if (!parsed.ok) {
		issues.push({
			file,
			line,
			column: column.name,
			value: raw,
			rule: parsed.rule,
			expected: parsed.expected,
			severity: 'error'
		});
		return null;
	}
	if (parsed.value !== null) given.add(column.name);
	return parsed.value;
}
