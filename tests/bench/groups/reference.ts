/**
 * Group `reference`: the reference data of Japan (docs/reference-data.md) — "adds nothing to the
 * first figures of the sample; picking a prefecture shows its map and table in under 1 s after the
 * data is ready".
 *
 * - `reference.sample_chunks_before_figures`: reference chunks (found through the build's Vite
 *   manifest) the browser fetched before the sample overview's mark `haichi:overview-ready`; 0.
 * - `reference.prefecture_loaded_ms` (and `_4x`, CPU throttled 4× as on a school's shared laptop):
 *   from the click on 「この都道府県で始める」 for 愛知県, with the list loaded and the sample ready,
 *   to the prefecture's data checked, loaded and kept (the mark `haichi:prefecture-loaded`);
 * - `reference.prefecture_shown_ms` (and `_4x`): from there to the compare screen showing its 54
 *   areas on the map and its table. Medians over --runs, each in a fresh profile.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, watchPage } from '../../support/browser';
import { REPO_ROOT, startBuiltApp } from '../../support/server';
import { RATES, suffix as rateSuffix, throttle as throttleCpu } from '../throttle';
import { BenchFailure, median, result, type BenchGroup, type BenchResult } from '../types';

const BUDGET_MS = 1000;
const TIMEOUT_MS = 120_000;

/** The built files of the reference modules, from the manifest Vite wrote beside the client build. */
function referenceChunks(): string[] {
	const manifest = JSON.parse(
		readFileSync(join(REPO_ROOT, '.svelte-kit', 'output', 'client', '.vite', 'manifest.json'), 'utf8')
	) as Record<string, { file: string }>;
	return Object.entries(manifest)
		.filter(([id]) => id.startsWith('virtual:japan-reference') || id.startsWith('virtual:japan-boundaries'))
		.map(([, v]) => v.file);
}

interface StartWindow {
	__startClicked: number | null;
	/** When the new data was in: the session's mark of a finished load. */
	__loaded: number | null;
}

async function once(url: string, origin: string, throttle: number) {
	const browser = await launchChromium();
	try {
		const page = await browser.context.newPage();
		const watch = await watchPage(page, origin);
		await page.setViewportSize({ width: 1280, height: 900 });
		await throttleCpu(browser.context, page, throttle);
		await page.addInitScript(() => {
			const w = window as unknown as StartWindow;
			w.__startClicked = null;
			w.__loaded = null;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) if (e.name === 'haichi:prefecture-loaded') w.__loaded = e.startTime;
			}).observe({ type: 'mark' });
			window.addEventListener(
				'click',
				(e) => {
					if ((e.target as Element | null)?.closest?.('[data-testid="start-go"]')) w.__startClicked = e.timeStamp;
				},
				true
			);
		});
		await page.goto(url);
		await page.waitForFunction(() => performance.getEntriesByName('haichi:overview-ready').length > 0, null, {
			timeout: TIMEOUT_MS
		});
		const chunks = referenceChunks();
		const early = await page.evaluate((files) => {
			const ready = performance.getEntriesByName('haichi:overview-ready')[0]!.startTime;
			return performance
				.getEntriesByType('resource')
				.filter((r) => r.startTime < ready && files.some((f) => r.name.endsWith(f))).length;
		}, chunks);
		await page.locator('[data-testid="start-prefecture"] option[value="23"]').waitFor({
			state: 'attached',
			timeout: TIMEOUT_MS
		});
		await page.getByTestId('start-prefecture').selectOption('23');
		await page.locator('[data-testid="start-go"]:not([disabled])').click({ timeout: TIMEOUT_MS });
		await page.locator('[data-map="areas"][data-drawn="54"]').waitFor({ timeout: TIMEOUT_MS });
		await page.locator('[data-testid="compare-count"]').waitFor({ timeout: TIMEOUT_MS });
		const { loaded, shown } = await page.evaluate(() => {
			const w = window as unknown as StartWindow;
			const now = performance.now();
			return { loaded: w.__loaded! - w.__startClicked!, shown: now - w.__loaded! };
		});
		const problems = watch.problems();
		if (problems.length > 0) throw new Error(`the page misbehaved: ${problems.join('; ')}`);
		return { early, loaded, shown };
	} finally {
		await browser.close();
	}
}

export const referenceGroup: BenchGroup = {
	name: 'reference',
	description:
		'reference data: nothing loaded before the sample’s figures; a prefecture’s map and table after its pick',
	async run({ runs, log }) {
		const app = await startBuiltApp();
		const results: BenchResult[] = [];
		try {
			for (const throttle of RATES) {
				const times: number[] = [];
				const loads: number[] = [];
				let early = 0;
				for (let i = 0; i < runs; i++) {
					const r = await once(app.url, app.origin, throttle);
					log(
						`  reference ${throttle}×: run ${i + 1}/${runs}: loaded ${r.loaded.toFixed(0)} ms, shown ${r.shown.toFixed(0)} ms after, ${r.early} early chunks`
					);
					times.push(r.shown);
					loads.push(r.loaded);
					early = Math.max(early, r.early);
				}
				const suffix = rateSuffix(throttle);
				if (throttle === 1) results.push(result('reference.sample_chunks_before_figures', early, 'files', 0));
				results.push(result(`reference.prefecture_loaded_ms${suffix}`, median(loads), 'ms'));
				results.push(
					result(`reference.prefecture_shown_ms${suffix}`, median(times), 'ms', throttle > 1 ? null : BUDGET_MS)
				);
			}
			return results;
		} catch (e) {
			throw new BenchFailure(e instanceof Error ? e.message : String(e), results);
		} finally {
			await app.close();
		}
	}
};
