/**
 * The data session of the page: starts DuckDB and loads the data once, tells every screen when
 * the data is ready or why it is not, and offers the way back to the sample.
 */
import type { DataIssue } from '$lib/domain/issues';
import { DuckDBDataProtocol } from '@duckdb/duckdb-wasm';
import { startEngine, EngineStartError, type Engine } from '$lib/db/engine';
import { WasmRunner } from '$lib/db/wasm-runner';
import type { QueryRunner } from '$lib/db/query';
import { loadCsvTables, DataLoadError, type CsvFile, type FileStage } from '$lib/db/load-csv';
import type { PreparedImport } from '$lib/files/import-worker-client';
import { latestRequestFiscalYear } from '$lib/db/queries/dataset';
import { fiscalYearOf } from '$lib/domain/fiscal-year';
import { TABLES, type TableName } from '$lib/domain/tables';
import { localDateTime } from '$lib/domain/local-time';
import {
	clearWorkspace,
	readWorkspace,
	saveWorkspace,
	StoredStateError,
	type StoredFile,
	type StoredWorkspace
} from '$lib/workspace/workspace-store';
import { decodeWorkspaceFile, encodeWorkspaceFile, WorkspaceFileError } from '$lib/workspace/workspace-file';
import { fetchSampleFiles, SampleFetchError, SAMPLE_DATASET } from '$lib/workspace/sample';
import {
	datasetAfterImport,
	datasetAfterRevert,
	fileOfTable,
	fiscalYearAfterImport,
	withFiscalYear,
	keptAfterImport,
	sampleConflicts,
	tablesPickedTwice,
	type DatasetInfo,
	type SampleConflict
} from '$lib/domain/dataset';
import { scheduleSettings } from '$lib/workspace/schedule-settings.svelte';
import { scenarioBook } from '$lib/workspace/scenario-book.svelte';
import type { ScenarioBook } from '$lib/domain/scenario/types';
import type { ScheduleSettings } from '$lib/domain/schedule/settings';

export type SessionFailure =
	| { kind: 'unsupported_browser' }
	| { kind: 'engine'; detail: string }
	| { kind: 'fetch'; file: string; status: number }
	| { kind: 'invalid_data'; issues: DataIssue[] }
	| { kind: 'stored_state' }
	| { kind: 'workspace_file'; detail: string }
	| { kind: 'unexpected'; detail: string };

function describeFailure(e: unknown): SessionFailure {
	if (e instanceof EngineStartError)
		return e.reason === 'unsupported_browser'
			? { kind: 'unsupported_browser' }
			: { kind: 'engine', detail: String(e.cause ?? e.message) };
	if (e instanceof SampleFetchError) return { kind: 'fetch', file: e.file, status: e.status };
	if (e instanceof DataLoadError) return { kind: 'invalid_data', issues: e.issues };
	if (e instanceof StoredStateError) return { kind: 'stored_state' };
	if (e instanceof WorkspaceFileError) return { kind: 'workspace_file', detail: e.message };
	return { kind: 'unexpected', detail: e instanceof Error ? e.message : String(e) };
}

/** The loaded data as a screen reads it; `version` tells one load from the next. */
export interface DataSource {
	runner: QueryRunner;
	dataset: DatasetInfo;
	version: number;
}

class DataSession {
	status = $state<'starting' | 'loading' | 'ready' | 'failed'>('starting');
	failure = $state<SessionFailure | null>(null);
	dataset = $state<DatasetInfo | null>(null);
	/**
	 * The embedded sample, once its fetched files proved identical to the ones the build computed
	 * precomputed results from, and for as long as the data is exactly those files: screens may
	 * show the build's results until their own from `dataset` arrive.
	 */
	verifiedSample = $state<DatasetInfo | null>(null);
	/** Bumped whenever the data changes; screens re-query on it. */
	version = $state(0);
	/** The last import of the user's files: what was found in them, and whether it was loaded. */
	lastImport = $state<{
		files: PreparedImport[];
		issues: DataIssue[];
		errors: number;
		warnings: number;
		loaded: boolean;
		error?: string;
		/** Refused only because of sample tables the user did not touch: they may be dropped and the load tried again. */
		sampleConflicts: SampleConflict[] | null;
	} | null>(null);
	importing = $state(false);
	/** Saving the workspace in this browser failed: the data is in use but will not survive a reload. */
	storageError = $state<string | null>(null);
	/** The user's data that the last return to the sample replaced, until the next change of data. */
	replacedBySample = $state.raw<StoredWorkspace | null>(null);
	runner: WasmRunner | null = null;
	/** The imported files as stored, to store them again with the next import. */
	#storedFiles: StoredFile[] = [];
	#engine: Promise<Engine> | null = null;
	#started = false;

