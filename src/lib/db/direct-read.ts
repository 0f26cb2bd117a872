/**
 * The import's fast path on DuckDB's side (queries/direct-read.ts): the user's file is read from
 * itself into `checking` while the import worker checks every cell of it; only when the worker
 * finds every cell strict does `loadCsvTables` take the rows from there. A file DuckDB cannot
 * read this way is simply not taken fast: the worker's canonical CSV, or its row checks, load it
 * as always.
 */
import type { DirectRead } from '$lib/domain/import/strict-forms';
import type { FileStage } from './load-csv';
import type { QueryRunner } from './query';
import { checkingRows, DROP_CHECKING_SQL, dropCheckingSql, readDirectSql } from './queries/direct-read';

/** How many rows were read from `file` into `checking` as `plan` says; null, and nothing kept, when the file cannot be read so. */
export async function readDirect(
	stage: FileStage,
	runner: QueryRunner,
	file: Blob,
	plan: DirectRead
): Promise<number | null> {
	const path = await stage.put(`load/direct-${plan.table}.csv`, { table: plan.table, name: plan.table, blob: file });
	try {
		await runner.exec(readDirectSql(plan, path));
		return (await runner.rows(checkingRows(plan.table)))[0]!.n;
	} catch {
		await runner.exec(dropCheckingSql(plan.table));
		return null;
	} finally {
		await stage.drop(path);
	}
}

/** One table's read rows, not to be loaded after all. */
export async function dropDirect(runner: QueryRunner, plan: DirectRead): Promise<void> {
	await runner.exec(dropCheckingSql(plan.table));
}

/** After the load, or when it does not happen: the read rows are not kept anywhere else. */
export async function dropChecked(runner: QueryRunner): Promise<void> {
	await runner.exec(DROP_CHECKING_SQL);
}
