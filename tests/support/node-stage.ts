/** A FileStage for native DuckDB: the bytes go to a temporary file it can read. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileStage } from '../../src/lib/db/load-csv';

export function tempFileStage(): FileStage & { dispose(): void } {
	const dir = mkdtempSync(join(tmpdir(), 'haichi-stage-'));
	let n = 0;
	return {
		async put(name, file) {
			const path = join(dir, `${n++}-${name.replaceAll('/', '_')}`);
			// Node tests hold their files in memory; Blobs are the browser's.
			writeFileSync(path, 'bytes' in file ? file.bytes : new Uint8Array(await file.blob.arrayBuffer()));
			return path;
		},
		async drop(path) {
			rmSync(path, { force: true });
		},
		dispose: () => rmSync(dir, { recursive: true, force: true })
	};
}
