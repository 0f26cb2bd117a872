/**
 * The compare screen as a prefecture official uses it, on the embedded sample (fictional
 * 汐見県): every employer's schools and staff as this test counts them from the sample files;
 * filters, search and sorting; one selection shared by the table and the map; the drill-down by
 * URL; a pooled scenario for two small towns that the scenarios screen computes; the chart and
 * table exports; shading the map from a user's GeoJSON, and a wrong file refused by name. The
 * expected figures come from the CSVs, never from the code under test, and the page must stay on
 * its own origin.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchPage } from '../support/browser';
import { useAppInBrowser } from '../support/e2e';
import { seriousViolations } from '../support/axe';
import { parseCsv, readSample } from '../support/sample-files';
import { ja } from '../../src/lib/i18n/ja';
import { en } from '../../src/lib/i18n/en';
import { NATIONAL } from '../../src/lib/domain/plan';
import { fiscalYearLabel } from '../../src/lib/domain/fiscal-year';

const env = useAppInBrowser();
const dir = mkdtempSync(join(tmpdir(), 'haichi-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Expected {
	code: string;
	name: string;
	kind: string;
	schools: number;
	staff: number;
	/** Schools by school type. */
	types: Record<string, number>;
	lat: number;
	lon: number;
}

/** Each employer of the sample with its schools (by employer, else municipality) and staff, counted from the files. */
function expectedEmployers(): Expected[] {
	const schools = readSample('schools');
	const staff = readSample('staff');
	return readSample('municipalities').map((m) => {
		const code = m.municipality_code!;
		const types: Record<string, number> = {};
		for (const s of schools)
			if ((s.employer_code || s.municipality_code) === code) types[s.school_type!] = (types[s.school_type!] ?? 0) + 1;
		return {
			code,
			name: m.name!,
			kind: m.kind!,
			schools: Object.values(types).reduce((a, b) => a + b, 0),
			staff: staff.filter((s) => s.employer_code === code).length,
			types,
			lat: Number(m.office_lat),
			lon: Number(m.office_lon)
		};
	});
}

const EMPLOYERS = expectedEmployers();

/**
 * The staff of an employer who serve schools of `types`, as docs/domain.md ("Formulas") defines it: each staff member
 * counts for the share of their assigned schools of those types. Every staff member of the sample has assignments.
 */
function servingStaff(code: string, types: readonly string[]): number {
	const typeOf = new Map(readSample('schools').map((s) => [s.school_code!, s.school_type!]));
	const assignments = readSample('assignments');
	let staff = 0;
	for (const member of readSample('staff').filter((s) => s.employer_code === code)) {
		const schools = [...new Set(assignments.filter((a) => a.staff_id === member.staff_id).map((a) => a.school_code!))];
		expect(schools.length, member.staff_id).toBeGreaterThan(0);
		staff += schools.filter((c) => types.includes(typeOf.get(c)!)).length / schools.length;
	}
	return staff;
}

/**
 * The text of every <text> of an SVG, joined without white space: a caption wraps over several, and a line may end
 * where a space was. Compare with `flat()` of the expected text.
 */
