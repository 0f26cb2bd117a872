/**
 * The one query API every screen uses: a query is fixed SQL text plus positional parameters
 * (`?`), never SQL built from user input. Runners exist for DuckDB-wasm (the app) and native
 * DuckDB (tests, benchmarks), so the same SQL is checked in both.
 */
export type Param = string | number | boolean | null;

export interface Query<Row> {
	readonly sql: string;
	readonly params: readonly Param[];
	/** false for queries whose result must never be reused (checks of data being loaded). */
	readonly cache?: boolean;
	/** Phantom field: carries the row type, never set. */
	readonly row?: Row;
}

export function query<Row>(sql: string, params: readonly Param[] = [], options: { cache?: boolean } = {}): Query<Row> {
	return { sql, params, ...options };
}

export interface QueryRunner {
	rows<Row>(q: Query<Row>): Promise<Row[]>;
	/** Statements without results (DDL, loads); fixed text only. */
	exec(sql: string): Promise<void>;
}

/**
 * A constant of the code as a SQL string literal, for statements that cannot take parameters
 * (a CREATE TABLE, a check built from the specs); never a value from a file.
 */
export const sqlLiteral = (s: string) => `'${s.replaceAll("'", "''")}'`;
