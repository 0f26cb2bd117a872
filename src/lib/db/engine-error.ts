/** Why DuckDB could not start; kept apart from engine.ts so importing it loads no DuckDB code. */
export class EngineStartError extends Error {
	constructor(
		readonly reason: 'unsupported_browser' | 'start_failed',
		cause?: unknown
	) {
		super(reason, { cause });
	}
}