	/** The data ready to be read, or null while it loads or after it failed to. */
	get source(): DataSource | null {
		if (this.status !== 'ready' || !this.runner || !this.dataset) return null;
		return { runner: this.runner, dataset: this.dataset, version: this.version };
	}

	/** Idempotent: the first call starts DuckDB and the sample download side by side. */
	start(): void {
		if (this.#started) return;
		this.#started = true;
		void this.#load();
	}

	/** Back to the embedded sample: the stored workspace is dropped too. */
	async restoreSample(): Promise<void> {
		const previous: StoredWorkspace | null =
			this.dataset && this.#storedFiles.length > 0
				? { version: 1, dataset: $state.snapshot(this.dataset) as DatasetInfo, files: this.#storedFiles }
				: null;
		this.lastImport = null;
		await clearWorkspace();
		await this.#load('sample');
		this.replacedBySample = this.failure ? null : previous;
	}

	/** The fiscal year the user gives their data (the sample's is its own); every screen reads it again. */
	async setFiscalYear(fiscalYear: number): Promise<void> {
		const dataset = this.dataset && !this.dataset.fictional ? withFiscalYear(this.dataset, fiscalYear) : null;
		if (!dataset) return;
		this.dataset = dataset;
		this.version++;
		await this.#save();
	}

	/** Brings back the user's data that the last return to the sample replaced, and keeps it again. */
	async undoRestoreSample(): Promise<void> {
		const previous = this.replacedBySample;
		if (!previous) return;
		this.replacedBySample = null;
		await this.#load(previous);
		if (!this.failure) await this.#save();
	}

	/** The whole workspace as one file: the dataset and the user's tables. */
	async exportWorkspace(): Promise<string | null> {
		if (!this.dataset) return null;
		await Promise.all([scheduleSettings.load(), scenarioBook.load()]);
		return encodeWorkspaceFile($state.snapshot(this.dataset) as DatasetInfo, this.#storedFiles, {
			schedule: $state.snapshot(scheduleSettings.value) as ScheduleSettings,
			scenarios: $state.snapshot(scenarioBook.value) as ScenarioBook
		});
	}

	/** Replaces everything with a workspace file, all or nothing, and keeps it in this browser. */
	async importWorkspace(text: string): Promise<void> {
		let workspace: StoredWorkspace;
		let schedule: ScheduleSettings | null;
		let scenarios: ScenarioBook | null;
		try {
			const decoded = decodeWorkspaceFile(text);
			workspace = { version: 1, dataset: decoded.dataset, files: decoded.files };
			schedule = decoded.schedule;
			scenarios = decoded.scenarios;
		} catch (e) {
			this.failure = describeFailure(e);
			return;
		}
		this.lastImport = null;
		this.replacedBySample = null;
		await this.#load(workspace);
		if (this.failure) return;
		await this.#save();
		if (schedule) await scheduleSettings.replace(schedule);
		if (scenarios) await scenarioBook.replace(scenarios);
	}

	/**
	 * Loads `source`: the workspace stored in this browser ('stored'; the sample when none is),
	 * the sample alone ('sample'), or a given workspace (the sample plus the user's files).
	 */
	async #load(source: 'stored' | 'sample' | StoredWorkspace = 'stored'): Promise<void> {
		this.failure = null;
		this.status = this.runner ? 'loading' : 'starting';
		try {
			performance.mark('haichi:load-start');
			const stored = source === 'stored' ? readWorkspace() : Promise.resolve(source === 'sample' ? null : source);
			const sample = Promise.all([fetchSampleFiles(), stored.catch(() => null)]).then(([fetched, workspace]) => {
				if (fetched.verified && !workspace && !this.dataset && !this.failure) this.verifiedSample = SAMPLE_DATASET;
				return fetched;
			});
			// Awaited below; a failure while DuckDB is still starting must not go unhandled meanwhile.
			sample.catch(() => undefined);
			this.#engine ??= startEngine();
			const engine = await this.#engine.catch((e) => {
				this.#engine = null;
				throw e;
			});
			performance.mark('haichi:engine-ready');
			this.runner ??= new WasmRunner(engine.conn);
			this.runner.invalidate();
			this.status = 'loading';
			const [{ files, verified }, workspace] = await Promise.all([sample, stored]);
			const own = workspace?.files ?? [];
			// The user's files take the place of the sample's for their tables.
			const all = [...files.filter((f) => !own.some((o) => o.table === f.table)), ...own];
			await loadCsvTables(stageOf(engine), this.runner, all, {
				replacing: this.dataset !== null,
				verified: verified && own.length === 0
			});
			performance.mark('haichi:data-loaded');
			this.runner.invalidate();
			this.#storedFiles = own;
			this.dataset = workspace?.dataset ?? SAMPLE_DATASET;
			this.verifiedSample = verified && own.length === 0 ? SAMPLE_DATASET : null;
			this.version++;
			this.status = 'ready';
		} catch (e) {
			this.failure = describeFailure(e);
			this.verifiedSample = null;
			// Data loaded before stays usable: the load is all or nothing.
			this.status = this.dataset ? 'ready' : 'failed';
		}
	}

	/**
	 * Loads the user's checked files, all or nothing: a file with errors, or a load whose rules
	 * fail, leaves every table as it was. A table in `append` keeps its rows and gains the file's;
	 * the others are replaced. Returns whether the data changed.
	 */
	async loadPrepared(
		prepared: PreparedImport[],
		append: readonly TableName[] = [],
		/** Sample tables to load empty alongside (the user chose to drop them: see `sampleConflicts`). */
		drop: readonly TableName[] = []
	): Promise<boolean> {
		const engine = this.#engine && (await this.#engine.catch(() => null));
		if (!engine || !this.runner || !this.dataset) return false;
		this.importing = true;
		const issues: DataIssue[] = prepared.flatMap((p) => p.issues);
		const counts = {
			errors: prepared.reduce((n, p) => n + p.errors, 0),
			warnings: prepared.reduce((n, p) => n + p.warnings, 0)
		};
		const report = (loaded: boolean, more: DataIssue[] = [], error?: string) => {
			const moreErrors = more.filter((i) => i.severity === 'error').length;
			const all = [...issues, ...more];
			const loading = [...prepared.flatMap((p) => (p.table ? [p.table] : [])), ...drop];
			this.lastImport = {
				files: prepared,
				issues: all,
				errors: counts.errors + moreErrors,
				warnings: counts.warnings + more.length - moreErrors,
				loaded,
				error,
				sampleConflicts: loaded || !this.dataset ? null : sampleConflicts(this.dataset, loading, all)
			};
		};
		try {
			for (const { index, table } of tablesPickedTwice(prepared)) {
				issues.push({ file: prepared[index]!.name, rule: 'same_table_twice', expected: table, severity: 'error' });
				counts.errors++;
			}
			if (counts.errors > 0) {
				report(false);
				return false;
			}
			const files = [...prepared.map((p) => p.file!), ...drop.map(emptyTableFile)];
			// Appending loads what the table holds now again, followed by the new file, through the same checks.
			const kept = await this.#currentFiles(append);
			await this.#loadTables(engine, this.runner, this.dataset, [...kept, ...files]);
			const loadedAt = localDateTime(new Date());
			const added = [
				...prepared.map((p) => ({ table: p.table!, file: p.name, rows: p.rows })),
				...drop.map((table) => ({ table, file: emptyTableFile(table).name, rows: 0 }))
			];
			const fiscalYear = fiscalYearAfterImport(
				this.dataset,
				await latestRequestFiscalYear(this.runner),
				fiscalYearOf(loadedAt)
			);
			this.dataset = datasetAfterImport(this.dataset, added, append, loadedAt, fiscalYear);
			this.replacedBySample = null;
			this.verifiedSample = null;
			report(true);
			this.version++;
			this.#storedFiles = keptAfterImport(this.#storedFiles, kept, files, append);
			await this.#save();
			return true;
		} catch (e) {
			if (e instanceof DataLoadError) report(false, e.issues);
			else report(false, [], e instanceof Error ? e.message : String(e));
			return false;
		} finally {
			this.importing = false;
		}
	}

	/** The files that make up these tables now: the user's stored ones, else the sample's. */
	async #currentFiles(tables: readonly TableName[]): Promise<CsvFile[]> {
		if (tables.length === 0) return [];
		const own = this.#storedFiles.filter((f) => tables.includes(f.table));
		const fromSample = tables.filter((t) => !own.some((f) => f.table === t));
		if (fromSample.length === 0) return own;
		const { files } = await fetchSampleFiles();
		return [...files.filter((f) => fromSample.includes(f.table)), ...own];
	}

	/**
	 * Puts one imported table back to the sample's (empty when the sample has none), checked like
	 * any load: tables that point into it must still find what they point at.
	 */
	async revertTable(table: TableName): Promise<boolean> {
		const engine = this.#engine && (await this.#engine.catch(() => null));
		if (!engine || !this.runner || !this.dataset) return false;
		this.importing = true;
		try {
			const { files } = await fetchSampleFiles();
			const file = files.find((f) => f.table === table) ?? emptyTableFile(table);
			await this.#loadTables(engine, this.runner, this.dataset, [file]);
			this.dataset = datasetAfterRevert(
				this.dataset,
				table,
				SAMPLE_DATASET,
				await latestRequestFiscalYear(this.runner)
			);
			this.verifiedSample = null;
			this.#storedFiles = this.#storedFiles.filter((f) => f.table !== table);
			this.lastImport = null;
			this.replacedBySample = null;
			this.version++;
			if (this.#storedFiles.length === 0) await clearWorkspace();
			else await this.#save();
			return true;
		} catch (e) {
			this.failure = describeFailure(e);
			return false;
		} finally {
			this.importing = false;
		}
	}

	/** Replaces the tables of `files`, checked against the rest as they are (all or nothing). */
	async #loadTables(engine: Engine, runner: WasmRunner, dataset: DatasetInfo, files: CsvFile[]): Promise<void> {
		await loadCsvTables(stageOf(engine), runner, files, {
			replacing: true,
			tables: 'given',
			existing: fileOfTable(dataset)
		});
		runner.invalidate();
	}

	async #save(): Promise<void> {
		if (!this.dataset) return;
		try {
			await saveWorkspace({ dataset: $state.snapshot(this.dataset), files: this.#storedFiles });
			this.storageError = null;
		} catch (e) {
			this.storageError = e instanceof Error ? e.message : String(e);
		}
	}
}

/** A table with its header and no row: what a table the user has no file for holds. */
function emptyTableFile(table: TableName): CsvFile {
	return {
		table,
		name: `${table}.csv`,
		bytes: new TextEncoder().encode(TABLES[table].columns.map((c) => c.name).join(',') + '\n')
	};
}

function stageOf(engine: Engine): FileStage {
	return {
		put: async (name, file) => {
			// A Blob is read by DuckDB's worker itself. A buffer is taken over (transferred to the
			// worker), so it gets a copy: the caller's bytes are stored in the workspace afterwards.
			if ('blob' in file)
				await engine.db.registerFileHandle(name, file.blob, DuckDBDataProtocol.BROWSER_FILEREADER, true);
			else await engine.db.registerFileBuffer(name, file.bytes.slice());
			return name;
		},
		drop: (path) => engine.db.dropFile(path).then(() => undefined)
	};
}

export const session = new DataSession();
