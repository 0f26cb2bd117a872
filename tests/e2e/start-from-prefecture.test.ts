/**
 * A prefecture official who has never seen the app, end to end (issue 12): pick 愛知県 on the first
 * screen, see its 54 municipalities on their real boundaries with the 学校基本調査 school counts,
 * type the staff of three municipalities, paste a column from the clipboard for the rest, reload and
 * find them kept, then load last year's numbers and see the change and the way to the 2027 target.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchPage } from '../support/browser';
import { useAppInBrowser } from '../support/e2e';
import { seriousViolations } from '../support/axe';
import { pdfPages } from '../support/pdf-text';
import { readCsv } from '../support/read-csv';

const env = useAppInBrowser();
const SHOTS = process.env.HAICHI_SHOTS;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });
const shot = async (page: Page, name: string) => {
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

const squash = (s: string) => s.replace(/\s+/g, '');

const AICHI = '230006';
const NAGOYA = '231002';
const TOYOHASHI = '232017';
const TSUSHIMA = '232084';

const grid = (page: Page) => page.getByTestId('staff-entry');
const row = (page: Page, code: string) => grid(page).locator(`tr[data-code="${code}"]`);
const cell = (page: Page, code: string, column: 'headcount' | 'fte' | 'helpdesk') =>
	row(page, code).locator(`input[data-entry-column="${column}"]`);

describe('starting from a real prefecture', () => {
	it('fills 愛知県 from public data, keeps typed and pasted staff, and shows the change over two years', async () => {
		const page = await env.browser.context.newPage();
		await env.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.app.origin });
		const watch = await watchPage(page, env.app.origin);
		await page.setViewportSize({ width: 1280, height: 900 });
		const firstVisit = Date.now();
		await page.goto(env.app.url);

		// The first screen offers the sample or one's own prefecture; the counts show before anything loads.
		const start = page.getByTestId('start-from-reference');
		expect(await start.getAttribute('open')).not.toBeNull();
		await start.locator('option[value="23"]').waitFor({ state: 'attached', timeout: 60_000 });
		await page.getByTestId('start-prefecture').selectOption('23');
		expect(await page.getByTestId('start-preview').innerText()).toBe(
			'市区町村 54、学校 1,624 校（小・中・義務教育・高等学校、国公私立計）'
		);
		expect(await start.innerText()).toContain(
			'出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成（CC BY 4.0）'
		);
		await page.locator('[data-testid="start-go"]:not([disabled])').click({ timeout: 60_000 });

		// Compare: every municipality on its boundary, the school counts labelled as what they are.
		await page.waitForURL(/\/compare/, { timeout: 60_000 });
		// All 54 municipalities drawn on the canvas (the prefecture's own row has no area of its own).
		await page.locator('[data-map="areas"][data-drawn="54"]').waitFor({ timeout: 60_000 });
		expect(await page.getByTestId('compare-count').innerText()).toBe('55 件中 55 件を表示');
		expect(await page.getByTestId('compare-map').innerText()).toContain('国土数値情報（行政区域データ）');
		expect(await grid(page).getAttribute('open')).not.toBeNull();
		expect(await row(page, TSUSHIMA).locator('td').first().innerText()).toBe('12');
		expect(await grid(page).innerText()).toContain('※ 学校数は国公私立計（学校基本調査）');
		await shot(page, '01-compare-started');

		// Three typed by hand: the figures against the plan follow each keystroke.
		await cell(page, TSUSHIMA, 'headcount').fill('3');
		expect(await row(page, TSUSHIMA).getByTestId('entry-gap').innerText()).toBe('0');
		await cell(page, NAGOYA, 'headcount').fill('80');
		await cell(page, NAGOYA, 'fte').fill('72.5');
		await cell(page, NAGOYA, 'helpdesk').fill('あり');
		expect(await row(page, NAGOYA).getByTestId('entry-gap').innerText()).toBe('19');
		await cell(page, TOYOHASHI, 'headcount').fill('１９');
		// A slip is named at the cell and keeps its row out of the data until it is put right.
		await cell(page, TOYOHASHI, 'fte').fill('20');
		expect(await row(page, TOYOHASHI).innerText()).toContain('常勤換算は人数（19 人）以下です');
		await cell(page, TOYOHASHI, 'fte').fill('18');
		expect(await row(page, TOYOHASHI).locator('[aria-invalid]').count()).toBe(0);

		// The rest pasted as one column from Excel, from the prefecture's own row down.
		const order = await grid(page)
			.locator('tbody tr')
			.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')!));
		expect(order[0]).toBe(AICHI);
		const typedByHand = new Set([NAGOYA, TOYOHASHI, TSUSHIMA]);
		const column = order.map((code, i) => (typedByHand.has(code) ? '' : String(1 + (i % 5))));
		// Excel ends a copied column with a line break; cells typed by hand are left as typed.
		await page.evaluate((text) => navigator.clipboard.writeText(text), column.join('\r\n') + '\r\n');
		await cell(page, AICHI, 'headcount').focus();
		await page.keyboard.press('Control+V');
		expect(await grid(page).getByTestId('staff-entry-status').innerText()).toContain('55 個のセルを貼り付けました');
		// A blank pasted over a typed cell would wipe it: the hand-typed cells are put back.
		for (const [code, value] of [
			[NAGOYA, '80'],
			[TOYOHASHI, '19'],
			[TSUSHIMA, '3']
		] as const)
			await cell(page, code, 'headcount').fill(value);
		await expect
			.poll(() => page.getByTestId('staff-entry-status').innerText(), { timeout: 30_000 })
			.toMatch(/入力済み 55 \/ 55 設置者.*入力は保存されています/);
		const filledAt = Date.now();
		await shot(page, '02-compare-filled');
		// Every cell is labelled with its municipality and column; nothing serious for a screen reader.
		expect(await cell(page, NAGOYA, 'fte').getAttribute('aria-label')).toBe('名古屋市 の常勤換算（人）');
		expect(await seriousViolations(page)).toEqual([]);

		// Reloaded: everything typed and pasted is there, and the compare figures are made of it.
		await page.reload();
		await page.locator('[data-map="areas"][data-drawn="54"]').waitFor({ timeout: 60_000 });
		await grid(page).locator('summary').click();
		expect(await cell(page, NAGOYA, 'headcount').inputValue()).toBe('80');
		expect(await cell(page, NAGOYA, 'fte').inputValue()).toBe('72.5');
		expect(await cell(page, NAGOYA, 'helpdesk').inputValue()).toBe('あり');
		expect(await cell(page, TOYOHASHI, 'headcount').inputValue()).toBe('19');
		expect(await cell(page, AICHI, 'headcount').inputValue()).toBe(column[0]);
		expect(await page.getByTestId('staff-entry-status').innerText()).toContain('入力済み 55 / 55 設置者');

		// The overview counts the same staff, and says where its counts come from.
		const typedTotal = 80 + 19 + 3 + column.reduce((n, c) => n + Number(c || 0), 0);
		await page.goto(env.app.url);
		await page.locator('#overview-figures[data-ready="true"]').waitFor({ timeout: 60_000 });
		await expect
			.poll(() => page.locator('#overview-figures [data-figure="staff"] [data-value]').innerText())
			.toContain(typedTotal.toLocaleString('ja-JP'));
		const figures = await page.locator('#overview-figures').innerText();
		expect(figures).toContain(
			'学校数: 独立行政法人統計センター SSDSE-A-2025(学校基本調査 2023年)（令和5年度（2023年度）、国公私立計、55 設置者）'
		);
		expect(figures).toContain('支援員数: 入力・読み込んだ人数（令和8年度（2026年度）、55 設置者）');
		expect(await page.getByTestId('path-to-target').innerText()).toContain('令和9年度（2027年度）（計画の最終年度）');

		// The scenarios need each school's location: the screen says so, instead of an empty table or a stalled run.
		await page.goto(`${env.app.url}scenarios`);
		await page.getByTestId('needs-schools').waitFor({ timeout: 60_000 });
		expect(await page.getByTestId('data-gaps').innerText()).toContain('学校ごとの位置（緯度・経度）が要ります');

		// Last year's survey, as a small CSV typed in Excel, added beside this year's numbers.
		const dir = mkdtempSync(join(tmpdir(), 'haichi-staff-'));
		const lastYear = join(dir, '支援員数_令和7年度.csv');
		writeFileSync(
			lastYear,
			`団体コード,年度,支援員数\r\n${NAGOYA},2025,70\r\n${TOYOHASHI},2025,15\r\n${TSUSHIMA},2025,2\r\n`
		);
		await page.goto(`${env.app.url}data`);
		await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
		await page.getByTestId('file-input').setInputFiles(lastYear);
		const review = page.getByTestId('import-review');
		await review.locator('article[data-file] .choices').first().waitFor({ timeout: 60_000 });
		expect(await review.innerText()).toContain('支援員数（市区町村別）');
		await review.getByRole('radio', { name: '今のデータに追加する' }).check();
		await page.getByTestId('import-run').click();
		await expect
			.poll(() => page.getByTestId('import-result').getAttribute('data-loaded'), { timeout: 60_000 })
			.toBe('true');

		await page.goto(env.app.url);
		const trend = page.getByTestId('staff-trend');
		await trend.locator('tr[data-year="2025"]').waitFor({ timeout: 60_000 });
		expect(await trend.locator('tr[data-year="2025"]').innerText()).toContain('87');
		// Like for like: last year's 3 municipalities (+10, +4, +1), not this year's 55 against last year's 3.
		expect(await trend.locator('tr[data-year="2026"]').innerText()).toContain('+15');
		expect(await trend.getByTestId('trend-like-for-like').innerText()).toContain('3 設置者（全 55 設置者のうち）');
		await shot(page, '03-overview-two-years');

		await page.goto(`${env.app.url}compare`);
		await grid(page).locator('summary').click();
		expect(await row(page, NAGOYA).getByTestId('entry-before').innerText()).toContain('70');
		expect(await row(page, NAGOYA).getByTestId('entry-before').innerText()).toContain('令和7年度');
		// The compare screen gives the same change per municipality (前年度比) and its own way to 2027.
		// The table draws only the rows in its view: each found by its code in the search box, as a user would, and read
		// with the table in the window (out of it, the browser does not lay out its rows; it does once a frame has seen
		// the box in view).
		const change = async (code: string) => {
			await page.getByTestId('search').fill(code);
			await page.getByTestId('heat-box').scrollIntoViewIfNeeded();
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
			return page.getByTestId('heat-table').locator(`tr[data-code="${code}"] td[data-column="change"]`).innerText();
		};
		expect(await change(NAGOYA)).toBe('+10');
		expect(await change(TOYOHASHI)).toBe('+4');
		await page.getByTestId('search').fill('');
		// The table's CSV carries the same change.
		const [csvFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-csv').click()]);
		const csv = readCsv(await readFile((await csvFile.path())!));
		const at = (name: string) => csv.header.indexOf(name);
		const nagoyaRow = csv.rows.find((r) => r[at('団体コード')] === NAGOYA)!;
		expect([nagoyaRow[at('前年度の支援員数（人）')], nagoyaRow[at('前年度比（人）')]]).toEqual(['70', '10']);
		await page.goto(`${env.app.url}compare?code=${NAGOYA}`);
		const detail = page.getByTestId('compare-detail');
		await detail.waitFor({ timeout: 60_000 });
		expect(await detail.locator('[data-figure="detail-change"] [data-value]').innerText()).toBe('+10');
		expect(await detail.getByTestId('detail-change-years').innerText()).toBe(
			'令和7年度（2025年度） 70人 → 令和8年度（2026年度） 80人'
		);
		expect(await detail.getByTestId('detail-path').innerText()).toContain('目標の 99 人とするには、あと 19 人');
		await shot(page, '04-compare-change');
		const figure = (id: string) => detail.locator(`[data-figure="${id}"] [data-value]`).innerText();
		const compared = { schools: await figure('detail-schools'), ratio: await figure('detail-ratio') };

		// The budget pack of counts only, for 名古屋市: the request from the target, the change, what effects need.
		await page.goto(`${env.app.url}report`);
		await page.getByTestId('counts-controls').waitFor({ timeout: 60_000 });
		expect(await page.getByTestId('data-gaps').innerText()).toContain('学校ごとの位置（緯度・経度）が要ります');
		await page.getByTestId('report-scope').selectOption(NAGOYA);
		await page.locator('[data-field="report-year"]').fill('2027');
		const report = page.getByTestId('report');
		const packCell = (name: string) => report.locator(`[data-report="${name}"]`).innerText();
		await expect.poll(() => packCell('counts-staff'), { timeout: 30_000 }).toBe('80');
		// The compare screen's figures, and its change and way to 2027.
		expect([await packCell('counts-schools'), await packCell('counts-ratio'), await packCell('counts-needed')]).toEqual(
			[compared.schools, compared.ratio, '99']
		);
		expect(await report.getByTestId('counts-change').innerText()).toContain(
			'令和7年度（2025年度） 70 人 → 令和8年度（2026年度） 80 人（+10 人）'
		);
		// 19 short of ⌈393 ÷ 4⌉ = 99, all in 2027 (the plan's last year): 19 × 5,400,000 (委託).
		expect(await packCell('headline-change')).toBe('+102,600,000');
		expect(await report.locator('tr[data-year="2027"]').innerText()).toMatch(/99\s+\+19\s+12\s+102,600,000/);
		await shot(page, '05-report-counts');
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		const printed = squash((await pdfPages(new Uint8Array(pdf))).join(''));
		for (const text of [
			'令和9年度（2027年度） 予算要求額 増額 +102,600,000 円',
			'支援員 +19 人（80 人 → 99 人）',
			'名古屋市教育委員会',
			'令和7年度（2025年度） 70 人 → 令和8年度（2026年度） 80 人（+10 人）',
			'学校基本調査 2023年)（令和5年度（2023年度）、国公私立計',
			// pdf.js reads the middle dot ・ as another glyph: the parts on either side of it.
			'読み込んだ人数（令和8年度（2026年度）',
			'今のデータは市区町村ごとの数だけのため、この資料には含めていません'
		])
			expect(printed).toContain(squash(text));

		// For the prefecture as a whole, the pack counts as the overview does: the same staff and change.
		expect(await page.getByTestId('report-scope').locator('option[value=""]').innerText()).toBe(
			'愛知県全体（55 設置者）'
		);
		await page.getByTestId('report-scope').selectOption('');
		expect(await report.getByTestId('report-organisation').innerText()).toBe('愛知県教育委員会');
		await expect.poll(() => packCell('counts-staff')).toBe(typedTotal.toLocaleString('ja-JP'));
		const packChange = await report.getByTestId('counts-change').innerText();
		expect(packChange).toContain('87 人 → 令和8年度（2026年度） 102 人（+15 人）');
		expect(packChange).toContain('3 設置者（全 55 設置者のうち）');

		console.log(
			`first visit → filled prefecture: ${((filledAt - firstVisit) / 1000).toFixed(1)} s (typing and pasting included)`
		);
		expect(watch.problems()).toEqual([]);
	}, 240_000);
});
