/**
 * The import's fast path in the browser (domain/import/strict-forms.ts): a clean support log of
 * 50,000 rows is checked by DuckDB-wasm and loaded without the row checks (the app's mark
 * `haichi:import-strict`, not shown on screen), with the row count and the stored file of the
 * row checks; the same log with one impossible day 3 rows from the end falls back to them,
 * names that row and column as always, and loads nothing. A log over 16 MB is reviewed from its
 * first megabyte; a Shift_JIS line near its end is found by the import, named, and nothing loads.
 * A log whose rows are canonical as they are is kept as a slice of its file: changed on disk
 * afterwards, the file is no longer needed (a log appended to it loads, and a reload shows both).
 */
import { describe, expect, it } from 'vitest';
import Encoding from 'encoding-japanese';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchPage } from '../support/browser';
import { importFiles, useAppInBrowser, openDataScreen } from '../support/e2e';
import { SAMPLE_DIR } from '../support/sample-files';
import { largeRequestLog } from '../bench/fixtures/large-request-log';
import { ja } from '../../src/lib/i18n/ja';

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

	it('reads a log again with the row checks when DuckDB finds a label not as the checks write it, and loads it as they do', async () => {
		const page = await env.browser.context.newPage();
		await openDataScreen(page, env.app.url);
		const lines = log.trimEnd().split('\n');
		const at = lines.findLastIndex((l) => l.includes(',lesson,'));
		// 授業支援 is how a person writes the category: the row checks read it as lesson.
		lines[at] = lines[at]!.replace(',lesson,', ',授業支援,');
		await importFiles(page, write('label_log.csv', lines.join('\n') + '\n'));
		await page.locator('[data-testid="import-result"][data-kept="kept"]').waitFor({ timeout: 120_000 });
		expect(await strictMarks(page)).toEqual([]);
		expect(await requestRows(page)).toBe(ROWS.toLocaleString('ja-JP'));
		await page.close();
	});

	it('reviews a log over 16 MB from its first rows, and the import finds and names a Shift_JIS line near its end', async () => {
		const page = await env.browser.context.newPage();
		await openDataScreen(page, env.app.url);
		const before = await requestRows(page);
		const lines = new TextDecoder().decode(largeRequestLog(SAMPLE_DIR, 180_000)).trimEnd().split('\n');
		const at = lines.length - 3;
		const utf8 = new TextEncoder().encode(lines.slice(0, at).join('\n') + '\n');
		const sjis = new Uint8Array(
			Encoding.convert(Encoding.stringToCode(lines.slice(at).join('\n') + '\n'), { to: 'SJIS', from: 'UNICODE' })
		);
		const path = join(dir, 'large_mixed_log.csv');
		writeFileSync(path, Buffer.concat([utf8, sjis]));
		expect(utf8.length + sjis.length).toBeGreaterThan(16 * 1024 * 1024);
		await page.getByTestId('file-input').setInputFiles(path);
		const article = page.locator('[data-testid="import-review"] article[data-file="large_mixed_log.csv"]');
		// The review reads the start of the file: UTF-8, the support log, ready to load.
		await article.locator('.choices').waitFor({ timeout: 60_000 });
		expect(await article.locator('select[data-choice="table"]').inputValue()).toBe('support_requests');
		expect(await article.innerText()).toContain('UTF-8');
		await page.getByTestId('import-run').click();
		const result = page.locator('[data-testid="import-result"][data-loaded="false"]');
		await result.waitFor({ timeout: 120_000 });
		const said = await result.innerText();
		expect(said).toContain('large_mixed_log.csv');
		expect(said).toContain(ja.issue.rule.file('mixed_encoding'));
		// The line where Shift_JIS starts (the header is line 1).
		expect(said).toContain(String(at + 1));
		expect(await strictMarks(page)).toEqual([]);
		expect(await requestRows(page)).toBe(before);
		await page.close();
	});

	it('keeps a log already canonical as a slice of its file, and keeps it whole after that file changes on disk', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await openDataScreen(page, env.app.url);
		// The log's spec columns only, in order, LF: its rows are the canonical CSV as they are.
		const canonical = log
			.trimEnd()
			.split('\n')
			.map((l) => l.slice(0, l.lastIndexOf(',')))
			.join('\n');
		const path = write('canonical_log.csv', canonical + '\n');
		await importFiles(page, path);
		await page.locator('[data-testid="import-result"][data-kept="kept"]').waitFor({ timeout: 120_000 });
		expect(await strictMarks(page)).toEqual([{ file: 'canonical_log.csv', table: 'support_requests' }]);
		// The user edits the file afterwards: what the workspace keeps no longer reads from it.
		writeFileSync(path, 'request_id\n');
		const school = canonical.split('\n')[1]!.split(',')[2]!;
		await page
			.getByTestId('file-input')
			.setInputFiles(
				write('one_more.csv', `requested_at,school_code,category\n2026-03-31 10:00:00,${school},lesson\n`)
			);
		const extra = page.locator('[data-testid="import-review"] article[data-file="one_more.csv"]');
		await extra.locator('.choices').waitFor({ timeout: 60_000 });
		await extra.locator('input[data-choice="append"]').check();
		await page.getByTestId('import-run').click();
		await expect.poll(() => requestRows(page), { timeout: 60_000 }).toBe((ROWS + 1).toLocaleString('ja-JP'));
		expect(await page.locator('[data-testid="import-result"]').innerText()).toContain('one_more.csv');
		await page.locator('[data-testid="import-result"][data-kept="kept"]').waitFor({ timeout: 60_000 });
		await page.reload();
		await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
		await page.locator('tr[data-table="support_requests"] td[data-col="rows"]').waitFor();
		expect(await requestRows(page)).toBe((ROWS + 1).toLocaleString('ja-JP'));
		watch.assertClean('a sliced log kept after its file changed');
		await page.close();
	});
});
