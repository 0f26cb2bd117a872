/** DuckDB DDL derived from the table specs of the domain (docs/data-formats.md). */
import { TABLE_NAMES, TABLES, type ColumnSpec, type TableName } from '$lib/domain/tables';

export function sqlType(column: ColumnSpec): string {
	switch (column.type.kind) {
		case 'text':
		case 'enum':
			return 'VARCHAR';
		case 'integer':
			return 'BIGINT';
		case 'number':
			return 'DOUBLE';
		case 'boolean':
			return 'BOOLEAN';
		case 'date':
			return 'DATE';
		case 'timestamp':
			return 'TIMESTAMP';
	}
}

/**
 * Column list in DuckDB's read_csv `columns={…}` form; names and types come from the spec only
 * (`text`: every column as VARCHAR, the cells as written).
 */
function csvColumns(table: TableName, text = false): string {
	return `{${TABLES[table].columns.map((c) => `'${c.name}': '${text ? 'VARCHAR' : sqlType(c)}'`).join(', ')}}`;
}

/**
 * Tables live in `main`; an import is first loaded into `staging` and checked there. A file in
 * its strict canonical form is read by DuckDB from itself into `checking` first (direct-read.ts).
 * Staged and checked tables sit beside the tables in DuckDB's `main` under a prefix, so that a
 * load takes a table's place by a rename rather than a copy of every row: DuckDB cannot move a
 * table from one schema to another.
 */
export type SchemaName = 'main' | 'staging' | 'checking';

/** A table's own name in DuckDB (unquoted; from the specs only). */
export const tableName = (table: TableName, schema: SchemaName = 'main') =>
	schema === 'main' ? table : `${schema}__${table}`;

export const qualified = (table: TableName, schema: SchemaName = 'main') => `"main"."${tableName(table, schema)}"`;

/** Every table of `schema` goes (staged or checked rows no longer wanted). */
export const dropAllSql = (schema: Exclude<SchemaName, 'main'>) =>
	TABLE_NAMES.map((t) => `DROP TABLE IF EXISTS ${qualified(t, schema)}`).join(';\n');

/** The table of `from` takes the place of the table of `to`, whose rows go: no row is copied. */
export const replaceByRenameSql = (table: TableName, from: SchemaName, to: SchemaName) =>
	`DROP TABLE IF EXISTS ${qualified(table, to)}; ALTER TABLE ${qualified(table, from)} RENAME TO "${tableName(table, to)}"`;

export function createTableSql(table: TableName, schema: SchemaName = 'main'): string {
	const columns = TABLES[table].columns.map((c) => `"${c.name}" ${sqlType(c)}`);
	return `CREATE OR REPLACE TABLE ${qualified(table, schema)} (${columns.join(', ')})`;
}

/**
 * Loads a CSV registered in DuckDB under `path` (an internal name, never a user's file name) into
 * its table. Columns are read by position in spec order, typed by the spec.
 */
export function insertCsvSql(table: TableName, path: string, schema: SchemaName = 'main'): string {
	return `INSERT INTO ${qualified(table, schema)} SELECT * FROM ${readCanonicalCsv(table, path)}`;
}

/** DuckDB's reader of a canonical CSV registered under `path`, its columns typed by the spec or all text. */
export function readCanonicalCsv(table: TableName, path: string, text = false): string {
	if (!/^[\w./-]+$/.test(path)) throw new RangeError(`internal file name expected: ${path}`);
	return `read_csv('${path}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = ${csvColumns(table, text)})`;
}
