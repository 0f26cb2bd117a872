/**
 * What `npm start` (scripts/serve.js, which these tests serve the build with) puts around the app:
 * the page's CSP applies before its first script, every worker runs under a CSP of its own and
 * cannot reach another address, and the isolation headers are sent.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { useAppInBrowser } from '../support/e2e';
import { watchPage } from '../support/browser';
import { BUILD_DIR } from '../support/server';

const env = useAppInBrowser();

/** A server on another port that counts what reaches it. */
async function otherOrigin(): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
	let hits = 0;
	const server: Server = createServer((_req, res) => {
		hits++;
		res.writeHead(200, { 'Access-Control-Allow-Origin': '*' });
		res.end('reached');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('no address');
	return {
		url: `http://127.0.0.1:${address.port}/leak`,
		hits: () => hits,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

describe('isolation', () => {
	it('puts the CSP meta tag ahead of every script of every page', () => {
		for (const page of ['index.html', 'data.html', 'compare.html']) {
			const html = readFileSync(join(BUILD_DIR, page), 'utf8');
			const csp = html.search(/<meta http-equiv="content-security-policy"/i);
			expect(csp, page).toBeGreaterThan(0);
			expect(html.search(/<script/i), page).toBeGreaterThan(csp);
		}
	});

	it('sends COOP, CORP, a Permissions-Policy and a CSP for pages and for workers', async () => {
		const page = await fetch(env.app.url);
		expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
		expect(page.headers.get('cross-origin-resource-policy')).toBe('same-origin');
		for (const feature of ['camera', 'microphone', 'geolocation', 'usb'])
			expect(page.headers.get('permissions-policy')).toContain(`${feature}=()`);
		expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
		// No script source in the page's header: the meta tag's hashes must stay the rule for scripts.
		expect(page.headers.get('content-security-policy')).not.toMatch(/script-src|default-src/);
		const html = await page.text();
		const boot = html.match(/src="\.\/(duckdb-boot\.js)"/)![1]!;
		const worker = await fetch(`${env.app.url}${boot}`);
		expect(worker.headers.get('content-security-policy')).toContain("connect-src 'self'");
		expect(worker.headers.get('content-security-policy')).toContain("default-src 'self'");
	});

	it("keeps every one of the page's workers from fetching another origin", async () => {
		const other = await otherOrigin();
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		const workers: Worker[] = [];
		page.on('worker', (w) => workers.push(w));
		try {
			await page.goto(`${env.app.url}data`);
			await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
			// Picking a file starts the import worker beside DuckDB's.
			await page.getByTestId('file-input').setInputFiles({
				name: 'x.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from('a,b\n1,2\n')
			});
			await page.locator('article[data-file="x.csv"] .choices').waitFor();
			await expect.poll(() => workers.length).toBeGreaterThanOrEqual(2);
			const urls = workers.map((w) => w.url());
			expect(urls.some((u) => u.includes('duckdb-browser-eh.worker'))).toBe(true);
			expect(urls.some((u) => u.includes('import.worker'))).toBe(true);
			for (const worker of workers) {
				const outcome = await worker.evaluate(async (url) => {
					// The block is the policy's (the other server would answer, CORS allowed): the worker sees the violation.
					const violation = new Promise<string>((resolve) =>
						self.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true })
					);
					try {
						await fetch(url);
						return 'reached';
					} catch {
						return `blocked by ${await violation}`;
					}
				}, other.url);
				expect(outcome, worker.url()).toBe('blocked by connect-src');
			}
			expect(other.hits()).toBe(0);
			expect(watch.offOrigin).toEqual([]);
		} finally {
			watch.dispose();
			await page.close();
			await other.close();
		}
	});
});
