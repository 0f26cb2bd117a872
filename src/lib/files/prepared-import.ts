/** A checked file as the page holds it, whether the import worker read it or the app wrote it. */
import type { CsvBlob, CsvBytes } from '$lib/db/load-csv';
import { prepareCsv, sourceParts, type CsvOfSource, type PreparedCsv } from './prepare-csv';

/** A prepared file with its canonical CSV as a Blob, which DuckDB's worker reads without a copy on the page. */
export type PreparedImport = Omit<PreparedCsv, 'file'> & {
	file: CsvBlob | null;
	/**
	 * Its rows were read by DuckDB from the file itself and wait in `checking` (db/direct-read.ts),
	 * and whether their key was unique as read.
	 */
	strict?: { uniqueKey: boolean };
};

/** `source`: the file `prepared` was checked from, whose rows its canonical CSV may be a slice of. */
export function withBlob(prepared: PreparedCsv<CsvBytes | CsvOfSource>, source?: Blob): PreparedImport {
	const { file: csv, ...rest } = prepared;
	if (csv && 'from' in csv && !source) throw new Error(`the file ${csv.name} is needed for its canonical CSV`);
	const parts = csv && ('from' in csv ? sourceParts(csv, source!) : [csv.bytes as Uint8Array<ArrayBuffer>]);
	const blob = csv && { table: csv.table, name: csv.name, blob: new Blob(parts as BlobPart[], { type: 'text/csv' }) };
	return { ...rest, file: blob };
}

/**
 * A small table the app writes itself (the built-in reference, numbers typed on a screen), checked
 * exactly as a user's file would be, on the page: such files hold a few hundred rows.
 */
export const prepareWritten = (name: string, csv: string): PreparedImport =>
	withBlob(prepareCsv(name, new TextEncoder().encode(csv)));
