/**
 * Group `load`: how long until the overview figures are visible, against the floor — a bare page
 * that only starts DuckDB-wasm and runs one query (tests/bench/floor/). Budget: the app may take at
 * most 1.3× the floor's time, cold and warm, for the sample and for a returning user's own data,
 * unthrottled and with the CPU throttled 4× (../throttle.ts; `_4x` figures).
 *
 * - app:   build/ served by scripts/serve.js, page `/`, time of the performance mark
 *          `haichi:overview-ready` (relative to navigation start): the embedded sample.
 * - own:   the same page for a returning user whose workspace holds their own data (OWN_DATA:
 *          404 schools, 90 staff, a 200,000-row support log, imported on the data screen once,
 *          and the overview seen once); each run starts from a copy of that profile with its
 *          HTTP and code caches removed, so cold means what it means for the others.
 * - floor: build-bench/floor/ (built and precompressed here), time of the mark `floor:ready`.
 * - cold:  a new browser with a fresh profile per run.
 * - warm:  in that same browser and profile, after the cold load has filled the caches (and a
 *          short pause, see SETTLE_MS), a new tab opens the page again.
 * Runs alternate floor, app and own so that drift on the machine affects them alike. Every load
 * fails the group if any request leaves the page's origin or the CSP blocks anything.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, watchPage, type PageWatch } from '../../support/browser';
import { keptOverviewKey } from '../../support/kept-result';
import { SAMPLE_DIR } from '../../support/sample-files';
import { serveDir, startBuiltApp, type RunningApp } from '../../support/server';
import { largeRequestLog } from '../fixtures/large-request-log';
import { buildFloor } from '../floor/build';
import { RATES, suffix, throttle } from '../throttle';
import { BenchFailure, failed, median, result, type BenchGroup, type BenchOptions, type BenchResult } from '../types';
import type { Page } from 'playwright-core';

const APP_MARK = 'haichi:overview-ready';
/** The overview as computed by the browser's own DuckDB (the first figures may be precomputed). */
const APP_LIVE_MARK = 'haichi:overview-live';
const FLOOR_MARK = 'floor:ready';
const FLOOR_ERROR_MARK = 'floor:error';
const RATIO_BUDGET = 1.3;
/** Longest wait for a page's mark. */
const LOAD_TIMEOUT_MS = Number(process.env.BENCH_LOAD_TIMEOUT_MS ?? 60_000);
/**
 * Pause between the cache-filling load and the warm load. Chromium writes compiled wasm to its
 * code cache only after the module has tiered up, a moment after start-up; a real second visit
 * comes much later than the first one's end, so measuring without the pause would understate warm.
 */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 3_000);
/** Idle time after the browser starts and after the first tab closes, before a measured load. */
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 1_000);

/** The returning user's own data: the sample's schools and staff under their own names, and a larger log. */
const OWN_LOG_ROWS = 200_000;

type TargetKey = 'app' | 'own' | 'floor';
const KEYS: readonly TargetKey[] = ['app', 'own', 'floor'];

interface Target {
	key: TargetKey;
	server: RunningApp;
	url: string;
	mark: string;
	errorMark?: string;
	/** A later mark also recorded (reported, not budgeted). */
	liveMark?: string;
	/** A profile to start each run from (copied), instead of a fresh one. */
	profile?: string;
}

interface Sample {
	cold: number;
	warm: number;
	liveCold?: number;
	liveWarm?: number;
}

interface Timing {
	time: number;
	live?: number;
}

/** The page never reached its mark (as opposed to a broken harness or a request off origin). */
class MarkMissing extends Error {}
/** A request left the origin (or the CSP stopped one): always fatal for the group. */
class OffOrigin extends Error {}

const fmt = (ms: number) => `${Math.round(ms)} ms`;

async function describePage(page: Page, watch: PageWatch): Promise<string> {
	const timeout = new Promise<{ error: string }>((r) =>
		setTimeout(() => r({ error: 'the page did not answer within 5 s' }), 5_000).unref()
	);
	const read = page
		.evaluate(() => ({
			url: location.href,
			title: document.title,
			marks: performance.getEntriesByType('mark').map((m) => `${m.name}@${Math.round(m.startTime)}`),
			text: (document.body?.innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 300)
		}))
		.catch((err: unknown) => ({ error: String(err) }));
	const state = await Promise.race([read, timeout]);
	const problems = watch.problems();
	return [
		`  page state: ${JSON.stringify(state)}`,
		problems.length > 0 ? `  recorded:\n    ${problems.join('\n    ')}` : '  recorded: no errors'
	].join('\n');
}

