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
		// Made here: building a Blob of a large file takes a quarter of a second wherever it happens.
		if (prepared.file) prepared.file.blob = new Blob([prepared.file.bytes as Uint8Array<ArrayBuffer>]);
		reply({ id: data.id, kind: 'prepared', prepared }, prepared.file ? [prepared.file.bytes.buffer] : []);
	} catch (e) {
		reply({ id: data.id, kind: 'failed', message: e instanceof Error ? e.message : String(e) });
	}
};
