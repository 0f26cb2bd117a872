/**
 * The files a user has picked but not loaded yet: what was recognised in each (table, encoding,
 * sheet, which header fills which column, the first rows), the user's corrections, and then the
 * import itself with its progress and a way to cancel it.
 */
import reference from 'virtual:japan-reference';
import type { TableName } from '$lib/domain/tables';
import { toCsv } from '$lib/domain/csv-export';
import { prefectureTables } from '$lib/domain/reference';
import { TABLES } from '$lib/domain/tables';
import { municipalityCodes, schoolPoints } from '$lib/db/queries/import-context';
import type { ImportContext, PublicChoice } from '$lib/files/public-file';
import { describeMapping, type ColumnMatch, type DuplicateColumn } from '$lib/domain/import/headers';
import { localStamp } from '$lib/domain/local-time';
import { session } from '$lib/session/session.svelte';
import { ImportCancelled, ImportWorkerClient } from '$lib/files/import-worker-client';
import type { FileInspection, ImportChoice } from '$lib/files/prepare-csv';
import { sameDirectRead } from '$lib/domain/import/strict-forms';
import type { PreparedImport } from '$lib/files/import-worker-client';

export type ImportMode = 'replace' | 'append';

export interface PendingFile {
	id: number;
	file: File;
	choice: ImportChoice;
	inspection: FileInspection | null;
	mode: ImportMode;
	/** Codes the public file's rows refer to that the municipalities loaded now lack. */
	missing: string[];
}

export type ReviewPhase = 'idle' | 'inspecting' | 'reading' | 'loading';

/** A file appended to a table that holds some of its rows already: the user says what to do. */
export interface AppendDuplicate {
	file: string;
	table: TableName;
	rows: number;
	duplicates: number;
}

export type DuplicateChoice = 'skip' | 'keep' | 'cancel';

/**
 * Matches worked out once per mapping (a new read or a change gives a new one), not on each of the
 * several reads of every render: a file may have thousands of columns.
 */
const matches = new WeakMap<readonly (string | null)[], ColumnMatch>();

/** What the file's headers leave out or double; null while the file is unread, unreadable or of no known table. */
function headerMatch(f: PendingFile): ColumnMatch | null {
	const i = f.inspection;
	if (!i || i.problem || !i.table) return null;
	let match = matches.get(i.mapping);
	if (!match) {
		match = describeMapping(i.table, i.header, i.mapping, f.choice.mapping !== undefined);
		matches.set(i.mapping, match);
	}
	return match;
}

/** Required columns no header fills; null while the file is unread, unreadable or of no known table. */
export function missingColumns(f: PendingFile): string[] | null {
	return headerMatch(f)?.missingRequired ?? null;
}

/** Columns several headers of the file fill: the user must leave all but one out. */
export function duplicateColumns(f: PendingFile): DuplicateColumn[] {
	return headerMatch(f)?.duplicates ?? [];
}

class ImportReview {
	files = $state<PendingFile[]>([]);
	phase = $state<ReviewPhase>('idle');
	/** Share of the picked files' bytes read and checked, 0–1, while `phase` is 'reading'. */
	progress = $state(0);
	/** The worker failed outright (not a problem in a file: those are issues). */
	failure = $state<string | null>(null);
	cancelled = $state(false);
	/** Appended files whose rows the table holds already, until the user chooses (`decideDuplicates`). */
	duplicates = $state<AppendDuplicate[] | null>(null);
	#duplicateChoice: 'ask' | 'skip' | 'keep' = 'ask';
	#cancelRequested = false;
	#worker: ImportWorkerClient | null = null;
	#next = 1;

	get busy(): boolean {
		return this.phase !== 'idle';
	}

	/** Every file was read, has a table and fills its required columns: loading can start (rows are checked then). */
	get ready(): boolean {
		return (
			this.files.length > 0 &&
			this.files.every((f) => missingColumns(f)?.length === 0 && duplicateColumns(f).length === 0)
		);
	}

