/**
 * Group `load`: how long until the overview figures are visible, against the floor — a bare page
 * that only starts DuckDB-wasm and runs one query (tests/bench/floor/). Budget: the app may take at
 * most 1.3× the floor's time, cold and warm.
 *
 * - app:   build/ served by scripts/serve.js, page `/`, time of the performance mark
 *          `haichi:overview-ready` (relative to navigation start).
 * - floor: build-bench/floor/ (built and precompressed here), time of the mark `floor:ready`.
 * - cold:  a new browser with a fresh profile per run.
 * - warm:  in that same browser and profile, after the cold load has filled the caches (and a
 *          short pause, see SETTLE_MS), a new tab opens the page again.
 * Runs alternate floor and app so that drift on the machine affects both alike. Every load fails
 * the group if any request leaves the page's origin or the CSP blocks anything.
 */
import { launchChromium, watchPage, type PageWatch } from '../../support/browser';
import { serveDir, startBuiltApp, type RunningApp } from '../../support/server';
import { buildFloor } from '../floor/build';
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

type TargetKey = 'app' | 'floor';

interface Target {
	key: TargetKey;
	server: RunningApp;
	url: string;
	mark: string;
	errorMark?: string;
	/** A later mark also recorded (reported, not budgeted). */
	liveMark?: string;
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

/** One cold and one warm measurement, in a new browser with a fresh profile. */
async function sample(target: Target, run: string, log: (m: string) => void): Promise<Sample> {
	const browser = await launchChromium();
	try {
		// Let the browser finish its own start-up work so it does not compete with the page.
		await sleep(IDLE_MS);
		const coldWatch = await watchPage(browser.page, target.server.origin);
		const cold = await loadOnce(browser.page, target, coldWatch, `${target.key} cold ${run}`);
		const warnings = coldWatch.problems();
		await sleep(SETTLE_MS);
		coldWatch.dispose();

		// Close the first tab (its DuckDB worker) and let the teardown finish before the warm load.
		const page = await browser.context.newPage();
		await browser.page.close();
		await sleep(IDLE_MS);
		const warmWatch = await watchPage(page, target.server.origin);
		const warm = await loadOnce(page, target, warmWatch, `${target.key} warm ${run}`);
		warnings.push(...warmWatch.problems());
		warmWatch.dispose();

		for (const w of new Set(warnings)) log(`    warning (${target.key} ${run}): ${w}`);
		return { cold: cold.time, warm: warm.time, liveCold: cold.live, liveWarm: warm.live };
	} finally {
		await browser.close();
	}
}

async function run({ runs, log }: BenchOptions): Promise<BenchResult[]> {
	const floorDir = await buildFloor((m) => log(`  floor: ${m}`));
	const servers: RunningApp[] = [];
	const samples: Record<TargetKey, Sample[]> = { app: [], floor: [] };
	let appError: string | null = null;
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
			targets.push({ key: 'app', server: appServer, url: appServer.url, mark: APP_MARK, liveMark: APP_LIVE_MARK });
		} catch (err) {
			appError = err instanceof Error ? err.message : String(err);
			log(`  app: cannot serve it: ${appError}`);
		}

		log(
			`  ${runs} run(s) each; a run = new browser with a fresh profile: cold load, ${SETTLE_MS} ms pause, ` +
				`warm load in a new tab (${IDLE_MS} ms idle before each measured load)`
		);
		for (let i = 1; i <= runs; i++) {
			for (const target of targets) {
				if (target.key === 'app' && appError !== null) continue;
				const runLabel = `${i}/${runs}`;
				try {
					const s = await sample(target, runLabel, log);
					samples[target.key].push(s);
					const live =
						s.liveCold !== undefined && s.liveWarm !== undefined
							? ` (live DuckDB figures: cold ${fmt(s.liveCold)}, warm ${fmt(s.liveWarm)})`
							: '';
					log(`  ${target.key.padEnd(5)} run ${runLabel}: cold ${fmt(s.cold)}, warm ${fmt(s.warm)}${live}`);
				} catch (err) {
					if (err instanceof OffOrigin) throw err;
					if (target.key === 'app' && err instanceof MarkMissing) {
						appError = err.message;
						log(`  app   run ${runLabel}: FAILED — skipping the remaining app runs\n${appError}`);
						continue;
					}
					throw err;
				}
			}
		}
	} catch (err) {
		const message = err instanceof Error ? err.message : String(err);
		throw new BenchFailure(
			err instanceof OffOrigin
				? `a request left the origin or was blocked by the CSP — the pages must work offline:\n${message}`
				: message,
			summarize(samples, appError, log)
		);
	} finally {
		await Promise.all(servers.map((s) => s.close()));
	}

	results.push(...summarize(samples, appError, log));
	if (appError !== null) {
		throw new BenchFailure(`the app half failed: ${appError}`, results);
	}
	return results;
}

function summarize(
	samples: Record<TargetKey, Sample[]>,
	appError: string | null,
	log: (m: string) => void
): BenchResult[] {
	const out: BenchResult[] = [];
	const medians: Partial<Record<`${TargetKey}.${'cold' | 'warm'}`, number>> = {};
	for (const key of ['app', 'floor'] as const) {
		for (const mode of ['cold', 'warm'] as const) {
			const name = `load.${key}.${mode}_ms`;
			const values = samples[key].map((s) => s[mode]);
			if (values.length === 0) {
				out.push(failed(name, 'ms', key === 'app' && appError ? 'app did not load (see above)' : 'no runs'));
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
	for (const mode of ['cold', 'warm'] as const) {
		const values = samples.app.flatMap((s) => (mode === 'cold' ? s.liveCold : s.liveWarm) ?? []);
		const floor = medians[`floor.${mode}`];
		if (values.length === 0 || floor === undefined) continue;
		const m = median(values);
		log(`  load.app.live_${mode}_ms: median ${fmt(m)} of [${values.map((v) => Math.round(v)).join(', ')}]`);
		out.push(result(`load.app.live_${mode}_ms`, Math.round(m), 'ms'));
		out.push(result(`load.ratio.live_${mode}`, Math.round((m / floor) * 100) / 100, '×'));
	}
	for (const mode of ['cold', 'warm'] as const) {
		const app = medians[`app.${mode}`];
		const floor = medians[`floor.${mode}`];
		const name = `load.ratio.${mode}`;
		if (app === undefined || floor === undefined) {
			out.push(failed(name, '×', 'needs both app and floor figures', RATIO_BUDGET));
		} else {
			out.push(result(name, Math.round((app / floor) * 100) / 100, '×', RATIO_BUDGET));
		}
	}
	return out;
}

export const load: BenchGroup = {
	name: 'load',
	description: `time to overview figures (mark ${APP_MARK}) vs a bare DuckDB-wasm page, cold and warm; budget ${RATIO_BUDGET}×`,
	run
};
