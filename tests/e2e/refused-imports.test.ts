/**
 * Files the app refuses, or asks about, leave the data as it was, also after a reload (issue 17,
 * items 3, 4 and 8): every refused corpus file with a message (mixed encodings, NUL bytes, two
 * headers for one column, a formula cell without its value, Parquet columns of lists and records,
 * a header that runs on in commas, shares over 1, a request resolved before it was made, a school
 * type the code contradicts), a log appended to a table that holds it already; a sample file
 * changed where it is served counts as the user's own data; malformed boundaries on the compare
 * screen are named.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useAppInBrowser, importFiles, openDataScreen } from '../support/e2e';
import { watchPage } from '../support/browser';
import { readSample } from '../support/sample-files';
import { ja } from '../../src/lib/i18n/ja';
import expectations from '../fixtures/bad/expected.json';

const env = useAppInBrowser();
const dir = mkdtempSync(join(tmpdir(), 'haichi-refused-'));
const BAD = new URL('../fixtures/bad/', import.meta.url).pathname;

function write(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

const rowsOf = (page: Page, table: string) => page.locator(`tr[data-table="${table}"] td[data-col="rows"]`).innerText();
const count = (n: number) => n.toLocaleString('ja-JP');
/** The import is loaded and kept, and the review it came from is gone. */
async function kept(page: Page): Promise<void> {
	await page.locator('[data-testid="import-result"][data-kept="kept"]').waitFor({ timeout: 60_000 });
	await page.getByTestId('import-review').waitFor({ state: 'detached' });
}

async function backToSample(page: Page): Promise<void> {
	await page.getByTestId('restore-sample').click();
	await page.getByTestId('restore-confirm').click();
	await page.getByTestId('restored-sample').waitFor({ timeout: 60_000 });
}

/** A log as a planner writes one: no request ids, Japanese headers. */
function log(name: string, rows: string[][]): string {
	return write(
		name,
		['受付日,学校コード,区分,対応方法,対応時間（分）', ...rows.map((r) => r.join(','))].join('\n') + '\n'
	);
}

const requests = readSample('support_requests');
/**
 * The corpus files of issue 17 that are refused (expected.json: stage 'prepare', with messages):
 * the Japanese text each is refused with, in the review or in the result of the load.
 */
const refusedWithMessages = Object.entries(
	expectations.fixtures as Record<string, { stage: string; messages?: { ja: string; review?: string } }>
).flatMap(([file, e]) => (e.stage === 'prepare' && e.messages ? [[file, e.messages] as const] : []));
const school = requests[0]!.school_code!;

