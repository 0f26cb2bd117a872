/** Names from users' files are text: markup in them is shown, never run — tables, charts and tooltips. */
import { expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchPage } from '../support/browser';
import { importFiles, useAppInBrowser } from '../support/e2e';
import { readSample } from '../support/sample-files';

const env = useAppInBrowser();

const EVIL = '<img src=x onerror="window.__pwned=1">鶴浜町';

it('shows a municipality name holding HTML as text in the table, the chart and its tooltip', async () => {
	const municipalities = readSample('municipalities');
	const target = municipalities.find((m) => m.name === '鶴浜町')!;
	const header = Object.keys(municipalities[0]!);
	const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
	const lines = [
		header.join(','),
		...municipalities.map((m) => header.map((h) => quote(m === target && h === 'name' ? EVIL : m[h]!)).join(','))
	];
	const path = join(mkdtempSync(join(tmpdir(), 'haichi-html-')), 'municipalities.csv');
	writeFileSync(path, lines.join('\n') + '\n');

	const page = await env.browser.context.newPage();
	const watch = await watchPage(page, env.app.origin);
	await page.goto(`${env.app.url}data`);
	await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
	await importFiles(page, path);
	await page.getByTestId('import-result').waitFor();
	expect(await page.getByTestId('import-result').getAttribute('data-loaded')).toBe('true');

	await page.getByRole('link', { name: '概要' }).click();
	await page.locator('#overview-figures[data-live="true"]').waitFor({ timeout: 60_000 });
	const row = page.locator(`tr[data-row="${target.municipality_code}"] td[data-col="name"]`);
	expect(await row.innerText()).toBe(EVIL);
	expect(await page.locator('main img').count()).toBe(0);

	// The ranking chart's axis label is SVG text; hovering its row opens the tooltip.
	const chart = page.locator('section[aria-labelledby="ranking-title"] .chart');
	await expect
		.poll(() => chart.locator('svg text', { hasText: '鶴浜町' }).count(), { timeout: 20_000 })
		.toBeGreaterThan(0);
	const label = await chart.locator('svg text', { hasText: '鶴浜町' }).first().boundingBox();
	await page.mouse.move(label!.x + label!.width + 80, label!.y + label!.height / 2);
	const tooltip = chart.locator('div', { hasText: 'onerror' }).last();
	await expect.poll(() => tooltip.count(), { timeout: 10_000 }).toBeGreaterThan(0);
	expect(await tooltip.innerText()).toContain(EVIL);
	expect(await chart.locator('img').count()).toBe(0);

	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	watch.assertClean('html names', { strict: true });
	await page.close();
});
