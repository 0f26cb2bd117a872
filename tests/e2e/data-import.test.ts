/**
 * Bringing one's own data: a Shift_JIS CSV with Japanese headers, as a spreadsheet saves it,
 * changes the overview; a broken file changes nothing.
 */
import { describe, expect, it } from 'vitest';
import Encoding from 'encoding-japanese';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchPage } from '../support/browser';
import { importFiles, useAppInBrowser } from '../support/e2e';
import { ja } from '../../src/lib/i18n/ja';
import { readSample } from '../support/sample-files';

const env = useAppInBrowser();
const dir = mkdtempSync(join(tmpdir(), 'haichi-import-'));

const EMPLOYMENT_JA: Record<string, string> = { contract: '委託', appointed: '会計年度任用職員', regular: '正規' };

/** The sample's staff plus `extra` new staff for a town that has none, as Excel would save it. */
function staffFileSjis(extra: number, name: string, breakRow = false): string {
	const staff = readSample('staff');
	const town = readSample('municipalities').find(
		(m) => m.kind === 'town' && !staff.some((s) => s.employer_code === m.municipality_code)
	)!;
	const lines = ['支援員ID,氏名,配置自治体コード,雇用形態,勤務日数,勤務時間,年間費用（円）'];
	for (const s of staff)
		lines.push(
			[
				s.staff_id,
				s.name,
				s.employer_code,
				EMPLOYMENT_JA[s.employment!] ?? '',
				s.days_per_week,
				s.hours_per_day,
				s.annual_cost
			].join(',')
		);
	for (let i = 1; i <= extra; i++)
		lines.push(
			[
				`NEW-${i}`,
				`新規支援員${i}`,
				breakRow && i === 1 ? '469999' : town.municipality_code,
				'委託',
				'５',
				'7.75',
				'"4,200,000"'
			].join(',')
		);
	const bytes = new Uint8Array(
		Encoding.convert(Encoding.stringToCode(lines.join('\r\n') + '\r\n'), { to: 'SJIS', from: 'UNICODE' })
	);
	const path = join(dir, name);
	writeFileSync(path, bytes);
	return path;
}

const staffFigure = (page: Page) => page.locator('[data-figure="staff"] [data-value]').innerText();

