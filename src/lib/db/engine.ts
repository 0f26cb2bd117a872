/**
 * Starts DuckDB-wasm in its Web Worker from bundles served by the app itself (never a CDN) and
 * makes it safe offline: extension auto-install/auto-load would otherwise reach the internet and,
 * when that fails, leave the instance broken (see shared/stack-notes.md).
 */
import { AsyncDuckDB, ConsoleLogger, LogLevel, getPlatformFeatures } from '@duckdb/duckdb-wasm';
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

/** DuckDB's worker script and wasm, as hashed asset URLs of the app. */
export const DUCKDB_ASSETS = { worker: workerUrl, wasm: wasmUrl } as const;

export interface Engine {
	db: AsyncDuckDB;
	conn: AsyncDuckDBConnection;
}

export class EngineStartError extends Error {
	constructor(
		readonly reason: 'unsupported_browser' | 'start_failed',
		cause?: unknown
	) {
		super(reason, { cause });
	}
}

/** Path on the app's own origin where DuckDB may look for extensions; nothing is served there. */
const EXTENSION_REPOSITORY = '/duckdb-extensions';

export async function startEngine(): Promise<Engine> {
	// Every current browser has wasm exception handling; shipping only the 'eh' build keeps the
	// app 39 MB smaller.
	const features = await getPlatformFeatures();
	if (!features.wasmExceptions) throw new EngineStartError('unsupported_browser');
	let worker: Worker | undefined;
	try {
		worker = new Worker(workerUrl);
		// A worker script that fails to load never answers: without this, start-up would hang.
		const workerFailed = new Promise<never>((_, reject) =>
			worker!.addEventListener('error', (e) => reject(new Error(`DuckDB worker failed to load: ${e.message || workerUrl}`)), { once: true })
		);
		const db = new AsyncDuckDB(new ConsoleLogger(LogLevel.ERROR), worker);
		await Promise.race([db.instantiate(wasmUrl), workerFailed]);
		await db.open({ query: { castBigIntToDouble: true } });
		const conn = await db.connect();
		await conn.query(`SET autoinstall_known_extensions = false`);
		await conn.query(`SET autoload_known_extensions = false`);
		await conn.query(`SET custom_extension_repository = '${new URL(EXTENSION_REPOSITORY, location.origin).href}'`);
		return { db, conn };
	} catch (cause) {
		worker?.terminate();
		throw new EngineStartError('start_failed', cause);
	}
}
