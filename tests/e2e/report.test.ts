/**
 * The budget pack: made for a city and its "+3 staff" scenario, printed to PDF in
 * Chromium as the print button does, and read back: one A4 page per section, the cover's 年度 in
 * 和暦 and western year, and the figures the screen shows.
 */
import { describe, expect, it } from 'vitest';
import { watchPage } from '../support/browser';
import { useAppInBrowser } from '../support/e2e';
import { seriousViolations } from '../support/axe';
import { pdfPages } from '../support/pdf-text';

const env = useAppInBrowser();
const CITY = '469033';

/** pdf.js may split or space runs of text: compare without spaces. */
const squash = (s: string) => s.replace(/\s+/g, '');

describe('the budget pack', () => {
	it('prints the chosen scenario on A4 pages whose text holds the figures on screen', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
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
		const shown = {
			cost: await page.locator('[data-report="cost"]').innerText(),
			change: await page.locator('[data-report="cost-change"]').innerText(),
			p90: await page.locator('[data-report="p90Days"]').innerText(),
			sameDay: await page.locator('[data-report="sameDay"]').innerText(),
			staff: await page.locator('[data-report="staff"]').innerText(),
			ratio: await page.locator('[data-report="baseline-ratio"]').innerText(),
			schedule: await page.getByTestId('report-schedule').innerText()
		};
		expect(shown.staff).toBe('9');
		expect(shown.change).toBe('+16,200,000');
		expect(await seriousViolations(page)).toEqual([]);

		// What the print button's dialog saves: the page in print media, A4 from the page's CSS.
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		const pages = await pdfPages(new Uint8Array(pdf));
		// The cover and one page per section (five).
		expect(pages).toHaveLength(6);
		const cover = squash(pages[0]!);
		expect(cover).toContain(squash('令和8年度（2026年度） 予算要求'));
		expect(cover).toContain('霧原市教育委員会');
		expect(cover).toContain(squash('ICT支援員の配置計画と予算要求'));
		const text = squash(pages.join(''));
		for (const figure of Object.values(shown)) expect(text).toContain(squash(figure));
		expect(squash(pages[5]!)).toContain(squash('前提と出典'));
		// Today's help desk as the data says (霧原市: helpdesk 1 in ict_environment), and staff-days without visits are remote support.
		expect(squash(pages[5]!)).toContain(
			squash('ヘルプデスク（現状）: 単独で設置（ICT環境の指標「ヘルプデスク」から）')
		);
		expect(text).not.toContain(squash('支援員の勤務日をすべて訪問に使い'));
		// No header, navigation or controls in print.
		expect(text).not.toContain('PDFとして印刷');
		expect(text).not.toContain('巡回スケジュールデータ');
		expect(watch.problems()).toEqual([]);
		await page.close();
	});
});
