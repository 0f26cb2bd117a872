/**
 * Replaces the tables with the given CSV files, all or nothing: the files are loaded into
 * `staging` tables and checked there; only a clean load takes the place of the tables in one
 * transaction (schema.ts), so what was loaded before stays untouched by a bad file.
 */
import { TABLE_NAMES, type TableName } from '$lib/domain/tables';
import type { DataIssue } from '$lib/domain/issues';
import type { QueryRunner } from './query';
import { createTableSql, dropAllSql, insertCsvSql, replaceByRenameSql } from './schema';
import { checkIntegrity, type FileSpan } from './integrity';
import { countRows } from './queries/tables';
import { insertCheckedSql } from './queries/direct-read';

interface CsvFileBase {
	table: TableName;
	/** The name the user knows the file by, used in messages. */
	name: string;
}

/** Canonical CSV in memory (the sample, a file checked in Node). */
export interface CsvBytes extends CsvFileBase {
	bytes: Uint8Array;
}

/**
 * Canonical CSV as a Blob (an import, made by the import worker; a file restored from this
 * browser): DuckDB reads it from its own worker, so a large log never passes the page's thread.
 */
export interface CsvBlob extends CsvFileBase {
	blob: Blob;
	/**
	 * Made of slices of the user's own file (a log canonical as it was): it reads only while that
	 * file stays as it is on disk, so the workspace's copy stands in for it once written.
	 */
	sliced?: true;
}

export type CsvFile = CsvBytes | CsvBlob;

export class DataLoadError extends Error {
	constructor(readonly issues: DataIssue[]) {
		super(`${issues.length} data issue(s)`);
	}
}

/** Where DuckDB reads a file's bytes from: its virtual file system in the browser, a temp file in Node. */
export interface FileStage {
	/** Makes the file readable by DuckDB and returns the internal path to read it from. */
	put(name: string, file: CsvFile): Promise<string>;
	drop(path: string): Promise<void>;
}

export interface LoadOptions {
	/** Data is loaded already: stage the files and copy them over `main` only when clean. */
	replacing: boolean;
	/**
	 * 'all': every table is replaced, tables without a file become empty (a whole dataset).
	 * 'given': only the tables of the files are replaced; the others stay as they are.
	 */
	tables?: 'all' | 'given';
	/** File names of the tables already loaded, to name them in reference errors. */
	existing?: Partial<Record<TableName, string>>;
	/** The files are known-good (digests of files the test suite validated): skip the rule checks. */
	verified?: boolean;
}

/**
 * A file whose rows are in `checking` already, every cell in its strict form (direct-read.ts):
 * copied from there, typed, instead of reading a CSV; `uniqueKey` when no two share the key.
 */
export interface CheckedRows extends CsvFileBase {
	checked: { uniqueKey: boolean };
}

const isChecked = (f: CsvFile | CheckedRows): f is CheckedRows => 'checked' in f;

/**
 * With `replacing` the files go to `staging` first and only a clean load replaces `main`'s tables.
 * A first load goes straight to `main` — there is nothing to protect, and the copy would only
 * delay the first figures — and is emptied again if it fails.
 */
export async function loadCsvTables(
	stage: FileStage,
	runner: QueryRunner,
	files: readonly (CsvFile | CheckedRows)[],
	{ replacing, tables = 'all', existing = {}, verified = false }: LoadOptions
): Promise<void> {
	const target = replacing ? 'staging' : 'main';
	const registered: string[] = [];
	const replaced = tables === 'all' ? TABLE_NAMES : TABLE_NAMES.filter((t) => files.some((f) => f.table === t));
	// A table made of one checked file alone takes the read rows' table as it is, by a rename.
	const taken = new Set(
		files.filter((f) => isChecked(f) && files.filter((g) => g.table === f.table).length === 1).map((f) => f.table)
	);
	const createAll = (schema: 'main' | 'staging', except: ReadonlySet<TableName> = new Set()) =>
		runner.exec(
			replaced
				.filter((t) => !except.has(t))
				.map((t) => createTableSql(t, schema))
				.join(';\n')
		);
	let loaded = false;
	try {
		if (replacing) await runner.exec(dropAllSql('staging'));
		const [paths] = await Promise.all([
			Promise.all(files.map((f, i) => (isChecked(f) ? null : stage.put(`load/${i}-${f.table}.csv`, f)))),
			createAll(target, taken)
		]);
		registered.push(...paths.filter((p) => p !== null));
		// Rows per file, so that a message about an appended table names the right file and line.
		const spans: Partial<Record<TableName, FileSpan[]>> = {};
		for (const [i, f] of files.entries()) {
			const before = (spans[f.table] ?? []).reduce((n, s) => n + s.rows, 0);
			try {
				const path = paths[i];
				await runner.exec(
					path
						? insertCsvSql(f.table, path, target)
						: taken.has(f.table)
							? replaceByRenameSql(f.table, 'checking', target)
							: insertCheckedSql(f.table, target)
				);
			} catch (e) {
				throw new DataLoadError([
					{ file: f.name, rule: 'type', value: e instanceof Error ? e.message : String(e), severity: 'error' }
				]);
			}
			const rows = (await runner.rows(countRows(f.table, target)))[0]!.n - before;
			(spans[f.table] ??= []).push({ name: f.name, rows });
		}
		if (!verified) {
			// A table taken whole from one checked file is as DuckDB read it: its cells and key were checked then.
			const prechecked = new Map(
				files.filter((f): f is CheckedRows => isChecked(f) && taken.has(f.table)).map((f) => [f.table, f.checked])
			);
			const issues = await checkIntegrity(runner, spans, target, tables === 'given' ? existing : {}, prechecked);
			if (issues.some((i) => i.severity === 'error')) throw new DataLoadError(issues);
		}
		if (replacing) {
			await runner.exec('BEGIN TRANSACTION');
			try {
				for (const table of replaced) await runner.exec(replaceByRenameSql(table, 'staging', 'main'));
				await runner.exec('COMMIT');
			} catch (e) {
				await runner.exec('ROLLBACK');
				throw e;
			}
		}
		loaded = true;
	} finally {
		if (replacing) await runner.exec(dropAllSql('staging'));
		else if (!loaded) await createAll('main');
		await Promise.all(registered.map((p) => stage.drop(p)));
	}
}
