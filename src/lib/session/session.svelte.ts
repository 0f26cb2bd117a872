/**
 * The data session of the page: starts DuckDB and loads the data once, tells every screen when
 * the data is ready or why it is not, and offers the way back to the sample.
 *
 * Every change of the data is written to this browser under the workspace lock shared by the
 * app's tabs: it starts from the workspace as stored (read back first when another tab wrote
 * since), counts as kept once the browser confirmed the write, and is announced to the other
 * tabs, which read it back. Two tabs' changes are thus applied one after the other, never one
 * over the other.
 */
import type { DataIssue } from '$lib/domain/issues';
import { DuckDBDataProtocol } from '@duckdb/duckdb-wasm';
import { startEngine, EngineStartError, type Engine } from '$lib/db/engine';
import { WasmRunner } from '$lib/db/wasm-runner';
import type { QueryRunner } from '$lib/db/query';
import {
	loadCsvTables,
	DataLoadError,
	type CheckedRows,
	type CsvBytes,
	type CsvFile,
	type FileStage
} from '$lib/db/load-csv';
import { ImportWorkerClient, type PreparedImport } from '$lib/files/import-worker-client';
import { dropChecked, dropDirect, readDirect } from '$lib/db/direct-read';
import type { DirectRead } from '$lib/domain/import/strict-forms';
import { latestRequestFiscalYear } from '$lib/db/queries/dataset';
import { fiscalYearOf } from '$lib/domain/fiscal-year';
import { TABLES, type TableName } from '$lib/domain/tables';
import { localDateTime } from '$lib/domain/local-time';
import {
	readWorkspace,
	storedFilesOf,
	storedRevision,
	StorageWriteError,
	StoredStateError,
	writeWorkspace,
	type StoredFile,
	type StoredWorkspace
} from '$lib/workspace/workspace-store';
import {
	decodeWorkspaceFile,
	encodeWorkspaceFile,
	WorkspaceFileError,
	type WorkspaceFileProblem
} from '$lib/workspace/workspace-file';
import { fetchSampleFiles, isSampleFile, SampleFetchError, SAMPLE_DATASET } from '$lib/workspace/sample';
import { announce, exclusive, onWritten } from '$lib/workspace/tabs';
import { dataKey } from '$lib/workspace/digest';
import { unsaved } from '$lib/workspace/unsaved.svelte';
import {
	datasetAfterImport,
	datasetAfterRevert,
	datasetOfWorkspace,
	fileOfTable,
	fiscalYearAfterImport,
	withFiscalYear,
	withChangedSampleFiles,
	keptAfterImport,
	sampleConflicts,
	tablesPickedTwice,
	type DatasetInfo,
	type SampleConflict
} from '$lib/domain/dataset';
import { scheduleSettings } from '$lib/workspace/schedule-settings.svelte';
import { scenarioBook } from '$lib/workspace/scenario-book.svelte';
import { reportNotes } from '$lib/workspace/report-notes.svelte';
import type { ScenarioBook } from '$lib/domain/scenario/types';
import type { ScheduleSettings } from '$lib/domain/schedule/settings';
import type { ReportNotes } from '$lib/domain/report-notes';

export type SessionFailure =
	| { kind: 'unsupported_browser' }
	| { kind: 'engine'; detail: string }
	| { kind: 'fetch'; file: string; status: number }
	| { kind: 'invalid_data'; issues: DataIssue[] }
	| { kind: 'unexpected'; detail: string };

/** The last workspace file opened: being checked, refused (and why), or loaded. */
export type WorkspaceFileState =
	| { file: string; state: 'checking' }
	| { file: string; state: 'refused'; problem: WorkspaceFileProblem | 'tables'; value?: string }
	| { file: string; state: 'loaded'; corrected: boolean };

const WORKSPACE = 'workspace';

function describeFailure(e: unknown): SessionFailure {
	if (e instanceof EngineStartError)
		return e.reason === 'unsupported_browser'
			? { kind: 'unsupported_browser' }
			: { kind: 'engine', detail: String(e.cause ?? e.message) };
	if (e instanceof SampleFetchError) return { kind: 'fetch', file: e.file, status: e.status };
	if (e instanceof DataLoadError) return { kind: 'invalid_data', issues: e.issues };
	return { kind: 'unexpected', detail: e instanceof Error ? e.message : String(e) };
}

