/**
 * The built app in headless Chromium, used as a person would: the overview's figures must equal
 * what this test computes from the sample files, and the page must stay on its own origin.
 */
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import type { Page } from 'playwright-core';
import { watchPage } from '../support/browser';
import { useAppInBrowser } from '../support/e2e';
import { expectedEmployers, readSample } from '../support/sample-files';

const env = useAppInBrowser();

const ja = (n: number, digits = 0) =>
	n.toLocaleString('ja-JP', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const figure = (page: Page, id: string) => page.locator(`[data-figure="${id}"] [data-value]`).innerText();

async function openOverview(page: Page) {
	await page.goto(env.app.url);
	await page.locator('#overview-figures[data-ready="true"]').waitFor({ timeout: 60_000 });
}

describe('overview', () => {
	it('shows the figures the sample files imply, with sources, and stays on its origin', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await openOverview(page);

		const schools = readSample('schools').length;
		const staff = readSample('staff').length;
		const municipal = expectedEmployers().filter((e) => e.kind !== 'prefecture' && e.schools > 0);
		const without = municipal.filter((e) => e.staff === 0).length;
		const atTarget = municipal.filter((e) => e.staff > 0 && e.schools / e.staff <= 4).length;
		const staffDays = readSample('staff').reduce(
			(s, r) => s + (r.days_per_week === '' ? 5 : Number(r.days_per_week)),
			0
		);

		expect(await figure(page, 'schools')).toBe(ja(schools));
		expect(await figure(page, 'staff')).toBe(ja(staff));
		expect(await page.getByTestId('fte').innerText()).toBe(ja(staffDays / 5, 1));
		expect(await figure(page, 'schools-per-staff')).toBe(ja(schools / staff, 2));
		expect(await figure(page, 'staff-needed')).toBe(ja(Math.ceil(schools / 4)));
		expect(await page.getByTestId('gap').innerText()).toBe(ja(Math.ceil(schools / 4) - staff));
		expect(await figure(page, 'without-staff')).toBe(`${Math.round((100 * without) / municipal.length)}%`);
		expect(await page.getByTestId('without-staff-count').innerText()).toBe(`${municipal.length}市町村中 ${without}`);
		expect(await figure(page, 'at-target')).toBe(`${Math.round((100 * atTarget) / municipal.length)}%`);
		expect(await page.getByTestId('at-target-count').innerText()).toBe(`${municipal.length}市町村中 ${atTarget}`);

		// Every figure names its source; the fictional sample says so.
		for (const card of await page.locator('[data-figure]').all()) expect(await card.innerText()).toContain('出典');
		expect(await page.getByTestId('sample-notice').innerText()).toContain('架空');
		expect(await page.locator('[data-figure="schools"]').innerText()).toContain('令和7年度（2025年度）');
		expect(await page.locator('[data-figure="schools-per-staff"]').innerText()).toContain('令和5年度');

		// The table lists every municipality and the prefecture; sorting by schools puts the largest first.
		const rows = page.locator('table tbody tr[data-row]');
		expect(await rows.count()).toBe(readSample('municipalities').length);
		await page.locator('button[data-sort="schools"]').click();
		await page.locator('button[data-sort="schools"]').click();
		const maxSchools = Math.max(...expectedEmployers().map((e) => e.schools));
		expect(await rows.first().locator('td[data-col="schools"]').innerText()).toBe(ja(maxSchools));
		expect(await page.locator('th[aria-sort="descending"]').count()).toBe(1);

		// Plan indicators: employers at target, counted here from the file.
		const wireless = readSample('ict_environment').filter(
			(r) => r.indicator === 'wireless_lan' && r.fiscal_year === '2025'
		);
		expect(await page.locator('tr[data-indicator="wireless_lan"] td[data-col="at-target"]').innerText()).toBe(
			`${wireless.length}中 ${wireless.filter((r) => Number(r.value) >= 1).length}`
		);
		expect(await page.locator('section[aria-labelledby="indicators-title"] caption').innerText()).toContain(
			'ict_environment（令和7年度（2025年度））'
		);

		// Both charts render as SVG, with the target line labelled and the months of the fiscal year.
		const charts = page.locator('.chart svg');
		await expect.poll(() => charts.count(), { timeout: 20_000 }).toBe(2);
		await expect.poll(() => page.locator('.chart').first().innerText()).toContain('目標');
		await expect.poll(() => page.locator('.chart').nth(1).innerText()).toContain('4月');

		// The figures first shown were computed at build time; DuckDB-wasm's own result replaces
		// them and must say the same.
		const shown = await page.locator('#overview-figures').innerText();
		await page.locator('#overview-figures[data-live="true"]').waitFor({ timeout: 60_000 });
		expect(await page.locator('#overview-figures').innerText()).toBe(shown);
		expect(await figure(page, 'schools-per-staff')).toBe(ja(schools / staff, 2));

		watch.assertClean('overview', { strict: true });
		await page.close();
	});

	it('has no serious accessibility violation (axe-core)', async () => {
		const page = await env.browser.context.newPage();
		await openOverview(page);
		await expect.poll(() => page.locator('.chart svg').count(), { timeout: 20_000 }).toBe(2);
		expect(await seriousViolations(page)).toEqual([]);
		await page.close();
	});

	it('switches to English and remembers the choice across a reload', async () => {
		const page = await env.browser.context.newPage();
		await openOverview(page);
		await page.locator('button[data-locale="en"]').click();
		await expect.poll(() => page.locator('h1').innerText()).toBe('Placement overview');
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		await openOverview(page);
		await expect.poll(() => page.locator('h1').innerText()).toBe('Placement overview');
		expect(await page.getByTestId('without-staff-count').innerText()).toMatch(/^\d+ of \d+ municipalities$/);
		await page.locator('button[data-locale="ja"]').click();
		await expect.poll(() => page.locator('h1').innerText()).toBe('配置の概況');
		await page.close();
	});
});

