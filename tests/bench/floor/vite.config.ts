/**
 * Plain Vite (no SvelteKit) build of the benchmark floor page into build-bench/floor/.
 * Built by tests/bench/floor/build.ts (called from tests/bench/run.ts), which also precompresses it.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export const FLOOR_ROOT = fileURLToPath(new URL('.', import.meta.url));
export const FLOOR_OUT_DIR = fileURLToPath(new URL('../../../build-bench/floor/', import.meta.url));

export default defineConfig({
	root: FLOOR_ROOT,
	base: '/',
	publicDir: false,
	clearScreen: false,
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	build: {
		outDir: FLOOR_OUT_DIR,
		emptyOutDir: true,
		target: 'es2022',
		// Hashed files under /_app/immutable/ like SvelteKit's, so startServer caches them the same way.
		assetsDir: '_app/immutable',
		// The duckdb worker and wasm files are large by nature; nothing to warn about.
		chunkSizeWarningLimit: 4096
	},
	worker: { format: 'es' }
});
