/**
 * The import's fast path in DuckDB: a canonical CSV written without the row checks (the file's
 * cells as they were, strict-csv.ts) is read as text into `checking` and every cell checked
 * against its strict form. Only a file that passes stays there, for `loadCsvTables` to copy
 * typed; any other is dropped at once and goes through the row checks, which name what is wrong.
 */
import { TABLES } from '$lib/domain/tables';
import { isStrictValue, strictTable } from '$lib/domain/import/strict-forms';
import type { CsvFile, FileStage } from './load-csv';
import type { QueryRunner } from './query';
import {
	distinctCells,
	DROP_CHECKING_SQL,
	dropCheckingSql,
	readCheckingSql,
	strictFailures
} from './queries/strict-cells';

/** More distinct codes or labels than a table holds (schools, categories) is not a log to take fast. */
export const DISTINCT_LIMIT = 20_000;

/**
 * Whether every cell of `file` (with `rows` data rows) is in its strict form; when true its rows
 * are in `checking` until `dropChecked`. Never throws for the file's sake: a cell DuckDB cannot
 * read is simply not strict.
 */
export async function checkStrictCells(
	stage: FileStage,
	runner: QueryRunner,
	file: CsvFile,
	rows: number,
	/** Share of the check done, 0–1, after each of its steps. */
	progress?: (done: number) => void
): Promise<boolean> {
	const strict = strictTable(file.table);
	if (!strict) return false;
	const path = await stage.put(`load/checking-${file.table}.csv`, file);
	let passed = false;
	try {
		await runner.exec(readCheckingSql(file.table, path, strict));
		progress?.(0.8);
		const [counts] = await runner.rows(strictFailures(file.table));
		progress?.(0.9);
		if (!counts || counts.failing > 0 || counts.rows !== rows) return false;
		const distinct = distinctCells(file.table, strict, DISTINCT_LIMIT);
		if (distinct) {
			const found = await runner.rows(distinct);
			const specs = new Map(TABLES[file.table].columns.map((c) => [c.name, c] as const));
			const perColumn = new Map<string, number>();
			for (const { column, value } of found) {
				const n = (perColumn.get(column) ?? 0) + 1;
				perColumn.set(column, n);
				if (n > DISTINCT_LIMIT || !isStrictValue(specs.get(column)!, value)) return false;
			}
		}
		progress?.(1);
		passed = true;
		return true;
	} catch {
		return false;
	} finally {
		if (!passed) await runner.exec(dropCheckingSql(file.table));
		await stage.drop(path);
	}
}

/** After the load, or when it does not happen: the checked rows are not kept anywhere else. */
export async function dropChecked(runner: QueryRunner): Promise<void> {
	await runner.exec(DROP_CHECKING_SQL);
}
