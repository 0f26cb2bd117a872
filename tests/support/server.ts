/** Serves the built app (`build/`) the way `npm start` does, on a free port of 127.0.0.1. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILD_DIR = join(REPO_ROOT, 'build');

export interface RunningApp {
	/** Base URL with a trailing slash, e.g. http://127.0.0.1:39123/ */
	url: string;
	/** e.g. http://127.0.0.1:39123 — pass this to watchPage. */
	origin: string;
	port: number;
	close(): Promise<void>;
}

/** Serves `dir` (any static build) with scripts/serve.js on a free port. */
export async function serveDir(dir: string): Promise<RunningApp> {
	return startServer({ dir, port: 0, host: '127.0.0.1' });
}

export async function startBuiltApp(): Promise<RunningApp> {
	if (!existsSync(join(BUILD_DIR, 'index.html'))) {
		throw new Error(
			`The built app is missing (${join(BUILD_DIR, 'index.html')} does not exist): run npm run build first.`
		);
	}
	return serveDir(BUILD_DIR);
}