	async add(list: readonly File[]): Promise<void> {
		if (list.length === 0) return;
		this.failure = null;
		this.cancelled = false;
		const added = list.map((file): PendingFile => ({
			id: this.#next++,
			file,
			choice: {},
			inspection: null,
			mode: 'replace',
			missing: []
		}));
		this.files = [...this.files.filter((f) => !list.some((g) => g.name === f.file.name)), ...added];
		await this.#inspect(added.map((f) => f.id));
	}

	remove(id: number): void {
		this.files = this.files.filter((f) => f.id !== id);
	}

	clear(): void {
		this.files = [];
		this.failure = null;
	}

	/** A new table, encoding or sheet means reading the file again; the column match starts over. */
	async choose(id: number, patch: Pick<ImportChoice, 'table' | 'encoding' | 'sheet'>): Promise<void> {
		const pending = this.files.find((f) => f.id === id);
		if (!pending) return;
		pending.choice = { ...pending.choice, ...patch, mapping: undefined };
		await this.#inspect([id]);
	}

	/** Header `index` fills `column` (or nothing): a column filled by another header is taken from it. */
	map(id: number, index: number, column: string | null): void {
		const pending = this.files.find((f) => f.id === id);
		if (!pending?.inspection) return;
		const mapping = pending.inspection.mapping.map((m, i) => (i === index ? column : m === column ? null : m));
		pending.inspection.mapping = mapping;
		pending.choice = { ...pending.choice, mapping };
	}

	/** What to keep of a public file (municipalities, school types, founders, prefectures): read again. */
	async keep(id: number, keep: PublicChoice): Promise<void> {
		const pending = this.files.find((f) => f.id === id);
		if (!pending) return;
		pending.choice = { ...pending.choice, keep: { ...pending.choice.keep, ...keep } };
		await this.#inspect([id]);
	}

	/** Municipality codes the picked public files need and neither the data nor a picked file has. */
	get missingMunicipalities(): string[] {
		if (this.files.some((f) => f.inspection?.table === 'municipalities')) return [];
		return [...new Set(this.files.flatMap((f) => f.missing))].sort();
	}

	/**
	 * Adds the municipalities of the built-in reference that the public files need, as a file of
	 * the review: the whole of each prefecture (and the prefecture itself, employer of its schools)
	 * in place of the sample's, else only the missing ones added to the user's own.
	 */
	async addBuiltInMunicipalities(): Promise<void> {
		const missing = this.missingMunicipalities;
		if (missing.length === 0) return;
		const sample = session.dataset?.files.some((f) => f.table === 'municipalities' && f.origin === 'sample') ?? true;
		const rows = [...new Set(missing.map((c) => c.slice(0, 2)))]
			.flatMap((p) => prefectureTables(reference, p)?.municipalities ?? [])
			.filter((m) => sample || missing.includes(m.municipality_code));
		const columns = TABLES.municipalities.columns.map((c) => c.name);
		const csv = toCsv(
			columns,
			rows.map((r) => columns.map((c) => r[c as keyof typeof r]))
		);
		const names = [...new Set(rows.map((r) => r.prefecture_code))]
			.map((p) => reference.prefectures.find((x) => x.code === p)?.name ?? p)
			.join('・');
		const file = new File([csv], `市区町村（組み込み・${names}）.csv`, { type: 'text/csv' });
		await this.add([file]);
		if (!sample) for (const f of this.files) if (f.file === file) f.mode = 'append';
	}

	setMode(id: number, mode: ImportMode): void {
		const pending = this.files.find((f) => f.id === id);
		if (pending) pending.mode = mode;
	}

