/**
 * The review step of an import, as a planner meets it: a file the app cannot read, headers it
 * does not recognise and the user maps by hand, an encoding chosen by hand, a workbook sheet,
 * a log appended to the current one, and a large file stopped half-way.
 */
import { describe, expect, it } from 'vitest';
import Encoding from 'encoding-japanese';
import writeXlsxFile from 'write-excel-file/node';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useAppInBrowser, openDataScreen } from '../support/e2e';
import { readSample, SAMPLE_DIR } from '../support/sample-files';
import { largeRequestLog } from '../bench/fixtures/large-request-log';
import { seriousViolations } from '../support/axe';

const env = useAppInBrowser();
const dir = mkdtempSync(join(tmpdir(), 'haichi-review-'));

function write(name: string, bytes: Uint8Array): string {
	const path = join(dir, name);
	writeFileSync(path, bytes);
	return path;
}

const sjis = (text: string) =>
	new Uint8Array(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' }));

async function openData(): Promise<Page> {
	const page = await env.browser.context.newPage();
	await openDataScreen(page, env.app.url);
	return page;
}

const card = (page: Page, name: string) => page.locator(`article[data-file="${name}"]`);
const rowsOf = (page: Page, table: string) => page.locator(`tr[data-table="${table}"] td[data-col="rows"]`).innerText();

describe('reviewing files before they are loaded', () => {
	it('says which file it cannot read, and loads nothing until it is removed', async () => {
		const page = await openData();
		const path = write('picture.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
		await page.getByTestId('file-input').setInputFiles(path);
		const picture = card(page, 'picture.csv');
		await picture.locator('.rejected').waitFor();
		expect(await picture.innerText()).toContain('このファイルは読めません');
		expect(await picture.innerText()).toContain('CSV ではありません');
		expect(await page.getByTestId('import-run').isDisabled()).toBe(true);
		await picture.getByRole('button', { name: '「picture.csv」を一覧から外す' }).click();
		await page.getByTestId('import-review').waitFor({ state: 'detached' });
		await page.close();
	});

	it('names two headers for one column and loads only once the user leaves one out', async () => {
		const page = await openData();
		const staff = readSample('staff');
		// A roster with the employer twice: the code of the board, and of the school it was lent to.
		const lines = ['支援員ID,氏名,配置自治体コード,勤務日数,配置自治体コード'];
		for (const s of staff) lines.push([s.staff_id, s.name, s.employer_code, s.days_per_week, '469999'].join(','));
		await page.getByTestId('file-input').setInputFiles(write('二重列.csv', sjis(lines.join('\r\n') + '\r\n')));
		const roster = card(page, '二重列.csv');
		await roster.locator('.choices').waitFor();
		const alert = roster.locator('[data-duplicate="employer_code"]');
		await alert.waitFor();
		expect(await alert.innerText()).toContain('「配置自治体コード」、「配置自治体コード」');
		expect(await page.getByTestId('import-run').isDisabled()).toBe(true);
		// The user says which one to use: the second is left out, the first fills the column.
		await roster.locator('select[data-map="4"]').selectOption('');
		await expect.poll(() => alert.count()).toBe(0);
		expect(await roster.locator('select[data-map="2"]').inputValue()).toBe('employer_code');
		expect(await page.getByTestId('import-run').isDisabled()).toBe(false);
		await roster.getByRole('button', { name: '「二重列.csv」を一覧から外す' }).click();
		await page.close();
	});

	it('lets the user choose the table and map a header it did not recognise, shows the first rows, and loads', async () => {
		const page = await openData();
		const staff = readSample('staff');
		// 所属コード is not one of the spec's headers for the employer: the table cannot be told.
		const lines = ['職員番号,氏名,所属コード,勤務日数'];
		for (const s of staff) lines.push([s.staff_id, s.name, s.employer_code, s.days_per_week].join(','));
		await page.getByTestId('file-input').setInputFiles(write('支援員名簿.csv', sjis(lines.join('\r\n') + '\r\n')));
		const roster = card(page, '支援員名簿.csv');
		await roster.locator('.choices').waitFor();
		expect(await roster.innerText()).toContain('表の種類を判別できませんでした');
		expect(await roster.innerText()).toContain('CSV（Shift_JIS）');
		// The first rows are shown before anything is chosen.
		expect(await roster.locator('tbody tr').count()).toBe(5);
		expect(await roster.locator('tbody tr').first().innerText()).toContain(staff[0]!.staff_id);
		expect(await page.getByTestId('import-run').isDisabled()).toBe(true);

		await roster.locator('select[data-choice="table"]').selectOption('staff');
		await expect
			.poll(() => roster.locator('[role="alert"]').allInnerTexts())
			.toEqual([expect.stringContaining('配置自治体コード（employer_code）')]);
		expect(await roster.locator('select[data-map="0"]').inputValue()).toBe('staff_id');
		expect(await roster.locator('select[data-map="2"]').inputValue()).toBe('');
		expect(await seriousViolations(page)).toEqual([]);
		expect(await page.getByTestId('import-run').isDisabled()).toBe(true);
		await roster.locator('select[data-map="2"]').selectOption('employer_code');
		await expect.poll(() => roster.locator('[role="alert"]').count()).toBe(0);
		expect(await page.getByTestId('import-run').isDisabled()).toBe(false);

		await page.getByTestId('import-run').click();
		const result = page.getByTestId('import-result');
		await result.waitFor({ timeout: 60_000 });
		expect(await result.getAttribute('data-loaded')).toBe('true');
		expect(await rowsOf(page, 'staff')).toBe(staff.length.toLocaleString('ja-JP'));
		expect(await page.locator('tr[data-table="staff"]').innerText()).toContain('支援員名簿.csv');
		await page.getByTestId('restore-sample').click();
		await page.getByTestId('restore-confirm').click();
		await expect
			.poll(() => page.locator('tr[data-table="staff"]').innerText(), { timeout: 60_000 })
			.toContain('staff.csv');
		await page.close();
	});

	it('reads the file again in the encoding the user picks', async () => {
		const page = await openData();
		await page
			.getByTestId('file-input')
			.setInputFiles(
				write('学校.csv', sjis('学校コード,学校名,学校種,所在市区町村コード\r\nX1,汐見第一小学校,小学校,469017\r\n'))
			);
		const schools = card(page, '学校.csv');
		await schools.locator('.choices').waitFor();
		expect(await schools.locator('tbody').innerText()).toContain('汐見第一小学校');
		await schools.locator('select[data-choice="encoding"]').selectOption('utf-8');
		await expect.poll(() => schools.innerText()).toContain('このファイルは読めません');
		expect(await schools.innerText()).toContain('文字コード');
		await schools.getByRole('button', { name: '「学校.csv」を一覧から外す' }).click();
		await page.close();
	});

	it('offers the sheets of a workbook and previews the chosen one', async () => {
		const page = await openData();
		const school = readSample('schools')[0]!;
		const xlsx = await writeXlsxFile([
			{
				sheet: '4月',
				data: [
					['受付日', '学校コード', '区分'].map((value) => ({ value })),
					['2025-04-03', school.school_code, '授業支援'].map((value) => ({ value }))
				]
			},
			{
				sheet: '5月',
				data: [
					['受付日', '学校コード', '区分'].map((value) => ({ value })),
					['2025-05-08', school.school_code, '校内研修'].map((value) => ({ value }))
				]
			}
		]).toBuffer();
		await page.getByTestId('file-input').setInputFiles(write('依頼.xlsx', new Uint8Array(xlsx)));
		const book = card(page, '依頼.xlsx');
		await book.locator('.choices').waitFor();
		expect(await book.locator('select[data-choice="sheet"] option').allInnerTexts()).toEqual(['4月', '5月']);
		expect(await book.locator('tbody').innerText()).toContain('2025-04-03');
		await book.locator('select[data-choice="sheet"]').selectOption('5月');
		await expect.poll(() => book.locator('tbody').innerText()).toContain('2025-05-08');
		await book.getByRole('button', { name: '「依頼.xlsx」を一覧から外す' }).click();
		await page.close();
	});

	it('adds a log to the current one instead of replacing it, with ids made for rows that have none', async () => {
		const page = await openData();
		const school = readSample('schools')[0]!;
		const before = readSample('support_requests').length;
		await page
			.getByTestId('file-input')
			.setInputFiles(
				write(
					'追加分.csv',
					sjis(
						`受付日,学校コード,区分\r\n2026-03-30,${school.school_code},環境整備\r\n2026-03-31,${school.school_code},授業支援\r\n`
					)
				)
			);
		const extra = card(page, '追加分.csv');
		await extra.locator('.choices').waitFor();
		await extra.locator('input[data-choice="append"]').check();
		await page.getByTestId('import-run').click();
		await expect
			.poll(() => rowsOf(page, 'support_requests'), { timeout: 60_000 })
			.toBe((before + 2).toLocaleString('ja-JP'));
		expect(await page.locator('tr[data-table="support_requests"]').innerText()).toContain(
			'support_requests.csv、追加分.csv'
		);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('button[data-export="support_requests"]').click()
		]);
		const { readFile } = await import('node:fs/promises');
		const csv = (await readFile((await download.path())!)).toString('utf8');
		const added = csv.split('\r\n').filter((l) => l.startsWith('auto-'));
		expect(added).toHaveLength(2);
		expect(added[0]).toMatch(new RegExp(`^auto-\\d{17}-2,2026-03-30 00:00:00,${school.school_code},environment,`));
		expect(added[1]).toMatch(new RegExp(`^auto-\\d{17}-3,2026-03-31 00:00:00,${school.school_code},lesson,`));

		await page.reload();
		await expect
			.poll(() => rowsOf(page, 'support_requests'), { timeout: 60_000 })
			.toBe((before + 2).toLocaleString('ja-JP'));
		await page.getByTestId('restore-sample').click();
		await page.getByTestId('restore-confirm').click();
		await expect.poll(() => rowsOf(page, 'support_requests'), { timeout: 60_000 }).toBe(before.toLocaleString('ja-JP'));
		await page.close();
	});

	it('shows the progress of a large file and stops it on request, changing nothing', async () => {
		const page = await openData();
		const before = await rowsOf(page, 'support_requests');
		await page.getByTestId('file-input').setInputFiles(write('大きな記録.csv', largeRequestLog(SAMPLE_DIR, 400_000)));
		await card(page, '大きな記録.csv').locator('.choices').waitFor({ timeout: 60_000 });
		await page.getByTestId('import-run').click();
		await page.locator('progress#import-progress[value]').waitFor();
		await page.getByTestId('import-cancel').click();
		await page.getByTestId('import-cancelled').waitFor();
		expect(await page.getByTestId('import-result').count()).toBe(0);
		expect(await rowsOf(page, 'support_requests')).toBe(before);
		// The files stay listed: the user may start again.
		expect(await page.getByTestId('import-run').isDisabled()).toBe(false);
		await page.close();
	});
});
