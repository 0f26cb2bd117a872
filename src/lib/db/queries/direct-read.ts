/**
 * The import's fast path in DuckDB: a file whose every cell the import worker found in its strict
 * form (files/strict-cells.ts) is read by DuckDB from the file itself, typed as the spec says, into
 * `checking` — at the same time as the worker checks it. Column names and types come from the
 * table specs, the layout from the worker's reading of the header; nothing else from the file.
 */
import { TABLES, type TableName } from '$lib/domain/tables';
import type { DirectRead } from '$lib/domain/import/strict-forms';
import { query } from '../query';
import { dropAllSql, qualified, sqlType, type SchemaName } from '../schema';

/** The file registered under `path` into `checking`, its fields read positionally as `plan` says. */
export function readDirectSql({ table, delimiter, width, fields }: DirectRead, path: string): string {
	if (!/^[\w./-]+$/.test(path)) throw new RangeError(`internal file name expected: ${path}`);
	const specs = TABLES[table].columns;
	const types = Array.from({ length: width }, (_, f) => {
		const c = fields.indexOf(f);
		return `'f${f}': '${c >= 0 ? sqlType(specs[c]!) : 'VARCHAR'}'`;
	});
	const columns = specs.map((s, c) =>
		fields[c]! >= 0 ? `"f${fields[c]}" AS "${s.name}"` : `NULL::${sqlType(s)} AS "${s.name}"`
	);
	// No quoting at all: the worker refuses any file with a quote, so fields split as it splits them.
	const delim = delimiter === '\t' ? '\t' : ',';
	return `CREATE OR REPLACE TABLE ${qualified(table, 'checking')} AS SELECT ${columns.join(', ')} FROM read_csv('${path}', header = true, auto_detect = false, delim = '${delim}', quote = '', escape = '', columns = {${types.join(', ')}})`;
}

/** Rows read into `checking` for the table. */
export const checkingRows = (table: TableName) =>
	query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${qualified(table, 'checking')}`, [], { cache: false });

/** One file's read rows go (the worker found a cell not strict, or the read failed). */
export const dropCheckingSql = (table: TableName) => `DROP TABLE IF EXISTS ${qualified(table, 'checking')}`;

/** Whatever `checking` holds goes. */
export const DROP_CHECKING_SQL = dropAllSql('checking');

/** The read rows into the table being loaded, typed already. */
export function insertCheckedSql(table: TableName, schema: SchemaName): string {
	const columns = TABLES[table].columns.map((c) => `"${c.name}"`);
	return `INSERT INTO ${qualified(table, schema)} SELECT ${columns.join(', ')} FROM ${qualified(table, 'checking')}`;
}
