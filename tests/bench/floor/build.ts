/**
 * Builds the floor page with Vite's JS API into build-bench/floor/ and precompresses it like the
 * app (scripts/compress.js), so `startServer` serves app and floor alike.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { precompress } from '../../../scripts/compress.js';

const CONFIG_FILE = fileURLToPath(new URL('./vite.config.ts', import.meta.url));
export const FLOOR_OUT_DIR = fileURLToPath(new URL('../../../build-bench/floor/', import.meta.url));

/** Builds and precompresses the floor page; returns its output directory. */
export async function buildFloor(log: (msg: string) => void = () => {}): Promise<string> {
	log('building the floor page with Vite …');
	await build({ configFile: CONFIG_FILE, logLevel: 'warn', mode: 'production' });
	await precompress(FLOOR_OUT_DIR, log);
	return FLOOR_OUT_DIR;
}
