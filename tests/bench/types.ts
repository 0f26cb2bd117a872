/** Shared types of the benchmark harness (tests/bench/run.ts). */

export interface BenchResult {
	/** Dotted name, starting with the group's name: `load.app.cold_ms`. */
	name: string;
	/** null only when the measurement failed (then `ok` is false and `error` says why). */
	value: number | null;
	/** `ms`, `×`, `kB`, … */
	unit: string;
	/** Upper bound the value must not exceed; null when the figure is informational. */
	budget: number | null;
	/** `value <= budget` (true when there is no budget and the measurement succeeded). */
	ok: boolean;
	/** Only on failed measurements. */
	error?: string;
}

export interface BenchOptions {
	/** Repetitions per measurement (`--runs N`, default 5); groups take the median. */
	runs: number;
	/** Progress output (goes to stderr so `--json -` style piping stays clean). */
	log(message: string): void;
}

/** A benchmark group: one module in tests/bench/groups/, registered in groups/index.ts. */
export interface BenchGroup {
	name: string;
	/** One line for `--help`. */
	description: string;
	/**
	 * Measures and returns the results. Throw to fail the whole group; throw a BenchFailure to fail
	 * it while still reporting what was measured before the failure.
	 */
	run(options: BenchOptions): Promise<BenchResult[]>;
}

/** A group failure that still carries the results measured so far. */
export class BenchFailure extends Error {
	constructor(
		message: string,
		readonly results: BenchResult[] = []
	) {
		super(message);
		this.name = 'BenchFailure';
	}
}

export function result(name: string, value: number, unit: string, budget: number | null = null): BenchResult {
	return { name, value, unit, budget, ok: budget === null || value <= budget };
}

export function failed(name: string, unit: string, error: string, budget: number | null = null): BenchResult {
	return { name, value: null, unit, budget, ok: false, error };
}

export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error('median of no values');
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
