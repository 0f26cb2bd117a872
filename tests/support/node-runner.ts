/** QueryRunner over native DuckDB, so the app's SQL is tested without a browser. */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Query, QueryRunner } from '../../src/lib/db/query';

export class NodeRunner implements QueryRunner {
	/** One statement at a time: a native connection is not safe for concurrent use (the wasm worker queues them itself). */
	#queue: Promise<unknown> = Promise.resolve();

	private constructor(readonly connection: DuckDBConnection) {}

	#serial<T>(task: () => Promise<T>): Promise<T> {
		const next = this.#queue.then(task, task);
		this.#queue = next.catch(() => undefined);
		return next;
	}

	static async open(): Promise<NodeRunner> {
		const instance = await DuckDBInstance.create(':memory:');
		return new NodeRunner(await instance.connect());
	}

	rows<Row>(q: Query<Row>): Promise<Row[]> {
		return this.#serial(
			async () => (await this.connection.runAndReadAll(q.sql, [...q.params])).getRowObjectsJS() as Row[]
		);
	}

	exec(sql: string): Promise<void> {
		return this.#serial(async () => {
			await this.connection.run(sql);
		});
	}
}
