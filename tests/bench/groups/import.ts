/**
 * Group `import`: a support log of 1 million rows (about 100 MB of CSV) imported on the data
 * screen the way a user does it — pick the file, wait for its review, press 取り込む — until the
 * result says it is loaded. Budgets: at most 15 s from the press to loaded, and no
 * main-thread task over 200 ms meanwhile (Long Tasks API, which sees tasks over 50 ms: 0 means none
 * was), i.e. the page never freezes.
 *
 * Reported besides: the review (reading the header and first rows) and the whole pick-to-loaded
 * time. Each run uses a fresh browser profile, so nothing stored by the previous run is reused.
 *
 * The floor: the same file picked on the bench's floor page (tests/bench/floor/), which only reads
 * it with DuckDB-wasm's own `read_csv` into a table; `import.ratio` is the app's time ÷ the
 * floor's pick-to-table time (goal ≤ 1.5×). The app's time is pick to review plus press to loaded,
 * both on the page's clock: the pause before the press is the user's (and Playwright's checks
 * before it clicks), not the app's. Everything runs unthrottled and with the CPU
 * throttled 4× (../throttle.ts; `_4x` figures, reported without budgets of their own).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, watchPage } from '../../support/browser';
import { serveDir, startBuiltApp, type RunningApp } from '../../support/server';
import { SAMPLE_DIR } from '../../support/sample-files';
import { largeRequestLog } from '../fixtures/large-request-log';
import { buildFloor } from '../floor/build';
import { RATES, suffix, throttle } from '../throttle';
import { BenchFailure, median, result, type BenchGroup, type BenchOptions, type BenchResult } from '../types';

const ROWS = 1_000_000;
const IMPORT_BUDGET_MS = 15_000;
const LONG_TASK_BUDGET_MS = 200;
const RATIO_GOAL = 1.5;
/** Runs are long (seconds each): a few are enough for a stable median. */
const MAX_RUNS = 3;

interface Sample {
	review: number;
	load: number;
	/**
	 * Of `load`: the import worker reading and checking the file, or on the fast path checking its
	 * cells while DuckDB reads it (the rest: DuckDB loading it, and its checks).
	 */
	read: number;
	total: number;
	/** Longest main-thread task; 0 when none took over 50 ms (the Long Tasks API reports no shorter one). */
	longest: number;
	longTasks: number;
}

/**
 * When `selector` is on the page (its `performance.now()`), looked for every 50 ms as the floor's
 * marks are: a locator's wait backs off to half a second between looks, which would count against
 * the app alone.
 */
async function shown(page: Page, selector: string, timeout: number): Promise<number> {
	const at = await page.waitForFunction((s) => (document.querySelector(s) !== null ? performance.now() : 0), selector, {
		timeout,
		polling: 50
	});
	return (await at.jsonValue()) as number;
}

/** The floor page: pick the file, until DuckDB's `read_csv` has made a table of it. */
async function floorOnce(floor: RunningApp, path: string, rate: number): Promise<number> {
	const browser = await launchChromium();
	try {
		const page = browser.page;
		await throttle(browser.context, page, rate);
		const watch = await watchPage(page, floor.origin);
		await page.goto(floor.url);
		await page.waitForFunction(() => performance.getEntriesByName('floor:ready').length > 0, null, {
			timeout: 60_000
		});
		const pickedAt = await page.evaluate(() => performance.now());
		await page.locator('#import').setInputFiles(path);
		const done = await page.waitForFunction(
			() =>
				performance.getEntriesByName('floor:imported').length +
					performance.getEntriesByName('floor:import-error').length >
				0
					? performance.now()
					: 0,
			null,
			{ timeout: 300_000, polling: 50 }
		);
		const took = Math.round(((await done.jsonValue()) as number) - pickedAt);
		const rows = await page.locator('#imported').getAttribute('data-rows');
		if (rows !== String(ROWS)) throw new Error(`the floor imported ${await page.locator('#imported').innerText()}`);
		watch.assertClean('import floor');
		return took;
	} finally {
		await browser.close();
	}
}

