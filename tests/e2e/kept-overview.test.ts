/**
 * A returning user with their own data (issue 15, item 1): the overview this browser computed from
 * that data is kept under the data's content key and stands in at the next start, before DuckDB
 * has loaded the data again, with the same figures DuckDB then computes. A changed file is never
 * shown with the old figures: neither one imported without the overview having seen it, nor one
 * changed in the browser's store behind the app's back.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchPage } from '../support/browser';
import { importFiles, useAppInBrowser } from '../support/e2e';
import { keptOverviewKey } from '../support/kept-result';
import { SAMPLE_DIR } from '../support/sample-files';

const env = useAppInBrowser();
const dir = mkdtempSync(join(tmpdir(), 'haichi-kept-'));

/** The sample's staff and `extra` more, as the user's own file. */
function staffFile(extra: number): string {
	const rows = Array.from(
		{ length: extra },
		(_, i) => `OWN-${extra}-${i + 1},支援員${i + 1},469017,contract,5,7.75,31.58,130.5,3000000`
	);
	const path = join(dir, `staff-${extra}.csv`);
	writeFileSync(path, readFileSync(join(SAMPLE_DIR, 'staff.csv'), 'utf8') + rows.join('\n') + '\n');
	return path;
}

interface First {
	live: string | null;
	staff: string | null;
	/** The status says the figures are the ones kept from the last visit. */
	keptNote: boolean;
}

/** Records what the overview showed when its first figures were on screen (the mark the bench times). */
function recordFirstFigures() {
	new PerformanceObserver((list) => {
		if (!list.getEntries().some((e) => e.name === 'haichi:overview-ready')) return;
		(window as unknown as { __first: First }).__first = {
			live: document.getElementById('overview-figures')?.getAttribute('data-live') ?? null,
			staff: document.querySelector('[data-figure="staff"] [data-value]')?.textContent?.trim() ?? null,
			keptNote: [...document.querySelectorAll('[role="status"] .hint')].some((p) => p.textContent?.includes('前回'))
		};
	}).observe({ type: 'mark' });
}

const staffShown = (page: Page) => page.locator('[data-figure="staff"] [data-value]').innerText();

async function liveFigures(page: Page): Promise<string> {
	await page.locator('#overview-figures[data-live="true"]').waitFor({ timeout: 60_000 });
	return staffShown(page);
}

async function firstFigures(page: Page): Promise<First> {
	await page.waitForFunction(() => (window as unknown as { __first?: First }).__first, null, { timeout: 60_000 });
	return page.evaluate(() => (window as unknown as { __first: First }).__first);
}

async function importStaff(page: Page, extra: number): Promise<void> {
	await page.goto(`${env.app.url}data`);
	await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
	await importFiles(page, staffFile(extra));
	await page.locator('[data-testid="import-result"][data-kept="kept"]').waitFor({ timeout: 60_000 });
}

describe('the overview kept for the user’s own data', () => {
	// Three imports and four starts of the app: on a busy machine that is more than the default two minutes.
	it('stands in at the next start with the figures DuckDB then computes, and never for changed data', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await page.addInitScript(recordFirstFigures);

		await importStaff(page, 1);
		await page.getByRole('link', { name: '概要' }).click();
		const first = await liveFigures(page);
		await expect.poll(() => keptOverviewKey(page), { timeout: 10_000 }).toMatch(/^[0-9a-f]{64}$/);
		const key = await keptOverviewKey(page);

		// Reload: the kept figures come first, before DuckDB's own, and DuckDB's agree with them.
		await page.reload();
		expect(await firstFigures(page)).toEqual({ live: 'false', staff: first, keptNote: true });
		expect(await liveFigures(page)).toBe(first);
		expect(await keptOverviewKey(page)).toBe(key);

		// Another file imported on the data screen, the overview not opened since: it computes afresh.
		await importStaff(page, 3);
		await page.goto(env.app.url);
		const changed = await firstFigures(page);
		expect(changed).toMatchObject({ live: 'true', keptNote: false });
		expect(changed.staff).not.toBe(first);
		expect(await liveFigures(page)).toBe(changed.staff);
		await expect.poll(() => keptOverviewKey(page), { timeout: 10_000 }).not.toBe(key);

		// The stored file changed behind the app's back (same revision): its content decides, not the record.
		await page.evaluate(
			() =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open('haichi');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const get = open.result.transaction('workspace').objectStore('workspace').get('workspace');
						get.onsuccess = async () => {
							const workspace = get.result as { files: { table: string; bytes: Blob }[] };
							const staff = workspace.files.find((f) => f.table === 'staff')!;
							const lines = (await staff.bytes.text()).trim().split('\n');
							staff.bytes = new Blob([`${lines.slice(0, -1).join('\n')}\n`]);
							const write = open.result.transaction('workspace', 'readwrite');
							write.objectStore('workspace').put(workspace, 'workspace');
							write.oncomplete = () => resolve();
							write.onerror = () => reject(write.error);
						};
						get.onerror = () => reject(get.error);
					};
				})
		);
		await page.reload();
		const tampered = await firstFigures(page);
		expect(tampered).toMatchObject({ live: 'true', keptNote: false });
		expect(tampered.staff).not.toBe(changed.staff);
		expect(await liveFigures(page)).toBe(tampered.staff);
		watch.assertClean('kept overview');
	}, 240_000);
});
