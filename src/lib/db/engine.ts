/**
 * DuckDB-wasm for the app: adopts the worker that src/lib/db/boot/duckdb-boot.js started while the
 * page was loading (from bundles served by the app itself, never a CDN), and makes it safe
 * offline: extension auto-install/auto-load would otherwise reach the internet and, when that
 * fails, leave the instance broken (docs/architecture.md, "DuckDB-wasm offline").
 */
import { AsyncDuckDB, ConsoleLogger, LogLevel, getPlatformFeatures } from '@duckdb/duckdb-wasm';
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';

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

/** What the boot script leaves on window. */
interface BootedDuckdb {
	worker: Worker;
	instantiated: Promise<void>;
}

/** Path on the app's own origin where DuckDB may look for extensions; nothing is served there. */
const EXTENSION_REPOSITORY = '/duckdb-extensions';

export async function startEngine(): Promise<Engine> {
	// Every current browser has wasm exception handling; shipping only the 'eh' build keeps the
	// app 39 MB smaller.
	const features = await getPlatformFeatures();
	if (!features.wasmExceptions) throw new EngineStartError('unsupported_browser');
	const boot = (window as unknown as { __haichiDuckdb?: BootedDuckdb }).__haichiDuckdb;
	if (!boot) throw new EngineStartError('start_failed', new Error('duckdb-boot.js did not run'));
	try {
		await boot.instantiated;
		// Attached only now, so it never sees the boot script's own messages.
		const db = new AsyncDuckDB(new ConsoleLogger(LogLevel.ERROR), boot.worker);
		await db.open({ query: { castBigIntToDouble: true } });
		const conn = await db.connect();
		await conn.query(
			`SET autoinstall_known_extensions = false; SET autoload_known_extensions = false; SET custom_extension_repository = '${new URL(EXTENSION_REPOSITORY, location.origin).href}'`
		);
		return { db, conn };
	} catch (cause) {
		boot.worker.terminate();
		throw new EngineStartError('start_failed', cause);
	}
}
