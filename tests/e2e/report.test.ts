/**
 * The budget pack: made for a city and its "+3 staff" scenario on 1 December 2026, printed to PDF in
 * Chromium as the print button does, and read back: numbered A4 pages, the cover's request (the
 * increase, the people and the new total) for the next 年度 in 和暦 and western year, the cost taken
 * apart into lines that add up, the national basis with its sources named by issuer, and the figures
 * the screen shows. Then both versions the user chooses between: the one-page summary (概要) and the
 * full pack, with the explanations, the 年度 and the organisation typed on the screen (kept over a
 * reload), the approval boxes on and off, and the week's timetable of staff and schools.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchPage } from '../support/browser';
import { useAppInBrowser } from '../support/e2e';
import { seriousViolations } from '../support/axe';
import { pdfPages } from '../support/pdf-text';

const env = useAppInBrowser();
const CITY = '469033';
const PAGES = 6;

/** pdf.js may split or space runs of text: compare without spaces. */
const squash = (s: string) => s.replace(/\s+/g, '');

/** The scenarios screen for 霧原市, a "+3" scenario made there, and its pack opened as a user does. */
async function openPack(page: Page): Promise<void> {
	await page.goto(`${env.app.url}scenarios`);
	await page.getByTestId('scope').selectOption(CITY);
	await page.locator('td[data-scenario="baseline"] [data-value]').first().waitFor({ timeout: 90_000 });
	await page.getByTestId('create').click();
	await page.waitForURL(/scenario=/);
	await page
		.locator('td[data-scenario]:not([data-scenario="baseline"]) [data-value]')
		.first()
		.waitFor({ timeout: 90_000 });

	await page.getByRole('link', { name: '予算資料' }).click();
	await page.getByTestId('report').waitFor({ timeout: 90_000 });
	await page.locator('[data-testid="print"]:not([disabled])').waitFor();
}

