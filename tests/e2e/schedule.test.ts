/**
 * The schedule screen as a planner uses it: make the week for a municipality, read the figures,
 * save the CSV and check it against the rules, pin a visit and make it again around the pin, stop a
 * run, and see a shortage explained. HiGHS runs from the app's own origin.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { watchPage } from '../support/browser';
import { importFiles, useAppInBrowser } from '../support/e2e';
import { parseCsv, readSample, SAMPLE_DIR } from '../support/sample-files';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seriousViolations } from '../support/axe';
import { expectSavedScheduleKeepsRules } from '../support/schedule-check';

const env = useAppInBrowser();

async function openSchedule(): Promise<Page> {
	const page = await env.browser.context.newPage();
	await page.goto(`${env.app.url}schedule`);
	await page.locator('[data-testid="schedule-run"]:not([disabled])').waitFor({ timeout: 60_000 });
	return page;
}

/** The schedule on screen, saved as CSV and read back. */
async function savedRows(page: Page): Promise<Record<string, string>[]> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('schedule-csv-ids').click()]);
	const bytes = await readFile((await download.path())!);
	return parseCsv(bytes.subarray(3).toString('utf8').replaceAll('\r\n', '\n'));
}

const figure = (page: Page, id: string) => page.locator(`[data-figure="${id}"] [data-value]`).innerText();

