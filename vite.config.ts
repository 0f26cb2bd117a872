import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { duckdbAssets } from './scripts/duckdb-assets.js';
import { japanLand } from './scripts/japan-land.js';
import { japanReference } from './scripts/japan-reference.js';

/**
 * DuckDB-wasm runs only in the browser, but SvelteKit evaluates every module while prerendering,
 * and DuckDB's package cannot be evaluated in Node's build workers. The server build gets a stub;
 * the browser build keeps the real package, statically imported so it loads with the first page.
 */
function duckdbBrowserOnly(): Plugin {
	const STUB = '\0duckdb-server-stub';
	return {
		name: 'haichi:duckdb-browser-only',
		enforce: 'pre',
		resolveId(id) {
			if (id === '@duckdb/duckdb-wasm' && this.environment.name === 'ssr') return STUB;
		},
		load(id) {
			if (id !== STUB) return;
			return `const unavailable = () => { throw new Error('DuckDB-wasm runs in the browser only'); };
export class AsyncDuckDB { constructor() { unavailable(); } }
export class ConsoleLogger {}
export const LogLevel = {};
export const DuckDBDataProtocol = {};
export const getPlatformFeatures = unavailable;`;
		}
	};
}

export default defineConfig({
	plugins: [duckdbBrowserOnly(), duckdbAssets(), japanLand(), japanReference(), sveltekit()],
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'], include: ['highs'] },
	// Never inline assets as data: URLs: the CSP allows fetches from the app's own origin only.
	build: { target: 'es2022', chunkSizeWarningLimit: 1200, assetsInlineLimit: 0 },
	worker: { format: 'es' },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
					testTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					testTimeout: 120_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			}
		]
	}
});
