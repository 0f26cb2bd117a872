/**
 * The page's side of the import worker: one request per file, answered by promise. Cancelling
 * stops the worker outright (a check of a large file cannot be interrupted from outside) and a new
 * one starts with the next request.
 */
import type { ImportRequest, ImportResponse, PreparedImport } from './import-protocol';
import type { FileInspection, ImportChoice } from './prepare-csv';

export class ImportCancelled extends Error {
	constructor() {
		super('import cancelled');
	}
}

interface Waiting {
	resolve: (value: FileInspection | PreparedImport) => void;
	reject: (error: Error) => void;
	progress?: (done: number) => void;
}

/** A request before it is numbered (Omit kept per member of the union). */
type Request = ImportRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

export class ImportWorkerClient {
	#worker: Worker | null = null;
	#next = 1;
	readonly #waiting = new Map<number, Waiting>();

	inspect(file: File, choice: ImportChoice): Promise<FileInspection> {
		return this.#send({ kind: 'inspect', file, choice }) as Promise<FileInspection>;
	}

	prepare(file: File, choice: ImportChoice, idPrefix: string, progress: (done: number) => void): Promise<PreparedImport> {
		return this.#send({ kind: 'prepare', file, choice, idPrefix }, progress) as Promise<PreparedImport>;
	}

	cancel(): void {
		this.#worker?.terminate();
		this.#worker = null;
		for (const waiting of this.#waiting.values()) waiting.reject(new ImportCancelled());
		this.#waiting.clear();
	}

	#send(request: Request, progress?: (done: number) => void): Promise<FileInspection | PreparedImport> {
		const id = this.#next++;
		const worker = this.#start();
		return new Promise((resolve, reject) => {
			this.#waiting.set(id, { resolve, reject, progress });
			worker.postMessage({ ...request, id } as ImportRequest);
		});
	}

	#start(): Worker {
		if (this.#worker) return this.#worker;
		const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = ({ data }: MessageEvent<ImportResponse>) => {
			const waiting = this.#waiting.get(data.id);
			if (!waiting) return;
			if (data.kind === 'progress') return waiting.progress?.(data.done);
			this.#waiting.delete(data.id);
			if (data.kind === 'failed') waiting.reject(new Error(data.message));
			else waiting.resolve(data.kind === 'inspected' ? data.inspection : data.prepared);
		};
		worker.onerror = (event) => {
			event.preventDefault();
			for (const waiting of this.#waiting.values()) waiting.reject(new Error(event.message || 'import worker failed'));
			this.#waiting.clear();
			this.#worker = null;
		};
		this.#worker = worker;
		return worker;
	}
}
