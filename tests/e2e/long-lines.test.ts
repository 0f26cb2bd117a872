/**
 * Files with huge lines never freeze the page (issue 17, item 6): a header that is one 10 MB line,
 * a 10 MB line of commas, 5,000 columns. The review shows a bounded excerpt, and no task on the
 * page's main thread runs longer than 200 ms, measured with a long-task PerformanceObserver from
 * the moment the file is picked until its review (or its import) is on screen.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useAppInBrowser, openDataScreen } from '../support/e2e';
import { LONG_TASK_MS, observeLongTasks, settle, takeLongTasks } from '../support/long-tasks';
import { readSample } from '../support/sample-files';

const env = useAppInBrowser();
const dir = mkdtempSync(join(tmpdir(), 'haichi-long-'));
const MB = 1024 * 1024;

function write(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

const REQUESTS = 'request_id,requested_at,school_code,category,mode,minutes,resolved_at';

async function openData(): Promise<Page> {
	const page = await env.browser.context.newPage();
	await observeLongTasks(page);
	await openDataScreen(page, env.app.url);
	return page;
}

/** Picks `path` and waits for its review; returns the long tasks of that step. */
async function review(page: Page, path: string, name: string): Promise<number[]> {
	await takeLongTasks(page);
	await page.getByTestId('file-input').setInputFiles(path);
	await page.locator(`article[data-file="${name}"] :is(.choices, p.rejected)`).first().waitFor({ timeout: 120_000 });
	await settle(page);
	return takeLongTasks(page);
}

const school = readSample('schools')[0]!.school_code;

describe('long lines', () => {
	it('reviews and loads a log whose header is one 10 MB line, showing a bounded excerpt', async () => {
		const page = await openData();
		try {
			const header = `${REQUESTS},${'備考'.repeat((10 * MB) / 6)}`;
			const path = write('long-header.csv', `${header}\nR-LONG-1,2025-04-01 08:35,${school},lesson,onsite,10,,x\n`);
			const tasks = await review(page, path, 'long-header.csv');
			console.log(`long header: review long tasks ${JSON.stringify(tasks)} ms`);
			const card = page.locator('article[data-file="long-header.csv"]');
			expect((await card.innerText()).length).toBeLessThan(20_000);
			await page.getByTestId('import-run').click();
			await page.getByTestId('import-result').waitFor({ timeout: 120_000 });
			const runTasks = await takeLongTasks(page);
			console.log(`long header: import long tasks ${JSON.stringify(runTasks)} ms`);
			expect(await page.getByTestId('import-result').getAttribute('data-loaded')).toBe('true');
			expect((await page.getByTestId('import-result').innerText()).length).toBeLessThan(20_000);
			expect(Math.max(0, ...tasks, ...runTasks)).toBeLessThan(LONG_TASK_MS);
		} finally {
			await page.close();
		}
	});

	it('refuses a header ending in a 10 MB line of commas, with its column count, without freezing', async () => {
		const page = await openData();
		try {
			const text = `${REQUESTS}${','.repeat(10 * MB)}\nR-1,2025-04-01 08:35,${school},lesson,onsite,10,\n`;
			const tasks = await review(page, write('commas.csv', text), 'commas.csv');
			console.log(`commas: review long tasks ${JSON.stringify(tasks)} ms`);
			const card = page.locator('article[data-file="commas.csv"]');
			expect(await card.innerText()).toContain('列が多すぎます');
			expect(await page.getByTestId('import-run').isDisabled()).toBe(true);
			expect(Math.max(0, ...tasks)).toBeLessThan(LONG_TASK_MS);
		} finally {
			await page.close();
		}
	});

	it('shows the first columns of a file of 5,000 and loads it', async () => {
		const page = await openData();
		try {
			const extra = Array.from({ length: 5000 - 7 }, (_, i) => `note${i + 8}`);
			const row = (n: number) => [`R-WIDE-${n}`, '2025-04-01 08:35', school, 'lesson', 'onsite', '10', '', ...extra];
			const text = [[REQUESTS, ...extra].join(','), ...[1, 2, 3].map((n) => row(n).join(','))].join('\n') + '\n';
			const tasks = await review(page, write('wide.csv', text), 'wide.csv');
			console.log(`5,000 columns: review long tasks ${JSON.stringify(tasks)} ms`);
			const card = page.locator('article[data-file="wide.csv"]');
			expect(await card.locator('thead th').count()).toBeLessThanOrEqual(50);
			expect(await card.innerText()).toContain('5,000 列');
			await page.getByTestId('import-run').click();
			await page.getByTestId('import-result').waitFor({ timeout: 120_000 });
			const runTasks = await takeLongTasks(page);
			console.log(`5,000 columns: import long tasks ${JSON.stringify(runTasks)} ms`);
			expect(await page.getByTestId('import-result').getAttribute('data-loaded')).toBe('true');
			expect(Math.max(0, ...tasks, ...runTasks)).toBeLessThan(LONG_TASK_MS);
		} finally {
			await page.close();
		}
	});
});
