/**
 * Results computed from the user's own data, kept in this browser beside the data (idb.ts), so a
 * returning visit shows them while DuckDB loads the data again, as the build's precomputed
 * overview does for the sample. An entry is used only for the same data key (digest.ts: every
 * table's file and the fiscal year) and the same build (its SQL and formulas); one entry per
 * result, the latest.
 */
import { readEntry, writeEntry } from './idb';

interface KeptResult {
	key: string;
	build: string;
	value: unknown;
}

const entryKey = (name: string) => `result:${name}`;

/** What a stored entry holds for exactly this data and build; null for any other (or no) entry. */
export function resultFor<T>(stored: unknown, key: string, build: string): T | null {
	const kept = stored as Partial<KeptResult> | null | undefined;
	return kept && typeof kept === 'object' && kept.key === key && kept.build === build && kept.value !== undefined
		? (kept.value as T)
		: null;
}

/** The result kept under `name` for exactly this data and build; null when there is none. */
export async function readResult<T>(name: string, key: string, build: string): Promise<T | null> {
	const { value } = await readEntry(entryKey(name)).catch(() => ({ value: undefined }));
	return resultFor<T>(value, key, build);
}

/**
 * Keeps `value` as the result `name` of this data and build. A write the browser refuses loses
 * only the head start of the next visit, so it is not reported.
 */
export async function writeResult(name: string, key: string, build: string, value: unknown): Promise<void> {
	const kept: KeptResult = { key, build, value };
	await writeEntry(entryKey(name), kept, 0).catch(() => undefined);
}