/** Loads `target.url` in `page` and returns the mark's startTime (ms since navigation start). */
async function loadOnce(page: Page, target: Target, watch: PageWatch, label: string): Promise<Timing> {
	await page.goto(target.url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
	try {
		await page.waitForFunction(
			([mark, errorMark]) =>
				performance.getEntriesByName(mark).length > 0 ||
				(errorMark !== '' && performance.getEntriesByName(errorMark).length > 0),
			[target.mark, target.errorMark ?? ''] as const,
			{ timeout: LOAD_TIMEOUT_MS, polling: 50 }
		);
	} catch (err) {
		if (watch.offOrigin.length + watch.cspViolations.length > 0) {
			// the likelier cause of the time-out: say that
			throw new OffOrigin(`${label}: ${watch.problems().join('\n  ')}`);
		}
		const hint =
			target.key === 'app'
				? `The app must call performance.mark('${APP_MARK}') once the overview figures are visible.`
				: 'The floor page did not finish starting DuckDB-wasm.';
		throw new MarkMissing(
			`${label}: no performance mark '${target.mark}' within ${LOAD_TIMEOUT_MS / 1000} s at ` +
				`${target.url} (${err instanceof Error ? err.message.split('\n')[0] : err}).\n  ${hint}\n` +
				(await describePage(page, watch))
		);
	}
	const time = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? null, target.mark);
	if (time === null) {
		throw new MarkMissing(`${label}: the page set '${target.errorMark}'.\n${await describePage(page, watch)}`);
	}
	let live: number | undefined;
	if (target.liveMark) {
		await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, target.liveMark, {
			timeout: LOAD_TIMEOUT_MS,
			polling: 50
		});
		live = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, target.liveMark);
	}
	try {
		watch.assertClean(label);
	} catch (err) {
		throw new OffOrigin(err instanceof Error ? err.message : String(err));
	}
	return { time, live };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Chromium's caches of what it fetched and compiled: gone, a kept profile starts cold. */
const CACHE_DIRS = ['Cache', 'Code Cache', 'GPUCache', 'DawnGraphiteCache', 'DawnWebGPUCache'];

/** A copy of `profile` without its caches, for one run. */
function coldCopy(profile: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'haichi-bench-own-'));
	cpSync(profile, dir, { recursive: true });
	for (const cache of CACHE_DIRS) rmSync(join(dir, 'Default', cache), { recursive: true, force: true });
	return dir;
}

/**
 * A profile whose workspace holds the user's own data (OWN_LOG_ROWS rows of log, the sample's
 * schools and staff as the user's files), imported on the data screen, with the overview seen once.
 */