const svgText = (svg: string) =>
	flat(
		[...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
			.map((m) => m[1]!)
			.join('')
			.replace(/&(amp|quot|#39|lt|gt);/g, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[e]!)
	);
const flat = (text: string) => text.replace(/\s+/g, '');

/** The iTXt chunks of a PNG as [keyword, text]. */
function pngTexts(png: Buffer): [string, string][] {
	const out: [string, string][] = [];
	for (let at = 8; at < png.length;) {
		const length = png.readUInt32BE(at);
		if (png.subarray(at + 4, at + 8).toString('latin1') === 'iTXt') {
			const parts = png
				.subarray(at + 8, at + 8 + length)
				.toString('utf8')
				.split('\0');
			out.push([parts[0]!, parts.at(-1)!]);
		}
		at += 12 + length;
	}
	return out;
}

const references = (m: typeof ja) =>
	m.charts.references(
		m.source.plan,
		m.source.national(fiscalYearLabel(NATIONAL.asOfFiscalYear, m === ja ? 'ja' : 'en'))
	);
/** The rows shown when nothing is filtered: employers without a school have nothing to compare. */
const ALL = EMPLOYERS.filter((e) => e.schools > 0);
const byCode = (code: string) => EMPLOYERS.find((e) => e.code === code)!;
/** Staff beyond what 1 per 4 schools needs. */
const surplusOf = (e: Expected) => e.staff - Math.ceil(e.schools / 4);

/**
 * The table's order as the plan reads it: highest schools per staff first, employers without staff
 * last; ties by code. Written out here rather than taken from the domain module under test.
 */
function defaultOrder(rows: readonly Expected[]): string[] {
	const ratio = (e: Expected) => (e.staff > 0 ? e.schools / e.staff : null);
	return [...rows]
		.sort((a, b) => {
			const x = ratio(a);
			const y = ratio(b);
			if (x === null || y === null) return x === y ? a.code.localeCompare(b.code) : x === null ? 1 : -1;
			return y - x || a.code.localeCompare(b.code);
		})
		.map((e) => e.code);
}

const num = (n: number) => n.toLocaleString('ja-JP');
const countText = (shown: number, of: number) => ja.compare.shown(num(shown), num(of));
const count = (page: Page) => page.getByTestId('compare-count').innerText();
const table = (page: Page) => page.getByTestId('heat-table');
/** The rows the table has drawn (only those in its box's view and a few either side): [row index, code, picked]. */
const drawnRows = (page: Page) =>
	table(page)
		.locator('tbody tr[data-code]')
		.evaluateAll((trs) =>
			trs.map(
				(tr) =>
					[
						Number(tr.getAttribute('aria-rowindex')),
						tr.getAttribute('data-code')!,
						tr.classList.contains('picked')
					] as const
			)
		);
/** Two animation frames: what a scroll of the table's box brings is drawn. */
const frames = (page: Page) =>
	page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
/**
 * Scrolls the table's box from its top to its end half a view at a time, as a user reads down it, until `see` (called
 * at each step) returns true. Whether it did.
 */
async function scrollThrough(page: Page, see: () => Promise<boolean>): Promise<boolean> {
	const box = page.getByTestId('heat-box');
	await box.scrollIntoViewIfNeeded();
	await box.evaluate((el) => el.scrollTo(0, 0));
	await frames(page);
	for (;;) {
		if (await see()) return true;
		const end = await box.evaluate((el) => {
			const atEnd = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
			el.scrollBy(0, el.clientHeight / 2);
			return atEnd;
		});
		if (end) return false;
		await frames(page);
	}
}
/** Every row of the table in its order, scrolled through; each row index once, as many as the table says it has. */
async function tableRows(page: Page): Promise<{ code: string; picked: boolean }[]> {
	const rows = new Map<number, { code: string; picked: boolean }>();
	await scrollThrough(page, async () => {
		for (const [index, code, picked] of await drawnRows(page)) rows.set(index, { code, picked });
		return false;
	});
	const count = Number(await table(page).getAttribute('aria-rowcount')) - 1;
	expect([...rows.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i + 2));
	return [...rows].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
}
const rowCodes = async (page: Page) => (await tableRows(page)).map((r) => r.code);
const pickedCodes = async (page: Page) => (await tableRows(page)).filter((r) => r.picked).map((r) => r.code);
/**
 * A row of the table, scrolled to as a user looks for it: the table's box in the window (out of it, the browser does
 * not lay out its rows, so they have no text to read; it does once a frame has seen the box in view), then the row in
 * the box.
 */
async function row(page: Page, code: string) {
	const found = table(page).locator(`tbody tr[data-code="${code}"]`);
	await page.getByTestId('heat-box').scrollIntoViewIfNeeded();
	await frames(page);
	if ((await found.count()) === 0)
		expect(await scrollThrough(page, async () => (await found.count()) > 0), code).toBe(true);
	return found;
}
/** A row's schools and staff as shown (the second and third figure columns). */
const rowFigures = async (page: Page, code: string) => {
	const cells = await (await row(page, code)).locator('td.numeric').allInnerTexts();
	return { schools: cells[0], staff: cells[1] };
};

async function openCompare(page: Page, query = ''): Promise<void> {
	await page.goto(`${env.app.url}compare${query}`);
	await page.getByTestId('compare-count').waitFor({ timeout: 60_000 });
}

async function download(page: Page, click: () => Promise<void>) {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** A CSV export as rows of cells: it must start with the BOM Excel needs to read UTF-8. */
function csvRows(bytes: Buffer): Record<string, string>[] {
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	return parseCsv(bytes.subarray(3).toString('utf8').replaceAll('\r\n', '\n').trimEnd());
}

describe('the compare screen', () => {
	it('lists every employer with the schools and staff the sample files give, furthest from the target first', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await openCompare(page);
		expect(await count(page)).toBe(countText(ALL.length, ALL.length));
		expect(await rowCodes(page)).toEqual(defaultOrder(ALL));
		expect(await page.locator('th[aria-sort="descending"] button[data-sort="schoolsPerStaff"]').count()).toBe(1);
		for (const e of ALL)
			expect(await rowFigures(page, e.code), e.name).toEqual({ schools: num(e.schools), staff: num(e.staff) });
		// 東雲町: 10 schools for 2 staff, 5 per staff, the furthest from 1 per 4.
		expect(await (await row(page, '469297')).locator('td.numeric').nth(2).innerText()).toBe('5.00');

		// Deploying none: municipalities (not the prefecture) with schools and no staff, in the order of the data.
		const none = EMPLOYERS.filter((e) => e.kind !== 'prefecture' && e.schools > 0 && e.staff === 0);
		expect(none.length).toBeGreaterThan(0);
		const listed = await page.locator('[data-testid="no-staff"] li').allInnerTexts();
		expect(listed).toEqual(none.map((e) => `${e.name}（${num(e.schools)}${ja.overview.schoolUnit}）`));
		// The ranking starts with them, each marked as deploying no one: they are the furthest behind.
		const bars = () => page.locator('[data-testid="compare-ranking"] svg text').allTextContents();
		await expect
			.poll(async () => (await bars()).filter((x) => x === ja.overview.charts.notDeployed).length)
			.toBe(ALL.filter((e) => e.staff === 0).length);
		const names = (await bars()).filter((x) => EMPLOYERS.some((e) => e.name === x));
		const unstaffed = new Set(ALL.filter((e) => e.staff === 0).map((e) => e.name));
		expect(names.slice(0, unstaffed.size).every((n) => unstaffed.has(n))).toBe(true);

		// Nothing picked yet: pooling needs two.
		expect(await page.getByTestId('pool-button').isDisabled()).toBe(true);
		expect(await page.getByTestId('only-selected').isDisabled()).toBe(true);
		// Every employer with an office is on the map.
		expect(await page.locator('[data-testid="compare-map"] circle[data-code]').count()).toBe(ALL.length);
		// The scatter draws its many points on a canvas.
		await expect
			.poll(() => page.locator('[data-testid="compare-scatter"] canvas').count(), { timeout: 20_000 })
			.toBeGreaterThan(0);
		expect(await seriousViolations(page)).toEqual([]);
		expect(watch.problems()).toEqual([]);
		await page.close();
	});

	it('filters by kind, school type and name, and sorts by a heading', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await openCompare(page);

		// No kind ticked means every kind; ticking one keeps that kind only. The map keeps its frame.
		const frame = () => page.locator('[data-testid="compare-map"] svg[role="img"]').getAttribute('viewBox');
		const framed = await frame();
		const kindsLegend = page.locator('[data-testid="compare-filters"] fieldset').first().locator('legend');
		expect(await kindsLegend.innerText()).toContain(ja.compare.noneMeansAll);
		await page.locator('input[data-kind="village"]').check();
		expect(await frame()).toBe(framed);
		expect(await kindsLegend.innerText()).not.toContain(ja.compare.noneMeansAll);
		const villages = ALL.filter((e) => e.kind === 'village');
		expect(villages.length).toBeGreaterThan(1);
		// The others' circles are hidden, not taken away: unticking shows them again in place.
		expect(await page.locator('[data-testid="compare-map"] circle[data-code][visibility="visible"]').count()).toBe(
			villages.length
		);
		expect(await page.locator('[data-testid="compare-map"] circle[data-code]').count()).toBe(ALL.length);
		expect(await count(page)).toBe(countText(villages.length, ALL.length));
		expect(new Set(await rowCodes(page))).toEqual(new Set(villages.map((e) => e.code)));
		// Ticking a second kind adds it; unticking the first leaves the second.
		await page.locator('input[data-kind="town"]').check();
		const towns = ALL.filter((e) => e.kind === 'town');
		expect(await count(page)).toBe(countText(villages.length + towns.length, ALL.length));
		await page.locator('input[data-kind="village"]').uncheck();
		expect(new Set(await rowCodes(page))).toEqual(new Set(towns.map((e) => e.code)));
		await page.locator('input[data-kind="town"]').uncheck();
		expect(await count(page)).toBe(countText(ALL.length, ALL.length));
		expect(await page.locator('[data-testid="compare-map"] circle[data-code][visibility="visible"]').count()).toBe(
			ALL.length
		);

		// Counting high schools only: the prefecture's high schools and a city's two; the others drop out.
		await page.locator('input[data-school-type="high"]').check();
		const high = ALL.filter((e) => (e.types.high ?? 0) > 0);
		expect(high.map((e) => e.code)).toContain('460001');
		expect(await count(page)).toBe(countText(high.length, ALL.length));
		for (const e of high) expect((await rowFigures(page, e.code)).schools, e.name).toBe(num(e.types.high!));
		// Adding special-needs schools counts both.
		await page.locator('input[data-school-type="special_needs"]').check();
		const highOrSpecial = ALL.filter((e) => (e.types.high ?? 0) + (e.types.special_needs ?? 0) > 0);
		expect(await count(page)).toBe(countText(highOrSpecial.length, ALL.length));
		expect((await rowFigures(page, '460001')).schools).toBe(
			num(byCode('460001').types.high! + byCode('460001').types.special_needs!)
		);
		await page.locator('input[data-school-type="high"]').uncheck();
		await page.locator('input[data-school-type="special_needs"]').uncheck();
		expect(await count(page)).toBe(countText(ALL.length, ALL.length));

		// The search matches part of a name, or of a code.
		await page.getByTestId('search').fill('島');
		const islands = ALL.filter((e) => e.name.includes('島'));
		expect(islands.length).toBeGreaterThan(1);
		expect(new Set(await rowCodes(page))).toEqual(new Set(islands.map((e) => e.code)));
		await page.getByTestId('search').fill('4696');
		expect(new Set(await rowCodes(page))).toEqual(new Set(villages.map((e) => e.code)));
		await page.getByTestId('search').fill('');
		expect(await count(page)).toBe(countText(ALL.length, ALL.length));

		// A heading sorts by its column, largest first; pressed again, smallest first (ties by code).
		const bySchools = [...ALL].sort((a, b) => b.schools - a.schools || a.code.localeCompare(b.code));
		await page.locator('button[data-sort="schools"]').click();
		expect(await rowCodes(page)).toEqual(bySchools.map((e) => e.code));
		expect(await page.locator('th[aria-sort="descending"] button[data-sort="schools"]').count()).toBe(1);
		await page.locator('button[data-sort="schools"]').click();
		expect(await rowCodes(page)).toEqual(
			[...ALL].sort((a, b) => a.schools - b.schools || a.code.localeCompare(b.code)).map((e) => e.code)
		);
		expect(await page.locator('th[aria-sort="ascending"] button[data-sort="schools"]').count()).toBe(1);
		await page.locator('button[data-sort="staff"]').click();
		expect(await rowCodes(page)).toEqual(
			[...ALL].sort((a, b) => b.staff - a.staff || a.code.localeCompare(b.code)).map((e) => e.code)
		);
		// The staff attainment column sorts by staff ÷ the plan's need (capped at 100%), not by the number of staff.
		const attained = (e: Expected) => Math.min(1, e.staff / Math.ceil(e.schools / 4));
		await page.locator('button[data-sort="staffAttainment"]').click();
		expect(await rowCodes(page)).toEqual(
			[...ALL].sort((a, b) => attained(b) - attained(a) || a.code.localeCompare(b.code)).map((e) => e.code)
		);
		expect(await page.locator('th[aria-sort="descending"]').count()).toBe(1);
		expect(watch.problems()).toEqual([]);
		await page.close();
	});

	it('shares one selection between the table and the map, shows only the picked ones, and drills down by URL', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await openCompare(page);
		const [a, b, c] = ['469238', '469262', '469289'];
		const circle = (code: string) => page.locator(`[data-testid="compare-map"] circle[data-code="${code}"]`);

		await (await row(page, a)).locator('input[type="checkbox"]').check();
		await (await row(page, b)).locator('input[type="checkbox"]').check();
		for (const code of [a, b]) {
			await expect.poll(async () => (await row(page, code)).getAttribute('class')).toContain('picked');
			expect(await circle(code).getAttribute('class')).toContain('picked');
		}
		expect(await circle(c).getAttribute('class')).not.toContain('picked');
		expect(new Set(await pickedCodes(page))).toEqual(new Set([a, b]));
		expect(await page.locator('[data-testid="compare-map"] circle.picked').count()).toBe(2);

		await page.getByTestId('only-selected').check();
		expect(await count(page)).toBe(countText(2, ALL.length));
		expect(new Set(await rowCodes(page))).toEqual(new Set([a, b]));
		expect(await page.locator('[data-testid="compare-map"] circle[data-code][visibility="visible"]').count()).toBe(2);
		await page.getByTestId('only-selected').uncheck();
		expect(await count(page)).toBe(countText(ALL.length, ALL.length));

		// A circle on the map picks its municipality in the table too, and a second press lets it go.
		await circle(c).click();
		await expect.poll(async () => (await row(page, c)).getAttribute('class')).toContain('picked');
		expect(await (await row(page, c)).locator('input[type="checkbox"]').isChecked()).toBe(true);
		expect(await circle(c).getAttribute('class')).toContain('picked');
		await circle(c).click();
		await expect.poll(async () => (await row(page, c)).getAttribute('class')).not.toContain('picked');
		expect(await page.locator('[data-testid="compare-map"] circle.picked').count()).toBe(2);

		// Drill-down: the name opens the employer's detail at its own URL, which a reload keeps.
		const city = byCode('469033');
		await (await row(page, city.code)).getByRole('button', { name: city.name }).click();
		await page.waitForURL(/compare\?code=469033/);
		const detail = page.getByTestId('compare-detail');
		await detail.waitFor();
		expect(await detail.locator('h2').innerText()).toBe(ja.compare.detail(city.name));
		expect(await detail.locator('[data-figure="detail-schools"] [data-value]').innerText()).toBe(num(city.schools));
		expect(await detail.locator('[data-figure="detail-staff"] [data-value]').innerText()).toBe(num(city.staff));
		expect(await detail.locator('[data-figure="detail-schools"] .types li').allInnerTexts()).toEqual([
			`${ja.schoolType.elementary} ${city.types.elementary}`,
			`${ja.schoolType.junior_high} ${city.types.junior_high}`
		]);
		expect(await detail.locator('[data-figure="detail-gap"] [data-value]').innerText()).toBe(
			num(Math.ceil(city.schools / 4) - city.staff)
		);
		// The card's formula is the one computed; a surplus reads as on the overview.
		expect(await detail.locator('[data-figure="detail-gap"]').innerText()).toContain(ja.overview.gapFormula);
		const ahead = ALL.find((e) => e.staff > 0 && surplusOf(e) > 0)!;
		expect(ahead).toBeDefined();
		await openCompare(page, `?code=${ahead.code}`);
		await detail.waitFor();
		expect(await detail.locator('[data-figure="detail-gap"] [data-value]').innerText()).toBe(
			ja.overview.surplus(num(surplusOf(ahead)))
		);
		await openCompare(page, '?code=469033');
		await detail.waitFor();
		await detail.getByRole('button', { name: ja.compare.closeDetail }).click();
		await page.waitForURL((url) => !url.search.includes('code='));
		expect(await detail.count()).toBe(0);
		// A code the data does not have says so.
		await openCompare(page, '?code=999999');
		expect(await page.getByRole('status').filter({ hasText: '999999' }).innerText()).toBe(
			ja.compare.notFound('999999')
		);
		expect(watch.problems()).toEqual([]);
		await page.close();
	});

	it('pools two small towns into scenarios that the scenarios screen computes', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await openCompare(page);
		// 浜風町 (9 schools, none) and 小鷺町 (9 schools, 2 staff), in the order of their codes as the scope lists them.
		const towns = [byCode('469238'), byCode('469246')];
		for (const t of towns) await (await row(page, t.code)).locator('input[type="checkbox"]').check();
		const pool = page.getByTestId('pool-button');
		expect(await pool.isDisabled()).toBe(false);
		expect(await pool.innerText()).toBe(ja.compare.poolButton(2));
		await pool.click();
		await page.waitForURL(/\/scenarios$/);

		const scope = page.getByTestId('scope');
		await scope.waitFor({ timeout: 60_000 });
		const schools = towns.reduce((n, t) => n + t.schools, 0);
		const staff = towns.reduce((n, t) => n + t.staff, 0);
		const pooled = ja.scenarios.pooledOption(towns.map((t) => t.name).join('・'), schools, staff);
		await expect.poll(() => scope.locator('option:checked').innerText(), { timeout: 60_000 }).toBe(pooled);

		// Baseline and the two pooled scenarios (shared staff to reach 1 per 4, a shared help desk), each with figures.
		const comparison = page.getByTestId('comparison');
		await expect.poll(() => comparison.locator('thead th[data-scenario]').count(), { timeout: 60_000 }).toBe(3);
		const ids = await comparison
			.locator('thead th[data-scenario]')
			.evaluateAll((ths) => ths.map((th) => th.getAttribute('data-scenario')!));
		expect(ids[0]).toBe('baseline');
		const names = await comparison
			.locator('thead input.name')
			.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
		expect(names).toEqual([ja.compare.poolShared(Math.ceil(schools / 4) - staff), ja.compare.poolDesk]);
		for (const id of ids)
			await comparison.locator(`td[data-scenario="${id}"] [data-value]`).first().waitFor({ timeout: 90_000 });
		// The shared staff are on top of the towns' own.
		const staffShown = (id: string) =>
			comparison.locator(`tr[data-row="staff"] td[data-scenario="${id}"] [data-value]`).innerText();
		expect(await staffShown('baseline')).toBe(num(staff));
		expect(await staffShown(ids.find((id) => id.startsWith('pool-staff-'))!)).toBe(num(Math.ceil(schools / 4)));
		// Today each staff member serves the own town: 浜風町 has none, so its visits are missed; pooled, they are made.
		const missed = (id: string) =>
			comparison.locator(`tr[data-row="unmetVisits"] td[data-scenario="${id}"] [data-value]`).innerText();
		expect(Number(await missed('baseline'))).toBeGreaterThan(0);
		expect(await missed(ids.find((id) => id.startsWith('pool-staff-'))!)).toBe('0');
		// The shared desk is one desk for both towns, its cost split between them, and its effect is said;
		// both towns have a desk of their own today (ict_environment).
		const desk = page.getByTestId('help-desk-note');
		await desk.waitFor({ timeout: 90_000 });
		expect(await desk.innerText()).toContain(ja.helpDeskNote.split(2, 2));
		expect(await desk.innerText()).toContain(ja.scenarios.editor.helpDeskMode.shared);
		const cost = (id: string) =>
			comparison.locator(`tr[data-row="annualCost"] td[data-scenario="${id}"] [data-value]`).innerText();
		const deskId = ids.find((id) => id.startsWith('pool-desk-'))!;
		const yen = (text: string) => Number(text.replace(/[^\d]/g, ''));
		expect(yen(await cost('baseline')) - yen(await cost(deskId))).toBe(12_000_000);

		// The response time by month is simulated: its file says so, with the runs and the seed the screen gives.
		const byMonth = page.locator('section[aria-labelledby="by-month-title"]');
		await byMonth.locator('[data-export="svg"]').waitFor({ timeout: 90_000 });
		const simulated = ja.charts.simulated(100, 20250401);
		expect(await byMonth.innerText()).toContain(simulated);
		const drawn = svgText(
			(await download(page, () => byMonth.locator('[data-export="svg"]').click())).bytes.toString('utf8')
		);
		expect(drawn).toContain(flat(ja.scenarios.byMonth.title));
		expect(drawn).toContain(flat(ja.scenarios.byMonth.label));
		expect(drawn).toContain(flat(simulated));
		const png = pngTexts((await download(page, () => byMonth.locator('[data-export="png"]').click())).bytes);
		expect(png.map(([, v]) => v)).toContain(simulated);
		expect(watch.problems()).toEqual([]);
		await page.close();
	});

	it('filtered to 小学校, counts the staff who serve them: 東雲町 stays short of the target, and says why', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await openCompare(page);
		const town = byCode('469297');
		expect(await page.getByTestId('type-basis').count()).toBe(0);
		await page.locator('input[data-school-type="elementary"]').check();

		// 7 elementary schools; of its 2 staff, 3 of 5 and 4 of 5 assigned schools are elementary: 1.4 staff, 5 each.
		const staff = servingStaff(town.code, ['elementary']);
		expect(staff).toBeCloseTo(1.4, 9);
		const cells = async () => (await row(page, town.code)).locator('td.numeric').allInnerTexts();
		await expect.poll(async () => (await cells())[0]).toBe(num(town.types.elementary!));
		const [schools, staffText, ratio, gap] = await cells();
		expect([schools, staffText, ratio]).toEqual([num(7), '1.4', '5.00']);
		// Not 2 staff over 7 schools (3.5 a head, "at target"): still short of 1 per 4.
		expect(ratio).not.toBe('3.50');
		expect(gap).toBe('0.6');
		expect(await (await row(page, town.code)).locator('td[data-column="staff"].cell').innerText()).toBe('70%');

		// The screen says what the figure now is, with the formula, above the charts and under the table.
		const basis = page.getByTestId('type-basis');
		expect(await basis.innerText()).toContain(ja.compare.typeFilter.text(ja.schoolType.elementary));
		expect(await basis.innerText()).toContain(ja.compare.typeFilter.formula);
		expect(await page.getByTestId('heat-type-basis').innerText()).toContain(ja.compare.typeFilter.formula);

		// The drill-down: 1.4 of the town's 2 staff, the formula on the card, and the ratio still short.
		await (await row(page, town.code)).getByRole('button', { name: town.name }).click();
		const detail = page.getByTestId('compare-detail');
		await detail.waitFor();
		const staffCard = detail.locator('[data-figure="detail-staff"]');
		expect(await staffCard.locator('[data-value]').innerText()).toBe('1.4');
		expect(await staffCard.innerText()).toContain(ja.compare.typeFilter.headcount(num(town.staff)));
		expect(await staffCard.innerText()).toContain(ja.compare.typeFilter.formula);
		expect(await detail.locator('[data-figure="detail-ratio"] [data-value]').innerText()).toBe('5.00');
		expect(await detail.locator('[data-figure="detail-ratio"]').getAttribute('class')).toContain('alert');

		// The table's CSV gives the apportioned staff, the head count and how they were counted.
		const table = csvRows((await download(page, () => page.getByTestId('compare-csv').click())).bytes);
		const line = table.find((r) => r[ja.compare.csv.code] === town.code)!;
		expect(Number(line[ja.compare.csv.staff])).toBe(1.4);
		expect(Number(line[ja.compare.csv.staffHeadcount])).toBe(2);
		expect(line[ja.compare.csv.staffBasis]).toBe(ja.compare.csv.basis.assignments);
		expect(Number(line[ja.compare.csv.ratio])).toBe(5);

		// Unticked, every type counts again and the head count is back.
		await page.locator('input[data-school-type="elementary"]').uncheck();
		await expect.poll(async () => (await rowFigures(page, town.code)).staff).toBe(num(2));
		expect(await page.getByTestId('type-basis').count()).toBe(0);
		expect(watch.problems()).toEqual([]);
		await page.close();
	});

	it('fits the heat table in a 1440 px window, and keeps its headings and names in view when it scrolls', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await page.setViewportSize({ width: 1440, height: 900 });
		await openCompare(page);
		const box = page.getByTestId('heat-box');
		const widths = () =>
			box.evaluate((el) => ({
				scroll: el.scrollWidth,
				client: el.clientWidth,
				page: document.documentElement.scrollWidth
			}));
		// Every column inside the box, and the page itself does not scroll sideways.
		const fit = await widths();
		expect(fit.scroll).toBeLessThanOrEqual(fit.client);
		expect(fit.page).toBeLessThanOrEqual(1440);
		const lastHeading = await page.locator('[data-testid="heat-table"] thead th').last().boundingBox();
		const frame = (await box.boundingBox())!;
		expect(lastHeading!.x + lastHeading!.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);

		// Narrower, the box scrolls both ways inside itself; the headings and the names stay where they were.
		await page.setViewportSize({ width: 900, height: 700 });
		await box.scrollIntoViewIfNeeded();
		await expect.poll(async () => (await widths()).scroll).toBeGreaterThan((await widths()).client);
		const nameHeading = page.locator('[data-testid="heat-table"] thead th.name');
		const firstName = page.locator('[data-testid="heat-table"] tbody tr[data-code] th').first();
		const before = { heading: (await nameHeading.boundingBox())!, name: (await firstName.boundingBox())! };
		const lastRow = page.locator('[data-testid="heat-table"] tbody tr[data-code]').last().locator('th');
		const lastBefore = (await lastRow.boundingBox())!;
		await box.evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight));
		await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
		expect(await box.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
		const after = { heading: (await nameHeading.boundingBox())!, name: (await lastRow.boundingBox())! };
		// The name column did not move sideways; the headings stuck to the top of the box (the caption above them
		// scrolled away), the rows went on up.
		const narrow = (await box.boundingBox())!;
		expect(after.heading.x).toBeCloseTo(before.heading.x, 0);
		expect(Math.abs(after.heading.y - (narrow.y + 1))).toBeLessThan(1);
		expect(after.name.x).toBeCloseTo(before.name.x, 0);
		expect(after.name.y).toBeLessThan(lastBefore.y);
		// The last attainment heading, scrolled into view, is not hidden under the sticky name column.
		const last = (await page.locator('[data-testid="heat-table"] thead th').last().boundingBox())!;
		expect(last.x).toBeGreaterThanOrEqual(after.heading.x + after.heading.width - 0.5);
		expect(watch.problems()).toEqual([]);
		await page.close();
	});

	it('draws only the rows in view of the table, tells how many there are, moves through them by keyboard and prints them all', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		// A short window: the box shows about a dozen of the sample's rows.
		await page.setViewportSize({ width: 1280, height: 560 });
		await openCompare(page);
		const order = defaultOrder(ALL);
		await page.getByTestId('heat-box').scrollIntoViewIfNeeded();
		await frames(page);
		expect(await table(page).getAttribute('aria-rowcount')).toBe(String(ALL.length + 1));
		expect(await table(page).locator('thead tr').getAttribute('aria-rowindex')).toBe('1');
		const drawn = await drawnRows(page);
		expect(drawn.length).toBeGreaterThan(5);
		expect(drawn.length).toBeLessThan(ALL.length);
		// The rows drawn are the first ones, each with its place in the whole table.
		expect(drawn.map(([index, code]) => [index, code])).toEqual(order.slice(0, drawn.length).map((c, i) => [i + 2, c]));

		// ↓ from the first row's checkbox to the last row's, through rows not drawn at first; ↑ goes back one.
		const first = table(page).locator(`tr[data-code="${order[0]}"] input[type="checkbox"]`);
		await first.focus();
		for (let i = 1; i < ALL.length; i++) await page.keyboard.press('ArrowDown');
		const focused = () =>
			page.evaluate(() => {
				const el = document.activeElement!;
				return [el.getAttribute('data-control'), el.closest('tr')?.getAttribute('data-code')];
			});
		await expect.poll(focused).toEqual(['pick', order.at(-1)]);
		expect(await table(page).locator('tr[aria-rowindex="2"]').count()).toBe(0);
		await page.keyboard.press('ArrowUp');
		await expect.poll(focused).toEqual(['pick', order.at(-2)]);
		// Space ticks the row the focus is on; from a name's button ↑ goes to the name above.
		await page.keyboard.press('Space');
		expect(await (await row(page, order.at(-2)!)).getAttribute('class')).toContain('picked');
		await table(page)
			.locator(`tr[data-code="${order.at(-2)}"] button[data-control="open"]`)
			.focus();
		await page.keyboard.press('ArrowUp');
		await expect.poll(focused).toEqual(['open', order.at(-3)]);

		// Home and End go to the first and last rows, PageUp and PageDown the rows the box shows at a time.
		const perPage = await page.getByTestId('heat-box').evaluate((box) => {
			const head = box.querySelector('thead')!.getBoundingClientRect().height;
			const row = box.querySelector('tbody tr[data-code]')!.getBoundingClientRect().height;
			return Math.floor((box.clientHeight - head) / row);
		});
		expect(perPage).toBeGreaterThan(3);
		await page.keyboard.press('Home');
		await expect.poll(focused).toEqual(['open', order[0]]);
		await page.keyboard.press('PageDown');
		await expect.poll(focused).toEqual(['open', order[perPage]]);
		await page.keyboard.press('End');
		await expect.poll(focused).toEqual(['open', order.at(-1)]);
		expect(await table(page).locator('tr[aria-rowindex="2"]').count()).toBe(0);
		await page.keyboard.press('PageUp');
		await expect.poll(focused).toEqual(['open', order.at(-1 - perPage)]);
		await page.keyboard.press('Home');
		await expect.poll(focused).toEqual(['open', order[0]]);

		// Scrolled a few rows, the focus stays on its own row: the rows are drawn by place, so the element it was in now
		// shows another row.
		const box = page.getByTestId('heat-box');
		const rowTop = async () => (await table(page).locator('tbody tr[data-code]').first().getAttribute('data-code'))!;
		const topBefore = await rowTop();
		await table(page).locator(`tr[data-code="${order[8]}"] button[data-control="open"]`).focus();
		await box.evaluate((el) => {
			const body = el.querySelector('tbody')!;
			const row = body.querySelector('tr[data-code]')!.getBoundingClientRect().height;
			el.scrollTop = body.offsetTop + 6 * row;
		});
		await frames(page);
		await expect.poll(rowTop).not.toBe(topBefore);
		await expect.poll(focused).toEqual(['open', order[8]]);
		await box.evaluate((el) => (el.scrollTop = 0));
		await frames(page);
		await expect.poll(focused).toEqual(['open', order[8]]);
		await page.keyboard.press('Home');
		await expect.poll(focused).toEqual(['open', order[0]]);

		// Scrolled far from the row with the focus, the box keeps it, and gives it back to the row once it is drawn again.
		await box.evaluate((el) => (el.scrollTop = el.scrollHeight));
		await frames(page);
		expect(await table(page).locator(`tr[data-code="${order[0]}"]`).count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('heat-box');
		await box.evaluate((el) => (el.scrollTop = 0));
		await expect.poll(focused).toEqual(['open', order[0]]);

		// A new order starts at the top again.
		await table(page).locator('button[data-sort="schools"]').click();
		await frames(page);
		expect(await page.getByTestId('heat-box').evaluate((el) => el.scrollTop)).toBe(0);
		expect(await table(page).locator('tr[aria-rowindex="2"]').count()).toBe(1);

		// Printed, the table has every row, not only those drawn on screen (counted as printing starts), and after
		// printing it draws those in view again.
		await page.evaluate(() =>
			window.addEventListener('beforeprint', () => {
				const rows = document.querySelectorAll('[data-testid="heat-table"] tbody tr[data-code]');
				document.body.dataset.printedRows = String(rows.length);
			})
		);
		await page.pdf();
		expect(await page.evaluate(() => document.body.dataset.printedRows)).toBe(String(ALL.length));
		await frames(page);
		expect((await drawnRows(page)).length).toBeLessThan(ALL.length);
		expect(watch.problems()).toEqual([]);
		await page.close();
	});

	it('redraws a chart scrolled far away once it is near again, and at once when the page is printed', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await page.setViewportSize({ width: 1280, height: 560 });
		await openCompare(page);
		const chart = page.locator('[data-testid="compare-ranking"] [role="img"]');
		const names = async () => {
			const texts = await page.locator('[data-testid="compare-ranking"] svg text').allTextContents();
			return new Set(texts.filter((x) => ALL.some((e) => e.name === x)));
		};
		await expect.poll(names).toEqual(new Set(ALL.filter((e) => e.schools > 0).map((e) => e.name)));
		// Read down to the foot of the screen, then search (typed without scrolling back up): the ranking waits.
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await frames(page);
		await page.getByTestId('search').evaluate((el: HTMLInputElement) => {
			el.value = '島';
			el.dispatchEvent(new Event('input', { bubbles: true }));
		});
		const islands = new Set(ALL.filter((e) => e.name.includes('島')).map((e) => e.name));
		await expect.poll(() => chart.getAttribute('aria-busy')).toBe('true');
		expect(await names()).not.toEqual(islands);
		// Printed, it shows the search's rows.
		await page.pdf();
		expect(await names()).toEqual(islands);
		await expect.poll(() => chart.getAttribute('aria-busy')).toBe('false');
		// Cleared and scrolled back to, it draws again on its own.
		await page.getByTestId('search').evaluate((el: HTMLInputElement) => {
			el.value = '';
			el.dispatchEvent(new Event('input', { bubbles: true }));
		});
		await expect.poll(() => chart.getAttribute('aria-busy')).toBe('true');
		await page.evaluate(() => window.scrollTo(0, 0));
		await expect.poll(names).toEqual(new Set(ALL.filter((e) => e.schools > 0).map((e) => e.name)));
		await expect.poll(() => chart.getAttribute('aria-busy')).toBe('false');
		expect(watch.problems()).toEqual([]);
		await page.close();
	});

	it('exports the ranking with what the screen says of it: the note, the sources of its lines, the filter, in either language', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await openCompare(page);
		const ranking = page.getByTestId('compare-ranking');
		expect(await ranking.getByTestId('compare-references').innerText()).toBe(references(ja));
		await page.locator('input[data-school-type="elementary"]').check();
		const save = (format: string) => () => ranking.locator(`[data-export="${format}"]`).click();

		const svg = (await download(page, save('svg'))).bytes.toString('utf8');
		const drawn = svgText(svg);
		const elementary = ALL.filter((e) => (e.types.elementary ?? 0) > 0).length;
		expect(drawn).toContain(flat(ja.compare.ranking));
		expect(drawn).toContain(flat(ja.compare.rankingNote(Math.min(40, elementary), elementary)));
		expect(drawn).toContain(flat(references(ja)));
		expect(drawn).toContain('文部科学省');
		expect(drawn).toContain(flat(ja.compare.typeFilter.formula));
		expect(drawn).toContain('令和7年度');
		expect(svg).toContain(`<title>${ja.compare.ranking}</title>`);

		const png = (await download(page, save('png'))).bytes;
		const texts = pngTexts(png);
		expect(texts.find(([k]) => k === 'Title')?.[1]).toBe(ja.compare.ranking);
		expect(texts.filter(([k]) => k === 'Comment').map(([, v]) => v)).toContain(references(ja));
		expect(texts.find(([k]) => k === 'Source')?.[1]).toContain('令和7年度');

		// In English, the same in English.
		await page.locator('button[data-locale="en"]').click();
		await expect.poll(() => ranking.locator('h2').innerText()).toBe(en.compare.ranking);
		const english = svgText((await download(page, save('svg'))).bytes.toString('utf8'));
		expect(english).toContain(flat(en.compare.ranking));
		expect(english).toContain(flat(references(en)));
		expect(english).toContain('MEXT');
		expect(english).toContain(flat(en.compare.typeFilter.formula));
		await page.locator('button[data-locale="ja"]').click();
		await expect.poll(() => ranking.locator('h2').innerText()).toBe(ja.compare.ranking);
		expect(watch.problems()).toEqual([]);
		await page.close();
	});

	it('saves the scatter chart as PNG, SVG and CSV, and the table as CSV', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await openCompare(page);
		const scatter = (format: string) => () =>
			page.locator(`[data-testid="compare-scatter"] [data-export="${format}"]`).click();

		const png = await download(page, scatter('png'));
		expect(png.name).toBe('haichi-compare-scatter-FY2025.png');
		expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		// IHDR: twice the 1200 × 720 export size.
		expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
		expect(png.bytes.readUInt32BE(16)).toBe(2400);
		expect(png.bytes.readUInt32BE(20)).toBe(1440);

		const svg = (await download(page, scatter('svg'))).bytes.toString('utf8');
		expect(svg).toMatch(/^<svg/);
		// The title as text (searchable, editable), not as paths.
		expect(svg).toMatch(/<text[^>]*>[^<]*学校数と支援員数/);
		expect(svg).toContain('令和7年度');

		const chartCsv = await download(page, scatter('csv'));
		expect(chartCsv.name).toBe('haichi-compare-scatter-FY2025.csv');
		const points = csvRows(chartCsv.bytes);
		expect(points.length).toBe(ALL.length);
		expect(Object.keys(points[0]!)).toContain(ja.compare.csv.code);
		for (const e of ALL) {
			const r = points.find((p) => p[ja.compare.csv.code] === e.code)!;
			expect(r[ja.compare.csv.name], e.code).toBe(e.name);
			expect(Number(r[ja.compare.csv.schools]), e.name).toBe(e.schools);
			expect(Number(r[ja.compare.csv.staff]), e.name).toBe(e.staff);
		}

		// The table's CSV follows the filters and the order on screen.
		await page.locator('input[data-kind="town"]').check();
		const towns = ALL.filter((e) => e.kind === 'town');
		const table = await download(page, () => page.getByTestId('compare-csv').click());
		expect(table.name).toBe('haichi-compare-FY2025.csv');
		const rows = csvRows(table.bytes);
		expect(Object.keys(rows[0]!)).toContain(ja.compare.csv.code);
		expect(rows.map((r) => r[ja.compare.csv.code])).toEqual(defaultOrder(towns));
		expect(rows.every((r) => r[ja.compare.csv.fiscalYear] === '2025' && r[ja.compare.csv.kind] === ja.kind.town)).toBe(
			true
		);
		// No staff: the ratio is blank, never 0.
		for (const r of rows.filter((r) => r[ja.compare.csv.staff] === '0')) expect(r[ja.compare.csv.ratio]).toBe('');

		expect(await page.locator('[data-testid="compare-scatter"]').getByRole('alert').count()).toBe(0);
		expect(watch.problems()).toEqual([]);
		await page.close();
	});

	it('shades the map from a GeoJSON of boundaries, and names a file it cannot use', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await openCompare(page);
		const map = page.getByTestId('compare-map');
		const circles = await map.locator('circle[data-code]').count();

		// Two municipalities as N03 gives them (5-digit codes), a small square around each office.
		const shaded = [byCode('469033'), byCode('469211')];
		const square = (e: Expected) => [
			[
				[e.lon - 0.05, e.lat - 0.05],
				[e.lon + 0.05, e.lat - 0.05],
				[e.lon + 0.05, e.lat + 0.05],
				[e.lon - 0.05, e.lat + 0.05],
				[e.lon - 0.05, e.lat - 0.05]
			]
		];
		const features = shaded.map((e) => ({
			type: 'Feature',
			properties: { N03_004: e.name, N03_007: e.code.slice(0, 5) },
			geometry: { type: 'Polygon', coordinates: square(e) }
		}));
		// A feature of another prefecture matches nothing and is left out.
		features.push({
			type: 'Feature',
			properties: { N03_004: '他県', N03_007: '01100' },
			geometry: { type: 'Polygon', coordinates: square({ ...shaded[0]!, lat: 43, lon: 141 }) }
		});
		const good = join(dir, '汐見県_境界.geojson');
		writeFileSync(good, JSON.stringify({ type: 'FeatureCollection', features }));
		await map.getByTestId('boundaries').setInputFiles(good);
		await expect
			.poll(() => map.getByRole('status').innerText())
			.toBe(ja.compare.boundariesLoaded('汐見県_境界.geojson', 2));
		expect(await map.locator('path.area').count()).toBe(2);
		expect(new Set(await map.locator('path.area title').evaluateAll((ts) => ts.map((t) => t.textContent)))).toEqual(
			new Set(shaded.map((e) => e.name))
		);
		// An area picks its municipality like a circle does.
		await map.locator('path.area').first().dispatchEvent('click');
		expect((await pickedCodes(page)).length).toBe(1);

		// A file that is not GeoJSON: an alert names it; the shading and the circles stay.
		const bad = join(dir, '学校一覧.json');
		writeFileSync(bad, JSON.stringify({ schools: [1, 2, 3] }));
		await map.getByTestId('boundaries').setInputFiles(bad);
		const alert = map.getByRole('alert');
		await alert.waitFor();
		expect(await alert.innerText()).toBe(
			ja.compare.boundariesFailed('学校一覧.json', ja.compare.boundariesReasons.not_geojson)
		);
		const notJson = join(dir, 'メモ.txt');
		writeFileSync(notJson, '境界ではありません');
		await map.getByTestId('boundaries').setInputFiles(notJson);
		await expect
			.poll(() => alert.innerText())
			.toBe(ja.compare.boundariesFailed('メモ.txt', ja.compare.boundariesReasons.not_json));
		expect(await map.locator('path.area').count()).toBe(2);
		expect(await map.locator('circle[data-code]').count()).toBe(circles);
		expect(await count(page)).toBe(countText(circles, circles));

		expect(await seriousViolations(page)).toEqual([]);
		expect(watch.problems()).toEqual([]);
		await page.close();
	});
});
