/**
 * The import's fast path in the browser (domain/import/strict-forms.ts): a clean support log of
 * 50,000 rows is checked by DuckDB-wasm and loaded without the row checks (the app's mark
 * `haichi:import-strict`, not shown on screen), with the row count and the stored file of the
 * row checks; the same log with one impossible day 3 rows from the end falls back to them,
 * names that row and column as always, and loads nothing.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchPage } from '../support/browser';
import { importFiles, useAppInBrowser, openDataScreen } from '../support/e2e';
import { SAMPLE_DIR } from '../support/sample-files';
import { largeRequestLog } from '../bench/fixtures/large-request-log';

const env = useAppInBrowser();
const dir = mkdtempSync(join(tmpdir(), 'haichi-strict-'));
const ROWS = 50_000;
const log = new TextDecoder().decode(largeRequestLog(SAMPLE_DIR, ROWS));

function write(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

const strictMarks = (page: Page) =>
	page.evaluate(() =>
		performance.getEntriesByName('haichi:import-strict').map((m) => (m as PerformanceMark).detail as { file: string })
	);
const requestRows = (page: Page) => page.locator('tr[data-table="support_requests"] td[data-col="rows"]').innerText();

describe('the fast path of an import', () => {
	it('takes a clean log without the row checks and loads all of it', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await openDataScreen(page, env.app.url);
		await importFiles(page, write('clean_log.csv', log));
		await page.locator('[data-testid="import-result"][data-kept="kept"]').waitFor({ timeout: 120_000 });
		expect(await strictMarks(page)).toEqual([{ file: 'clean_log.csv', table: 'support_requests' }]);
		expect(await requestRows(page)).toBe(ROWS.toLocaleString('ja-JP'));
		// The log's one extra column is reported as the row checks report it.
		expect(await page.locator('[data-testid="import-result"]').innerText()).toContain('note');
		// What the workspace keeps is what a reload brings back.
		await page.reload();
		await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
		await page.locator('tr[data-table="support_requests"] td[data-col="rows"]').waitFor();
		expect(await requestRows(page)).toBe(ROWS.toLocaleString('ja-JP'));
		watch.assertClean('fast-path import');
		await page.close();
	});

	it('falls back to the row checks for a log with one impossible day 3 rows from the end, names it and loads nothing', async () => {
		const page = await env.browser.context.newPage();
		await openDataScreen(page, env.app.url);
		const before = await requestRows(page);
		const lines = log.trimEnd().split('\n');
		const at = lines.length - 3;
		lines[at] = lines[at]!.replace(/,2025-\d\d-\d\d /, ',2025-02-30 ');
		await importFiles(page, write('bad_day_log.csv', lines.join('\n') + '\n'));
		const result = page.locator('[data-testid="import-result"][data-loaded="false"]');
		await result.waitFor({ timeout: 120_000 });
		expect(await strictMarks(page)).toEqual([]);
		const row = page.locator('[data-testid="import-result"] tr', { hasText: '2025-02-30' });
		expect(await row.locator('td').nth(1).innerText()).toBe(String(at + 1));
		expect(await row.locator('td').nth(2).innerText()).toBe('requested_at');
		expect(await requestRows(page)).toBe(before);
		await page.close();
	});
});