/** The loaded data as a screen reads it; `version` tells one load from the next. */
export interface DataSource {
	runner: QueryRunner;
	dataset: DatasetInfo;
	version: number;
	/** The content key of this data when it holds the user's own files (workspace/digest.ts), else null. */
	key: string | null;
}

/** The user's files take the place of the sample's for their tables. */
function filesInUse(sample: readonly CsvFile[], own: readonly CsvFile[]): CsvFile[] {
	return [...sample.filter((f) => !own.some((o) => o.table === f.table)), ...own];
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
	/** A change is in use and its write to this browser not yet confirmed. */
	saving = $state(false);
	/** Saving the workspace in this browser failed: the data is in use but will not survive a reload. */
	storageError = $state<StorageWriteError | null>(null);
	/** Another tab saved a change of the data and it was read in here (until this tab's next change). */
	changedElsewhere = $state(false);
	/**
	 * The workspace stored in this browser could not be shown (damaged, or data the checks now
	 * refuse): the sample is shown instead and the stored one left as it was, to save as a file
	 * (`workspace`, when it could be read) or to try again.
	 */
	storedProblem = $state.raw<{ workspace: StoredWorkspace | null } | null>(null);
	workspaceFile = $state<WorkspaceFileState | null>(null);
	/** The user's data that the last return to the sample replaced, until the next change of data. */
	replacedBySample = $state.raw<StoredWorkspace | null>(null);
	/**
	 * The content key of the user's own data, with its dataset record: known at start-up as soon as
	 * the stored files are read (before DuckDB has them), so a screen may show the results it kept
	 * for exactly this data (workspace/result-cache.ts) until its own arrive; then the key of the
	 * data in use. Null for the sample alone and after a failed start.
	 */
	keyed = $state.raw<{ key: string; dataset: DatasetInfo } | null>(null);
	runner: WasmRunner | null = null;
	/** The key of the data in use, as `source` gives it (not reactive: `version` is what screens follow). */
	#keyInUse: string | null = null;
	/** The sample's files as last fetched: the tables the user has no file of come from them. */
	#sampleFiles: CsvFile[] = [];
	/** The imported files as stored, to store them again with the next import. */
	#storedFiles: StoredFile[] = [];
	#engine: Promise<Engine> | null = null;
	#started: Promise<void> | null = null;
	/** The stored revision the data in use builds on (workspace-store.ts). */
	#revision = 0;
	/** The stored workspace the last load read, to offer it when it cannot be shown. */
	#lastRead: StoredWorkspace | null = null;
	#checker: ImportWorkerClient | null = null;

	/** The data ready to be read, or null while it loads or after it failed to. */
	get source(): DataSource | null {
		if (this.status !== 'ready' || !this.runner || !this.dataset) return null;
		return { runner: this.runner, dataset: this.dataset, version: this.version, key: this.#keyInUse };
	}

	/** Idempotent: the first call starts DuckDB and the sample download side by side. */
	start(): void {
		if (this.#started) return;
		this.#started = this.#load();
		onWritten(({ key, revision }) => {
			if (key === WORKSPACE && revision !== this.#revision) void this.#refresh();
		});
	}

	/** Back to the embedded sample: the stored workspace is dropped too. */
	async restoreSample(): Promise<void> {
		await this.#change(async () => {
			const previous: StoredWorkspace | null =
				this.dataset && this.#storedFiles.length > 0
					? { version: 1, dataset: $state.snapshot(this.dataset) as DatasetInfo, files: this.#storedFiles }
					: null;
			this.lastImport = null;
			await this.#load('sample');
			if (this.failure) return;
			await this.#save();
			this.replacedBySample = previous;
		});
	}

	/** The fiscal year the user gives their data (the sample's is its own); every screen reads it again. */
	async setFiscalYear(fiscalYear: number): Promise<void> {
		await this.#change(async () => {
			const dataset = this.dataset && !this.dataset.fictional ? withFiscalYear(this.dataset, fiscalYear) : null;
			if (!dataset) return;
			this.dataset = dataset;
			await this.#setKey(dataset);
			this.version++;
			await this.#save();
		});
	}

	/** Brings back the user's data that the last return to the sample replaced, and keeps it again. */
	async undoRestoreSample(): Promise<void> {
		const previous = this.replacedBySample;
		if (!previous) return;
		this.replacedBySample = null;
		await this.#change(async () => {
			await this.#load(previous);
			if (!this.failure) await this.#save();
		});
	}

	/** Writes the data in use again after its write failed. */
	async retrySave(): Promise<void> {
		await this.#change(() => this.#save());
	}

	/** Tries the stored workspace again after it could not be shown. */
	async retryStored(): Promise<void> {
		await this.#change(() => this.#load('stored'));
	}

	/** The stored workspace that could not be shown, as a workspace file (null when it cannot be read at all). */
	async exportStored(): Promise<string | null> {
		const stored = this.storedProblem?.workspace;
		return stored ? this.#encode(stored.dataset, stored.files) : null;
	}

	/** The whole workspace as one file: the dataset and the user's tables. */
	async exportWorkspace(): Promise<string | null> {
		if (!this.dataset) return null;
		return this.#encode($state.snapshot(this.dataset) as DatasetInfo, this.#storedFiles);
	}

	async #encode(dataset: DatasetInfo, files: readonly StoredFile[]): Promise<string> {
		await Promise.all([scheduleSettings.load(), scenarioBook.load(), reportNotes.load()]);
		return encodeWorkspaceFile(dataset, files, {
			schedule: $state.snapshot(scheduleSettings.value) as ScheduleSettings,
			scenarios: $state.snapshot(scenarioBook.value) as ScenarioBook,
			report: $state.snapshot(reportNotes.value) as ReportNotes
		});
	}

	/**
	 * Replaces everything with a workspace file (`file`, its name in messages), all or nothing, and
	 * keeps it in this browser. It is an import like any other: every table goes through the row
	 * checks of a file import and the load's integrity checks, and the dataset's record is made
	 * again from the tables (a file cannot label the user's data as the sample).
	 */
	async importWorkspace(file: string, text: string): Promise<void> {
		const refuse = (problem: WorkspaceFileProblem | 'tables', value?: string) => {
			this.workspaceFile = { file, state: 'refused', problem, ...(value === undefined ? {} : { value }) };
		};
		this.workspaceFile = { file, state: 'checking' };
		let decoded: ReturnType<typeof decodeWorkspaceFile>;
		try {
			decoded = decodeWorkspaceFile(text);
		} catch (e) {
			if (e instanceof WorkspaceFileError) refuse(e.problem, e.value);
			else refuse('not_json');
			return;
		}
		this.importing = true;
		try {
			const checked = await this.#checkTables(file, decoded.files);
			if (!checked) return refuse('tables');
			const tables = await Promise.all(
				checked.map(async (f, i) => ({
					table: f.table,
					name: f.name,
					rows: f.rows,
					sample: await isSampleFile(f.table, f.name, decoded.files[i]!.bytes)
				}))
			);
			const { dataset, corrected } = datasetOfWorkspace(decoded.dataset, tables, SAMPLE_DATASET);
			const files = checked.map((f) => f.file);
			const loaded = await this.#change(async () => {
				try {
					await this.#put({ version: 1, dataset, files });
				} catch (e) {
					if (e instanceof DataLoadError) this.#reportWorkspaceIssues(file, [], e.issues);
					else this.#reportWorkspaceIssues(file, [], [], e instanceof Error ? e.message : String(e));
					return false;
				}
				this.lastImport = null;
				this.replacedBySample = null;
				await this.#save();
				return true;
			});
			if (!loaded) return refuse('tables');
			this.workspaceFile = { file, state: 'loaded', corrected };
			if (decoded.schedule) await scheduleSettings.replace(decoded.schedule);
			if (decoded.scenarios) await scenarioBook.replace(decoded.scenarios);
			if (decoded.report) await reportNotes.replace(decoded.report);
		} finally {
			this.importing = false;
		}
	}

	/**
	 * A workspace file's tables through the import worker's row checks, as files of the table they
	 * say they are; null (and the issues reported) when any has an error.
	 */
	async #checkTables(
		file: string,
		files: readonly CsvBytes[]
	): Promise<{ table: TableName; name: string; rows: number; file: StoredFile }[] | null> {
		this.#checker ??= new ImportWorkerClient();
		const checker = this.#checker;
		const prepared = await Promise.all(
			files.map((f) =>
				checker.prepare(
					new File([f.bytes as Uint8Array<ArrayBuffer>], f.name),
					{ table: f.table },
					'ws-',
					() => undefined
				)
			)
		);
		if (prepared.some((p) => p.errors > 0 || !p.file)) {
			this.#reportWorkspaceIssues(file, prepared, []);
			return null;
		}
		return prepared.map((p, i) => ({ table: files[i]!.table, name: files[i]!.name, rows: p.rows, file: p.file! }));
	}

	/** A refused workspace file's issues, shown as an import's are, each naming the workspace file too. */
	#reportWorkspaceIssues(file: string, prepared: PreparedImport[], more: DataIssue[], error?: string): void {
		const within = (name: string) => `${file} › ${name}`;
		const files = prepared.map((p) => ({ ...p, name: within(p.name) }));
		const issues = [...prepared.flatMap((p) => p.issues), ...more].map((i) => ({ ...i, file: within(i.file) }));
		const count = (severity: DataIssue['severity']) =>
			prepared.reduce((n, p) => n + (severity === 'error' ? p.errors : p.warnings), 0) +
			more.filter((i) => i.severity === severity).length;
		this.lastImport = {
			files,
			issues,
			errors: count('error'),
			warnings: count('warning'),
			loaded: false,
			error,
			sampleConflicts: null
		};
	}

	/**
	 * Loads `source`: the workspace stored in this browser ('stored'; the sample when none is),
	 * the sample alone ('sample'), or a given workspace (the sample plus the user's files).
	 */
	async #load(source: 'stored' | 'sample' | StoredWorkspace = 'stored'): Promise<void> {
		this.failure = null;
		try {
			await this.#put(source);
			if (source === 'stored') this.storedProblem = null;
		} catch (e) {
			this.verifiedSample = null;
			const unshowable =
				source === 'stored' &&
				!(e instanceof EngineStartError) &&
				!(e instanceof SampleFetchError) &&
				(e instanceof StoredStateError || this.#lastRead !== null);
			if (!unshowable) {
				this.failure = describeFailure(e);
				return;
			}
			// A stored workspace that cannot be shown never keeps the app from starting: the sample
			// is shown (or what was in use stays), and the stored one is left for the user to save.
			this.storedProblem = { workspace: this.#lastRead };
			if (!this.dataset) await this.#load('sample');
		}
	}

	/** The load itself; throws what stopped it. Data loaded before stays usable: the load is all or nothing. */
	async #put(source: 'stored' | 'sample' | StoredWorkspace): Promise<void> {
		this.status = this.runner ? 'loading' : 'starting';
		try {
			performance.mark('haichi:load-start');
			const stored =
				source === 'stored'
					? readWorkspace().then(
							({ workspace, revision }) => {
								this.#revision = revision;
								this.#lastRead = workspace;
								return workspace;
							},
							(e: unknown) => {
								if (e instanceof StoredStateError) this.#revision = e.revision;
								this.#lastRead = null;
								throw e;
							}
						)
					: Promise.resolve(source === 'sample' ? null : source);
			const sample = Promise.all([fetchSampleFiles(), stored.catch(() => null)]).then(([fetched, workspace]) => {
				if (fetched.verified && !workspace && !this.dataset && !this.failure) this.verifiedSample = SAMPLE_DATASET;
				return fetched;
			});
			// Awaited below; a failure while DuckDB is still starting must not go unhandled meanwhile.
			sample.catch(() => undefined);
			const keyed = Promise.all([sample, stored]).then(async ([fetched, workspace]) => {
				if (!workspace || workspace.files.length === 0) return null;
				const key = await dataKey(filesInUse(fetched.files, workspace.files), workspace.dataset.fiscalYear);
				// At start-up only: later the data in use stays on screen until the new data is in.
				if (key && !this.dataset && !this.failure) this.keyed = { key, dataset: workspace.dataset };
				return key;
			});
			keyed.catch(() => undefined);
			this.#engine ??= startEngine();
			const engine = await this.#engine.catch((e) => {
				this.#engine = null;
				throw e;
			});
			performance.mark('haichi:engine-ready');
			this.runner ??= new WasmRunner(engine.conn);
			this.runner.invalidate();
			this.status = 'loading';
			const [{ files, verified, changed }, workspace] = await Promise.all([sample, stored]);
			const own = workspace?.files ?? [];
			const all = filesInUse(files, own);
			const key = await keyed;
			await loadCsvTables(stageOf(engine), this.runner, all, {
				replacing: this.dataset !== null,
				verified: verified && own.length === 0
			});
			performance.mark('haichi:data-loaded');
			this.runner.invalidate();
			this.#storedFiles = own;
			this.#sampleFiles = files;
			// A sample file edited where it is served is not the sample any more, however valid it is.
			this.dataset = withChangedSampleFiles(workspace?.dataset ?? SAMPLE_DATASET, changed);
			this.verifiedSample = verified && own.length === 0 ? SAMPLE_DATASET : null;
			this.#keyInUse = key;
			this.keyed = key ? { key, dataset: this.dataset } : null;
			this.version++;
			this.status = 'ready';
		} catch (e) {
			this.status = this.dataset ? 'ready' : 'failed';
			// What was kept for the data that failed to load must not stand in for anything.
			if (!this.dataset) this.keyed = null;
			throw e;
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
		drop: readonly TableName[] = [],
		/** The prefecture the files are of, when known (a start from the built-in reference). */
		prefecture?: DatasetInfo['prefecture']
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
			// Loaded means in use, not kept: saving from this moment until the write is confirmed,
			// whatever else runs before the write starts; a load refused after all leaves nothing to write.
			if (loaded) {
				this.saving = true;
				unsaved.mark(WORKSPACE);
			} else if (this.saving) {
				this.saving = false;
				if (!this.storageError) unsaved.done(WORKSPACE);
			}
		};
		try {
			return await this.#change(() =>
				this.#loadPrepared(engine, prepared, append, drop, issues, counts, report, prefecture)
			);
		} finally {
			this.importing = false;
		}
	}

	async #loadPrepared(
		engine: Engine,
		prepared: PreparedImport[],
		append: readonly TableName[],
		drop: readonly TableName[],
		issues: DataIssue[],
		counts: { errors: number; warnings: number },
		report: (loaded: boolean, more?: DataIssue[], error?: string) => void,
		prefecture: DatasetInfo['prefecture'] | undefined
	): Promise<boolean> {
		if (!this.runner || !this.dataset) return false;
		try {
			for (const { index, table } of tablesPickedTwice(prepared)) {
				issues.push({ file: prepared[index]!.name, rule: 'same_table_twice', expected: table, severity: 'error' });
				counts.errors++;
			}
			if (counts.errors > 0) {
				report(false);
				return false;
			}
			// A file checked fast loads the rows DuckDB read from it; its canonical CSV may still be being written.
			const loading = prepared.map((p): CsvFile | CheckedRows =>
				p.strict ? { table: p.table!, name: p.name, checked: p.strict } : p.file!
			);
			// Appending loads what the table holds now again, followed by the new file, through the same checks.
			const kept = await this.#currentFiles(append);
			const empty = drop.map(emptyTableFile);
			await this.#loadTables(engine, this.runner, this.dataset, [...kept, ...loading, ...empty]);
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
			this.dataset = datasetAfterImport(this.dataset, added, append, loadedAt, fiscalYear, prefecture);
			this.replacedBySample = null;
			this.verifiedSample = null;
			report(true);
			// The canonical CSVs the workspace keeps: those of files checked fast were written meanwhile.
			const files = await Promise.all(prepared.map((p) => p.canonical ?? p.file!)).catch(async (e: unknown) => {
				// Not written after all, so not kept, so not in use either: the stored workspace comes back.
				await this.#load('stored');
				report(false, [], e instanceof Error ? e.message : String(e));
				return null;
			});
			if (!files) return false;
			this.#storedFiles = keptAfterImport(this.#storedFiles, kept, [...files, ...empty], append);
			await this.#setKey(this.dataset);
			this.version++;
			await this.#save();
			return true;
		} catch (e) {
			if (e instanceof DataLoadError) report(false, e.issues);
			else report(false, [], e instanceof Error ? e.message : String(e));
			return false;
		}
	}

	/** The files that make up these tables now (the review compares a file appended to them). */
	filesOf(tables: readonly TableName[]): Promise<CsvFile[]> {
		return this.#currentFiles(tables);
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
			return await this.#change(() => this.#revertTable(engine, table));
		} finally {
			this.importing = false;
		}
	}

	async #revertTable(engine: Engine, table: TableName): Promise<boolean> {
		if (!this.runner || !this.dataset || !this.#storedFiles.some((f) => f.table === table)) return false;
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
			await this.#setKey(this.dataset);
			this.version++;
			await this.#save();
			return true;
		} catch (e) {
			this.failure = describeFailure(e);
			return false;
		}
	}

	/** The key of the data in use after a change; set before `version` moves on, so reads of the new data carry it. */
	async #setKey(dataset: DatasetInfo): Promise<void> {
		const key =
			this.#storedFiles.length === 0
				? null
				: await dataKey(filesInUse(this.#sampleFiles, this.#storedFiles), dataset.fiscalYear);
		this.#keyInUse = key;
		this.keyed = key ? { key, dataset } : null;
	}

	/** Replaces the tables of `files`, checked against the rest as they are (all or nothing). */
	async #loadTables(
		engine: Engine,
		runner: WasmRunner,
		dataset: DatasetInfo,
		files: (CsvFile | CheckedRows)[]
	): Promise<void> {
		await loadCsvTables(stageOf(engine), runner, files, {
			replacing: true,
			tables: 'given',
			existing: fileOfTable(dataset)
		});
		runner.invalidate();
	}

	/**
	 * The fast path of an import: DuckDB reads the user's file itself as `plan` says, while the
	 * import worker checks its cells (db/direct-read.ts). The rows wait in DuckDB for
	 * `loadPrepared`; `dropChecked` lets them go once the import is over, loaded or not. How many
	 * rows were read, or null when DuckDB cannot read it so.
	 */
	async readDirect(file: File, plan: DirectRead): Promise<number | null> {
		const engine = this.#engine && (await this.#engine.catch(() => null));
		if (!engine || !this.runner) return null;
		return readDirect(stageOf(engine), this.runner, file, plan);
	}

	/** Rows read by `readDirect` that are not to be loaded (the worker found a cell not strict). */
	async dropDirect(plan: DirectRead): Promise<void> {
		if (this.runner) await dropDirect(this.runner, plan);
	}

	async dropChecked(): Promise<void> {
		if (this.runner) await dropChecked(this.runner);
	}

	/**
	 * Runs a change of the data under the workspace lock of all the app's tabs, on the workspace as
	 * stored: when another tab wrote since this one last read or wrote, that is read in first.
	 */
	async #change<T>(task: () => Promise<T>): Promise<T> {
		await this.#started;
		return exclusive(WORKSPACE, async () => {
			// Said again only when this change had to start from another tab's.
			this.changedElsewhere = false;
			if ((await storedRevision()) !== this.#revision) await this.#readInOther();
			return task();
		});
	}

	/** Another tab announced a write: read it in, once this tab's own change (if any) is done. */
	async #refresh(): Promise<void> {
		await this.#started;
		await exclusive(WORKSPACE, async () => {
			if ((await storedRevision()) !== this.#revision) await this.#readInOther();
		});
	}

	/**
	 * Reads in what another tab stored. This tab's last import result stays (it was loaded and kept);
	 * the undo of a return to the sample goes, as it would now write over the other tab's change.
	 */
	async #readInOther(): Promise<void> {
		this.replacedBySample = null;
		await this.#load('stored');
		this.changedElsewhere = true;
	}

	/**
	 * Writes the data in use (none stored while it is the sample alone) as the next revision, and
	 * tells the other tabs once the browser confirmed it. Called under the workspace lock.
	 */
	async #save(): Promise<void> {
		if (!this.dataset) return;
		const workspace =
			this.#storedFiles.length > 0 ? { dataset: $state.snapshot(this.dataset), files: this.#storedFiles } : null;
		const revision = this.#revision + 1;
		this.saving = true;
		unsaved.mark(WORKSPACE);
		try {
			await writeWorkspace(workspace, revision);
			this.#revision = revision;
			// The browser's copies of the files just written stand in for them: a log kept as a slice
			// of the user's own file (files/prepare-csv.ts, CsvOfSource) must not depend on that file
			// staying as it was on disk. Read back only then: it costs the page a moment.
			if (workspace?.files.some((f) => 'blob' in f && f.sliced)) {
				const stored = await storedFilesOf(revision);
				if (stored?.length === workspace.files.length && this.#storedFiles === workspace.files)
					this.#storedFiles = stored;
			}
			this.storageError = null;
			this.storedProblem = null;
			announce({ key: WORKSPACE, revision });
			// Data of the user's own: ask the browser not to evict it when the disk runs low.
			if (workspace) void navigator.storage?.persist?.().catch(() => undefined);
		} catch (e) {
			this.storageError = e instanceof StorageWriteError ? e : new StorageWriteError('blocked', String(e));
		} finally {
			this.saving = false;
			// Not kept: leaving the page would lose what is in use, so that stays warned about.
			if (!this.storageError) unsaved.done(WORKSPACE);
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
