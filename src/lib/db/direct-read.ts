/**
 * The import's fast path on DuckDB's side (queries/direct-read.ts): the user's file is read from
 * itself into `checking` while the import worker checks its cells, and its codes and labels are
 * checked here; only when the worker finds every other cell strict too does `loadCsvTables` take
 * the rows from there. A file DuckDB cannot read this way is
 * simply not taken fast: the worker's canonical CSV, or its row checks, load it as always.
 */
import { TABLES, type TableName } from '$lib/domain/tables';
import { isStrictValue, strictTable, type DirectRead } from '$lib/domain/import/strict-forms';
import type { FileStage } from './load-csv';
import type { QueryRunner } from './query';
import {
	checkingRows,
	distinctCells,
	DROP_CHECKING_SQL,
	dropCheckingSql,
	readDirectSql,
	repeatedKeys
} from './queries/direct-read';

/** More distinct codes or labels than a table holds (schools, categories) is not a log to take fast. */
export const DISTINCT_LIMIT = 20_000;

/** What DuckDB read of a file itself. */
export interface DirectRows {
	rows: number;
	/** No two rows share the table's key (db/integrity.ts need not count them again). */
	uniqueKey: boolean;
}

/**
 * Rows read from `file` into `checking` as `plan` says, when every code and label among them is
 * one the row check keeps as written (the worker checks every other cell); null, and nothing
 * kept, when not or when the file cannot be read so.
 */
export async function readDirect(
	stage: FileStage,
	runner: QueryRunner,
	file: Blob,
	plan: DirectRead
): Promise<DirectRows | null> {
	const strict = strictTable(plan.table);
	if (!strict) return null;
	const path = await stage.put(`load/direct-${plan.table}.csv`, { table: plan.table, name: plan.table, blob: file });
	let read: DirectRows | null;
	try {
		await runner.exec(readDirectSql(plan, path));
		const rows = (await runner.rows(checkingRows(plan.table)))[0]!.n;
		const distinct = distinctCells(plan.table, strict, DISTINCT_LIMIT);
		const repeated = repeatedKeys(plan.table);
		read =
			distinct && !allStrict(plan.table, await runner.rows(distinct))
				? null
				: { rows, uniqueKey: repeated !== null && (await runner.rows(repeated))[0]!.n === 0 };
	} catch {
		read = null;
	} finally {
		await stage.drop(path);
	}
	if (read === null) await runner.exec(dropCheckingSql(plan.table));
	return read;
}

/** Whether every distinct value is one the row check keeps as written, and none has too many. */
function allStrict(table: TableName, found: readonly { column: string; value: string }[]): boolean {
	const specs = new Map(TABLES[table].columns.map((c) => [c.name, c] as const));
	const perColumn = new Map<string, number>();
	for (const { column, value } of found) {
		const n = (perColumn.get(column) ?? 0) + 1;
		perColumn.set(column, n);
		if (n > DISTINCT_LIMIT || !isStrictValue(specs.get(column)!, value)) return false;
	}
	return true;
}

/** One table's read rows, not to be loaded after all. */
export async function dropDirect(runner: QueryRunner, plan: DirectRead): Promise<void> {
	await runner.exec(dropCheckingSql(plan.table));
}

/** After the load, or when it does not happen: the read rows are not kept anywhere else. */
export async function dropChecked(runner: QueryRunner): Promise<void> {
	await runner.exec(DROP_CHECKING_SQL);
}
