/** QueryRunner over a DuckDB-wasm connection, with a small result cache cleared when data changes. */
import type { AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import { tableToIPC } from 'apache-arrow';
import type { Query, QueryRunner } from './query';

const CACHE_LIMIT = 64;

export class WasmRunner implements QueryRunner {
	#statements = new Map<string, Promise<AsyncPreparedStatement>>();
	#cache = new Map<string, Promise<unknown[]>>();

	constructor(private readonly conn: AsyncDuckDBConnection) {}

	/** Data changed: cached results are stale. */
	invalidate(): void {
		this.#cache.clear();
	}

	rows<Row>(q: Query<Row>): Promise<Row[]> {
		if (q.cache === false) return this.#run(q);
		const key = `${q.sql}\u0000${JSON.stringify(q.params)}`;
		const hit = this.#cache.get(key);
		if (hit) return hit as Promise<Row[]>;
		const result = this.#run<Row>(q);
		this.#cache.set(key, result);
		result.catch(() => this.#cache.delete(key));
		if (this.#cache.size > CACHE_LIMIT) this.#cache.delete(this.#cache.keys().next().value!);
		return result;
	}

	/** A result as an Arrow IPC stream, for a worker to read (a large result never becomes objects here). */
	async arrowIpc(q: Query<unknown>): Promise<Uint8Array> {
		const statement = await this.conn.prepare(q.sql);
		try {
			return tableToIPC(await statement.query(...q.params), 'stream');
		} finally {
			await statement.close();
		}
	}

	async exec(sql: string): Promise<void> {
		await this.conn.query(sql);
	}

	async #run<Row>(q: Query<Row>): Promise<Row[]> {
		if (q.cache === false && q.params.length === 0)
			return (await this.conn.query(q.sql)).toArray().map((r) => r.toJSON() as Row);
		let statement = this.#statements.get(q.sql);
		if (!statement) {
			statement = this.conn.prepare(q.sql);
			this.#statements.set(q.sql, statement);
			statement.catch(() => this.#statements.delete(q.sql));
		}
		const table = await (await statement).query(...q.params);
		return table.toArray().map((r) => r.toJSON() as Row);
	}
}
