/**
 * The page's side of the import worker: one request per file, answered by promise. Cancelling
 * stops the worker outright (a check of a large file cannot be interrupted from outside) and a new
 * one starts with the next request.
 */
import type { TableName } from '$lib/domain/tables';
import type { DirectRead } from '$lib/domain/import/strict-forms';
import type { CsvBlob, CsvFile } from '$lib/db/load-csv';
import { workerRpc } from '$lib/workers/rpc';
import type { ImportApi, PreparedImport } from './import.worker';
import type { FileInspection, ImportChoice } from './prepare-csv';
import type { ImportContext } from './public-file';

export type { PreparedImport } from './import.worker';

export class ImportCancelled extends Error {
	constructor() {
		super('import cancelled');
	}
}

export class ImportWorkerClient {
	readonly #worker = workerRpc<ImportApi>(
		() => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
		{
			cancelled: () => new ImportCancelled(),
			crashed: 'import worker failed'
		}
	);

	inspect(file: File, choice: ImportChoice, context: ImportContext = {}): Promise<FileInspection> {
		return this.#worker.call('inspect', file, choice, context);
	}

	/** How DuckDB may read the file itself, were every cell strict (prepare-csv.ts, directReadOf). */
	directRead(file: File, choice: ImportChoice): Promise<DirectRead | null> {
		return this.#worker.call('directRead', file, choice);
	}

	prepare(
		file: File,
		choice: ImportChoice,
		idPrefix: string,
		progress: (done: number) => void,
		context: ImportContext = {},
		/** Try the fast path (prepare-csv.ts, prepareStrict): the result says `direct` when taken. */
		strict = false
	): Promise<PreparedImport> {
		return this.#worker.call('prepare', file, choice, idPrefix, progress, context, strict);
	}

	/** The canonical CSV of the file `prepare` last checked fast and left `writing`, written now. */
	canonical(): Promise<CsvBlob> {
		return this.#worker.call('canonical');
	}

	/** The rows of `added` that the files making up its table now (`existing`) hold already. */
	duplicates(table: TableName, existing: readonly CsvFile[], added: CsvBlob): ReturnType<ImportApi['duplicates']> {
		return this.#worker.call('duplicates', table, [...existing], added);
	}

	cancel(): void {
		this.#worker.cancel();
	}
}
