/**
 * The fast path of an import (domain/import/strict-forms.ts): a file's canonical CSV read into
 * `checking` in one scan, each row typed by the spec and flagged with whether every cell of it is
 * in its strict form; only when all are is it copied into the table being loaded, without reading
 * the file again. Column names come from the table specs, patterns and ranges from the strict
 * forms (constants of the code, written as literals: the statement creates a table, and is run
 * once per import rather than prepared and kept); nothing comes from the file.
 */
import { TABLES, type TableName } from '$lib/domain/tables';
import type { StrictColumn, StrictTable } from '$lib/domain/import/strict-forms';
import { DAMAGED_CODE_PATTERN } from '$lib/domain/import/strict-forms';
import { query, type Query } from '../query';
import { qualified, readCanonicalCsv, sqlType, type SchemaName } from '../schema';

/** The flag of a checked row; no spec column has a name like it. */
const STRICT = '"__strict"';

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** A column's strict form as a condition on its text (`raw."name"`). */
function cellCondition({ name, blank, zeroWarned, form }: StrictColumn): string {
	const col = `raw."${name}"`;
	const parts: string[] = [];
	if (form.kind === 'pattern') {
		parts.push(`regexp_full_match(${col}, ${literal(form.pattern)})`);
		if (form.notDamaged) parts.push(`NOT regexp_full_match(${col}, ${literal(DAMAGED_CODE_PATTERN)})`);
		if (form.cast) {
			// A timestamp's date part: the day must exist (its pattern says the rest).
			const value = `TRY_CAST(${form.cast === 'DATE' ? `left(${col}, 10)` : col} AS ${form.cast})`;
			parts.push(
				form.range
					? `${value} BETWEEN ${literal(String(form.range[0]))}::DOUBLE AND ${literal(String(form.range[1]))}::DOUBLE`
					: `${value} IS NOT NULL`
			);
		}
	}
	if (zeroWarned) parts.push(`${col} <> '0'`);
	const given = parts.length > 0 ? parts.join(' AND ') : 'true';
	return `CASE WHEN ${col} IS NULL THEN ${blank} ELSE ${given} END`;
}

/**
 * The canonical CSV registered under `path` into `checking`: its cells typed as the spec says
 * (what reading it typed would give for a strict cell) and each row's strict flag.
 */
export function readCheckingSql(table: TableName, path: string, strict: StrictTable): string {
	const conditions = strict.columns.map(cellCondition);
	if (strict.ordered)
		conditions.push(`coalesce(raw."${strict.ordered.after}" >= raw."${strict.ordered.before}", true)`);
	const typed = TABLES[table].columns.map((c) =>
		sqlType(c) === 'VARCHAR' ? `raw."${c.name}"` : `TRY_CAST(raw."${c.name}" AS ${sqlType(c)}) AS "${c.name}"`
	);
	return `CREATE SCHEMA IF NOT EXISTS checking; CREATE OR REPLACE TABLE ${qualified(table, 'checking')} AS SELECT ${typed.join(', ')}, coalesce(${conditions.join(' AND ')}, false) AS ${STRICT} FROM ${readCanonicalCsv(table, path, true)} AS raw`;
}

/** One file's checked rows go (they were not strict). */
export const dropCheckingSql = (table: TableName) => `DROP TABLE IF EXISTS ${qualified(table, 'checking')}`;

/** Whatever `checking` holds goes, checked or not. */
export const DROP_CHECKING_SQL = 'DROP SCHEMA IF EXISTS checking CASCADE';

/** Rows of the checking table, and how many of them hold a cell that is not in its strict form. */
export const strictFailures = (table: TableName) =>
	query<{ rows: number; failing: number }>(
		`SELECT count(*)::INTEGER AS rows, count(*) FILTER (WHERE NOT ${STRICT})::INTEGER AS failing FROM ${qualified(table, 'checking')}`,
		[],
		{ cache: false }
	);

/**
 * The distinct values of the columns whose strict form the row check decides (codes,
 * enumerations; text columns, so as written): at most `limit` + 1 per column, so that too many
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
			`SELECT * FROM (SELECT ${literal(c.name)} AS "column", "${c.name}" AS value FROM ${from} WHERE "${c.name}" IS NOT NULL GROUP BY "${c.name}" LIMIT ${Math.trunc(limit) + 1})`
	);
	return query(parts.join('\nUNION ALL\n'), [], { cache: false });
}

/** The checked rows into the table being loaded, typed already. */
export function insertCheckedSql(table: TableName, schema: SchemaName): string {
	const columns = TABLES[table].columns.map((c) => `"${c.name}"`);
	return `INSERT INTO ${qualified(table, schema)} SELECT ${columns.join(', ')} FROM ${qualified(table, 'checking')}`;
}
