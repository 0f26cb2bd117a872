/** QueryRunner over native DuckDB, so the app's SQL is tested without a browser. */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Query, QueryRunner } from '../../src/lib/db/query';

export class NodeRunner implements QueryRunner {
	private constructor(readonly connection: DuckDBConnection) {}

	static async open(): Promise<NodeRunner> {
		const instance = await DuckDBInstance.create(':memory:');
		return new NodeRunner(await instance.connect());
	}

	async rows<Row>(q: Query<Row>): Promise<Row[]> {
		const reader = await this.connection.runAndReadAll(q.sql, [...q.params]);
		return reader.getRowObjectsJS() as Row[];
	}

	async exec(sql: string): Promise<void> {
		await this.connection.run(sql);
	}
}