async function importOnce(path: string, rate: number, log: (m: string) => void): Promise<Sample> {
	const app = await startBuiltApp();
	const browser = await launchChromium();
	try {
		const page = browser.page;
		await throttle(browser.context, page, rate);
		const watch = await watchPage(page, app.origin);
		await page.addInitScript(() => {
			const w = window as unknown as { __longTasks: { start: number; duration: number }[]; __clickAt: number };
			w.__longTasks = [];
			// When the press reaches the page: Playwright's own checks before it clicks are not the app's time.
			document.addEventListener('click', () => (w.__clickAt = performance.now()), { capture: true });
			new PerformanceObserver((list) =>
				w.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))
			).observe({
				type: 'longtask',
				buffered: true
			});
		});
		await page.goto(`${app.url}data`);
		await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
		// A browser without the Long Tasks API would report no long task and pass: refuse to measure.
		if (!(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('longtask'))))
			throw new Error('this Chromium does not report long tasks');
		await page.evaluate(() => ((window as unknown as { __longTasks: unknown[] }).__longTasks = []));
		const pickedAt = await page.evaluate(() => performance.now());
		await page.getByTestId('file-input').setInputFiles(path);
		const reviewedAt = await shown(page, 'article[data-file] .choices', 60_000);
		await page.getByTestId('import-run').click();
		const loadedAt = await shown(page, '[data-testid="import-result"][data-loaded]', 120_000 * rate);
		const clickedAt = await page.evaluate(() => (window as unknown as { __clickAt: number }).__clickAt);
		if ((await page.getByTestId('import-result').getAttribute('data-loaded')) !== 'true')
			throw new Error(`the log was not loaded: ${(await page.getByTestId('import-result').innerText()).slice(0, 300)}`);
		const rows = await page.locator('tr[data-table="support_requests"] td[data-col="rows"]').innerText();
		if (rows !== ROWS.toLocaleString('ja-JP')) throw new Error(`support_requests shows ${rows} rows, expected ${ROWS}`);
		const longTasks = await page.evaluate(
			() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
		);
		const longest = longTasks.reduce((a, b) => (b.duration > a.duration ? b : a), { start: pickedAt, duration: 0 });
		const problems = watch.problems();
		if (problems.length > 0) throw new Error(problems.join('; '));
		// The worker's reading and checking of every row, up to the app's mark; the rest is the load into DuckDB and its checks.
		const read = await page.evaluate(
			(from) => (performance.getEntriesByName('haichi:import-read').at(-1)?.startTime ?? NaN) - from,
			clickedAt
		);
		if (!Number.isFinite(read)) throw new Error('the app set no mark haichi:import-read');
		// Whether the log took the fast path (DuckDB checking its cells' strict forms) or the row checks.
		const strict = await page.evaluate(() => performance.getEntriesByName('haichi:import-strict').length > 0);
		// On the fast path, when the worker's check and DuckDB's read of the file were each done.
		const sides = await page.evaluate(
			(from) =>
				['worker', 'duckdb'].map((side) =>
					Math.round((performance.getEntriesByName(`haichi:import-${side}`).at(-1)?.startTime ?? NaN) - from)
				),
			clickedAt
		);
		const review = Math.round(reviewedAt - pickedAt);
		const load = Math.round(loadedAt - clickedAt);
		const sample = {
			review,
			load,
			read: Math.round(read),
			// The time the user takes to press 取り込む after the review is theirs, not the app's.
			total: review + load,
			longest: longest.duration,
			longTasks: longTasks.length
		};
		const tasks =
			longTasks.length === 0
				? 'no main-thread task over 50 ms'
				: `longest main-thread task ${Math.round(longest.duration)} ms, ${Math.round(longest.start - pickedAt)} ms after the pick (${longTasks.length} over 50 ms)`;
		log(
			`  import ${rate}×: review ${sample.review} ms, load ${sample.load} ms (${strict ? `fast path: the worker checking the cells (${sides[0]} ms) and DuckDB reading the file (${sides[1]} ms) side by side` : 'worker reading and checking'} ${sample.read} ms, then DuckDB ${sample.load - sample.read} ms), ${tasks}`
		);
		return sample;
	} finally {
		await browser.close();
		await app.close();
	}
}

export const importGroup: BenchGroup = {
	name: 'import',
	description: `1M-row support log (~100 MB CSV) through the data screen: time and longest main-thread task`,
	async run({ runs, log }: BenchOptions): Promise<BenchResult[]> {
		const dir = mkdtempSync(join(tmpdir(), 'haichi-bench-import-'));
		try {
			const path = join(dir, 'support_requests_1m.csv');
			const bytes = largeRequestLog(SAMPLE_DIR, ROWS);
			writeFileSync(path, bytes);
			log(`import: ${ROWS.toLocaleString('en')} rows, ${(bytes.length / 1e6).toFixed(1)} MB`);
			const floor = await serveDir(await buildFloor((m) => log(`  floor: ${m}`)));
			const results: BenchResult[] = [];
			try {
				for (const rate of RATES) {
					const samples: Sample[] = [];
					const floors: number[] = [];
					for (let i = 0; i < Math.min(runs, MAX_RUNS); i++) {
						try {
							floors.push(await floorOnce(floor, path, rate));
							log(`  floor ${rate}×: read_csv into a table in ${floors.at(-1)} ms`);
							samples.push(await importOnce(path, rate, log));
						} catch (e) {
							throw new BenchFailure(
								`import run ${i + 1} at ${rate}×: ${e instanceof Error ? e.message : String(e)}`,
								results
							);
						}
					}
					// The budgets are the unthrottled ones; at 4× the figures are reported beside them.
					const budget = (b: number) => (rate > 1 ? null : b);
					const sfx = suffix(rate);
					const total = median(samples.map((s) => s.total));
					const floorMs = median(floors);
					results.push(
						result(`import.log_1m.load_ms${sfx}`, median(samples.map((s) => s.load)), 'ms', budget(IMPORT_BUDGET_MS)),
						result(
							`import.log_1m.longest_task_ms${sfx}`,
							Math.max(...samples.map((s) => s.longest)),
							'ms',
							budget(LONG_TASK_BUDGET_MS)
						),
						result(`import.log_1m.long_tasks${sfx}`, Math.max(...samples.map((s) => s.longTasks)), 'tasks over 50 ms'),
						result(`import.log_1m.review_ms${sfx}`, median(samples.map((s) => s.review)), 'ms'),
						result(`import.log_1m.worker_read_ms${sfx}`, median(samples.map((s) => s.read)), 'ms'),
						result(`import.log_1m.duckdb_ms${sfx}`, median(samples.map((s) => s.load - s.read)), 'ms'),
						result(`import.log_1m.total_ms${sfx}`, total, 'ms'),
						result(`import.floor_read_csv_ms${sfx}`, floorMs, 'ms'),
						result(`import.ratio${sfx}`, Math.round((total / floorMs) * 100) / 100, '×', budget(RATIO_GOAL))
					);
				}
				results.push(result('import.log_1m.file_mb', Math.round(bytes.length / 1e5) / 10, 'MB'));
				return results;
			} finally {
				await floor.close();
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
};
