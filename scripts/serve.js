// @ts-check
/**
 * Static file server for a built Haichi (adapter-static output in `build/`) or any other static
 * build, e.g. the benchmark floor page in `build-bench/floor/`.
 *
 * - Serves the precompressed `.br` / `.gz` siblings that adapter-static writes (`precompress: true`)
 *   when the browser accepts them; `Vary: Accept-Encoding` is set.
 * - `/_app/immutable/**` is content-hashed: cached for a year as immutable. Everything else is
 *   `no-cache` (the browser revalidates with the ETag and gets a 304).
 * - No SPA fallback: an unknown path is a 404 with a small page.
 * - The page's real Content-Security-Policy comes from SvelteKit as a `<meta>` tag (with script
 *   hashes). A page's header adds what a meta tag cannot express (`frame-ancestors`) and what holds
 *   from its first byte (`connect-src`, `worker-src`); it names no script source, which would
 *   block the hashed inline scripts. Every other response (workers above all: a worker follows the
 *   policy of its own script's response, not the page's) gets the whole policy.
 * - Cross-Origin-Opener-Policy, Cross-Origin-Resource-Policy and a Permissions-Policy that turns
 *   off every device and sensor feature: the app uses none of them.
 *
 * - Every request opens its file afresh and sends exactly the bytes it read (Content-Length is the
 *   length of that buffer, the ETag a hash of it). A rebuild of the directory while the server
 *   runs (`npm run build` while `npm start` serves) therefore never leaves a response whose length
 *   and body disagree, which made browsers hang on the page; after the rebuild the new files are
 *   served without a restart.
 *
 * Usage from the command line (mainly for debugging): `node scripts/serve.js [dir] [port]`.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { existsSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const IMMUTABLE_PREFIX = '/_app/immutable/';
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

/** The policy of the page's meta tag (svelte.config.js) less its script hashes, for workers and other files. */
export const CSP_WORKER = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	// fflate (the workbook export's zip, in a worker) compresses in workers it starts from blob: URLs.
	"worker-src 'self' blob:",
	"connect-src 'self'",
	"img-src 'self' data: blob:",
	"font-src 'self'",
	"style-src 'self' 'unsafe-inline'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"frame-ancestors 'none'"
].join('; ');

/** A page's header policy: no script or default source, so the meta tag's hashes stay the only rule for scripts. */
export const CSP_PAGE = [
	"connect-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"frame-ancestors 'none'"
].join('; ');

/** Features Chromium knows (an unknown name is a console error) that the app never uses. */
const UNUSED_FEATURES = [
	'accelerometer',
	'autoplay',
	'camera',
	'display-capture',
	'encrypted-media',
	'geolocation',
	'gyroscope',
	'hid',
	'magnetometer',
	'microphone',
	'midi',
	'payment',
	'publickey-credentials-get',
	'screen-wake-lock',
	'serial',
	'usb',
	'xr-spatial-tracking'
];

/** Headers sent with every response, including 304 and 404; the CSP is set per response (`cspFor`). */
export const COMMON_HEADERS = Object.freeze({
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin',
	'Permissions-Policy': UNUSED_FEATURES.map((f) => `${f}=()`).join(', ')
});

/**
 * A page (`/`, `/data`, `/data.html`, the 404 page) or any other file.
 * @param {string} pathname
 * @returns {string}
 */
export function cspFor(pathname) {
	const last = pathname.slice(pathname.lastIndexOf('/') + 1);
	return last === '' || last.endsWith('.html') || !last.includes('.') ? CSP_PAGE : CSP_WORKER;
}

const NOT_FOUND_PAGE = `<!doctype html>
<html lang="ja">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>404 — Haichi</title></head>
<body style="font-family: system-ui, sans-serif; margin: 3rem auto; max-width: 32rem; padding: 0 1rem; line-height: 1.6">
<h1>404</h1>
<p>ページが見つかりません。 / Page not found.</p>
<p><a href="/">Haichi トップへ / Back to Haichi</a></p>
</body>
</html>
`;

/**
 * @typedef {object} ServerOptions
 * @property {string} dir  Directory to serve (e.g. `build`).
 * @property {number} [port]  TCP port; 0 (default) picks any free port.
 * @property {string} [host]  Interface to bind; default `127.0.0.1` (never exposed to the network).
 */

/**
 * @typedef {object} RunningServer
 * @property {string} url  Base URL with a trailing slash, e.g. `http://127.0.0.1:4173/`.
 * @property {string} origin  The same without the slash, e.g. `http://127.0.0.1:4173`.
 * @property {number} port  The port actually bound.
 * @property {() => Promise<void>} close  Stops listening and drops open (keep-alive) connections.
 */

/**
 * @param {string} pathname
 * @returns {string}
 */
function cacheControlFor(pathname) {
	return pathname.startsWith(IMMUTABLE_PREFIX) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/** Types of the files a build holds; anything else is sent as bytes. */
const CONTENT_TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json',
	// Streaming compilation (`WebAssembly.instantiateStreaming`) requires exactly this type.
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2'
};

/**
 * The files a path may name, best first: `/data` is `data.html`, `/` and `/x/` their `index.html`;
 * each precompressed variant the browser accepts comes before the plain file.
 * @param {string} pathname  decoded URL path
 * @param {string} acceptEncoding
 * @returns {{ rel: string; encoding: string | null; type: string }[]}
 */
