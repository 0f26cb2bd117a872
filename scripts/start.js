// @ts-check
/**
 * `npm start`: build the app if `build/` is missing or out of date, then serve it on
 * http://127.0.0.1:4173/ (or `PORT`; a free port if that one is busy). Ctrl-C stops it.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD_DIR = join(ROOT, 'build');
const BUILD_INDEX = join(BUILD_DIR, 'index.html');
const HOST = '127.0.0.1';
const DEFAULT_PORT = 4173;

/** Inputs of the build: a change to any of them makes `build/` stale. */
const BUILD_INPUTS = [
	'src',
	'data/sample',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'scripts/duckdb-assets.js',
	'scripts/compress.js',
	'package-lock.json'
];

/**
 * Newest modification time (ms) of a file or of any file below a directory; 0 if it is missing.
 * @param {string} path
 * @returns {number}
 */
function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const stats = statSync(path);
	if (!stats.isDirectory()) return stats.mtimeMs;
	let newest = 0;
	for (const entry of readdirSync(path, { withFileTypes: true })) {
		newest = Math.max(newest, newestMtime(join(path, entry.name)));
	}
	return newest;
}

/** @returns {string | null} why a build is needed, or null when `build/` is up to date */
function buildReason() {
	if (!existsSync(BUILD_INDEX)) return 'build/index.html is missing';
	const built = statSync(BUILD_INDEX).mtimeMs;
	for (const input of BUILD_INPUTS) {
		if (newestMtime(join(ROOT, input)) > built) return `${input} changed since the last build`;
	}
	return null;
}

/** @returns {Promise<void>} */
function runBuild() {
	return new Promise((resolveBuild, rejectBuild) => {
		const child = spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
		child.on('error', rejectBuild);
		child.on('exit', (code, signal) => {
			if (code === 0) resolveBuild();
			else rejectBuild(new Error(`npm run build failed (${signal ?? `exit code ${code}`})`));
		});
	});
}

/**
 * @param {string | undefined} value
 * @returns {number}
 */
function parsePort(value) {
	if (value === undefined || value === '') return DEFAULT_PORT;
	const port = Number(value);
	if (!Number.isInteger(port) || port < 0 || port > 65535) {
		throw new Error(`PORT must be an integer between 0 and 65535, got "${value}"`);
	}
	return port;
}

async function main() {
	const reason = buildReason();
	if (reason) {
		console.log(`Building Haichi (${reason}) …`);
		await runBuild();
		if (!existsSync(BUILD_INDEX)) throw new Error('the build finished but build/index.html is missing');
	}

	const wanted = parsePort(process.env.PORT);
	let server;
	try {
		server = await startServer({ dir: BUILD_DIR, port: wanted, host: HOST });
	} catch (err) {
		if (/** @type {NodeJS.ErrnoException} */ (err).code !== 'EADDRINUSE') throw err;
		console.log(`Port ${wanted} is in use; using a free port instead.`);
		server = await startServer({ dir: BUILD_DIR, port: 0, host: HOST });
	}

	console.log('');
	console.log(`Haichi is running at ${server.url}`);
	console.log(`Haichi を起動しました: ${server.url}`);
	console.log('Press Ctrl-C to stop. / 終了するには Ctrl-C を押してください。');

	let stopping = false;
	const stop = () => {
		if (stopping) process.exit(130); // second Ctrl-C: leave at once
		stopping = true;
		console.log('\nStopping Haichi … / Haichi を終了します。');
		server.close().then(
			() => process.exit(0),
			() => process.exit(1)
		);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((err) => {
	console.error(`npm start failed: ${err instanceof Error ? err.message : err}`);
	process.exit(1);
});
