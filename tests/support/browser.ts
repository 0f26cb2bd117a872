/**
 * Headless Chromium (Debian's package, never a downloaded browser) for e2e tests and benchmarks,
 * plus a watcher that records anything a page does that it must not: requests off the local
 * origin, console errors, uncaught errors and Content-Security-Policy violations.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	chromium,
	type BrowserContext,
	type ConsoleMessage,
	type Page,
	type Request,
	type WebSocket
} from 'playwright-core';

/** Flags of docs/architecture.md, "Testing in Chromium": without the networking ones Chromium calls Google. */
export const CHROMIUM_FLAGS: readonly string[] = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export function chromiumPath(): string {
	return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export type ContextOptions = NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>;

export interface LaunchOptions {
	/**
	 * Profile directory. Default: a fresh temporary one, deleted on `close()`. A directory passed
	 * here is kept, so a later launch with the same directory starts with warm caches.
	 */
	userDataDir?: string;
	/** Extra Chromium flags, appended to CHROMIUM_FLAGS. */
	args?: string[];
	/** Context options (viewport, locale, timezoneId, …) for the persistent context. */
	context?: Omit<ContextOptions, 'executablePath' | 'headless' | 'args'>;
}

export interface LaunchedChromium {
	context: BrowserContext;
	/** The tab the browser opened with (about:blank). */
	page: Page;
	userDataDir: string;
	close(): Promise<void>;
}

/**
 * Starts Chromium with a persistent profile (a fresh temporary one by default). Playwright only
 * accepts `--user-data-dir` through `launchPersistentContext`, hence no `chromium.launch()`.
 */
export async function launchChromium(opts: LaunchOptions = {}): Promise<LaunchedChromium> {
	const ownsDir = opts.userDataDir === undefined;
	const userDataDir = opts.userDataDir ?? (await mkdtemp(join(tmpdir(), 'haichi-chromium-')));
	let context: BrowserContext;
	try {
		context = await chromium.launchPersistentContext(userDataDir, {
			viewport: { width: 1280, height: 800 },
			...opts.context,
			executablePath: chromiumPath(),
			headless: true,
			args: [...CHROMIUM_FLAGS, ...(opts.args ?? [])]
		});
	} catch (err) {
		if (ownsDir) await rm(userDataDir, { recursive: true, force: true });
		const hint =
			`Could not start Chromium at ${chromiumPath()} (set CHROMIUM_PATH, or install Debian's ` +
			'package: apt-get install -y chromium)';
		throw new Error(`${hint}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
	}
	const page = context.pages()[0] ?? (await context.newPage());
	let closed: Promise<void> | undefined;
	return {
		context,
		page,
		userDataDir,
		close() {
			closed ??= (async () => {
				try {
					await context.close();
				} finally {
					if (ownsDir) await rm(userDataDir, { recursive: true, force: true });
				}
			})();
			return closed;
		}
	};
}

export interface CspViolation {
	directive: string;
	blockedURI: string;
	source: string;
}

export interface PageWatch {
	/** URLs requested from anywhere but `origin` (data: and blob: are allowed). */
	offOrigin: string[];
	/** Console messages of type "error" (text and location). */
	consoleErrors: string[];
	/** Uncaught exceptions and unhandled rejections in the page. */
	pageErrors: string[];
	/**
	 * CSP violations: `securitypolicyviolation` events from the document (pushed into
	 * `window.__haichiCspViolations` and forwarded here) plus console messages that mention
	 * "Content Security Policy" (these also cover workers, where the init script does not run).
	 */
	cspViolations: string[];
	/** Human-readable list of everything recorded; empty when the page behaved. */
	problems(): string[];
	/**
	 * Throws if any request left the origin or any CSP violation was seen (a CSP-blocked request
	 * never shows up as a request: the policy stopped an attempt to leave the origin). With
	 * `strict`, page errors and console errors fail it too.
	 */
	assertClean(label?: string, opts?: { strict?: boolean }): void;
	/** Stops recording (removes the listeners; the init script stays but reports to nobody). */
	dispose(): void;
}

const ALLOWED_SCHEMES = new Set(['data:', 'blob:', 'about:']);
let bindingCounter = 0;

/**
 * Records requests off `origin`, console errors, page errors and CSP violations of `page`.
 * Call it (and await it) before the first `page.goto`: the CSP listener is an init script.
 * Requests made by the page's dedicated workers (e.g. DuckDB fetching its wasm) are included.
 */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
	const allowedOrigin = new URL(origin).origin;
	const offOrigin: string[] = [];
	const consoleErrors: string[] = [];
	const pageErrors: string[] = [];
	const cspViolations: string[] = [];
	let active = true;

	const checkUrl = (url: string, what: string) => {
		if (!active) return;
		let parsed: URL;
		try {
			parsed = new URL(url);
		} catch {
			offOrigin.push(`${what} ${url}`);
			return;
		}
		if (ALLOWED_SCHEMES.has(parsed.protocol)) return;
		if (parsed.origin !== allowedOrigin) offOrigin.push(`${what} ${url}`);
	};
	const seen = new WeakSet<Request>();
	const onRequest = (request: Request) => {
		if (seen.has(request)) return;
		seen.add(request);
		checkUrl(request.url(), `${request.method()} (${request.resourceType()})`);
	};
	const onWebSocket = (ws: WebSocket) => checkUrl(ws.url(), 'WebSocket');
	const onConsole = (message: ConsoleMessage) => {
		if (!active) return;
		const text = message.text();
		const { url, lineNumber } = message.location();
		const where = url ? ` (${url}:${lineNumber + 1})` : '';
		if (message.type() === 'error') consoleErrors.push(`${text}${where}`);
		if (/Content[- ]Security[- ]Policy/i.test(text)) cspViolations.push(`console: ${text}`);
	};
	const onPageError = (error: Error) => {
		if (!active) return;
		pageErrors.push(error.stack ?? error.message);
	};

	// Requests of the page's dedicated workers reach the page's 'request' event in Chromium; the
	// context-level listener also catches requests without a frame (workers, service workers) in
	// case they are not attributed to the page. Duplicates are dropped by `seen`.
	const context = page.context();
	const onContextRequest = (request: Request) => {
		let framePage: Page | null;
		try {
			framePage = request.frame().page();
		} catch {
			framePage = null; // worker and service-worker requests have no frame
		}
		if (framePage === null || framePage === page) onRequest(request);
	};

	page.on('request', onRequest);
	page.on('websocket', onWebSocket);
	page.on('console', onConsole);
	page.on('pageerror', onPageError);
	context.on('request', onContextRequest);

	const binding = `__haichiReportCsp${++bindingCounter}`;
	await page.exposeBinding(binding, (_source, violation: CspViolation) => {
		if (!active) return;
		cspViolations.push(`${violation.directive} blocked ${violation.blockedURI || '(inline)'} in ${violation.source}`);
	});
	await page.addInitScript((bindingName: string) => {
		const w = window as unknown as Record<string, unknown> & {
			__haichiCspViolations?: unknown[];
		};
		w.__haichiCspViolations ??= [];
		window.addEventListener(
			'securitypolicyviolation',
			(event) => {
				const violation = {
					directive: event.effectiveDirective || event.violatedDirective,
					blockedURI: event.blockedURI,
					source: `${event.sourceFile || location.href}:${event.lineNumber}`
				};
				w.__haichiCspViolations!.push(violation);
				const report = w[bindingName];
				if (typeof report === 'function') void (report as (v: unknown) => Promise<void>)(violation);
			},
			true
		);
	}, binding);

	const watch: PageWatch = {
		offOrigin,
		consoleErrors,
		pageErrors,
		cspViolations,
		problems() {
			return [
				...offOrigin.map((x) => `request off ${allowedOrigin}: ${x}`),
				...cspViolations.map((x) => `CSP violation: ${x}`),
				...pageErrors.map((x) => `page error: ${x}`),
				...consoleErrors.map((x) => `console error: ${x}`)
			];
		},
		assertClean(label = 'page', opts = {}) {
			const bad = opts.strict
				? watch.problems()
				: [
						...offOrigin.map((x) => `request off ${allowedOrigin}: ${x}`),
						...cspViolations.map((x) => `CSP violation: ${x}`)
					];
			if (bad.length > 0) {
				throw new Error(`${label}: ${bad.length} problem(s):\n  ${bad.join('\n  ')}`);
			}
		},
		dispose() {
			active = false;
			page.off('request', onRequest);
			page.off('websocket', onWebSocket);
			page.off('console', onConsole);
			page.off('pageerror', onPageError);
			context.off('request', onContextRequest);
		}
	};
	return watch;
}
