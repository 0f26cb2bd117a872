/**
 * Row validation of one imported file, after its headers are matched: typed records plus every
 * problem found, located by file, line and column. Only what one row can tell is checked here;
 * duplicates and references between tables are checked later in SQL, over all rows at once.
 */

import type { DataIssue } from '../issues';
import { TABLES, type ColumnSpec, type TableName } from '../tables';
import type { ColumnMatch } from './headers';
import { parseCell, type CellValue } from './values';

export type ImportRecord = Record<string, CellValue>;

export interface RowValidation {
	/** One per non-blank row with the right number of fields; every spec column is present. */
	records: ImportRecord[];
	issues: DataIssue[];
}

/** Header columns the spec does not know, and required columns the file lacks. */
export function headerIssues(table: TableName, file: string, match: Pick<ColumnMatch, 'missingRequired' | 'unknown'>): DataIssue[] {
	const columns = new Map(TABLES[table].columns.map((c) => [c.name, c] as const));
	const missing = match.missingRequired.map(
		(name): DataIssue => ({
			file,
			line: 1,
			column: name,
			rule: 'missing_column',
			expected: [...(columns.get(name)?.ja ?? [])].join(' / ') || name,
			severity: 'error'
		})
	);
	const unknown = match.unknown.map((header): DataIssue => ({ file, line: 1, column: header, value: header, rule: 'unknown_column', severity: 'warning' }));
	return [...missing, ...unknown];
}

/** Values the spec fills in when a cell is blank (data-spec, tables). */
function applyDefaults(table: TableName, record: ImportRecord): void {
	if (table === 'schools' && record.employer_code === null) record.employer_code = record.municipality_code ?? null;
	if (table === 'staff') {
		if (record.days_per_week === null) record.days_per_week = 5;
		if (record.hours_per_day === null) record.hours_per_day = 7.75;
	}
	// The first two digits of a municipality code are its prefecture's.
	if (table === 'municipalities' && record.prefecture_code === null && typeof record.municipality_code === 'string')
		record.prefecture_code = record.municipality_code.slice(0, 2);
}

/** Legal but usually a mistake (data-spec, "Warnings"): reported, import proceeds. */
const ZERO_WARNINGS: Partial<Record<TableName, string>> = { schools: 'students', staff: 'days_per_week' };

export function validateRows(
	table: TableName,
	file: string,
	header: readonly string[],
	rows: readonly (readonly string[])[],
	mapping: readonly (string | null)[]
): RowValidation {
	const columns = TABLES[table].columns;
	const indexOf = new Map<string, number>();
	mapping.forEach((name, i) => {
		if (name !== null && !indexOf.has(name)) indexOf.set(name, i);
	});
	const records: ImportRecord[] = [];
	const issues: DataIssue[] = [];
	const zeroColumn = ZERO_WARNINGS[table];

	rows.forEach((row, r) => {
		const line = r + 2;
		// Spreadsheets leave rows of empty cells at the end of a sheet: they are not data.
		if (row.every((cell) => cell.trim() === '')) return;
		if (row.length !== header.length) {
			// Fields would land in the wrong columns; one issue says more than a cascade of type errors.
			issues.push({ file, line, rule: 'field_count', value: String(row.length), expected: String(header.length), severity: 'error' });
			return;
		}
		const record: ImportRecord = {};
		const rowIssues: DataIssue[] = [];
		const given = new Set<string>();
		for (const column of columns) record[column.name] = readCell(column, row, indexOf, file, line, rowIssues, given);
		applyDefaults(table, record);
		for (const column of columns) {
			// A column absent from the header is reported once, by headerIssues, not on every row.
			if (column.required && record[column.name] === null && indexOf.has(column.name) && !rowIssues.some((i) => i.column === column.name))
				rowIssues.push({ file, line, column: column.name, value: row[indexOf.get(column.name)!] ?? '', rule: 'required', severity: 'error' });
		}
		if (zeroColumn && given.has(zeroColumn) && record[zeroColumn] === 0)
			rowIssues.push({ file, line, column: zeroColumn, value: row[indexOf.get(zeroColumn)!] ?? '', rule: 'zero_value', severity: 'warning' });
		issues.push(...rowIssues);
		records.push(record);
	});
	return { records, issues };
}

function readCell(
	column: ColumnSpec,
	row: readonly string[],
	indexOf: ReadonlyMap<string, number>,
	file: string,
	line: number,
	issues: DataIssue[],
	given: Set<string>
): CellValue {
	const index = indexOf.get(column.name);
	if (index === undefined) return null;
	const raw = row[index] ?? '';
	const parsed = parseCell(column, raw);
	if (!parsed.ok) {
		issues.push({ file, line, column: column.name, value: raw, rule: parsed.rule, expected: parsed.expected, severity: 'error' });
		return null;
	}
	if (parsed.value !== null) given.add(column.name);
	return parsed.value;
}