	/** Reads and checks every file in the worker, then loads them together (all or nothing). */
	/** `dropSample`: sample tables to empty in the same load (they pointed at what the files replace). */
	async run(options: { dropSample?: readonly TableName[] } = {}): Promise<boolean> {
		if (this.busy || this.files.length === 0) return false;
		this.phase = 'reading';
		this.progress = 0;
		this.failure = null;
		this.cancelled = false;
		this.#cancelRequested = false;
		const total = this.files.reduce((n, f) => n + f.file.size, 0) || 1;
		const before = this.files.map((_, i) => this.files.slice(0, i).reduce((n, f) => n + f.file.size, 0));
		// Generated request ids carry the time of the import, so appended logs do not collide.
		const idPrefix = `auto-${localStamp(new Date())}-`;
		try {
			return await this.#run(idPrefix, total, before, options.dropSample);
		} finally {
			// Rows checked on the fast path and not loaded (another file failed, the user is asked
			// about duplicates) are not kept: the next run reads the files again.
			await session.dropChecked();
		}
	}

	async #run(
		idPrefix: string,
		total: number,
		before: readonly number[],
		dropSample: readonly TableName[] | undefined
	): Promise<boolean> {
		const prepared: PreparedImport[] = [];
		// The fast path holds one file's rows per table while the others are read.
		const tables = this.files.map((f) => f.inspection?.table);
		try {
			const context = await this.#context();
			for (const [i, pending] of this.files.entries()) {
				const choice = $state.snapshot(pending.choice) as ImportChoice;
				const moved = (share: number) => (this.progress = (before[i]! + share * pending.file.size) / total);
				const fast = tables[i] !== undefined && tables.filter((t) => t === tables[i]).length === 1;
				// DuckDB reads the file itself while the worker checks every cell (the fast path).
				const plan = fast ? await this.#client().directRead(pending.file, choice) : null;
				// Settled both, so that the read is over before the import lets `checking` go.
				// For the bench: when each side is done (marks `haichi:import-worker`, `haichi:import-duckdb`).
				const done =
					<T>(side: string) =>
					(value: T) => (performance.mark(`haichi:import-${side}`), value);
				const [worker, read] = await Promise.allSettled([
					this.#client()
						.prepare(pending.file, choice, idPrefix, moved, context, plan !== null)
						.then(done('worker')),
					plan ? session.readDirect(pending.file, plan).then(done('duckdb')) : null
				]);
				if (worker.status === 'rejected') throw worker.reason;
				let file = worker.value;
				const rows = read.status === 'fulfilled' ? read.value : null;
				if (this.#cancelRequested) throw new ImportCancelled();
				if (plan && file.direct && rows === file.rows && sameDirectRead(plan, file.direct)) {
					// For the tests and the bench: this file took the fast path (not shown on screen).
					performance.mark('haichi:import-strict', { detail: { file: file.name, table: file.table } });
					file = { ...file, strict: { uniqueKey: file.uniqueKey === true } };
					if (file.writing) {
						// Written while DuckDB loads the rows: the load need not wait for a copy of the log.
						const canonical = this.#client().canonical();
						void canonical.catch(() => undefined);
						// An appended log is compared with what the table holds before the load: needed now.
						file =
							pending.mode === 'append'
								? { ...file, file: await canonical, writing: undefined }
								: { ...file, canonical };
					}
				} else {
					if (plan && rows !== null) await session.dropDirect(plan);
					// DuckDB could not read the file as the worker did: read again with the row checks.
					if (file.direct) file = await this.#client().prepare(pending.file, choice, idPrefix, moved, context);
				}
				prepared.push(file);
			}
		} catch (e) {
			this.phase = 'idle';
			if (e instanceof ImportCancelled) this.cancelled = true;
			else this.failure = e instanceof Error ? e.message : String(e);
			return false;
		}
		this.phase = 'loading';
		// For the bench: where an import's time goes, the worker's reading and checking or the load.
		performance.mark('haichi:import-read');
		const append = this.files
			.filter((f) => f.mode === 'append' && f.inspection?.table)
			.map((f) => f.inspection!.table as TableName);
		if (!(await this.#settleDuplicates(prepared, append))) {
			this.phase = 'idle';
			return false;
		}
		const loaded = await session.loadPrepared(prepared, append, dropSample);
		this.phase = 'idle';
		if (loaded) this.files = [];
		return loaded;
	}

	/** Skip the rows the table holds already, add them anyway, or load nothing; then the import goes on. */
	async decideDuplicates(choice: DuplicateChoice): Promise<boolean> {
		this.duplicates = null;
		if (choice === 'cancel') return false;
		this.#duplicateChoice = choice;
		return this.run();
	}

	/**
	 * Rows of appended files that their table holds already (the same log added twice): false, to
	 * ask the user, when there are some and nothing was chosen; else `prepared` is as chosen.
	 */
	async #settleDuplicates(prepared: PreparedImport[], append: readonly TableName[]): Promise<boolean> {
		const choice = this.#duplicateChoice;
		this.#duplicateChoice = 'ask';
		if (choice === 'keep') return true;
		const found: AppendDuplicate[] = [];
		try {
			for (const [i, p] of prepared.entries()) {
				if (!p.file || !p.table || !append.includes(p.table)) continue;
				const existing = await session.filesOf([p.table]);
				const { rows, duplicates, without } = await this.#client().duplicates(p.table, existing, p.file);
				if (duplicates === 0) continue;
				found.push({ file: p.name, table: p.table, rows, duplicates });
				// The file without them is read as a file: the checked rows of the fast path have them all.
				if (choice === 'skip') prepared[i] = { ...p, file: without, rows: rows - duplicates, strict: undefined };
			}
		} catch (e) {
			this.failure = e instanceof Error ? e.message : String(e);
			return false;
		}
		if (choice === 'skip' || found.length === 0) return true;
		this.duplicates = found;
		return false;
	}

	/** Stops reading the files; nothing has been loaded yet, so nothing changes. */
	cancel(): void {
		if (this.phase !== 'reading' && this.phase !== 'inspecting') return;
		// While DuckDB checks a file no worker call is waiting: the run stops once the check is done.
		this.#cancelRequested = true;
		this.#worker?.cancel();
	}

	async #inspect(ids: readonly number[]): Promise<void> {
		this.phase = 'inspecting';
		try {
			const [context, loaded] = await Promise.all([this.#context(), this.#loadedMunicipalities()]);
			for (const id of ids) {
				const pending = this.files.find((f) => f.id === id);
				if (!pending) continue;
				const inspection = await this.#client().inspect(
					pending.file,
					$state.snapshot(pending.choice) as ImportChoice,
					context
				);
				const current = this.files.find((f) => f.id === id);
				if (current) {
					current.inspection = inspection;
					current.missing = inspection.refers.filter((c) => !loaded.has(c));
				}
			}
		} catch (e) {
			if (e instanceof ImportCancelled) this.cancelled = true;
			else this.failure = e instanceof Error ? e.message : String(e);
		} finally {
			this.phase = 'idle';
		}
	}

	/** The built-in reference and the points of the schools loaded now, for public files. */
	/** The context of the data in use, read once per version of it: the import reads it again right after the review. */
	#contextOf: { version: number; context: Promise<ImportContext> } | null = null;

	#context(): Promise<ImportContext> {
		const version = session.version;
		const runner = session.source?.runner;
		if (!runner) return Promise.resolve({ reference, locations: [] });
		if (this.#contextOf?.version !== version) {
			const points = runner.rows(schoolPoints()).catch(() => []);
			this.#contextOf = {
				version,
				context: points.then((rows) => ({ reference, locations: rows.map((p) => [p.code, p.lon, p.lat] as const) }))
			};
		}
		return this.#contextOf.context;
	}

	async #loadedMunicipalities(): Promise<Set<string>> {
		const runner = session.source?.runner;
		const rows = runner ? await runner.rows(municipalityCodes()).catch(() => []) : [];
		return new Set(rows.map((r) => r.code));
	}

	#client(): ImportWorkerClient {
		return (this.#worker ??= new ImportWorkerClient());
	}
}

export const importReview = new ImportReview();
