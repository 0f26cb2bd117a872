/**
 * The description of the input files, served by the app itself: the data screen links to it, it
 * lists every table with its columns and Japanese headers and an example that saves as CSV for
 * Excel, in Japanese and, one click away, in English; no request leaves the origin.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchPage } from '../support/browser';
import { seriousViolations } from '../support/axe';
import { useAppInBrowser } from '../support/e2e';
import { TABLES, TABLE_NAMES } from '../../src/lib/domain/tables';
import { exampleCsv, exampleFileText } from '../../src/routes/data/formats/formats';
import { ja } from '../../src/lib/i18n/ja';
import { en } from '../../src/lib/i18n/en';
import type { Messages } from '../../src/lib/i18n/ja';

const env = useAppInBrowser();

/** Every table's section names the table in the UI language and lists each column with its Japanese headers. */
async function expectEveryTable(page: Page, messages: Messages): Promise<void> {
	for (const table of TABLE_NAMES) {
		const section = page.locator(`section[data-table="${table}"]`);
		expect(await section.locator('h3').innerText(), table).toContain(messages.data.tableName[table]);
		for (const column of TABLES[table].columns) {
			const row = section.locator(`tr[data-column="${column.name}"]`);
			const text = await row.innerText();
			expect(text, `${table}.${column.name}`).toContain(column.name);
			for (const header of column.ja) expect(text, `${table}.${column.name}: ${header}`).toContain(header);
			expect(text).toContain(column.required ? messages.formats.requiredYes : messages.formats.requiredNo);
		}
		expect(await section.locator('pre').innerText(), `${table} example`).toBe(exampleCsv(table));
	}
}

describe('the description of input files', () => {
	it('is linked from the data screen and lists every table with its Japanese headers, in Japanese and in English', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await page.goto(`${env.app.url}data`);
		await page.getByRole('link', { name: ja.formats.link }).click();
		await page.waitForURL(/\/data\/formats$/);
		await expect.poll(() => page.locator('h1').innerText()).toBe(ja.formats.title);
		// The menu still says which screen this page belongs to.
		expect(await page.locator('nav a[aria-current]').innerText()).toBe(ja.app.nav.data);
		await expectEveryTable(page, ja);
		expect(await seriousViolations(page)).toEqual([]);

		// The example saves as a CSV that Japanese Excel opens: UTF-8 with BOM, CRLF.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('section[data-table="schools"] button').click()
		]);
		expect(download.suggestedFilename()).toBe('haichi-example-schools.csv');
		const { readFile } = await import('node:fs/promises');
		expect((await readFile((await download.path())!)).toString('utf8')).toBe(exampleFileText('schools'));

		await page.locator('button[data-locale="en"]').click();
		await expect.poll(() => page.locator('h1').innerText()).toBe(en.formats.title);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		await expectEveryTable(page, en);
		expect(await seriousViolations(page)).toEqual([]);

		// Back to the data screen, still in English, and its link reads in English too.
		await page.getByTestId('formats-back').click();
		await page.waitForURL(/\/data$/);
		expect(await page.getByTestId('formats-link').innerText()).toBe(en.formats.link);
		watch.assertClean('formats', { strict: true });
		await page.locator('button[data-locale="ja"]').click();
		await page.close();
	});

	it('is prerendered: the served HTML already holds every table', async () => {
		const response = await fetch(`${env.app.url}data/formats`);
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toContain(ja.formats.title);
		for (const table of TABLE_NAMES) expect(html, table).toContain(`data-table="${table}"`);
	});
});
