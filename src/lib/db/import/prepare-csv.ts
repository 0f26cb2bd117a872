/**
 * A user's file (CSV/TSV, an Excel workbook or Parquet) made ready for loading: read, recognised as one of
 * the tables by its headers, every row checked, and rewritten as the canonical CSV the loader
 * reads (spec column order, canonical values). Cross-row rules (duplicates, references) follow in SQL.
 */
import { TABLES, type TableName } from '$lib/domain/tables';
import type { DataIssue } from '$lib/domain/issues';
import { csvField } from '$lib/domain/csv-export';
import { matchColumns, recogniseTable } from '$lib/domain/import/headers';
import { headerIssues, validateRows } from '$lib/domain/import/validate-rows';
import type { CsvFile } from '../load-csv';
import { CsvReadError, readCsv, type TextEncodingName } from './csv-reader';
import { isXlsx, readXlsx } from './xlsx-reader';
import { isParquet, readParquet } from './parquet-reader';

export interface PreparedCsv {
	name: string;
	table: TableName | null;
	encoding: TextEncodingName | null;
	delimiter: ',' | '\t' | null;
	format: 'csv' | 'xlsx' | 'parquet' | null;
	/** The workbook sheet the rows came from. */
	sheet?: string;
	rows: number;
	issues: DataIssue[];
	/** Present when the file has no errors (warnings allowed). */
	file: CsvFile | null;
}

type CanonicalValue = string | number | boolean | null;

function canonicalCsv(table: TableName, records: readonly Record<string, CanonicalValue>[]): string {
	const columns = TABLES[table].columns.map((c) => c.name);
	const lines = [columns.join(',')];
	for (const r of records) lines.push(columns.map((c) => (r[c] === null || r[c] === undefined ? '' : csvField(String(r[c])))).join(','));
	return lines.join('\n') + '\n';
}

function failure(name: string, issue: Omit<DataIssue, 'file' | 'severity'>): PreparedCsv {
	return { name, table: null, format: null, encoding: null, delimiter: null, rows: 0, issues: [{ file: name, severity: 'error', ...issue }], file: null };
}

/** Header and rows of text, whatever the format, through recognition and row checks. */
function prepareRows(name: string, header: string[], rows: string[][], read: Pick<PreparedCsv, 'format' | 'encoding' | 'delimiter' | 'sheet'>, forcedTable?: TableName): PreparedCsv {
	const table = forcedTable ?? recogniseTable(header);
	if (!table) return { ...failure(name, { line: 1, rule: 'unknown_table', value: header.join(', ') }), ...read };
	const match = matchColumns(table, header);
	const issues = [...headerIssues(table, name, match)];
	// Allowed (it empties the table), but rarely meant.
	if (rows.length === 0) issues.push({ file: name, line: 1, rule: 'no_rows', severity: 'warning' });
	const validated = validateRows(table, name, header, rows, match.mapping);
	issues.push(...validated.issues);
	const ok = !issues.some((i) => i.severity === 'error');
	return {
		name,
		table,
		...read,
		rows: rows.length,
		issues,
		file: ok ? { table, name, bytes: new TextEncoder().encode(canonicalCsv(table, validated.records)) } : null
	};
}

export function prepareCsv(name: string, bytes: Uint8Array, forcedTable?: TableName): PreparedCsv {
	let csv;
	try {
		csv = readCsv(bytes);
	} catch (e) {
		return failure(name, { rule: 'file', expected: e instanceof CsvReadError ? e.reason : 'csv' });
	}
	return prepareRows(name, csv.header, csv.rows, { format: 'csv', encoding: csv.encoding, delimiter: csv.delimiter }, forcedTable);
}

/**
 * Any supported file, told by its first bytes: Parquet; an Excel workbook, whose first sheet with
 * headers naming a table is read (notes or lists on other sheets are passed over); else CSV/TSV.
 */
export async function prepareFile(name: string, bytes: Uint8Array): Promise<PreparedCsv> {
	if (isParquet(bytes)) {
		let parquet;
		try {
			parquet = await readParquet(bytes);
		} catch {
			return failure(name, { rule: 'file', expected: 'parquet' });
		}
		return prepareRows(name, parquet.header, parquet.rows, { format: 'parquet', encoding: null, delimiter: null });
	}
	if (!isXlsx(bytes)) return prepareCsv(name, bytes);
	let sheets;
	try {
		sheets = await readXlsx(bytes);
	} catch {
		return failure(name, { rule: 'file', expected: 'xlsx' });
	}
	const sheet = sheets.find((s) => recogniseTable(s.header) !== null) ?? sheets[0];
	if (!sheet) return failure(name, { rule: 'file', expected: 'no_header' });
	return prepareRows(name, sheet.header, sheet.rows, { format: 'xlsx', encoding: null, delimiter: null, sheet: sheet.sheet });
}