describe('export', () => {
	it('downloads the employer table as a CSV that opens in Japanese Excel, with the figures on screen', async () => {
		const page = await env.browser.context.newPage();
		await openOverview(page);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-employers').click()]);
		expect(download.suggestedFilename()).toBe('haichi-placement-by-employer-FY2025.csv');
		const { readFile } = await import('node:fs/promises');
		const bytes = await readFile((await download.path())!);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = bytes.subarray(3).toString('utf8').split('\r\n');
		expect(lines[0]).toBe(
			'年度（西暦）,団体コード,名称,区分,学校数（校）,支援員数（人）,常勤換算（人）,支援員1人あたり学校数（校/人）,目標達成に必要な人数（人）,不足人数（人）,支援依頼件数（件）'
		);
		const rows = lines.slice(1, -1);
		const expected = expectedEmployers();
		expect(rows.length).toBe(expected.length);
		for (const e of expected) {
			const row = rows.find((r) => r.split(',')[1] === e.code)!.split(',');
			expect(row[0]).toBe('2025');
			expect(Number(row[4])).toBe(e.schools);
			expect(Number(row[5])).toBe(e.staff);
			// No staff: the ratio is blank, never 0.
			expect(row[7]).toBe(e.staff === 0 ? '' : String(Math.round((e.schools / e.staff) * 100) / 100));
			expect(Number(row[9])).toBe(Math.ceil(e.schools / 4) - e.staff);
			expect(Number(row[10])).toBe(e.requests);
		}
		await page.close();
	});
});

