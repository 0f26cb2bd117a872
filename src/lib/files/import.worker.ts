/**
 * Reads and checks the user's files off the main thread, so a file of a million rows never
 * freezes the page. Files arrive as File objects (no copy on the page's side) and the canonical
 * CSV goes back transferred.
 */
import { inspectFile, prepareFile } from './prepare-csv';
import type { ImportRequest, ImportResponse } from './import-protocol';

const reply = (message: ImportResponse, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = async ({ data }: MessageEvent<ImportRequest>) => {
	try {
		const bytes = new Uint8Array(await data.file.arrayBuffer());
		if (data.kind === 'inspect') {
			reply({ id: data.id, kind: 'inspected', inspection: await inspectFile(data.file.name, bytes, data.choice) });
			return;
		}
		let last = 0;
		const prepared = await prepareFile(data.file.name, bytes, data.choice, (done) => {
			// Enough to move a bar smoothly without flooding the page with messages.
			if (done - last >= 0.01 || done === 1) {
				last = done;
				reply({ id: data.id, kind: 'progress', done });
			}
		}, data.idPrefix);
		// Only a Blob goes back: building it takes a quarter of a second for a large log, and the
		// bytes reaching the page would cost it a major garbage collection.
		const { file, ...rest } = prepared;
		const blob = file && { table: file.table, name: file.name, blob: new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: 'text/csv' }) };
		reply({ id: data.id, kind: 'prepared', prepared: { ...rest, file: blob } });
	} catch (e) {
		reply({ id: data.id, kind: 'failed', message: e instanceof Error ? e.message : String(e) });
	}
};
