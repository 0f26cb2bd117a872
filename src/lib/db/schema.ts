/** DuckDB DDL derived from the table specs of the domain (shared/data-spec.md). */
import { TABLES, TABLE_NAMES, type ColumnSpec, type TableName } from '$lib/domain/tables';

function sqlType(column: ColumnSpec): string {
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

/** Column list in DuckDB's read_csv `columns={…}` form; names and types come from the spec only. */
export function csvColumns(table: TableName): string {
	return `{${TABLES[table].columns.map((c) => `'${c.name}': '${sqlType(c)}'`).join(', ')}}`;
}

export function createTableSql(table: TableName): string {
	const columns = TABLES[table].columns.map((c) => `"${c.name}" ${sqlType(c)}`);
	return `CREATE OR REPLACE TABLE "${table}" (${columns.join(', ')})`;
}

export const CREATE_ALL_TABLES_SQL = TABLE_NAMES.map(createTableSql).join(';\n');

/**
 * Loads a CSV registered in DuckDB under `path` (an internal name, never a user's file name) into
 * its table. Columns are read by position in spec order, typed by the spec.
 */
export function insertCsvSql(table: TableName, path: string): string {
	if (!/^[\w./-]+$/.test(path)) throw new RangeError(`internal file name expected: ${path}`);
	return `INSERT INTO "${table}" SELECT * FROM read_csv('${path}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = ${csvColumns(table)}, timestampformat = '%Y-%m-%d %H:%M:%S')`;
}
