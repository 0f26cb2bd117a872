/**
 * The import's fast path in DuckDB: a file whose every cell the import worker found in its strict
 * form (files/strict-cells.ts) is read by DuckDB from the file itself, typed as the spec says, into
 * `checking` — at the same time as the worker checks it; the codes and labels are then checked
 * here, over their distinct values. Column names and types come from the table specs, the layout
 * from the worker's reading of the header; nothing else from the file.
 */
import { TABLES, type TableName } from '$lib/domain/tables';
import type { DirectRead, StrictTable } from '$lib/domain/import/strict-forms';
import { query, sqlLiteral, type Query } from '../query';
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

/**
 * The distinct values of the columns whose strict form the row check decides (codes,
 * enumerations; text columns, so as read): at most `limit` + 1 per column, so that too many
 * shows. Without parameters, so never kept prepared across imports of other tables of the name.
 */
export function distinctCells(
	table: TableName,
	strict: StrictTable,
	limit: number
): Query<{ column: string; value: string }> | null {
	const columns = strict.columns.filter((c) => c.form.kind === 'distinct');
	if (columns.length === 0) return null;
	const from = qualified(table, 'checking');
	const parts = columns.map(
		(c) =>
			`SELECT * FROM (SELECT ${sqlLiteral(c.name)} AS "column", "${c.name}" AS value FROM ${from} WHERE "${c.name}" IS NOT NULL GROUP BY "${c.name}" LIMIT ${Math.trunc(limit) + 1})`
	);
	return query(parts.join('\nUNION ALL\n'), [], { cache: false });
}

/**
 * Rows of the table's one-column key held by an earlier row too (null for a table without one):
 * counted while the worker is still checking the cells, so that the load's integrity checks need
 * not count them again.
 */
export function repeatedKeys(table: TableName): Query<{ n: number }> | null {
	const key = TABLES[table].key;
	if (key?.length !== 1) return null;
	const k = `"${key[0]}"`;
	return query(
		`SELECT (count(*) - count(DISTINCT ${k}))::INTEGER AS n FROM ${qualified(table, 'checking')} WHERE ${k} IS NOT NULL`,
		[],
		{ cache: false }
	);
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
