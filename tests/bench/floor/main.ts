/// <reference types="vite/client" />
/**
 * The benchmark floor: start DuckDB-wasm from self-hosted bundles and run one query. Nothing else.
 * Sets `performance.mark('floor:ready')` once the result is in the page (`floor:error` on failure);
 * `floor:script-start` and `floor:instantiated` show where the time goes.
 *
 * The import floor: a CSV picked in the page's file input is read by DuckDB's own `read_csv` into
 * a table, as bare as an import can be (no checks, no review, nothing kept); `floor:imported` is
 * set once the table is there and the page shows its row count (`floor:import-error` on failure).
 */
import {
	AsyncDuckDB,
	ConsoleLogger,
	DuckDBDataProtocol,
	LogLevel,
	type AsyncDuckDBConnection
} from '@duckdb/duckdb-wasm';
// The same bundle the app ships (every current browser takes the exception-handling build).
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

const output = document.getElementById('result') as HTMLOutputElement;
const picker = document.getElementById('import') as HTMLInputElement;
const imported = document.getElementById('imported') as HTMLOutputElement;

let started: Promise<{ db: AsyncDuckDB; conn: AsyncDuckDBConnection }> | null = null;

async function start() {
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
	return { db, conn };
}

async function main(): Promise<number> {
	started = start();
	const { conn } = await started;
	const table = await conn.query('SELECT count(*) AS n FROM range(1000)');
	return Number(table.getChildAt(0)?.get(0));
}

async function importFile(file: File): Promise<number> {
	const { db, conn } = await started!;
	await db.registerFileHandle('import.csv', file, DuckDBDataProtocol.BROWSER_FILEREADER, true);
	await conn.query("CREATE OR REPLACE TABLE imported AS SELECT * FROM read_csv('import.csv', header = true)");
	const table = await conn.query('SELECT count(*) AS n FROM imported');
	return Number(table.getChildAt(0)?.get(0));
}

picker.addEventListener('change', () => {
	const file = picker.files?.[0];
	if (!file) return;
	importFile(file).then(
		(n) => {
			imported.textContent = `${n} rows`;
			imported.dataset.rows = String(n);
			performance.mark('floor:imported');
		},
		(err: unknown) => {
			imported.textContent = `Error: ${err instanceof Error ? err.message : String(err)}`;
			performance.mark('floor:import-error');
			console.error(err);
		}
	);
});

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
