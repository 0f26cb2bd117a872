/**
 * Digests of the data's files: the sample's files are checked against the manifest's SHA-256, and
 * results kept from the user's data are filed under one key made of every table's file, so a
 * changed file (or fiscal year) gives another key and nothing computed from the old one is shown.
 */
import type { CsvFile } from '$lib/db/load-csv';

/** SHA-256 as hex; null where crypto.subtle is missing (it exists only in secure contexts: https, localhost). */
export async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
	if (!globalThis.crypto?.subtle) return null;
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
	return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

const bytesOf = async (file: CsvFile): Promise<Uint8Array> =>
	'blob' in file ? new Uint8Array(await file.blob.arrayBuffer()) : file.bytes;

/**
 * The key of a dataset: a digest over its fiscal year and, in load order, every file's table,
 * name and bytes. Null when no digest can be made (then nothing is kept or reused).
 */
export async function dataKey(files: readonly CsvFile[], fiscalYear: number): Promise<string | null> {
	const digests = await Promise.all(files.map(async (f) => [f.table, f.name, await sha256Hex(await bytesOf(f))]));
	if (digests.some(([, , digest]) => digest === null)) return null;
	return sha256Hex(new TextEncoder().encode(JSON.stringify({ fiscalYear, files: digests })));
}