describe('chart export', () => {
	const download = async (page: Page, selector: string) => {
		const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
		const { readFile } = await import('node:fs/promises');
		return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
	};

	it('saves each chart as PNG at twice the size, as SVG with its Japanese title as text, and its data as CSV', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await openOverview(page);
		const ranking = page.locator('section[aria-labelledby="ranking-title"]');

		const png = await download(page, 'section[aria-labelledby="ranking-title"] [data-export="png"]');
		expect(png.name).toBe('haichi-schools-per-staff-FY2025.png');
		expect([...png.bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
		// IHDR: width and height at twice the 1200 × 720 export size.
		expect(png.bytes.readUInt32BE(16)).toBe(2400);
		expect(png.bytes.readUInt32BE(20)).toBe(1440);
		expect(png.bytes.length).toBeGreaterThan(50_000);

		const svg = await download(page, 'section[aria-labelledby="ranking-title"] [data-export="svg"]');
		const svgText = svg.bytes.toString('utf8');
		expect(svgText).toMatch(/^<svg/);
		expect(svgText).toContain('支援員1人あたり学校数（設置者別）');
		expect(svgText).toContain('令和7年度（2025年度）');
		expect(svgText).toContain('Noto Sans JP');
		// The font travels with the file: the subsets holding its characters, as data: URLs.
		expect(svgText).toMatch(
			/<style>@font-face\s*{[^}]*font-family:\s*'?Noto Sans JP Variable'?[^}]*url\(data:font\/woff2;base64,/
		);

		const csv = await download(page, 'section[aria-labelledby="ranking-title"] [data-export="csv"]');
		expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = csv.bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
		expect(lines[0]).toBe('年度（西暦）,名称,支援員1人あたり学校数（校/人）,学校数（校）,支援員数（人）');
		expect(lines.length - 1).toBe(expectedEmployers().filter((e) => e.schools > 0).length);

		const monthly = await download(page, 'section[aria-labelledby="requests-title"] [data-export="csv"]');
		const rows = monthly.bytes.subarray(3).toString('utf8').trimEnd().split('\r\n').slice(1);
		const total = rows.reduce((sum, r) => sum + Number(r.split(',')[4]), 0);
		expect(total).toBe(readSample('support_requests').length);
		expect(rows[0]).toMatch(/^2025,2025,4,/);

		expect(await ranking.getByRole('alert').count()).toBe(0);
		watch.assertClean('chart export', { strict: true });
		await page.close();
	});
});

describe('bad input', () => {
	it('ignores an unreadable stored language and starts in Japanese', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await page.goto(env.app.url);
		await page.evaluate(() => localStorage.setItem('haichi.locale', '{"corrupt'));
		await openOverview(page);
		expect(await page.locator('h1').innerText()).toBe('配置の概況');
		expect(await page.evaluate(() => localStorage.getItem('haichi.locale'))).toBeNull();
		watch.assertClean('corrupt locale', { strict: true });
		await page.close();
	});

	it('explains a sample file that fails validation and recovers with one click', async () => {
		const page = await env.browser.context.newPage();
		let broken = true;
		await page.route(/\/schools\.[^/]*csv$/, async (route) => {
			if (!broken) return route.continue();
			const response = await route.fetch();
			const lines = (await response.text()).split('\n');
			// Line 3 gets a school type that does not exist.
			lines[2] = lines[2]!.replace(
				/,(elementary|junior_high|compulsory|high|special_needs|secondary),/,
				',university,'
			);
			await route.fulfill({ response, body: lines.join('\n') });
		});
		await page.goto(env.app.url);
		const alert = page.getByRole('alert');
		await alert.waitFor({ timeout: 60_000 });
		const text = await alert.innerText();
		expect(text).toContain('データを表示できません');
		expect(text).toContain('schools.csv');
		expect(text).toContain('school_type');
		expect(text).toContain('university');
		expect(text).not.toMatch(/at \w+ \(|Error:/);
		expect(await page.locator('#overview-figures').getAttribute('data-ready')).toBe('false');

		broken = false;
		await page.getByRole('button', { name: 'サンプルデータを読み込み直す' }).click();
		await page.locator('#overview-figures[data-live="true"]').waitFor({ timeout: 60_000 });
		expect(await page.getByRole('alert').count()).toBe(0);
		expect(await figure(page, 'schools')).toBe(ja(readSample('schools').length));
		await page.close();
	});

	it('names a sample file that cannot be fetched', async () => {
		const page = await env.browser.context.newPage();
		await page.route(/\/staff\.[^/]*csv$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
		await page.goto(env.app.url);
		const alert = page.getByRole('alert');
		await alert.waitFor({ timeout: 60_000 });
		expect(await alert.innerText()).toContain('staff.csv');
		expect(await alert.innerText()).toContain('HTTP 404');
		await page.close();
	});
});

describe('start-up failures', () => {
	it('says so clearly when the database cannot start, without a stack trace', async () => {
		const page = await env.browser.context.newPage();
		await page.route(/duckdb-browser-eh\.worker[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
		await page.goto(env.app.url);
		const alert = page.getByRole('alert');
		await alert.waitFor({ timeout: 60_000 });
		expect(await alert.innerText()).toContain('ブラウザ内のデータベースを起動できませんでした');
		expect(await page.locator('h1').innerText()).toBe('配置の概況');
		// No figures from a database that never started; the way out is a reload, which works.
		expect(await page.locator('#overview-figures').getAttribute('data-ready')).toBe('false');
		await page.unrouteAll();
		await page.getByRole('button', { name: 'ページを再読み込み' }).click();
		await page.locator('#overview-figures[data-live="true"]').waitFor({ timeout: 60_000 });
		await page.close();
	});

	it('serves a strict Content-Security-Policy: own origin only, plus WebAssembly', async () => {
		const page = await env.browser.context.newPage();
		await page.goto(env.app.url);
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("connect-src 'self'");
		expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'/);
		expect(csp).not.toContain("'unsafe-eval'");
		expect(csp).toContain("object-src 'none'");
		// An inline script injected by a page's content is refused.
		const ran = await page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.__injected = true';
			document.head.append(s);
			return (window as unknown as { __injected?: boolean }).__injected === true;
		});
		expect(ran).toBe(false);
		await page.close();
	});
});