describe('the budget pack', () => {
	it('prints the chosen scenario on A4 pages whose text holds the figures on screen', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		// In December 2026 (令和8年度) a budget is asked for 令和9年度.
		await page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
		await openPack(page);
		const shown = {
			cost: await page.locator('[data-report="cost"]').innerText(),
			change: await page.locator('[data-report="cost-change"]').innerText(),
			p90: await page.locator('[data-report="p90Days"]').innerText(),
			sameDay: await page.locator('[data-report="sameDay"]').innerText(),
			staff: await page.locator('[data-report="staff"]').innerText(),
			ratio: await page.locator('[data-report="baseline-ratio"]').innerText(),
			schedule: await page.getByTestId('report-schedule').innerText(),
			headline: await page.getByTestId('report-headline').innerText()
		};
		expect(shown.staff).toBe('9');
		expect(shown.change).toBe('+16,200,000');
		// The cover asks for what the cost table's change says, no figure of its own.
		expect(await page.locator('[data-report="headline-change"]').innerText()).toBe(shown.change);
		expect(await page.locator('[data-report="headline-staff"]').innerText()).toBe('支援員 +3 人（6 人 → 9 人）');
		expect(await page.locator('[data-report="headline-total"]').innerText()).toBe(
			`年間費用 合計 ${shown.cost} 円（現状 40,603,000 円）`
		);

		// The breakdown's lines add up: today's to today's total, the added to the change, and both to the new total.
		const yenOf = (text: string) => Number(text.replace(/[,円\s]/g, '').replace('−', '-'));
		const amounts = async (group: string) =>
			(
				await page
					.locator(`[data-breakdown="${group}"]`)
					.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-yen')))
			).map(Number);
		const sum = (ns: number[]) => ns.reduce((a, n) => a + n, 0);
		const totals = {
			today: yenOf(await page.locator('[data-breakdown-total="today"]').innerText()),
			change: yenOf(await page.locator('[data-breakdown-total="change"]').innerText()),
			proposed: yenOf(await page.locator('[data-breakdown-total="proposed"]').innerText())
		};
		expect(sum(await amounts('today'))).toBe(totals.today);
		expect(sum(await amounts('change'))).toBe(totals.change);
		expect(totals.change).toBe(yenOf(shown.change));
		expect(totals.today + totals.change).toBe(totals.proposed);
		expect(totals.proposed).toBe(yenOf(shown.cost));
		// 霧原市: 3 staff with the table’s annual cost, 3 at the contract unit cost (5, 5 and 4 days), its own desk; +3 contracted full-time.
		const breakdown = await page.getByTestId('report-breakdown').innerText();
		expect(breakdown).toContain('前提（変更可）: 委託先への支払額');
		expect(breakdown).toContain('職員表の年額（データ）');
		expect(await amounts('change')).toEqual([16_200_000]);

		// Effect rows that read 0 on both sides are named, not shown; every row shown says its effect in words.
		const effects = await page
			.getByTestId('report-effects')
			.locator('tbody tr')
			.evaluateAll((rows) =>
				rows.map((r) => Array.from(r.querySelectorAll('td')).map((c) => (c as HTMLElement).innerText.trim()))
			);
		expect(effects.length).toBeGreaterThan(0);
		for (const [before, after, , words] of effects) {
			expect(/^[0.,%]+$/.test(before!) && /^[0.,%]+$/.test(after!)).toBe(false);
			expect(words).not.toBe('');
		}
		expect(await seriousViolations(page)).toEqual([]);

		// What the print button's dialog saves: the page in print media, A4 from the page's CSS.
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		const pages = await pdfPages(new Uint8Array(pdf));
		// The cover on its own; the sections share pages where they are short.
		expect(pages).toHaveLength(PAGES);
		// Every page is numbered "n / N".
		pages.forEach((text, i) => expect(squash(text)).toContain(`${i + 1}/${PAGES}`));
		const cover = squash(pages[0]!);
		expect(cover).toContain(squash('令和9年度（2027年度） 予算要求'));
		expect(cover).toContain(squash(`令和9年度（2027年度） 予算要求額 増額 ${shown.change} 円`));
		expect(cover).toContain(squash(shown.headline));
		expect(cover).toContain('霧原市教育委員会');
		expect(cover).toContain(squash('ICT支援員の配置計画と予算要求'));
		const text = squash(pages.join(''));
		for (const figure of Object.values(shown)) expect(text).toContain(squash(figure));
		// The request's 年度 is inside the plan period: its one year to 2027 is costed.
		expect(squash(await page.getByTestId('report-years').innerText())).toContain(
			squash(`令和9年度（2027年度） 9 ${shown.cost} ${shown.change}`)
		);
		expect(text).toContain(squash(breakdown));
		// The national basis, from the MEXT leaflet, and every source named by its issuer, never by a package.
		expect(text).toContain(squash('必要な事業費を単年度で 1,464億円 とし、所要の地方財政措置'));
		expect(text).toContain(squash('内閣府「国民の祝日について」'));
		expect(text).not.toContain('holiday');
		const last = squash(pages[PAGES - 1]!);
		expect(last).toContain(squash('前提と出典'));
		// Today's help desk as the data says (霧原市: helpdesk 1 in ict_environment), and staff-days without visits are remote support.
		expect(last).toContain(squash('ヘルプデスク（現状）: 単独で設置（ICT環境の指標「ヘルプデスク」から）'));
		expect(text).not.toContain(squash('支援員の勤務日をすべて訪問に使い'));
		// No header, navigation or controls in print.
		expect(text).not.toContain('PDFとして印刷');
		expect(text).not.toContain('巡回スケジュールデータ');
		expect(watch.problems()).toEqual([]);
		await page.close();
	});
	it('prints the one-page summary or the full pack, with the explanations typed, the week, and approval boxes when on', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
		await openPack(page);
		const headline = await page.getByTestId('report-headline').innerText();
		const change = await page.locator('[data-report="cost-change"]').innerText();
		const print = async () =>
			pdfPages(new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })));

		// The week the scenario's run planned: a row per staff member (6 today, 3 added), schools by name and time.
		const week = page.getByTestId('report-week');
		const staffNames = await week.locator('tbody th[scope="row"]').allInnerTexts();
		expect(staffNames).toHaveLength(9);
		const visits = await week.locator('li').allInnerTexts();
		expect(visits.length).toBeGreaterThanOrEqual(9);
		for (const v of visits) expect(v).toMatch(/^\d{1,2}:\d{2}\s+\S+/);

		// The explanations and the approval boxes, typed on the screen.
		const PURPOSE = '学校のICT活用を日常的に支える体制を整えるため、支援員の増員を要求します。';
		const WEEK = '月曜と金曜は拠点で遠隔支援を行います。';
		await page.getByTestId('report-notes').locator('summary').click();
		await page.locator('[data-note-input="purpose"]').fill(PURPOSE);
		await page.locator('[data-note-input="week"]').fill(WEEK);
		await page.getByTestId('approvals-shown').check();
		await page.getByTestId('approvals-roles').fill('起案者、係長 課長,教育長');
		await page.getByTestId('approvals-roles').press('Tab');
		expect(await page.getByTestId('approvals-roles').inputValue()).toBe('起案者、係長、課長、教育長');
		expect(await page.getByTestId('report-approvals').locator('th').allInnerTexts()).toEqual([
			'起案者',
			'係長',
			'課長',
			'教育長'
		]);
		await page.getByTestId('saving').waitFor({ state: 'detached', timeout: 10_000 });
		expect(await seriousViolations(page)).toEqual([]);

		const full = await print();
		expect(full).toHaveLength(PAGES);
		full.forEach((text, i) => expect(squash(text)).toContain(`${i + 1}/${PAGES}`));
		const fullCover = squash(full[0]!);
		expect(fullCover).toContain(squash(PURPOSE));
		expect(fullCover).toContain(squash('起案者 係長 課長 教育長'));
		const fullText = squash(full.join(''));
		expect(fullText).toContain(squash(WEEK));
		for (const name of staffNames) expect(fullText).toContain(squash(name));
		for (const v of visits) expect(fullText).toContain(squash(v));

		// The summary: chosen on the screen, kept in the address, one A4 page with the same request.
		await page.locator('[data-version="summary"]').check();
		await page.waitForURL(/version=summary/);
		await page.getByTestId('report-summary').waitFor();
		expect(await page.getByTestId('report-headline').innerText()).toBe(headline);
		expect(await page.getByTestId('summary-overflow').count()).toBe(0);
		const one = await print();
		expect(one).toHaveLength(1);
		const summary = squash(one[0]!);
		expect(summary).toContain('1/1');
		expect(summary).toContain(squash('令和9年度（2027年度） 予算要求'));
		expect(summary).toContain(squash(headline));
		expect(summary).toContain(squash(`増額 ${change} 円`));
		expect(summary).toContain(squash(PURPOSE));
		expect(summary).toContain(squash('起案者 係長 課長 教育長'));
		// The reasons: today against the target and the nation, the rank in the prefecture, the national basis.
		expect(summary).toContain(squash('3か年計画の目標（4 校に1人）'));
		expect(summary).toContain(squash(await page.locator('[data-summary="rank"]').innerText()));
		expect(summary).toContain(squash('所要の地方財政措置'));
		expect(summary).toContain(squash(await page.locator('[data-summary="cost"]').innerText()));
		expect(await page.locator('[data-summary-effect]').count()).toBeGreaterThan(0);
		for (const text of await page.locator('[data-summary-effect]').allInnerTexts())
			expect(summary).toContain(squash(text));
		for (const text of [fullText, summary]) {
			expect(text).not.toContain('holiday');
			expect(text).not.toContain('npm');
			expect(text).not.toContain('HiGHS');
			expect(text).not.toContain('PDFとして印刷');
		}

		// The 年度 and the organisation, typed over the defaults (the next 年度, the city's board).
		const ORGANISATION = '霧原市教育委員会 学校教育課';
		expect(await page.getByTestId('report-organisation-input').inputValue()).toBe('霧原市教育委員会');
		await page.locator('[data-field="report-year"]').fill('2028');
		await page.getByTestId('report-organisation-input').fill(ORGANISATION);
		expect(await page.getByTestId('report-organisation').innerText()).toContain(ORGANISATION);
		await page.getByTestId('saving').waitFor({ state: 'detached', timeout: 10_000 });

		// A reload keeps the version (the address), and the explanations, the 年度 and the organisation (the workspace).
		await page.reload();
		await page.getByTestId('report-summary').waitFor({ timeout: 90_000 });
		expect(await page.locator('[data-note="purpose"]').innerText()).toBe(PURPOSE);
		expect(await page.locator('[data-field="report-year"]').inputValue()).toBe('2028');
		expect(await page.getByTestId('report-organisation-input').inputValue()).toBe(ORGANISATION);
		expect(await page.getByTestId('report-organisation').innerText()).toContain(ORGANISATION);
		expect(squash(await page.getByTestId('report-summary').innerText())).toContain(
			squash('令和10年度（2028年度） 予算要求')
		);
		await page.getByTestId('report-notes').locator('summary').click();
		expect(await page.locator('[data-note-input="week"]').inputValue()).toBe(WEEK);

		// Approval boxes off: none printed, the rest unchanged.
		await page.getByTestId('approvals-shown').uncheck();
		await page.getByTestId('report-approvals').waitFor({ state: 'detached' });
		const without = await print();
		expect(without).toHaveLength(1);
		expect(squash(without[0]!)).not.toContain('教育長');
		expect(squash(without[0]!)).toContain(squash(PURPOSE));
		expect(squash(without[0]!)).toContain(squash('令和10年度（2028年度） 予算要求'));
		expect(squash(without[0]!)).toContain(squash(ORGANISATION));
		// Explanations too long for one page: the screen says so before printing, and the print goes on to a second page.
		await page.locator('[data-note-input="current"]').fill('現状の課題を詳しく書いた説明です。'.repeat(60));
		await page.getByTestId('summary-overflow').waitFor();
		expect(await print()).toHaveLength(2);
		await page.locator('[data-note-input="current"]').fill('');
		await page.getByTestId('summary-overflow').waitFor({ state: 'detached' });
		await page.locator('[data-version="detailed"]').check();
		await page.waitForURL((url) => !url.search.includes('version'));
		const detailedCover = squash((await print())[0]!);
		expect(detailedCover).not.toContain('起案者');
		expect(detailedCover).toContain(squash('令和10年度（2028年度） 予算要求'));
		expect(detailedCover).toContain(squash(ORGANISATION));
		expect(watch.problems()).toEqual([]);
		await page.close();
	});
});
