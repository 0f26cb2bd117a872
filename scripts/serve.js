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
 * The file list is read once at start (sirv production mode): restart the server after a rebuild.
 *
 * Usage from the command line (mainly for debugging): `node scripts/serve.js [dir] [port]`.
 */
import { createServer } from 'node:http';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';

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

/**
 * sirv's `setHeaders` hook (called for files it serves with a 200/206).
 * @param {import('node:http').ServerResponse} res
 * @param {string} pathname
 */
function setCacheHeaders(res, pathname) {
	res.setHeader('Cache-Control', cacheControlFor(pathname));
	// sirv's MIME table already knows .wasm; set it explicitly so streaming compilation
	// (`WebAssembly.instantiateStreaming`, which requires application/wasm) never depends on it.
	if (pathname.endsWith('.wasm')) res.setHeader('Content-Type', 'application/wasm');
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

	const assets = sirv(root, {
		dev: false,
		etag: true,
		brotli: true,
		gzip: true,
		extensions: ['html'],
		single: false,
		setHeaders: setCacheHeaders
	});

	const server = createServer((req, res) => {
		for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value);
		res.setHeader('Content-Security-Policy', CSP_PAGE);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
			res.end('Method Not Allowed\n');
			return;
		}
		// Set before sirv so that its 304 replies (sent before its setHeaders hook runs) carry
		// them too.
		let pathname = '/';
		try {
			pathname = decodeURI(new URL(req.url ?? '/', 'http://localhost').pathname);
		} catch {
			// malformed URL: sirv will not find it either
		}
		res.setHeader('Cache-Control', cacheControlFor(pathname));
		res.setHeader('Content-Security-Policy', cspFor(pathname));
		res.setHeader('Vary', 'Accept-Encoding');
		assets(req, res, () => notFound(req, res));
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
