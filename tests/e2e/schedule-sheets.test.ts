/**
 * The schedule on paper and in people's words: a municipality's week printed, as the print buttons
 * do, as each staff member's rounds (巡回表) and each school's visit plan (訪問予定), read back from
 * the PDF as a reader would; and the schedule file with Japanese headers and names.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { watchPage } from '../support/browser';
import { useAppInBrowser } from '../support/e2e';
import { pdfPages } from '../support/pdf-text';
import { parseCsv } from '../support/sample-files';

const env = useAppInBrowser();
const CITY = '469025';
/** The sample's 年度, as every document names it. */
const FISCAL_YEAR = '令和7年度（2025年度）';
const LONG = { mon: '月曜日', tue: '火曜日', wed: '水曜日', thu: '木曜日', fri: '金曜日' } as const;
const SHORT = { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金' } as const;
type Day = keyof typeof LONG;

/** pdf.js may split or space runs of text: compare without spaces. */
const squash = (s: string) => s.replace(/\s+/g, '');

interface ShownVisit {
	day: Day;
	staff: string;
	school: string;
	arrive: string;
	depart: string;
}

/** The week as the timetable on screen shows it: staff in order, each with their visits by weekday and order. */
async function shownWeek(page: Page): Promise<{ staff: string[]; visits: ShownVisit[] }> {
	return page.getByTestId('timetable').evaluate((table) => {
		const staff: string[] = [];
		const visits: ShownVisit[] = [];
		for (const row of table.querySelectorAll('tbody tr')) {
			const name = row.querySelector('th')!.firstChild!.textContent!.trim();
			staff.push(name);
			for (const cell of row.querySelectorAll<HTMLElement>('td[data-day]'))
				for (const button of cell.querySelectorAll('button.visit')) {
					const [arrive, depart] = button.querySelector('.time')!.textContent!.split('–') as [string, string];
					const school = button.querySelector('.name')!.textContent!;
					visits.push({ day: cell.dataset.day as Day, staff: name, school, arrive, depart });
				}
		}
		return { staff, visits };
	});
}

/** What the print button does, without a dialog: it asks the browser to print, and the PDF is what Chromium prints. */
async function printed(page: Page, button: string): Promise<string[]> {
	await page.evaluate(() => {
		const w = window as unknown as { printCalls: number };
		w.printCalls = 0;
		window.print = () => void w.printCalls++;
	});
	await page.getByTestId(button).click();
	expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
	return pdfPages(new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })));
}

describe('the schedule on paper', () => {
	it('prints a week sheet per staff member and a visit plan per school, with the names and times on screen', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await page.goto(`${env.app.url}schedule`);
		await page.locator('[data-testid="schedule-run"]:not([disabled])').waitFor({ timeout: 60_000 });
		await page.getByTestId('employer').selectOption(CITY);
		await page.getByTestId('schedule-run').click();
		await page.getByTestId('schedule-result').waitFor({ timeout: 60_000 });
		const employer = (await page.locator('#result-title').innerText()).replace('の週間スケジュール', '');
		const week = await shownWeek(page);
		expect(week.visits.length).toBeGreaterThan(week.staff.length);

		// 巡回表: one A4 page per staff member, in the timetable's order, page-numbered.
		const staffPages = await printed(page, 'print-staff');
		expect(staffPages).toHaveLength(week.staff.length);
		week.staff.forEach((name, i) => {
			const text = squash(staffPages[i]!);
			expect(text).toContain('ICT支援員巡回表');
			expect(text).toContain(squash(name));
			expect(text).toContain(squash(employer));
			expect(text).toContain(squash(FISCAL_YEAR));
			expect(text).toContain(`${i + 1}/${week.staff.length}`);
			for (const other of week.staff.filter((n) => n !== name)) expect(text).not.toContain(squash(other));
			// Each weekday's schools in visiting order, with the arrival and departure shown on screen.
			let from = 0;
			for (const day of Object.keys(LONG) as Day[]) {
				const visits = week.visits.filter((v) => v.staff === name && v.day === day);
				const at = text.indexOf(LONG[day], from);
				expect(at).toBeGreaterThanOrEqual(from);
				from = at;
				if (visits.length === 0) expect(text.slice(at, at + 10)).toContain('訪問なし');
				visits.forEach((v, k) => {
					const next = text.indexOf(squash(`${k + 1}${v.school}${v.arrive}${v.depart}`), from);
					expect(next, `${name} ${day} ${v.school}`).toBeGreaterThan(from);
					from = next;
				});
			}
			expect(text).toContain('週の合計');
		});
		expect(squash(staffPages.join(''))).not.toContain('スケジュールを作成');

		// 訪問予定: one page per school, in the order of the visit-days table, saying who arrives when on which weekday.
		const schools = await page.locator('[data-testid="school-visits"] tbody th').allInnerTexts();
		const schoolPages = await printed(page, 'print-schools');
		expect(schoolPages).toHaveLength(schools.length);
		schools.forEach((school, i) => {
			const text = squash(schoolPages[i]!);
			expect(text).toContain('ICT支援員訪問予定');
			expect(text).toContain(squash(school));
			expect(text).toContain(squash(FISCAL_YEAR));
			expect(text).toContain(`${i + 1}/${schools.length}`);
			const visits = week.visits.filter((v) => v.school === school);
			expect(visits.length).toBeGreaterThan(0);
			for (const v of visits) expect(text).toContain(squash(`${LONG[v.day]}${v.staff}${v.arrive}${v.depart}`));
			expect(text).toContain(squash(`週 ${visits.length} 日の訪問`));
		});

		// The file for people: Japanese headers, staff and schools by name, 月…金, the times on screen.
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('schedule-csv').click()]);
		const bytes = await readFile((await download.path())!);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = parseCsv(bytes.subarray(3).toString('utf8').replaceAll('\r\n', '\n'));
		expect(Object.keys(rows[0]!)).toEqual(['支援員', '曜日', '順番', '行き先', '到着', '出発', '移動時間（分）']);
		const made = rows.filter((r) => r['行き先'] !== '拠点に戻る');
		expect(made.map((r) => [r['支援員'], r['曜日'], r['行き先'], r['到着'], r['出発']]).sort()).toEqual(
			week.visits.map((v) => [v.staff, SHORT[v.day], v.school, v.arrive, v.depart]).sort()
		);
		expect(new Set(rows.map((r) => r['曜日']))).toEqual(new Set(week.visits.map((v) => SHORT[v.day])));
		const [xlsxFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('schedule-xlsx').click()]);
		const { readSheet } = await import('read-excel-file/node');
		const sheet = await readSheet((await xlsxFile.path())!);
		expect(sheet[0]).toEqual(['支援員', '曜日', '順番', '行き先', '到着', '出発', '移動時間（分）']);
		expect(sheet.length - 1).toBe(rows.length);
		expect(watch.problems()).toEqual([]);
		await page.close();
	});
});
