/// <reference types="vite/client" />
/**
 * The benchmark floor: start DuckDB-wasm from self-hosted bundles and run one query. Nothing else.
 * Sets `performance.mark('floor:ready')` once the result is in the page (`floor:error` on failure);
 * `floor:script-start` and `floor:instantiated` show where the time goes.
 */
import { AsyncDuckDB, ConsoleLogger, LogLevel } from '@duckdb/duckdb-wasm';
// The same bundle the app ships (every current browser takes the exception-handling build).
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

const output = document.getElementById('result') as HTMLOutputElement;

async function main(): Promise<number> {
	performance.mark('floor:script-start');
	const worker = new Worker(ehWorker);
	const db = new AsyncDuckDB(new ConsoleLogger(LogLevel.WARNING), worker);
	await db.instantiate(ehWasm);
	performance.mark('floor:instantiated');
	await db.open({ query: { castBigIntToDouble: true } });
	const conn = await db.connect();
	// Offline: never try to fetch extensions (a failed fetch leaves the instance broken).
	await conn.query('SET autoinstall_known_extensions = false');
	await conn.query('SET autoload_known_extensions = false');
	const table = await conn.query('SELECT count(*) AS n FROM range(1000)');
	const n = Number(table.getChildAt(0)?.get(0));
	await conn.close();
	return n;
}

main().then(
	(n) => {
		output.textContent = `count(*) = ${n}`;
		output.dataset.state = 'ready';
		performance.mark('floor:ready');
	},
	(err: unknown) => {
		output.textContent = `Error: ${err instanceof Error ? err.message : String(err)}`;
		output.dataset.state = 'error';
		performance.mark('floor:error');
		console.error(err);
	}
);
