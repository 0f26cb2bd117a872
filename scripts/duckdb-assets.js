/**
 * Vite plugin: serves DuckDB-wasm's worker and wasm under a versioned folder of the app, plus the
 * boot script that starts them before the app (src/lib/db/boot/duckdb-boot.js). The folder name
 * carries the package version, so the files can be cached as immutable.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// The package exports no package.json; its wasm is exported, and sits in dist/.
const PACKAGE_DIR = dirname(dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm')));
const VERSION = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')).version;

/** Where the files live, relative to the app's root. */
export const DUCKDB_DIR = `_app/immutable/duckdb-${VERSION}/`;
export const BOOT_FILE = 'duckdb-boot.js';
const FILES = ['duckdb-browser-eh.worker.js', 'duckdb-eh.wasm'];
const BOOT_SOURCE = fileURLToPath(new URL('../src/lib/db/boot/duckdb-boot.js', import.meta.url));

const bootScript = () => readFileSync(BOOT_SOURCE, 'utf8').replaceAll('__DUCKDB_DIR__', DUCKDB_DIR);

/** @returns {import('vite').Plugin} */
export function duckdbAssets() {
	return {
		name: 'haichi:duckdb-assets',
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const path = (req.url ?? '').split('?')[0] ?? '';
				const file = path.slice(1);
				if (file === BOOT_FILE) {
					res.setHeader('Content-Type', 'text/javascript');
					res.end(bootScript());
				} else if (file.startsWith(DUCKDB_DIR) && FILES.includes(file.slice(DUCKDB_DIR.length))) {
					res.setHeader('Content-Type', file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript');
					res.end(readFileSync(join(PACKAGE_DIR, 'dist', file.slice(DUCKDB_DIR.length))));
				} else next();
			});
		},
		generateBundle() {
			if (this.environment.name !== 'client') return;
			this.emitFile({ type: 'asset', fileName: BOOT_FILE, source: bootScript() });
			for (const f of FILES)
				this.emitFile({
					type: 'asset',
					fileName: `${DUCKDB_DIR}${f}`,
					source: readFileSync(join(PACKAGE_DIR, 'dist', f))
				});
		}
	};
}