describe('importing CSV files', () => {
	it('loads a Shift_JIS staff file with Japanese headers, and the overview shows the new staff', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await page.goto(`${env.app.url}data`);
		await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
		await importFiles(page, staffFileSjis(3, '支援員一覧.csv'));
		const result = page.getByTestId('import-result');
		await result.waitFor();
		expect(await result.getAttribute('data-loaded')).toBe('true');
		expect(await result.innerText()).toContain('支援員一覧.csv');
		expect(await result.innerText()).toContain('Shift_JIS');
		const total = readSample('staff').length + 3;
		expect(await page.locator('tr[data-table="staff"] td[data-col="rows"]').innerText()).toBe(
			total.toLocaleString('ja-JP')
		);

		await page.getByRole('link', { name: '概要' }).click();
		await page.locator('#overview-figures[data-live="true"]').waitFor({ timeout: 60_000 });
		await expect.poll(() => staffFigure(page)).toBe(total.toLocaleString('ja-JP'));
		// No longer the fictional sample alone: the notice goes, the source says imported data.
		expect(await page.getByTestId('sample-notice').count()).toBe(0);
		expect(await page.locator('[data-figure="staff"]').innerText()).toContain('読み込んだデータ');
		watch.assertClean('import', { strict: true });

		// Kept in this browser: a reload shows the same figures and the imported file.
		await page.reload();
		await page.locator('#overview-figures[data-live="true"]').waitFor({ timeout: 60_000 });
		expect(await staffFigure(page)).toBe(total.toLocaleString('ja-JP'));
		await page.getByRole('link', { name: 'データ' }).click();
		await expect.poll(() => page.locator('tr[data-table="staff"]').innerText()).toContain('支援員一覧.csv');

		// One workspace file carries it all: save it, go back to the sample, open it again.
		const [saved] = await Promise.all([page.waitForEvent('download'), page.getByTestId('workspace-export').click()]);
		const workspacePath = join(dir, saved.suggestedFilename());
		await saved.saveAs(workspacePath);
		expect(saved.suggestedFilename()).toMatch(/^haichi-workspace-\d{4}-\d{2}-\d{2}\.json$/);
		await page.getByTestId('restore-sample').click();
		await page.getByTestId('restore-confirm').click();
		await expect
			.poll(() => page.locator('tr[data-table="staff"] td[data-col="rows"]').innerText(), { timeout: 60_000 })
			.toBe(readSample('staff').length.toLocaleString('ja-JP'));
		await page.getByTestId('workspace-import').setInputFiles(workspacePath);
		await expect
			.poll(() => page.locator('tr[data-table="staff"]').innerText(), { timeout: 60_000 })
			.toContain('支援員一覧.csv');
		expect(await page.locator('tr[data-table="staff"] td[data-col="rows"]').innerText()).toBe(
			total.toLocaleString('ja-JP')
		);
		await page.getByRole('link', { name: '概要' }).click();
		await expect.poll(() => staffFigure(page), { timeout: 60_000 }).toBe(total.toLocaleString('ja-JP'));
		await page.getByRole('link', { name: 'データ' }).click();

		// Back to the sample asks first and can be undone; then back again, and that survives a reload.
		await page.getByRole('link', { name: 'データ' }).click();
		await page.getByTestId('restore-sample').click();
		await page.getByTestId('restore-confirm').click();
		await page.getByTestId('undo-restore').click();
		await expect
			.poll(() => page.locator('tr[data-table="staff"]').innerText(), { timeout: 60_000 })
			.toContain('支援員一覧.csv');
		await page.getByTestId('restore-sample').click();
		await page.getByTestId('restore-confirm').click();
		await page.getByTestId('restored-sample').waitFor({ timeout: 60_000 });
		await page.getByRole('link', { name: '概要' }).click();
		await expect
			.poll(() => staffFigure(page), { timeout: 60_000 })
			.toBe(readSample('staff').length.toLocaleString('ja-JP'));
		await page.reload();
		await page.locator('#overview-figures[data-live="true"]').waitFor({ timeout: 60_000 });
		expect(await staffFigure(page)).toBe(readSample('staff').length.toLocaleString('ja-JP'));
		await page.close();
	});

	it('explains a damaged stored workspace, shows the sample meanwhile, and starts afresh with one click', async () => {
		const page = await env.browser.context.newPage();
		await page.goto(env.app.url);
		await page.locator('#overview-figures[data-live="true"]').waitFor({ timeout: 60_000 });
		await page.evaluate(
			() =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open('haichi');
					open.onupgradeneeded = () => open.result.createObjectStore('workspace');
					open.onsuccess = () => {
						const tx = open.result.transaction('workspace', 'readwrite');
						tx.objectStore('workspace').put({ version: 1, dataset: 'garbage' }, 'workspace');
						tx.oncomplete = () => resolve();
						tx.onerror = () => reject(tx.error);
					};
					open.onerror = () => reject(open.error);
				})
		);
		await page.reload();
		// The app starts on the sample; the stored workspace is named, not deleted behind the user's back.
		const notice = page.getByTestId('stored-problem');
		await notice.waitFor({ timeout: 60_000 });
		expect(await notice.innerText()).toContain('このブラウザに保存された作業データを表示できないため');
		await page.locator('#overview-figures[data-live="true"]').waitFor({ timeout: 60_000 });
		expect(await staffFigure(page)).toBe(readSample('staff').length.toLocaleString('ja-JP'));
		await page.getByRole('button', { name: '保存された作業データを消してサンプルで始める' }).click();
		await notice.waitFor({ state: 'detached', timeout: 60_000 });
		expect(await staffFigure(page)).toBe(readSample('staff').length.toLocaleString('ja-JP'));
		await page.reload();
		await page.locator('#overview-figures[data-live="true"]').waitFor({ timeout: 60_000 });
		expect(await page.getByRole('alert').count()).toBe(0);
		await page.close();
	});

	it('rejects a file with a dangling reference, names file, line, column and value, and keeps the data', async () => {
		const page = await env.browser.context.newPage();
		await page.goto(`${env.app.url}data`);
		await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
		await importFiles(page, staffFileSjis(2, 'broken.csv', true));
		const result = page.getByTestId('import-result');
		await result.waitFor();
		expect(await result.getAttribute('data-loaded')).toBe('false');
		const text = await result.innerText();
		expect(text).toContain('何も変更していません');
		expect(text).toContain('broken.csv');
		expect(text).toContain('employer_code');
		expect(text).toContain('469999');
		// The line of the first new staff member: header + sample staff + 1.
		expect(text).toContain(String(readSample('staff').length + 2));
		expect(await page.locator('tr[data-table="staff"] td[data-col="rows"]').innerText()).toBe(
			readSample('staff').length.toLocaleString('ja-JP')
		);
		await page.close();
	});

	it('refuses a UTF-8 file with one Shift_JIS line at that line, and reads the same staff saved as UTF-16', async () => {
		const page = await env.browser.context.newPage();
		await page.goto(`${env.app.url}data`);
		await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
		const text = readFileSync(staffFileSjis(1, 'sjis.csv'));
		const rows = new TextDecoder('shift_jis').decode(text).split('\r\n');
		// All UTF-8 but the last staff member, saved from another program in Shift_JIS.
		const utf8Part = new TextEncoder().encode(rows.slice(0, -2).join('\r\n') + '\r\n');
		const sjisPart = new Uint8Array(
			Encoding.convert(Encoding.stringToCode(rows.at(-2)! + '\r\n'), { to: 'SJIS', from: 'UNICODE' })
		);
		const mixed = join(dir, 'mixed.csv');
		writeFileSync(mixed, Buffer.concat([utf8Part, sjisPart]));
		await page.getByTestId('file-input').setInputFiles(mixed);
		const article = page.locator('[data-testid="import-review"] article[data-file]');
		await article.locator('.rejected').waitFor({ timeout: 60_000 });
		const said = await article.innerText();
		expect(said).toContain('mixed.csv');
		expect(said).toContain(ja.issue.rule.file('mixed_encoding'));
		// The line where Shift_JIS starts: header + the sample's staff + 1.
		expect(said).toContain(String(readSample('staff').length + 2));
		expect(said).not.toContain('謾ッ謠エ');

		// The same file saved as Excel's "Unicode text" (UTF-16 LE with a BOM, tabs) is read as it is.
		const tsv = rows.join('\r\n').replaceAll(',', '\t').replaceAll('"4\t200\t000"', '4200000');
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]);
		const unicodeText = join(dir, 'unicode.txt');
		writeFileSync(unicodeText, utf16);
		await page.getByTestId('file-input').setInputFiles(unicodeText);
		const unicode = page.locator('[data-testid="import-review"] article[data-file="unicode.txt"]');
		await unicode.locator('.choices').waitFor({ timeout: 60_000 });
		expect(await unicode.locator('select[data-choice="table"]').inputValue()).toBe('staff');
		expect(await unicode.innerText()).toContain('UTF-16');
		// Its first rows read as written, not as mojibake.
		expect(await unicode.innerText()).toContain(readSample('staff')[0]!.name!);
		await page.close();
	});

	it('keeps working when this browser refuses to store anything, and says the data will not survive a reload', async () => {
		const page = await env.browser.context.newPage();
		// Private mode or a storage policy: IndexedDB cannot be opened.
		await page.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', {
				get() {
					throw new DOMException('storage is disabled', 'SecurityError');
				}
			});
		});
		await page.goto(`${env.app.url}data`);
		await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
		await importFiles(page, staffFileSjis(1, 'one-more.csv'));
		await page.getByTestId('import-result').waitFor();
		expect(await page.getByTestId('import-result').getAttribute('data-loaded')).toBe('true');
		await expect
			.poll(() => page.getByRole('alert').allInnerTexts())
			.toContainEqual(expect.stringContaining('このブラウザに保存できませんでした'));
		expect(await page.locator('tr[data-table="staff"] td[data-col="rows"]').innerText()).toBe(
			(readSample('staff').length + 1).toLocaleString('ja-JP')
		);
		await page.close();
	});

	it('undoes the import of one table', async () => {
		const page = await env.browser.context.newPage();
		await page.goto(`${env.app.url}data`);
		await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
		await importFiles(page, staffFileSjis(2, 'two-more.csv'));
		await expect
			.poll(() => page.locator('tr[data-table="staff"]').innerText(), { timeout: 60_000 })
			.toContain('two-more.csv');
		await page.locator('button[data-revert="staff"]').click();
		await expect
			.poll(() => page.locator('tr[data-table="staff"]').innerText(), { timeout: 60_000 })
			.toContain('staff.csv');
		expect(await page.locator('tr[data-table="staff"] td[data-col="rows"]').innerText()).toBe(
			readSample('staff').length.toLocaleString('ja-JP')
		);
		await page.getByRole('link', { name: '概要' }).click();
		await page.locator('#overview-figures[data-live="true"]').waitFor({ timeout: 60_000 });
		await expect.poll(() => staffFigure(page)).toBe(readSample('staff').length.toLocaleString('ja-JP'));
		expect(await page.getByTestId('sample-notice').count()).toBe(1);
		await page.close();
	});

	it('saves any table as CSV for Excel and as an Excel workbook', async () => {
		const page = await env.browser.context.newPage();
		await page.goto(`${env.app.url}data`);
		await page.locator('button[data-export="staff"]:not([disabled])').waitFor({ timeout: 60_000 });
		const { readFile } = await import('node:fs/promises');
		const [csvFile] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('button[data-export="staff"]').click()
		]);
		const csv = await readFile((await csvFile.path())!);
		expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = csv.subarray(3).toString('utf8').trimEnd().split('\r\n');
		expect(lines[0]).toBe(
			'staff_id,name,employer_code,employment,days_per_week,hours_per_day,base_lat,base_lon,annual_cost'
		);
		expect(lines.length - 1).toBe(readSample('staff').length);

		const [xlsxFile] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('button[data-export-xlsx="support_requests"]').click()
		]);
		expect(xlsxFile.suggestedFilename()).toBe('haichi-support_requests.xlsx');
		const { readSheet } = await import('read-excel-file/node');
		const rows = await readSheet((await xlsxFile.path())!);
		expect(rows[0]).toEqual([
			'request_id',
			'requested_at',
			'school_code',
			'category',
			'mode',
			'minutes',
			'resolved_at'
		]);
		expect(rows.length - 1).toBe(readSample('support_requests').length);
		const first = readSample('support_requests')[0]!;
		expect(rows[1]!.slice(0, 4)).toEqual([first.request_id, first.requested_at, first.school_code, first.category]);
		await page.close();
	});

	it('refuses a file that is not a workspace and keeps the data', async () => {
		const page = await env.browser.context.newPage();
		await page.goto(`${env.app.url}data`);
		await page.locator('[data-testid="workspace-import"]:not([disabled])').waitFor({ timeout: 60_000 });
		const path = join(dir, 'not-a-workspace.json');
		writeFileSync(path, '{"hello": "world"}');
		await page.getByTestId('workspace-import').setInputFiles(path);
		const alert = page.getByRole('alert');
		await alert.waitFor();
		expect(await alert.innerText()).toContain('「not-a-workspace.json」は Haichi の作業データのファイルではありません');
		expect(await page.locator('tr[data-table="staff"] td[data-col="rows"]').innerText()).toBe(
			readSample('staff').length.toLocaleString('ja-JP')
		);
		await page.close();
	});

	it('replaces the whole sample with a town’s own files, after offering to empty the sample tables in the way', async () => {
		const page = await env.browser.context.newPage();
		await page.goto(`${env.app.url}data`);
		await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
		const own = (name: string, lines: string[]) => {
			const path = join(dir, name);
			writeFileSync(path, lines.join('\r\n') + '\r\n');
			return path;
		};
		// 柏市 (122173), three of its schools and two staff: nothing of the fictional prefecture.
		const files = [
			own('市区町村.csv', ['団体コード,市区町村名,区分,緯度,経度', '122173,柏市,市,35.8676,139.9758']),
			own('学校.csv', [
				'学校コード,学校名,学校種,所在市区町村コード,緯度,経度,児童生徒数',
				'K-001,柏第一小学校,小学校,122173,35.8601,139.9712,520',
				'K-002,柏第二小学校,小学校,122173,35.8702,139.9855,430',
				'K-003,柏中学校,中学校,122173,35.8655,139.9601,610'
			]),
			own('支援員.csv', ['支援員ID,氏名,配置自治体コード,勤務日数', 'S-1,支援員一,122173,5', 'S-2,支援員二,122173,4'])
		];
		await importFiles(page, files);
		// Refused: the sample's own tables (assignments, the log, …) point at schools that are gone.
		const offer = page.getByTestId('sample-conflict');
		await offer.waitFor({ timeout: 60_000 });
		expect(await page.getByTestId('import-result').getAttribute('data-loaded')).toBe('false');
		expect(await offer.innerText()).toContain('assignments.csv');
		// The plan indicators point at no checked reference, yet describe the fictional municipalities.
		expect(await offer.innerText()).toContain('ict_environment.csv');
		await page.getByTestId('drop-sample').click();
		await expect
			.poll(() => page.getByTestId('import-result').getAttribute('data-loaded'), { timeout: 60_000 })
			.toBe('true');
		for (const table of ['assignments', 'support_requests', 'ict_environment'])
			expect(await page.locator(`tr[data-table="${table}"] td[data-col="rows"]`).innerText(), table).toBe('0');
		// The files hold no dates: the user says which 年度 the data is of, and every screen names it.
		await page.getByTestId('fiscal-year').selectOption('2025');

		await page.getByRole('link', { name: '概要' }).click();
		await page.locator('#overview-figures[data-live="true"]').waitFor({ timeout: 60_000 });
		await expect.poll(() => page.locator('[data-figure="schools"] [data-value]').innerText()).toBe('3');
		expect(await staffFigure(page)).toBe('2');
		// Nothing fictional is left, and nothing says so.
		expect(await page.getByTestId('sample-notice').count()).toBe(0);
		expect(await page.locator('[data-figure="schools"]').innerText()).toContain('令和7年度（2025年度）');
		await page.reload();
		await page.locator('#overview-figures[data-live="true"]').waitFor({ timeout: 60_000 });
		expect(await page.locator('[data-figure="schools"]').innerText()).toContain('令和7年度（2025年度）');
		await page.close();
	});
});
