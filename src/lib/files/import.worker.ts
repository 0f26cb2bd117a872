/**
 * Reads and checks the user's files off the main thread, so a file of a million rows never
 * freezes the page. Files arrive as File objects (no copy on the page's side) and the canonical
 * CSV goes back as a Blob.
 */
import { serve } from '$lib/workers/rpc';
import { duplicates } from './append-duplicates';
import { inspectFile, prepareFile, type FileInspection, type ImportChoice } from './prepare-csv';
import type { ImportContext } from './public-file';
import { withBlob, type PreparedImport } from './prepared-import';

export type { PreparedImport } from './prepared-import';

async function inspect(file: File, choice: ImportChoice, context: ImportContext): Promise<FileInspection> {
	return inspectFile(file.name, new Uint8Array(await file.arrayBuffer()), choice, context);
}

async function prepare(
	file: File,
	choice: ImportChoice,
	idPrefix: string,
	progress: (done: number) => void,
	context: ImportContext,
	strict: boolean
): Promise<PreparedImport> {
	const bytes = new Uint8Array(await file.arrayBuffer());
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
	// Only a Blob goes back: building it takes a quarter of a second for a large log, and the
	// bytes reaching the page would cost it a major garbage collection.
	return withBlob(prepared);
}

export const importApi = { inspect, prepare, duplicates };
export type ImportApi = typeof importApi;
serve(importApi);