describe('refused imports', () => {
	it('asks before appending a log the table holds already, and keeps what the user chose across a reload', async () => {
		const page = await env.browser.context.newPage();
		try {
			await openDataScreen(page, env.app.url);
			const before = await rowsOf(page, 'support_requests');
			expect(before).toBe(count(requests.length));
			// The sample's own log, without its ids, appended to itself.
			const columns = ['requested_at', 'school_code', 'category', 'mode', 'minutes', 'resolved_at'];
			const again = write(
				'同じ記録.csv',
				[columns.join(','), ...requests.map((r) => columns.map((c) => r[c]).join(','))].join('\n') + '\n'
			);
			await page.getByTestId('file-input').setInputFiles(again);
			const card = page.locator('article[data-file="同じ記録.csv"]');
			await card.locator('.choices').waitFor();
			await card.locator('input[data-choice="append"]').check();
			await page.getByTestId('import-run').click();
			const ask = page.getByTestId('duplicates');
			await ask.waitFor({ timeout: 60_000 });
			expect(await ask.innerText()).toContain(
				ja.data.duplicates.found('同じ記録.csv', '支援依頼の記録', count(requests.length), count(requests.length))
			);
			// Cancel: nothing is loaded, nothing is said to be.
			await page.getByTestId('duplicates-cancel').click();
			expect(await ask.count()).toBe(0);
			expect(await page.getByTestId('import-result').count()).toBe(0);
			expect(await rowsOf(page, 'support_requests')).toBe(before);

			// Skip: the file adds nothing the table has.
			await page.getByTestId('import-run').click();
			await page.getByTestId('duplicates-skip').click();
			await kept(page);
			expect(await rowsOf(page, 'support_requests')).toBe(before);

			// A new log, appended twice within seconds: asked about, then kept with ids that do not collide.
			const fresh = [
				['2026-02-02 09:00', school, '授業支援', '訪問', '30'],
				['2026-02-03 10:00', school, '校務支援', '遠隔', '15']
			];
			for (const round of [1, 2]) {
				await page.getByTestId('file-input').setInputFiles(log('新しい記録.csv', fresh));
				const fileCard = page.locator('article[data-file="新しい記録.csv"]');
				await fileCard.locator('.choices').waitFor();
				await fileCard.locator('input[data-choice="append"]').check();
				await page.getByTestId('import-run').click();
				if (round === 2) {
					await ask.waitFor({ timeout: 60_000 });
					expect(await ask.innerText()).toContain(
						ja.data.duplicates.found('新しい記録.csv', '支援依頼の記録', count(2), count(2))
					);
					await page.getByTestId('duplicates-keep').click();
				}
				await kept(page);
				expect(await page.getByTestId('import-result').getAttribute('data-loaded')).toBe('true');
			}
			const after = count(requests.length + 4);
			expect(await rowsOf(page, 'support_requests')).toBe(after);
			await page.reload();
			await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
			expect(await rowsOf(page, 'support_requests')).toBe(after);
			await backToSample(page);
		} finally {
			await page.close();
		}
	});

	it('refuses the corpus files of issue 17, each with its message, and keeps the earlier import across a reload', async () => {
		expect(refusedWithMessages.length).toBeGreaterThanOrEqual(10);
		const page = await env.browser.context.newPage();
		try {
			await openDataScreen(page, env.app.url);
			// Earlier data of the user's own: the sample's staff with one more.
			const staff = readSample('staff');
			const header = Object.keys(staff[0]!);
			const extra: Record<string, string> = { ...staff[0]!, staff_id: `${staff[0]!.staff_id}-X`, name: '支援員X' };
			const roster = [...staff, extra].map((s) => header.map((h) => s[h]).join(','));
			await importFiles(page, write('支援員.csv', [header.join(','), ...roster].join('\n') + '\n'));
			await kept(page);
			const own = count(staff.length + 1);
			expect(await rowsOf(page, 'staff')).toBe(own);

			for (const [file, messages] of refusedWithMessages) {
				await page.getByTestId('file-input').setInputFiles(join(BAD, file));
				const card = page.locator(`article[data-file="${file}"]`);
				await card.locator(':is(.choices, p.rejected)').first().waitFor({ timeout: 60_000 });
				const run = page.getByTestId('import-run');
				if (!(await run.isDisabled())) {
					await run.click();
					await page
						.locator('[data-testid="import-result"][data-loaded="false"]', { hasText: file })
						.waitFor({ timeout: 60_000 });
					expect(await page.getByTestId('import-result').innerText(), file).toContain(messages.ja);
				} else expect(await card.innerText(), file).toContain(messages.review ?? messages.ja);
				// A nested value is no cell: never shown as the text of a JavaScript object.
				expect(await card.innerText(), file).not.toContain('[object Object]');
				await card.getByRole('button', { name: `「${file}」を一覧から外す` }).click();
				expect(await rowsOf(page, 'staff')).toBe(own);
			}
			await page.reload();
			await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
			expect(await rowsOf(page, 'staff')).toBe(own);
			expect(await page.locator('tr[data-table="staff"]').innerText()).toContain('支援員.csv');
			await backToSample(page);
		} finally {
			await page.close();
		}
	});

	it('labels a sample file changed where it is served as own data, not as the sample', async () => {
		const page = await env.browser.context.newPage();
		try {
			// One school's pupils changed to another valid number.
			await page.route(/\/schools\.[^/]*csv$/, async (route) => {
				const response = await route.fetch();
				const lines = (await response.text()).split('\n');
				const cells = lines[1]!.split(',');
				const students = lines[0]!.split(',').indexOf('students');
				cells[students] = String(Number(cells[students]) + 1);
				lines[1] = cells.join(',');
				await route.fulfill({ response, body: lines.join('\n') });
			});
			await page.goto(env.app.url);
			await page.locator('#overview-figures[data-live="true"]').waitFor({ timeout: 60_000 });
			expect(await page.getByText(ja.sample.badge, { exact: true }).count()).toBe(0);
			await openDataScreen(page, env.app.url);
			expect(await page.locator('tr[data-table="schools"]').innerText()).not.toContain(ja.data.originSample);
			expect(await page.locator('tr[data-table="staff"]').innerText()).toContain(ja.data.originSample);
		} finally {
			await page.close();
		}
	});

	it('names malformed boundaries on the compare screen instead of failing while it draws them', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		try {
			await page.goto(`${env.app.url}compare`);
			await page.getByTestId('compare-count').waitFor({ timeout: 60_000 });
			const code = readSample('municipalities')[0]!.municipality_code!;
			const path = write(
				'壊れた境界.geojson',
				JSON.stringify({
					type: 'FeatureCollection',
					features: [
						{
							type: 'Feature',
							properties: { N03_007: code.slice(0, 5) },
							geometry: { type: 'Polygon', coordinates: [[1, 2]] }
						}
					]
				})
			);
			const map = page.getByTestId('compare-map');
			await map.getByTestId('boundaries').setInputFiles(path);
			const alert = map.getByRole('alert');
			await alert.waitFor();
			expect(await alert.innerText()).toBe(
				ja.compare.boundariesFailed('壊れた境界.geojson', ja.compare.boundariesReasons.bad_geometry)
			);
			expect(watch.pageErrors).toEqual([]);
		} finally {
			watch.dispose();
			await page.close();
		}
	});
});