describe('the schedule screen', () => {
	it('makes a municipality’s week with every visit, within 0.5% of the proven bound, and saves it as CSV', async () => {
		const page = await openSchedule();
		const watch = await watchPage(page, env.app.origin);
		await page.getByTestId('employer').selectOption('469025');
		await page.getByTestId('schedule-run').click();
		await page.getByTestId('schedule-result').waitFor({ timeout: 60_000 });
		const schools = readSample('schools').filter((s) => (s.employer_code || s.municipality_code) === '469025');
		const visits = schools.reduce((n, s) => n + (Number(s.classes) >= 18 ? 2 : 1), 0);
		expect(await figure(page, 'visits')).toBe(`${visits} / ${visits}`);
		// Proven optimal for travel, then up to 0.5% more travel buys a more even load over the staff.
		expect(await figure(page, 'gap')).toMatch(/^(最適（証明済み）|0\.[0-5]%)$/);
		const hoursOf = async (id: string) => Number((await figure(page, id)).replace(' 時間', ''));
		expect(await hoursOf('travel')).toBeGreaterThanOrEqual(await hoursOf('bound'));
		expect(await hoursOf('travel')).toBeLessThanOrEqual((await hoursOf('bound')) * 1.005 + 0.05);

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('schedule-csv-ids').click()]);
		const bytes = await readFile((await download.path())!);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = parseCsv(bytes.subarray(3).toString('utf8').replaceAll('\r\n', '\n'));
		expect(Object.keys(rows[0]!)).toEqual([
			'staff_id',
			'weekday',
			'order',
			'school_code',
			'arrive',
			'depart',
			'travel_minutes'
		]);
		// The policy's visits, and those the spare staff-days add (at most 2 a week per school), as the screen says.
		const made = rows.filter((r) => r.school_code);
		const extra = Number((await page.getByTestId('staff-day-use').innerText()).match(/追加の訪問 (\d+) 回/)![1]);
		expect(made).toHaveLength(visits + extra);
		expect(extra).toBeGreaterThan(0);
		expect(new Set(made.map((r) => r.school_code))).toEqual(new Set(schools.map((s) => s.school_code)));
		// Never twice on one day; two visits never on consecutive days.
		const days = new Map<string, number[]>();
		for (const r of made)
			days.set(r.school_code!, [
				...(days.get(r.school_code!) ?? []),
				['mon', 'tue', 'wed', 'thu', 'fri'].indexOf(r.weekday!)
			]);
		for (const d of days.values()) if (d.length === 2) expect(Math.abs(d[0]! - d[1]!)).toBeGreaterThanOrEqual(2);
		// The independent checker of every hard rule, on the schedule as saved; nothing may be missing here.
		await expectSavedScheduleKeepsRules(rows, '469025');
		// The CSV's travel adds up to the figure on screen.
		const travelHours = rows.reduce((t, r) => t + Number(r.travel_minutes), 0) / 60;
		expect((await figure(page, 'travel')).replace(' 時間', '')).toBe(
			travelHours.toLocaleString('ja-JP', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
		);
		const [xlsxFile] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('schedule-xlsx-ids').click()
		]);
		const { readSheet } = await import('read-excel-file/node');
		const sheet = await readSheet((await xlsxFile.path())!);
		expect(sheet[0]).toEqual(['staff_id', 'weekday', 'order', 'school_code', 'arrive', 'depart', 'travel_minutes']);
		expect(sheet.length - 1).toBe(rows.length);
		expect(
			sheet
				.slice(1)
				.map((r) => r[3] ?? '')
				.filter(Boolean)
				.sort()
		).toEqual(made.map((r) => r.school_code).sort());

		// The map shows every school, and one route per working day; a weekday button filters them.
		const map = page.getByTestId('schedule-map');
		expect(await map.locator('circle[data-school]').count()).toBe(schools.length);
		const workingDays = new Set(rows.map((r) => `${r.staff_id} ${r.weekday}`));
		expect(await map.locator('polyline.route').count()).toBe(workingDays.size);
		await map.getByRole('button', { name: '月', exact: true }).click();
		expect(await map.locator('polyline.route').count()).toBe([...workingDays].filter((d) => d.endsWith(' mon')).length);
		await expect.poll(() => map.locator('path.map-land').getAttribute('d')).toMatch(/^M/);
		expect(watch.problems()).toEqual([]);
		expect(await seriousViolations(page)).toEqual([]);
		await page.close();
	});

	it('keeps a pinned visit on its day and staff member when the week is made again', async () => {
		const page = await openSchedule();
		await page.getByTestId('employer').selectOption('469033');
		await page.getByTestId('schedule-run').click();
		await page.getByTestId('schedule-result').waitFor({ timeout: 60_000 });
		// Pin the first visit of the timetable to another weekday: its staff member's first free day.
		const first = page.locator('[data-testid="timetable"] button.visit').first();
		const school = (await first.getAttribute('data-school'))!;
		const staff = (await first.locator('xpath=ancestor::tr[1]').getAttribute('data-staff'))!;
		const day = (await first.locator('xpath=ancestor::td[1]').getAttribute('data-day'))!;
		await first.click();
		expect(await first.getAttribute('aria-pressed')).toBe('true');
		await page.getByRole('button', { name: '固定を守って作り直す' }).click();
		await page.locator('[data-testid="schedule-run"]:not([disabled])').waitFor({ timeout: 60_000 });
		const pinned = page.locator(`tr[data-staff="${staff}"] td[data-day="${day}"] button[data-school="${school}"]`);
		await pinned.waitFor();
		expect(await pinned.getAttribute('aria-pressed')).toBe('true');
		await expectSavedScheduleKeepsRules(await savedRows(page), '469033', {
			pins: [{ school, staff, day: day as 'mon' }]
		});
		await page.getByRole('button', { name: '固定をすべて外す' }).click();
		await page.close();
	});

	it('keeps the employer and its week across a reload, and the scenarios are about the same employer', async () => {
		const page = await openSchedule();
		await page.getByTestId('employer').selectOption('469041');
		await page.getByTestId('schedule-run').click();
		await page.getByTestId('schedule-result').waitFor({ timeout: 60_000 });
		const travel = await figure(page, 'travel');
		const timetable = await page.locator('[data-testid="timetable"]').innerText();
		// Let the kept week reach the browser's storage (a moment after the change), then come back.
		await page.waitForTimeout(800);
		await page.reload();
		await page.getByTestId('schedule-result').waitFor({ timeout: 60_000 });
		expect(await page.getByTestId('employer').inputValue()).toBe('469041');
		expect(await figure(page, 'travel')).toBe(travel);
		expect(await page.locator('[data-testid="timetable"]').innerText()).toBe(timetable);
		// The scenarios are about the employer chosen here.
		await page.getByRole('link', { name: 'シナリオ比較' }).click();
		await page.getByTestId('scope').waitFor({ timeout: 60_000 });
		await expect.poll(() => page.getByTestId('scope').inputValue(), { timeout: 60_000 }).toBe('469041');
		await page.close();
	});

	it('stops a run on request and keeps the screen usable', async () => {
		const page = await openSchedule();
		await page.getByTestId('employer').selectOption('469017');
		await page.getByTestId('schedule-run').click();
		await page.getByTestId('schedule-cancel').click();
		await page.getByText('作成を中止しました。').waitFor();
		expect(await page.getByTestId('schedule-result').count()).toBe(0);
		expect(await page.getByTestId('schedule-run').isEnabled()).toBe(true);
		await page.close();
	});

	it('explains visits that do not fit: island schools too far from the prefecture’s bases', async () => {
		const page = await openSchedule();
		await page.getByTestId('employer').selectOption('460001');
		await page.getByTestId('schedule-run').click();
		const short = page.getByTestId('schedule-short');
		await short.waitFor({ timeout: 60_000 });
		expect(await short.innerText()).toContain('1日の勤務時間内に往復できません');
		expect(await page.locator('[data-testid="unmet"] tbody tr').count()).toBeGreaterThan(0);
		await expectSavedScheduleKeepsRules(await savedRows(page), '460001');
		await page.close();
	});

	it('turns a lack of staff-days into a number of staff when visits go up', async () => {
		const page = await openSchedule();
		await page.getByTestId('employer').selectOption('469025');
		await page.locator('[data-testid="schedule-settings"] summary').click();
		await page.locator('input[data-setting="baseVisits"]').fill('5');
		await page.getByTestId('schedule-run').click();
		const short = page.getByTestId('schedule-short');
		await short.waitFor({ timeout: 60_000 });
		expect(await short.innerText()).toMatch(/訪問が週 \d+ 日分足りません。あと約 \d+ 人の支援員（週5日）が必要です。/);
		await expectSavedScheduleKeepsRules(await savedRows(page), '469025', { policy: { baseVisits: 5 } });
		await page.locator('input[data-setting="baseVisits"]').fill('1');
		await page.locator('input[data-setting="baseVisits"]').blur();
		await page.waitForTimeout(600);
		await page.close();
	});

	it('gives a school the visit days set for it alone when the week is made again', async () => {
		const page = await openSchedule();
		await page.getByTestId('employer').selectOption('469068');
		await page.getByTestId('schedule-run').click();
		await page.getByTestId('schedule-result').waitFor({ timeout: 60_000 });
		const row = page.locator('[data-testid="school-visits"] tbody tr').first();
		const school = (await row.getAttribute('data-school'))!;
		await row.locator('input').fill('3');
		await row.locator('input').dispatchEvent('change');
		await page.getByTestId('schedule-run').click();
		await page.locator('[data-testid="schedule-run"]:not([disabled])').waitFor({ timeout: 60_000 });
		const again = page.locator(`[data-testid="school-visits"] tr[data-school="${school}"]`);
		await expect.poll(() => again.locator('td').first().innerText()).toBe('3');
		// Three visits a week: Monday, Wednesday and Friday.
		expect(await again.locator('td').nth(1).innerText()).toBe('月・水・金');
		await expectSavedScheduleKeepsRules(await savedRows(page), '469068', { policy: { overrides: { [school]: 3 } } });
		await again.locator('input').fill('');
		await again.locator('input').dispatchEvent('change');
		await page.waitForTimeout(600);
		await page.close();
	});

	it('sets visit days from hours a week, as Kyoto does for its prefectural schools', async () => {
		const page = await openSchedule();
		await page.getByTestId('employer').selectOption('469068');
		await page.locator('[data-testid="schedule-settings"] summary').click();
		await page.locator('input[data-setting="byHours"]').check();
		await page.getByTestId('schedule-run').click();
		await page.getByTestId('schedule-result').waitFor({ timeout: 60_000 });
		// 10 hours a week in visits of 3.5 hours: 3 visits for every school, one more for large ones.
		const asked = await page.locator('[data-testid="school-visits"] tbody tr td:first-of-type').allInnerTexts();
		expect(asked.length).toBeGreaterThan(0);
		expect(asked.every((v) => v === '3' || v === '4')).toBe(true);
		await expectSavedScheduleKeepsRules(await savedRows(page), '469068', {
			policy: { hoursPerWeek: { hours: 10, hoursPerVisit: 3.5 } }
		});
		await page.locator('[data-testid="schedule-settings"] label.radio').first().locator('input').check();
		await page.waitForTimeout(600);
		await page.close();
	});

	it('keeps the assumptions across a reload', async () => {
		const page = await openSchedule();
		await page.locator('[data-testid="schedule-settings"] summary').click();
		await page.locator('input[data-setting="minOnsite"]').fill('150');
		await page.locator('input[data-setting="minOnsite"]').blur();
		await page.waitForTimeout(800);
		await page.reload();
		await page.locator('[data-testid="schedule-run"]:not([disabled])').waitFor({ timeout: 60_000 });
		await page.locator('[data-testid="schedule-settings"] summary').click();
		await expect.poll(() => page.locator('input[data-setting="minOnsite"]').inputValue()).toBe('150');
		await page.locator('input[data-setting="minOnsite"]').fill('180');
		await page.locator('input[data-setting="minOnsite"]').blur();
		await page.waitForTimeout(800);
		await page.close();
	});

	it('says which schools it leaves out for want of a location, after an import', async () => {
		const page = await env.browser.context.newPage();
		await page.goto(`${env.app.url}data`);
		await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
		const lines = (await readFile(`${SAMPLE_DIR}schools.csv`, 'utf8')).trimEnd().split('\n');
		const header = lines[0]!.split(',');
		const target = lines.findIndex((l, i) => i > 0 && l.split(',')[header.indexOf('municipality_code')] === '469025');
		const cells = lines[target]!.split(',');
		const school = cells[0]!;
		cells[header.indexOf('lat')] = '';
		cells[header.indexOf('lon')] = '';
		lines[target] = cells.join(',');
		const dir = mkdtempSync(join(tmpdir(), 'haichi-schedule-'));
		writeFileSync(join(dir, 'schools.csv'), lines.join('\n') + '\n');
		await importFiles(page, join(dir, 'schools.csv'));
		await page.locator('[data-testid="import-result"][data-loaded="true"]').waitFor({ timeout: 60_000 });
		await page.getByRole('link', { name: '巡回スケジュール' }).click();
		await page.locator('[data-testid="schedule-run"]:not([disabled])').waitFor({ timeout: 60_000 });
		await page.getByTestId('employer').selectOption('469025');
		const skipped = page.getByTestId('schedule-skipped');
		await skipped.waitFor();
		expect(await skipped.innerText()).toContain('位置（緯度・経度）のない学校 1 校');
		expect(await skipped.innerText()).toContain(school);
		await page.getByRole('link', { name: 'データ' }).click();
		await page.getByTestId('restore-sample').click();
		await page.getByTestId('restore-confirm').click();
		await expect
			.poll(() => page.locator('tr[data-table="schools"]').innerText(), { timeout: 60_000 })
			.toContain('サンプル');
		await page.close();
	});

	it('takes an imported travel matrix over the estimate: a school two and a half hours away by the matrix is out of reach', async () => {
		const page = await env.browser.context.newPage();
		await page.goto(`${env.app.url}data`);
		await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
		const staff = readSample('staff').filter((m) => m.employer_code === '469068');
		const school = readSample('schools').find((x) => (x.employer_code || x.municipality_code) === '469068')!;
		// Both ways between every base and the school: 150 minutes, so 300 + 180 on site > 465.
		const rows = staff.map((m) => `${m.staff_id},${school.school_code},150,road`);
		const dir = mkdtempSync(join(tmpdir(), 'haichi-matrix-'));
		writeFileSync(join(dir, '移動時間.csv'), ['出発地,到着地,所要時間,交通手段', ...rows].join('\r\n') + '\r\n');
		await importFiles(page, join(dir, '移動時間.csv'));
		await page.locator('[data-testid="import-result"][data-loaded="true"]').waitFor({ timeout: 60_000 });
		await page.getByRole('link', { name: '巡回スケジュール' }).click();
		await page.locator('[data-testid="schedule-run"]:not([disabled])').waitFor({ timeout: 60_000 });
		await page.getByTestId('employer').selectOption('469068');
		await page.getByTestId('schedule-run').click();
		await page.getByTestId('schedule-result').waitFor({ timeout: 60_000 });
		const unmet = page.locator('[data-testid="unmet"] tbody tr');
		await expect.poll(() => unmet.count()).toBe(1);
		expect(await unmet.innerText()).toContain(school.name);
		expect(await unmet.innerText()).toContain('1日で往復できない');
		await page.getByRole('link', { name: 'データ' }).click();
		await page.getByTestId('restore-sample').click();
		await page.getByTestId('restore-confirm').click();
		await expect
			.poll(() => page.locator('tr[data-table="travel_times"] td[data-col="rows"]').innerText(), { timeout: 60_000 })
			.toBe('0');
		await page.close();
	});
});
