/** A checked file as the page holds it, whether the import worker read it or the app wrote it. */
import type { CsvBlob, CsvBytes } from '$lib/db/load-csv';
import type { TableName } from '$lib/domain/tables';
import { prepareCsv, sourceParts, type FastCsv, type PreparedCsv } from './prepare-csv';

/** A prepared file with its canonical CSV as a Blob, which DuckDB's worker reads without a copy on the page. */
export type PreparedImport = Omit<PreparedCsv, 'file'> & {
	/** Null when the file has errors, or while its canonical CSV is `writing`. */
	file: CsvBlob | null;
	/**
	 * Checked fast, its canonical CSV is written after the check answered (the import worker's
	 * `canonical` gives it): the load need not wait for a copy of a large log.
	 */
	writing?: true;
	/**
	 * Its rows were read by DuckDB from the file itself and wait in `checking` (db/direct-read.ts),
	 * and whether their key is unique.
	 */
	strict?: { uniqueKey: boolean };
	/** On the page, for a file whose canonical CSV is `writing`: that CSV once written. */
	canonical?: Promise<CsvBlob>;
};

/** `source`: the file `prepared` was checked from, whose rows its canonical CSV may be a slice of. */
export function withBlob(prepared: PreparedCsv<CsvBytes | FastCsv>, source?: Blob): PreparedImport {
	const { file: csv, ...rest } = prepared;
	if (!csv) return { ...rest, file: null };
	if ('write' in csv) return { ...rest, file: null, writing: true };
	return { ...rest, file: 'from' in csv ? canonicalBlob(csv, source) : csvBlob(csv, [csv.bytes]) };
}

const csvBlob = ({ table, name }: { table: TableName; name: string }, parts: (Uint8Array | Blob)[]): CsvBlob => ({
	table,
	name,
	blob: new Blob(parts as BlobPart[], { type: 'text/csv' })
});

/** The canonical CSV of a file checked fast: written now (`CsvToWrite`), or sliced from `source`, the file. */
export function canonicalBlob(csv: FastCsv, source?: Blob): CsvBlob {
	if ('write' in csv) return csvBlob(csv, [csv.write()]);
	if (!source) throw new Error(`the file ${csv.name} is needed for its canonical CSV`);
	return { ...csvBlob(csv, sourceParts(csv, source)), sliced: true };
}

/**
 * A small table the app writes itself (the built-in reference, numbers typed on a screen), checked
 * exactly as a user's file would be, on the page: such files hold a few hundred rows.
 */
export const prepareWritten = (name: string, csv: string): PreparedImport =>
	withBlob(prepareCsv(name, new TextEncoder().encode(csv)));