function candidates(pathname, acceptEncoding) {
	const base = pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
	const names = pathname.endsWith('/') ? [`${base}/index.html`] : [base, `${base}.html`, `${base}/index.html`];
	/** @type {{ suffix: string; encoding: string | null }[]} */
	const encodings = [
		...(/\bbr\b/.test(acceptEncoding) ? [{ suffix: '.br', encoding: 'br' }] : []),
		...(/\bgzip\b/.test(acceptEncoding) ? [{ suffix: '.gz', encoding: 'gzip' }] : []),
		{ suffix: '', encoding: null }
	];
	return names.flatMap((name) =>
		encodings.map(({ suffix, encoding }) => ({
			rel: `${name}${suffix}`,
			encoding,
			type: CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extname(name))] ?? 'application/octet-stream'
		}))
	);
}

/**
 * Reads one file whole through one handle, so what is sent is one consistent snapshot even when
 * the file is replaced meanwhile; null when it is missing or a directory.
 * @param {string} path
 * @returns {Promise<{ body: Buffer; modified: Date } | null>}
 */
async function readWhole(path) {
	let handle;
	try {
		handle = await open(path, 'r');
	} catch (err) {
		const code = /** @type {NodeJS.ErrnoException} */ (err).code;
		if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null;
		throw err;
	}
	try {
		const stats = await handle.stat();
		if (!stats.isFile()) return null;
		return { body: await handle.readFile(), modified: stats.mtime };
	} finally {
		await handle.close();
	}
}

/**
 * Finds and reads the file a request names below `root`; null when there is none. Dotfiles and
 * paths leaving `root` are never served.
 * @param {string} root  absolute directory
 * @param {string} pathname  decoded URL path
 * @param {string} acceptEncoding
 */
async function lookup(root, pathname, acceptEncoding) {
	if (pathname.includes('\0') || pathname.split('/').some((part) => part.startsWith('.'))) return null;
	for (const candidate of candidates(pathname, acceptEncoding)) {
		const path = join(root, candidate.rel);
		if (!path.startsWith(root + sep)) return null;
		const file = await readWhole(path);
		if (file) return { ...candidate, ...file };
	}
	return null;
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function notFound(req, res) {
	const body = Buffer.from(NOT_FOUND_PAGE, 'utf8');
	res.writeHead(404, {
		'Content-Type': 'text/html; charset=utf-8',
		'Content-Length': body.length,
		'Cache-Control': 'no-store'
	});
	res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Starts a static server for `dir`.
 * @param {ServerOptions} options
 * @returns {Promise<RunningServer>}
 */
export async function startServer({ dir, port = 0, host = '127.0.0.1' }) {
	const root = resolve(dir);
	if (!existsSync(root) || !statSync(root).isDirectory()) {
		throw new Error(`startServer: ${root} is not a directory`);
	}

	const server = createServer((req, res) => {
		for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value);
		res.setHeader('Content-Security-Policy', CSP_PAGE);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
			res.end('Method Not Allowed\n');
			return;
		}
		let pathname = '/';
		try {
			pathname = decodeURI(new URL(req.url ?? '/', 'http://localhost').pathname);
		} catch {
			notFound(req, res);
			return;
		}
		res.setHeader('Cache-Control', cacheControlFor(pathname));
		res.setHeader('Content-Security-Policy', cspFor(pathname));
		res.setHeader('Vary', 'Accept-Encoding');
		lookup(root, pathname, String(req.headers['accept-encoding'] ?? '')).then(
			(file) => {
				if (!file) return notFound(req, res);
				const etag = `"${createHash('sha1').update(file.body).digest('base64url')}"`;
				res.setHeader('ETag', etag);
				res.setHeader('Last-Modified', file.modified.toUTCString());
				if (req.headers['if-none-match'] === etag) {
					res.writeHead(304);
					res.end();
					return;
				}
				res.setHeader('Content-Type', file.type);
				if (file.encoding) res.setHeader('Content-Encoding', file.encoding);
				res.writeHead(200, { 'Content-Length': file.body.length });
				res.end(req.method === 'HEAD' ? undefined : file.body);
			},
			(err) => {
				console.error(`serve: ${pathname}: ${err instanceof Error ? err.message : err}`);
				if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
				res.end('Internal Server Error\n');
			}
		);
	});

	await new Promise((resolveListen, rejectListen) => {
		/** @param {Error} err */
		const onError = (err) => rejectListen(err);
		server.once('error', onError);
		server.listen(port, host, () => {
			server.off('error', onError);
			resolveListen(undefined);
		});
	});

	const address = server.address();
	if (address === null || typeof address === 'string') {
		throw new Error('startServer: unexpected server address');
	}
	const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
	const origin = `http://${hostForUrl}:${address.port}`;

	/** @type {Promise<void> | undefined} */
	let closing;
	return {
		url: `${origin}/`,
		origin,
		port: address.port,
		close() {
			closing ??= new Promise((resolveClose, rejectClose) => {
				server.close((err) => (err ? rejectClose(err) : resolveClose()));
				server.closeAllConnections();
			});
			return closing;
		}
	};
}

// `node scripts/serve.js [dir] [port]`: serve a directory until Ctrl-C (debugging aid; `npm start`
// is the real entry point and also rebuilds when needed).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const dir = process.argv[2] ?? 'build';
	const port = Number(process.argv[3] ?? process.env.PORT ?? 0);
	const server = await startServer({ dir, port });
	console.log(`Serving ${resolve(dir)} at ${server.url}`);
	const stop = () => void server.close().then(() => process.exit(0));
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}
