/**
 * Replaces the tables with the given CSV files, all or nothing: the files are loaded into the
 * `staging` schema and checked there; only a clean load is copied over `main` in one transaction,
 * so what was loaded before stays untouched by a bad file.
 */
import { TABLE_NAMES, type TableName } from '$lib/domain/tables';
import type { DataIssue } from '$lib/domain/issues';
import type { QueryRunner } from './query';
import { createTableSql, insertCsvSql, qualified } from './schema';
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

/** Where DuckDB reads a file's bytes from: its virtual file system in the browser, a temp file in Node. */
export interface FileStage {
	/** Makes the bytes readable by DuckDB and returns the internal path to read them from. */
	put(name: string, bytes: Uint8Array): Promise<string>;
	drop(path: string): Promise<void>;
}

export async function replaceAllFromCsv(stage: FileStage, runner: QueryRunner, files: readonly CsvFile[]): Promise<void> {
	const registered: string[] = [];
	try {
		await runner.exec('DROP SCHEMA IF EXISTS staging CASCADE');
		await runner.exec('CREATE SCHEMA staging');
		for (const table of TABLE_NAMES) await runner.exec(createTableSql(table, 'staging'));
		const paths = await Promise.all(files.map((f) => stage.put(`load/${f.table}.csv`, f.bytes)));
		registered.push(...paths);
		for (const [i, f] of files.entries()) {
			try {
				await runner.exec(insertCsvSql(f.table, paths[i]!, 'staging'));
			} catch (e) {
				throw new DataLoadError([{ file: f.name, rule: 'type', value: e instanceof Error ? e.message : String(e), severity: 'error' }]);
			}
		}
		const issues = await checkIntegrity(runner, Object.fromEntries(files.map((f) => [f.table, f.name])), 'staging');
		if (issues.some((i) => i.severity === 'error')) throw new DataLoadError(issues);
		await runner.exec('BEGIN TRANSACTION');
		try {
			for (const table of TABLE_NAMES) await runner.exec(`CREATE OR REPLACE TABLE ${qualified(table)} AS SELECT * FROM ${qualified(table, 'staging')}`);
			await runner.exec('COMMIT');
		} catch (e) {
			await runner.exec('ROLLBACK');
			throw e;
		}
	} finally {
		await runner.exec('DROP SCHEMA IF EXISTS staging CASCADE');
		await Promise.all(registered.map((p) => stage.drop(p)));
	}
}