async function ownDataProfile(app: RunningApp, log: (m: string) => void): Promise<string> {
	const files = mkdtempSync(join(tmpdir(), 'haichi-bench-own-files-'));
	const profile = mkdtempSync(join(tmpdir(), 'haichi-bench-own-profile-'));
	try {
		const paths = [join(files, 'own-schools.csv'), join(files, 'own-staff.csv'), join(files, 'own-log.csv')];
		cpSync(join(SAMPLE_DIR, 'schools.csv'), paths[0]!);
		cpSync(join(SAMPLE_DIR, 'staff.csv'), paths[1]!);
		writeFileSync(paths[2]!, largeRequestLog(SAMPLE_DIR, OWN_LOG_ROWS));
		const browser = await launchChromium({ userDataDir: profile });
		try {
			const page = browser.page;
			page.setDefaultTimeout(LOAD_TIMEOUT_MS * 2);
			await page.goto(`${app.url}data`);
			await page.locator('[data-testid="file-input"]:not([disabled])').waitFor();
			const started = Date.now();
			await page.getByTestId('file-input').setInputFiles(paths);
			const review = page.getByTestId('import-review');
			await review.locator('article[data-file] .choices').first().waitFor();
			for (const article of await review.locator('article[data-file]').all())
				await article.getByRole('radio', { name: '置き換える' }).check();
			await page.getByTestId('import-run').click();
			await page.locator('[data-testid="import-result"][data-kept="kept"]').waitFor();
			const rows = await page.locator('tr[data-table="support_requests"] td[data-col="rows"]').innerText();
			if (rows !== OWN_LOG_ROWS.toLocaleString('ja-JP')) throw new Error(`own data: the log shows ${rows} rows`);
			await page.getByRole('link', { name: '概要' }).click();
			await page.locator('#overview-figures[data-live="true"]').waitFor();
			const deadline = Date.now() + 10_000;
			while ((await keptOverviewKey(page)) === null) {
				if (Date.now() > deadline) throw new Error('own data: the overview was not kept');
				await sleep(100);
			}
			log(`  own data: imported and seen once in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		} finally {
			await browser.close();
		}
		return profile;
	} catch (e) {
		rmSync(profile, { recursive: true, force: true });
		throw e;
	} finally {
		rmSync(files, { recursive: true, force: true });
	}
}

/** One cold and one warm measurement, in a new browser with a fresh profile (or a cold copy of the target's). */
async function sample(target: Target, rate: number, run: string, log: (m: string) => void): Promise<Sample> {
	const userDataDir = target.profile ? coldCopy(target.profile) : undefined;
	const browser = await launchChromium({ userDataDir });
	try {
		// Let the browser finish its own start-up work so it does not compete with the page.
		await sleep(IDLE_MS);
		await throttle(browser.context, browser.page, rate);
		const coldWatch = await watchPage(browser.page, target.server.origin);
		const cold = await loadOnce(browser.page, target, coldWatch, `${target.key} cold ${run}`);
		const warnings = coldWatch.problems();
		await sleep(SETTLE_MS);
		coldWatch.dispose();

		// Close the first tab (its DuckDB worker) and let the teardown finish before the warm load.
		const page = await browser.context.newPage();
		await browser.page.close();
		await sleep(IDLE_MS);
		await throttle(browser.context, page, rate);
		const warmWatch = await watchPage(page, target.server.origin);
		const warm = await loadOnce(page, target, warmWatch, `${target.key} warm ${run}`);
		warnings.push(...warmWatch.problems());
		warmWatch.dispose();

		for (const w of new Set(warnings)) log(`    warning (${target.key} ${run}): ${w}`);
		return { cold: cold.time, warm: warm.time, liveCold: cold.live, liveWarm: warm.live };
	} finally {
		await browser.close();
		if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
	}
}

/** The samples of each target, per rate. */
type Samples = Map<number, Record<TargetKey, Sample[]>>;

async function run({ runs, log }: BenchOptions): Promise<BenchResult[]> {
	const floorDir = await buildFloor((m) => log(`  floor: ${m}`));
	const servers: RunningApp[] = [];
	const samples: Samples = new Map(RATES.map((rate) => [rate, { app: [], own: [], floor: [] }]));
	/** Why the app's half (sample or own data) could not be measured. */
	const errors: Partial<Record<TargetKey, string>> = {};
	let profile: string | null = null;
	const results: BenchResult[] = [];

	try {
		const floorServer = await serveDir(floorDir);
		servers.push(floorServer);
		const targets: Target[] = [
			{ key: 'floor', server: floorServer, url: floorServer.url, mark: FLOOR_MARK, errorMark: FLOOR_ERROR_MARK }
		];
		try {
			const appServer = await startBuiltApp();
			servers.push(appServer);
			const app = { server: appServer, url: appServer.url, mark: APP_MARK, liveMark: APP_LIVE_MARK };
			targets.push({ key: 'app', ...app });
			profile = await ownDataProfile(appServer, log);
			targets.push({ key: 'own', ...app, profile });
		} catch (err) {
			const message = err instanceof Error ? err.message : String(err);
			if (!targets.some((t) => t.key === 'app')) errors.app = message;
			errors.own = message;
			log(`  app: cannot measure it: ${message}`);
		}

		log(
			`  ${runs} run(s) each at CPU ${RATES.map((r) => `${r}×`).join(' and ')}; a run = new browser with a fresh ` +
				`profile (own data: a cold copy of its profile): cold load, ${SETTLE_MS} ms pause, ` +
				`warm load in a new tab (${IDLE_MS} ms idle before each measured load)`
		);
		for (const rate of RATES) {
			for (let i = 1; i <= runs; i++) {
				for (const target of targets) {
					if (errors[target.key] !== undefined) continue;
					const runLabel = `${i}/${runs} at ${rate}×`;
					try {
						const s = await sample(target, rate, runLabel, log);
						samples.get(rate)![target.key].push(s);
						const live =
							s.liveCold !== undefined && s.liveWarm !== undefined
								? ` (live DuckDB figures: cold ${fmt(s.liveCold)}, warm ${fmt(s.liveWarm)})`
								: '';
						log(`  ${target.key.padEnd(5)} run ${runLabel}: cold ${fmt(s.cold)}, warm ${fmt(s.warm)}${live}`);
					} catch (err) {
						if (err instanceof OffOrigin) throw err;
						if (target.key !== 'floor' && err instanceof MarkMissing) {
							errors[target.key] = err.message;
							log(`  ${target.key} run ${runLabel}: FAILED — skipping its remaining runs\n${err.message}`);
							continue;
						}
						throw err;
					}
				}
			}
		}
	} catch (err) {
		const message = err instanceof Error ? err.message : String(err);
		throw new BenchFailure(
			err instanceof OffOrigin
				? `a request left the origin or was blocked by the CSP — the pages must work offline:\n${message}`
				: message,
			summarize(samples, errors, log)
		);
	} finally {
		await Promise.all(servers.map((s) => s.close()));
		if (profile) rmSync(profile, { recursive: true, force: true });
	}

	results.push(...summarize(samples, errors, log));
	const failedHalves = Object.entries(errors);
	if (failedHalves.length > 0) {
		throw new BenchFailure(`the app failed: ${failedHalves.map(([k, e]) => `${k}: ${e}`).join('\n')}`, results);
	}
	return results;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function summarize(samples: Samples, errors: Partial<Record<TargetKey, string>>, log: (m: string) => void) {
	const out: BenchResult[] = [];
	for (const [rate, byTarget] of samples) {
		const sfx = suffix(rate);
		const medians: Partial<Record<`${TargetKey}.${'cold' | 'warm'}`, number>> = {};
		for (const key of KEYS) {
			for (const mode of ['cold', 'warm'] as const) {
				const name = `load.${key}.${mode}_ms${sfx}`;
				const values = byTarget[key].map((s) => s[mode]);
				if (values.length === 0) {
					out.push(failed(name, 'ms', errors[key] ? `${key} did not load (see above)` : 'no runs'));
					continue;
				}
				const m = median(values);
				medians[`${key}.${mode}`] = m;
				log(
					`  ${name}: median ${fmt(m)} (min ${fmt(Math.min(...values))}, max ${fmt(Math.max(...values))}) ` +
						`of [${values.map((v) => Math.round(v)).join(', ')}]`
				);
				out.push(result(name, Math.round(m), 'ms'));
			}
		}
		// The sample keeps its figures' old names (load.ratio.cold …); own data is named so.
		for (const key of ['app', 'own'] as const) {
			const prefix = key === 'app' ? '' : 'own_';
			for (const mode of ['cold', 'warm'] as const) {
				const values = byTarget[key].flatMap((s) => (mode === 'cold' ? s.liveCold : s.liveWarm) ?? []);
				const floor = medians[`floor.${mode}`];
				if (values.length === 0 || floor === undefined) continue;
				const m = median(values);
				log(
					`  load.${key}.live_${mode}_ms${sfx}: median ${fmt(m)} of [${values.map((v) => Math.round(v)).join(', ')}]`
				);
				out.push(result(`load.${key}.live_${mode}_ms${sfx}`, Math.round(m), 'ms'));
				out.push(result(`load.ratio.${prefix}live_${mode}${sfx}`, round2(m / floor), '×'));
			}
			for (const mode of ['cold', 'warm'] as const) {
				const app = medians[`${key}.${mode}`];
				const floor = medians[`floor.${mode}`];
				const name = `load.ratio.${prefix}${mode}${sfx}`;
				if (app === undefined || floor === undefined) {
					out.push(failed(name, '×', `needs both ${key} and floor figures`, RATIO_BUDGET));
				} else {
					out.push(result(name, round2(app / floor), '×', RATIO_BUDGET));
				}
			}
		}
	}
	return out;
}

export const load: BenchGroup = {
	name: 'load',
	description: `time to overview figures (mark ${APP_MARK}), sample and own data, vs a bare DuckDB-wasm page, cold and warm, CPU 1× and 4×; budget ${RATIO_BUDGET}×`,
	run
};
