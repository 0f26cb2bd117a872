/**
 * Writes .br and .gz next to every compressible file over 1 kB of a static build, with the same
 * zlib settings as SvelteKit's builder.compress(), so servers can send them as they are.
 *
 * Brotli at maximum quality takes about a minute per DuckDB wasm file (34 MB), so results are
 * cached by content hash in node_modules/.cache/haichi-compress/: only the first build pays.
 * Usage: node scripts/compress.js DIR
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const CACHE_DIR = fileURLToPath(new URL('../node_modules/.cache/haichi-compress/', import.meta.url));
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.xml', '.wasm', '.txt', '.md', '.csv']);
const MIN_SIZE = 1024;
/** Bump when the zlib settings change, to invalidate the cache. */
const SETTINGS_VERSION = 'kit-compress-v1';

/** @param {'br' | 'gz'} format @param {number} size */
function compressor(format, size) {
	return format === 'br'
		? zlib.createBrotliCompress({
				params: {
					[zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
					[zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
					[zlib.constants.BROTLI_PARAM_SIZE_HINT]: size
				}
			})
		: zlib.createGzip({ level: zlib.constants.Z_BEST_COMPRESSION });
}

/** @param {string} dir @returns {Promise<string[]>} */
async function listFiles(dir) {
	/** @type {string[]} */
	const out = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...(await listFiles(path)));
		else out.push(path);
	}
	return out;
}

/** @param {string} file @param {'br' | 'gz'} format @param {string} hash @param {number} size */
async function compressFile(file, format, hash, size) {
	const cached = join(CACHE_DIR, `${hash}.${format}`);
	if (!existsSync(cached)) {
		const partial = `${cached}.${process.pid}.tmp`;
		await pipeline(createReadStream(file), compressor(format, size), createWriteStream(partial));
		await rename(partial, cached);
	}
	await copyFile(cached, `${file}.${format}`);
}

/** @param {(() => Promise<void>)[]} tasks @param {number} limit */
async function runLimited(tasks, limit) {
	let next = 0;
	const workers = Array.from({ length: Math.min(limit, tasks.length) }, async () => {
		while (next < tasks.length) await /** @type {() => Promise<void>} */ (tasks[next++])();
	});
	await Promise.all(workers);
}

/**
 * @param {string} dir
 * @param {(msg: string) => void} [log]
 */
export async function precompress(dir, log = () => {}) {
	await mkdir(CACHE_DIR, { recursive: true });
	/** @type {(() => Promise<void>)[]} */
	const tasks = [];
	/** @type {string[]} */
	const pending = [];
	for (const file of await listFiles(dir)) {
		if (!COMPRESSIBLE.has(extname(file))) continue;
		const { size } = await stat(file);
		if (size <= MIN_SIZE) continue;
		const hash = createHash('sha256')
			.update(SETTINGS_VERSION)
			.update(await readFile(file))
			.digest('hex');
		for (const format of /** @type {const} */ (['br', 'gz'])) {
			if (!existsSync(join(CACHE_DIR, `${hash}.${format}`))) pending.push(`${relative(dir, file)}.${format}`);
			tasks.push(() => compressFile(file, format, hash, size));
		}
	}
	if (pending.some((f) => f.endsWith('.wasm.br')))
		log('compressing the DuckDB wasm with brotli at maximum quality: about a minute, cached afterwards');
	// zlib work runs on libuv's thread pool (4 threads by default).
	await runLimited(tasks, Math.max(2, Math.min(4, availableParallelism())));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const dir = process.argv[2];
	if (!dir) {
		console.error('usage: node scripts/compress.js DIR');
		process.exit(2);
	}
	await precompress(resolve(dir), (m) => console.log(m));
}
