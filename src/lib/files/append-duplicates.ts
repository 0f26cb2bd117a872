/**
 * The rows of a prepared file (its canonical CSV) that the table it is appended to holds already,
 * and the file without them, for the user to choose between.
 */
import type { TableName } from '$lib/domain/tables';
import type { CsvBlob, CsvFile } from '$lib/db/load-csv';
import { DuplicateRows } from '$lib/domain/import/duplicate-rows';
import { matchColumns } from '$lib/domain/import/headers';
import { RowChecker, type ImportRecord } from '$lib/domain/import/validate-rows';
import { streamCsv } from './csv-reader';
import { CanonicalWriter } from './prepare-csv';

export interface AppendDuplicates {
	/** Rows of the new file. */
	rows: number;
	/** Of those, rows the table holds already. */
	duplicates: number;
	/** The new file's canonical CSV without them; null when there are none. */
	without: Uint8Array | null;
}

/** Every row of a canonical CSV (the app's own, or the sample's) as the checks read it. */
function eachRecord(table: TableName, name: string, bytes: Uint8Array, onRecord: (r: ImportRecord) => void): void {
	let checker: RowChecker | null = null;
	streamCsv(
		bytes,
		'utf-8',
		(header) => (checker = new RowChecker(table, name, header.length, matchColumns(table, header).mapping)),
		(rows, lines) =>
			rows.forEach((row, i) => {
				const record = checker?.check(row, lines[i]!);
				if (record) onRecord(record);
			})
	);
}

export function appendDuplicates(
	table: TableName,
	existing: readonly Uint8Array[],
	added: { name: string; bytes: Uint8Array }
): AppendDuplicates {
	const held = new DuplicateRows(table);
	for (const bytes of existing) eachRecord(table, 'held', bytes, (r) => held.hold(r));
	const writer = new CanonicalWriter(table);
	let rows = 0;
	let duplicates = 0;
	eachRecord(table, added.name, added.bytes, (r) => {
		rows++;
		if (held.take(r)) duplicates++;
		else writer.add(r);
	});
	return { rows, duplicates, without: duplicates > 0 ? writer.bytes() : null };
}

/** The import worker's side: the files as the page holds them, the file without the duplicates as a Blob. */
export async function duplicates(
	table: TableName,
	existing: readonly CsvFile[],
	added: CsvBlob
): Promise<Omit<AppendDuplicates, 'without'> & { without: CsvBlob | null }> {
	const bytesOf = async (f: CsvFile) => ('blob' in f ? new Uint8Array(await f.blob.arrayBuffer()) : f.bytes);
	const found = appendDuplicates(table, await Promise.all(existing.map(bytesOf)), {
		name: added.name,
		bytes: await bytesOf(added)
	});
	const without = found.without && {
		table,
		name: added.name,
		blob: new Blob([found.without as Uint8Array<ArrayBuffer>], { type: 'text/csv' })
	};
	return { ...found, without };
}
