/**
 * A user's CSV file made ready for loading: read (encoding, delimiter), recognised as one of the
 * tables by its headers, every row checked, and rewritten as the canonical CSV the loader reads
 * (spec column order, canonical values). Cross-row rules (duplicates, references) follow in SQL.
 */
import { TABLES, type TableName } from '$lib/domain/tables';
import type { DataIssue } from '$lib/domain/issues';
import { csvField } from '$lib/domain/csv-export';
import { matchColumns, recogniseTable } from '$lib/domain/import/headers';
import { headerIssues, validateRows } from '$lib/domain/import/validate-rows';
import type { CsvFile } from '../load-csv';
import { CsvReadError, readCsv, type TextEncodingName } from './csv-reader';

export interface PreparedCsv {
	name: string;
	table: TableName | null;
	encoding: TextEncodingName | null;
	delimiter: ',' | '\t' | null;
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

export function prepareCsv(name: string, bytes: Uint8Array, forcedTable?: TableName): PreparedCsv {
	const failed = (issue: Omit<DataIssue, 'file' | 'severity'>): PreparedCsv => ({
		name,
		table: null,
		encoding: null,
		delimiter: null,
		rows: 0,
		issues: [{ file: name, severity: 'error', ...issue }],
		file: null
	});
	let csv;
	try {
		csv = readCsv(bytes);
	} catch (e) {
		return failed({ rule: 'file', expected: e instanceof CsvReadError ? e.reason : 'csv' });
	}
	const table = forcedTable ?? recogniseTable(csv.header);
	if (!table) return { ...failed({ line: 1, rule: 'unknown_table', value: csv.header.join(', ') }), encoding: csv.encoding, delimiter: csv.delimiter };
	const match = matchColumns(table, csv.header);
	const issues = [...headerIssues(table, name, match)];
	const validated = validateRows(table, name, csv.header, csv.rows, match.mapping);
	issues.push(...validated.issues);
	const ok = !issues.some((i) => i.severity === 'error');
	return {
		name,
		table,
		encoding: csv.encoding,
		delimiter: csv.delimiter,
		rows: csv.rows.length,
		issues,
		file: ok ? { table, name, bytes: new TextEncoder().encode(canonicalCsv(table, validated.records)) } : null
	};
}
