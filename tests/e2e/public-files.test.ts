/**
 * Public files as a board downloads them (issue 13). First, with the sample, the survey workbooks
 * name its fictional prefecture as the sample does. Then 国土数値情報 P29 of 愛知県 as published, of
 * which 津島市's public 小・中学校 are kept, loaded with the built-in municipalities in place of the
 * sample and given a week's schedule; then a list in the shape of MEXT's 学校コード一覧 (addresses,
 * no coordinates; tests/fixtures/make-school-list.ts) whose municipalities are found from the
 * addresses and whose points come from the P29 schools the first test loaded, or from the
 * municipality (the second test follows the first in the same browser profile). Last, 愛知県 asks
 * its municipalities with survey workbooks (調査票) and reads three returned ones back, one of
 * them with a slip: cancelled once (nothing loaded), then the two good answers loaded; and SSDSE-A
 * as published gives 愛知県's school counts.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { watchPage } from '../support/browser';
import { useAppInBrowser } from '../support/e2e';
import { OWN_DATA_DIR, OWN_FILES, PUBLIC_DATA_DIR, cityCode } from '../support/own-data';
import { setSurveyCell } from '../support/survey-cells';

const env = useAppInBrowser();
const TSUSHIMA = '232084';
const P29 = `${PUBLIC_DATA_DIR}P29-23_23.geojson`;
const STAFF = fileURLToPath(new URL(OWN_FILES.staff, OWN_DATA_DIR));
const SCHOOL_LIST = fileURLToPath(new URL('../fixtures/public/学校コード一覧-津島市.csv', import.meta.url));
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/public-files-${name}.png`, fullPage: true });
const rowsOf = (page: Page, table: string) => page.locator(`tr[data-table="${table}"] td[data-col="rows"]`).innerText();
const loaded = (page: Page) => page.getByTestId('import-result').getAttribute('data-loaded');

describe('public files on the data screen', () => {
	it('offers the fictional prefecture of the sample by its own name for survey workbooks', async () => {
		const page = await env.browser.context.newPage();
		await page.goto(`${env.app.url}data`);
		const survey = page.getByTestId('survey');
		await survey.locator('[data-testid="survey-export"]:not([disabled])').waitFor({ timeout: 60_000 });
		const prefecture = survey.getByTestId('survey-prefecture');
		expect(await prefecture.locator('option').allInnerTexts()).toEqual(['汐見県']);
		const [download] = await Promise.all([page.waitForEvent('download'), survey.getByTestId('survey-export').click()]);
		const books = Object.keys(unzipSync(new Uint8Array(readFileSync((await download.path())!))));
		const sample = readFileSync(
			fileURLToPath(new URL('../../data/sample/municipalities.csv', import.meta.url)),
			'utf8'
		);
		expect(books).toHaveLength(
			sample
				.trim()
				.split('\n')
				.filter((l) => l.includes(',city,') || l.includes(',town,') || l.includes(',village,')).length
		);
		await page.close();
	});

	it('keeps one municipality of P29, loads it with the built-in municipalities and builds its week', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(`${env.app.url}data`);
		await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
		await page.getByTestId('file-input').setInputFiles([P29, STAFF]);
		const review = page.getByTestId('import-review');
		const p29 = review.locator('[data-testid="public-file"][data-kind="p29"]');
		await p29.waitFor({ timeout: 60_000 });
		// By default every public school of the types the plan covers, of every municipality.
		expect(Number(await p29.getByTestId('public-counts').getAttribute('data-kept'))).toBeGreaterThan(1000);
		expect(await p29.getByTestId('public-credit').innerText()).toContain('国土数値情報（学校データ）（国土交通省）');
		await shot(page, '01-p29-review');

		await p29.locator('select[data-choice="municipality"]').selectOption(TSUSHIMA);
		for (const type of ['high', 'special_needs', 'secondary', 'compulsory'])
			await p29.locator(`input[data-type="${type}"]`).uncheck();
		await expect.poll(() => p29.getByTestId('public-counts').getAttribute('data-kept'), { timeout: 30_000 }).toBe('12');
		expect(await p29.locator('tr[data-type="elementary"] td.kept').innerText()).toBe('8 / 8');
		expect(await p29.locator('tr[data-type="junior_high"] td.kept').innerText()).toBe('4 / 4');
		await shot(page, '02-p29-tsushima');
		await page.locator('button[data-locale="en"]').click();
		expect(await p29.getByTestId('public-counts').innerText()).toMatch(/12/);
		await shot(page, '02b-p29-tsushima-en');
		await page.locator('button[data-locale="ja"]').click();

		// The sample has no 津島市: the built-in municipalities of 愛知県 are offered, and taken.
		await p29.getByTestId('add-municipalities').click();
		await review.locator('article[data-file]').nth(2).waitFor({ timeout: 30_000 });
		await expect.poll(() => p29.getByTestId('municipalities-offer').count()).toBe(0);
		await shot(page, '03-with-municipalities');
		await page.getByTestId('import-run').click();
		const offer = page.getByTestId('sample-conflict');
		await offer.waitFor({ timeout: 60_000 });
		await page.getByTestId('drop-sample').click();
		await expect.poll(() => loaded(page), { timeout: 60_000 }).toBe('true');
		await shot(page, '04-loaded');
		expect(await rowsOf(page, 'schools')).toBe('12');
		expect(await rowsOf(page, 'staff')).toBe('2');

		await page.getByRole('link', { name: '巡回スケジュール' }).click();
		await page.locator('[data-testid="schedule-run"]:not([disabled])').waitFor({ timeout: 60_000 });
		await page.getByTestId('employer').selectOption(TSUSHIMA);
		await page.getByTestId('schedule-run').click();
		await page.getByTestId('schedule-result').waitFor({ timeout: 90_000 });
		expect(await page.locator('[data-figure="visits"] [data-value]').innerText()).toBe('12 / 12');
		expect(await page.getByTestId('school-visits').innerText()).toContain('津島市立神守中学校');
		await shot(page, '05-schedule');
		expect(watch.problems()).toEqual([]);
		await page.close();
	});

	it('finds the municipalities of a 学校コード一覧 from its addresses and its points from the loaded P29', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(`${env.app.url}data`);
		await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
		await page.getByTestId('file-input').setInputFiles(SCHOOL_LIST);
		const list = page.locator('[data-testid="public-file"][data-kind="school_list"]');
		await list.waitFor({ timeout: 60_000 });
		const options = await list
			.locator('select[data-choice="municipality"] option')
			.evaluateAll((os) => os.map((o) => o.textContent));
		expect(options.slice(1)).toEqual(['名古屋市', '津島市', '蟹江町']);
		// 津島市's twelve come with P29's points; the two schools P29 did not load, at their municipality.
		expect(await list.getByTestId('public-located').innerText()).toBe(
			'位置: 読み込み済みの学校から学校コードで 12 校、市区町村の代表点に 2 校（代表点の学校は警告で示します）。'
		);
		expect(await list.getByTestId('public-counts').getAttribute('data-kept')).toBe('14');
		// Every municipality named is in the built-in list loaded with P29: nothing to add.
		expect(await list.getByTestId('municipalities-offer').count()).toBe(0);
		await shot(page, '06-school-list');
		await page.getByTestId('import-run').click();
		await expect.poll(() => loaded(page), { timeout: 60_000 }).toBe('true');
		await shot(page, '07-school-list-loaded');
		expect(await rowsOf(page, 'schools')).toBe('14');
		const warnings = await page.locator('[data-testid="import-result"] tbody tr').allInnerTexts();
		const atMunicipality = warnings.filter((w) => w.includes('市区町村の代表点に置きました'));
		expect(atMunicipality.map((w) => w.split('\t')[3])).toEqual(['名古屋市立中村小学校', '蟹江町立蟹江小学校']);
		expect(watch.problems()).toEqual([]);
		await page.close();
	});

	it('writes the survey workbooks of 愛知県 and reads the returned ones back, one with an error', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(`${env.app.url}data`);
		const survey = page.getByTestId('survey');
		await survey.locator('[data-testid="survey-export"]:not([disabled])').waitFor({ timeout: 60_000 });
		expect(await survey.getByTestId('survey-prefecture').inputValue()).toBe('23');
		const [download] = await Promise.all([page.waitForEvent('download'), survey.getByTestId('survey-export').click()]);
		expect(download.suggestedFilename()).toMatch(/^haichi-survey-23-FY\d{4}\.zip$/);
		const books = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
		// Every municipality of 愛知県 (the prefecture's own row is not asked), one workbook each.
		expect(Object.keys(books)).toHaveLength(54);
		const book = (code: string) => {
			const name = Object.keys(books).find((n) => n.startsWith(`調査票_${code}_`))!;
			return { name, bytes: books[name]! };
		};
		const tsushima = book(TSUSHIMA);
		expect(tsushima.name).toBe('調査票_232084_津島市.xlsx');
		const aisai = book(cityCode('23232'));
		const kanie = book(cityCode('23425'));
		await shot(page, '08-survey-written');

		// The returned workbooks: 津島市 and 愛西市 answered; 蟹江町 wrote its head count in words.
		const returned = [
			{
				name: tsushima.name,
				bytes: setSurveyCell(setSurveyCell(setSurveyCell(tsushima.bytes, 'B8', 2), 'B9', 1.8), 'B10', 'あり')
			},
			{ name: aisai.name, bytes: setSurveyCell(setSurveyCell(aisai.bytes, 'B8', 1), 'B10', 'なし') },
			{ name: kanie.name, bytes: setSurveyCell(kanie.bytes, 'B8', '二人') }
		].map((f) => ({
			name: f.name,
			mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			buffer: Buffer.from(f.bytes)
		}));
		const input = survey.getByTestId('survey-input');
		await input.setInputFiles(returned);
		const checked = survey.getByTestId('survey-checked');
		await checked.waitFor({ timeout: 30_000 });
		await survey.getByTestId('survey-cancel').click();
		expect(await survey.getByTestId('survey-outcome').getAttribute('data-kind')).toBe('cancelled');
		expect(await rowsOf(page, 'staff_counts')).toBe('0');

		await input.setInputFiles(returned);
		await checked.waitFor({ timeout: 30_000 });
		expect(
			await checked
				.locator('[data-testid="survey-answers"] tbody tr')
				.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')))
		).toEqual([TSUSHIMA, cityCode('23232')]);
		const problems = await checked.locator('[data-testid="survey-problems"] tbody tr').allInnerTexts();
		expect(problems.map((p) => p.split('\t').slice(0, 5))).toEqual([[kanie.name, '調査票', '8', 'B', '二人']]);
		expect(problems[0]).toContain('整数が必要です');
		expect(await checked.locator(`tr[data-code="${TSUSHIMA}"]`).innerText()).toContain('1.8');
		await shot(page, '09-survey-checked');
		await page.locator('button[data-locale="en"]').click();
		expect(await checked.innerText()).toContain('Cells to put right: 1');
		await shot(page, '09b-survey-checked-en');
		await page.locator('button[data-locale="ja"]').click();
		await survey.getByTestId('survey-load').click();
		await expect
			.poll(() => survey.getByTestId('survey-outcome').getAttribute('data-kind'), { timeout: 60_000 })
			.toBe('loaded');
		expect(await rowsOf(page, 'staff_counts')).toBe('2');
		expect(await rowsOf(page, 'ict_environment')).toBe('2');
		await shot(page, '10-survey-loaded');

		// Written again, 津島市's workbook now carries its answer in the input cells.
		const [again] = await Promise.all([page.waitForEvent('download'), survey.getByTestId('survey-export').click()]);
		const rewritten = unzipSync(new Uint8Array(readFileSync((await again.path())!)));
		const sheet = strFromU8(unzipSync(rewritten[tsushima.name]!)['xl/worksheets/sheet1.xml']!);
		expect(sheet).toMatch(/<c r="B8" s="\d+"><v>2<\/v><\/c>/);
		expect(sheet).toContain('<t>あり</t>');
		expect(watch.problems()).toEqual([]);
		await page.close();
	});

	it('reads SSDSE-A as published: the school counts of 愛知県 by municipality', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(`${env.app.url}data`);
		await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
		await page.getByTestId('file-input').setInputFiles(`${PUBLIC_DATA_DIR}SSDSE-A-2025.csv`);
		const ssdse = page.locator('[data-testid="public-file"][data-kind="ssdse_a"]');
		await ssdse.waitFor({ timeout: 60_000 });
		expect(await ssdse.getByTestId('public-credit').innerText()).toBe('出典：独立行政法人統計センター SSDSE-A-2025');
		await ssdse.locator('select[data-choice="prefecture"]').selectOption('23');
		await expect.poll(() => ssdse.innerText(), { timeout: 30_000 }).toContain('2023年度の学校数');
		await shot(page, '11-ssdse-review');
		await page.getByTestId('import-run').click();
		await expect.poll(() => loaded(page), { timeout: 60_000 }).toBe('true');
		// 54 municipalities with their 小・中 (and 義務教育学校) rows, and the prefecture's high schools.
		expect(Number(await rowsOf(page, 'school_counts'))).toBeGreaterThan(108);
		await shot(page, '12-ssdse-loaded');
		expect(watch.problems()).toEqual([]);
		await page.close();
	});
});
