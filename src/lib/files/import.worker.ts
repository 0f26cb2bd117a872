/**
 * Reads and checks the user's files off the main thread, so a file of a million rows never
 * freezes the page. Files arrive as File objects (no copy on the page's side) and the canonical
 * CSV goes back as a Blob.
 */
import { serve } from '$lib/workers/rpc';
import { duplicates } from './append-duplicates';
import {
	directReadOf,
	formatOf,
	inspectFile,
	prepareFile,
	type CsvToWrite,
	type FileInspection,
	type ImportChoice
} from './prepare-csv';
import type { DirectRead } from '$lib/domain/import/strict-forms';
import type { ImportContext } from './public-file';
import { canonicalBlob, withBlob, type PreparedImport } from './prepared-import';
import type { CsvBlob } from '$lib/db/load-csv';

export type { PreparedImport } from './prepared-import';

/** A CSV larger than this is reviewed from its first REVIEW_BYTES; the import reads and checks it whole. */
const WHOLE_REVIEW_BYTES = 16 * 1024 * 1024;
const REVIEW_BYTES = 1024 * 1024;

/**
 * The last large CSV reviewed, read whole in the background while the user looks at its review,
 * for its import; one at a time, let go when the import takes it or another is reviewed.
 */
let ahead: { key: string; bytes: Promise<Uint8Array | null> } | null = null;
const keyOf = (file: File) => [file.name, file.size, file.lastModified].join('\u0000');

async function bytesOf(file: File): Promise<Uint8Array> {
	const read = ahead?.key === keyOf(file) ? ahead.bytes : null;
	ahead = null;
	return (await read) ?? new Uint8Array(await file.arrayBuffer());
}

async function inspect(file: File, choice: ImportChoice, context: ImportContext): Promise<FileInspection> {
	if (file.size > WHOLE_REVIEW_BYTES) {
		const head = new Uint8Array(await file.slice(0, REVIEW_BYTES).arrayBuffer());
		// Whole lines only: a character cut at the end is not bad UTF-8.
		if (formatOf(head) === 'csv') {
			if (ahead?.key !== keyOf(file))
				ahead = {
					key: keyOf(file),
					bytes: file.arrayBuffer().then(
						(b) => new Uint8Array(b),
						() => null
					)
				};
			return {
				...(await inspectFile(file.name, head.subarray(0, head.lastIndexOf(0x0a) + 1), choice, context)),
				size: file.size
			};
		}
	}
	return inspectFile(file.name, new Uint8Array(await file.arrayBuffer()), choice, context);
}

/** Bytes enough for any header line. */
const HEAD_BYTES = 256 * 1024;

/** How DuckDB may read the file itself on the fast path, from its header alone (prepare-csv.ts). */
async function directRead(file: File, choice: ImportChoice): Promise<DirectRead | null> {
	return directReadOf(file.name, new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer()), choice);
}

/**
 * The canonical CSV of the last file `prepare` checked fast and left to write (prepared-import.ts,
 * `writing`): written when the page asks for it, while DuckDB loads the rows it read itself.
 */
let toWrite: CsvToWrite | null = null;

async function prepare(
	file: File,
	choice: ImportChoice,
	idPrefix: string,
	progress: (done: number) => void,
	context: ImportContext,
	strict: boolean
): Promise<PreparedImport> {
	toWrite = null;
	const bytes = await bytesOf(file);
	let last = 0;
	const prepared = await prepareFile(
		file.name,
		bytes,
		choice,
		(done) => {
			// Enough to move a bar smoothly without flooding the page with messages.
			if (done - last >= 0.01 || done === 1) {
				last = done;
				progress(done);
			}
		},
		idPrefix,
		context,
		strict
	);
	if (prepared.file && 'write' in prepared.file) toWrite = prepared.file;
	// Only a Blob goes back: building it takes a quarter of a second for a large log, and the
	// bytes reaching the page would cost it a major garbage collection. A log already canonical
	// (the fast path) is a slice of the file itself, which costs nothing.
	return withBlob(prepared, file);
}

/** The canonical CSV `prepare` left to write, written now; once. */
function canonical(): CsvBlob {
	const csv = toWrite;
	toWrite = null;
	if (!csv) throw new Error('no canonical CSV is left to write');
	return canonicalBlob(csv);
}

export const importApi = { inspect, directRead, prepare, canonical, duplicates };
export type ImportApi = typeof importApi;
serve(importApi);
