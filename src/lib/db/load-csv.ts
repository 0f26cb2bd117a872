/**
 * Replaces the tables with the given CSV files, all or nothing: the load and its integrity check
 * run in one transaction that is rolled back on any problem, so what was loaded before stays.
 */
import { TABLE_NAMES, type TableName } from '$lib/domain/tables';
import type { DataIssue } from '$lib/domain/issues';
import type { Engine } from './engine';
import type { QueryRunner } from './query';
import { createTableSql, insertCsvSql } from './schema';
import { checkIntegrity } from './integrity';

export interface CsvFile {
	table: TableName;
	/** The name the user knows the file by, used in messages. */
	name: string;
	bytes: Uint8Array;
}

export class DataLoadError extends Error {
	constructor(readonly issues: DataIssue[]) {
		super(`${issues.length} data issue(s)`);
	}
}

export async function replaceAllFromCsv(engine: Engine, runner: QueryRunner, files: readonly CsvFile[]): Promise<void> {
	const registered: string[] = [];
	await runner.exec('BEGIN TRANSACTION');
	try {
		for (const table of TABLE_NAMES) await runner.exec(createTableSql(table));
		await Promise.all(
			files.map(async (f) => {
				const path = `load/${f.table}.csv`;
				await engine.db.registerFileBuffer(path, f.bytes);
				registered.push(path);
			})
		);
		for (const f of files) {
			try {
				await runner.exec(insertCsvSql(f.table, `load/${f.table}.csv`));
			} catch (e) {
				throw new DataLoadError([{ file: f.name, rule: 'type', value: e instanceof Error ? e.message : String(e), severity: 'error' }]);
			}
		}
		const issues = await checkIntegrity(runner, Object.fromEntries(files.map((f) => [f.table, f.name])));
		if (issues.some((i) => i.severity === 'error')) throw new DataLoadError(issues);
		await runner.exec('COMMIT');
	} catch (e) {
		await runner.exec('ROLLBACK');
		throw e;
	} finally {
		await Promise.all(registered.map((p) => engine.db.dropFile(p)));
	}
}
