/**
 * Group `screens`: what a user waits for on the scenarios and schedule screens, in Chromium on the
 * built app, used with real clicks on the sample's largest employer (the one the Node groups
 * `scenarios` and `schedule` time too). Each figure is the time from the click's input event to the
 * screen showing the result, polled in the page on every animation frame (the app sets no mark for
 * these), so it holds what the Node rows leave out: the page's messages to and from its workers,
 * the workers' start and their HiGHS wasm, and the rendering of the table, chart or week.
 *
 * - scenarios.plus_3_staff: on /scenarios, once the baseline's figures are shown, a click on
 *   「支援員 +3人 のシナリオを作る」 until every figure of the new column is shown — ≤ 3 s, as the
 *   Node row scenarios.plus_3_staff.
 * - scenarios.sweep_0_10: in another fresh browser (so no step is the +3 scenario's kept run), a
 *   click on 「+0〜+10人を試算する」 until the sweep's answer and chart are shown — ≤ 15 s, as the
 *   Node row scenarios.sweep_0_10. Timed at most SWEEP_RUNS times per CPU rate: it takes tens of
 *   seconds, and its optimiser stops on a time limit, so repeating it adds little.
 * - schedule.week: on /schedule, a click on 「スケジュールを作成」 until the week's figures are shown
 *   — ≤ 5 s, the schedule group's budget for a municipality (that group gives an employer of more
 *   than 80 schools, as this one is, 15 s for the optimiser alone). The screen's run is the
 *   scenarios' baseline run: the optimiser, then the 100 simulated years its figures take.
 *
 * Each run is a new browser with a fresh profile (nothing kept from an earlier run: no kept week,
 * no shared run of the same request) that loads the screen by its address; the median over --runs
 * is reported. Each rate of ../throttle.ts is measured, the `_4x` figures without a budget of their
 * own. DevTools CPU throttling slows the page's main thread only, not its Web Workers, where the
 * optimiser and the simulation run: the 4× figures show the page's own work (rendering, messages,
 * building the requests) slowed, not a slower solver. A page that shows no result, shows a failure,
 * logs an error or requests anything off its origin fails the group.
 */
import type { Page } from 'playwright-core';
import { launchChromium, watchPage, type LaunchedChromium, type PageWatch } from '../../support/browser';
import { startBuiltApp, type RunningApp } from '../../support/server';
import { expectedEmployers } from '../../support/sample-files';
import { ja } from '../../../src/lib/i18n/ja';
import { RATES, suffix, throttle } from '../throttle';
import { BenchFailure, median, result, type BenchGroup, type BenchOptions, type BenchResult } from '../types';

/** Staff added by the scenario timed: the screen's default (and the Node row's). */
const PLUS = 3;
const BUDGET_S = { plus: 3, sweep: 15, week: 5 } as const;
/** The sweep is timed at most this many times per CPU rate. */
const SWEEP_RUNS = 3;
/** Longest wait for a screen to load, and for a result to show (at 4× a load alone takes tens of seconds). */
const TIMEOUT_MS = Number(process.env.BENCH_SCREENS_TIMEOUT_MS ?? 120_000);

/** What the click timer keeps on `window`. */
interface ClickWindow {
	__screensArmed: boolean;
	__screensClick: number | null;
}

/**
 * Records, in the page, the time of the first click after arming. Installed before the page loads;
 * it runs in the browser as its source text, so it names no inner function (tsx would wrap those in
 * a helper the page does not have). The predicates below follow the same rule.
 */
function installClickTimer() {
	const w = window as unknown as ClickWindow;
	w.__screensArmed = false;
	w.__screensClick = null;
	window.addEventListener(
		'click',
		(event) => {
			if (!w.__screensArmed) return;
			w.__screensArmed = false;
			w.__screensClick = event.timeStamp;
		},
		true
	);
}

/** A predicate's answer: the time since the click once the result is shown, or the failure shown instead. */
type Shown = { ms: number; detail: string } | { failed: string };

/** The scenario column added (any column but the baseline's): shown once every row has its figure. */
function scenarioShown(): Shown | null {
	const click = (window as unknown as ClickWindow).__screensClick;
	if (click === null) return null;
	const th = document.querySelector(
		'[data-testid="comparison"] thead th[data-scenario]:not([data-scenario="baseline"])'
	);
	const id = th?.getAttribute('data-scenario');
	if (!th || !id) return null;
	const alert = th.querySelector('[role="alert"]');
	if (alert) return { failed: alert.textContent ?? '' };
	const rows = document.querySelectorAll('[data-testid="comparison"] tbody tr[data-row]').length;
	const cells = document.querySelectorAll(
		`[data-testid="comparison"] td[data-scenario="${CSS.escape(id)}"] [data-value]`
	);
	if (rows === 0 || cells.length !== rows) return null;
	return { ms: performance.now() - click, detail: id };
}

/** The sweep: its answer (written once all steps are in) and its chart drawn. */
function sweepShown(): Shown | null {
	const click = (window as unknown as ClickWindow).__screensClick;
	if (click === null) return null;
	const sweep = document.querySelector('[data-testid="sweep"]');
	const alert = sweep?.querySelector('[role="alert"]');
	if (alert) return { failed: alert.textContent ?? '' };
	const answer = sweep?.querySelector('[data-testid="sweep-answer"]')?.textContent?.trim();
	if (!answer || !sweep?.querySelector('.chart svg path')) return null;
	return { ms: performance.now() - click, detail: answer };
}

/** The week: its figures, the visits made of those required among them. */
function weekShown(): Shown | null {
	const click = (window as unknown as ClickWindow).__screensClick;
	if (click === null) return null;
	const alert = document.querySelector('main [role="alert"]');
	if (alert) return { failed: alert.textContent ?? '' };
	const visits = document
		.querySelector('[data-testid="schedule-result"] [data-figure="visits"] [data-value]')
		?.textContent?.trim();
	if (!visits) return null;
	return { ms: performance.now() - click, detail: visits };
}

/** Clicks `button` as the user and waits for `shown`; the seconds from the click to the result on screen. */
async function timedClick(
	page: Page,
	button: string,
	shown: () => Shown | null,
	what: string
): Promise<{ seconds: number; detail: string }> {
	await page.evaluate(() => Object.assign(window, { __screensArmed: true, __screensClick: null }));
	await page.locator(button).click();
	let answer: Shown | null;
	try {
		answer = await page
			.waitForFunction(shown, undefined, { polling: 'raf', timeout: TIMEOUT_MS })
			.then((h) => h.jsonValue());
	} catch (err) {
		// The screen's words without the employer list of its select.
		const text = await page
			.evaluate(() => {
				const main = document.querySelector('main')?.cloneNode(true) as HTMLElement | undefined;
				main?.querySelectorAll('select, style').forEach((e) => e.remove());
				return main?.textContent ?? '';
			})
			.catch(() => '');
		throw new Error(
			`${what}: no result on screen within ${TIMEOUT_MS / 1000} s (${err instanceof Error ? err.message.split('\n')[0] : err}); ` +
				`the screen says: ${text.replace(/\s+/g, ' ').slice(0, 400)}`,
			{ cause: err }
		);
	}
	if (!answer) throw new Error(`${what}: no timing`);
	if ('failed' in answer) throw new Error(`${what}: the screen shows a failure: ${answer.failed}`);
	return { seconds: answer.ms / 1000, detail: answer.detail };
}

/** A new browser with a fresh profile, throttled to `rate`, on `path` of the app, watched. */
async function openScreen(
	app: RunningApp,
	path: string,
	rate: number
): Promise<{ browser: LaunchedChromium; page: Page; watch: PageWatch }> {
	const browser = await launchChromium();
	try {
		const page = browser.page;
		page.setDefaultTimeout(TIMEOUT_MS);
		await throttle(browser.context, page, rate);
		const watch = await watchPage(page, app.origin);
		await page.addInitScript(installClickTimer);
		await page.goto(`${app.url}${path}`);
		return { browser, page, watch };
	} catch (err) {
		await browser.close();
		throw err;
	}
}

/** A figure cell of the comparison table, as a number ("25" → 25). */
async function comparisonNumber(page: Page, row: string, column: string): Promise<number> {
	const text = await page.locator(`tr[data-row="${row}"] td[data-scenario="${column}"] [data-value]`).innerText();
	return Number(text.replaceAll(',', ''));
}

interface Largest {
	code: string;
	schools: number;
	staff: number;
}

/** /scenarios on `employer` with the baseline's figures shown and nothing running. */
async function scenariosReady(page: Page, employer: Largest): Promise<void> {
	await page.getByTestId('scope').selectOption(employer.code);
	await page.locator('td[data-scenario="baseline"] [data-value]').first().waitFor();
	await page.getByTestId('rerun').waitFor();
	const staff = await comparisonNumber(page, 'staff', 'baseline');
	if (staff !== employer.staff) throw new Error(`scenarios: the baseline shows ${staff} staff, not ${employer.staff}`);
}

async function plusStaff(app: RunningApp, employer: Largest, rate: number, label: string, log: (m: string) => void) {
	const { browser, page, watch } = await openScreen(app, 'scenarios', rate);
	try {
		await scenariosReady(page, employer);
		const create = await page.getByTestId('create').innerText();
		if (create.trim() !== ja.scenarios.create(PLUS))
			throw new Error(`scenarios: the create button says 「${create}」, not 「${ja.scenarios.create(PLUS)}」`);
		const t = await timedClick(page, '[data-testid="create"]', scenarioShown, `${label} plus_${PLUS}_staff`);
		const staff = await comparisonNumber(page, 'staff', t.detail);
		if (staff !== employer.staff + PLUS)
			throw new Error(`${label} plus_${PLUS}_staff: the scenario shows ${staff} staff, not ${employer.staff + PLUS}`);
		watch.assertClean(`${label} plus_${PLUS}_staff`, { strict: true });
		// The screen's own account of the runs (the optimiser's seconds in its worker), to set beside the wait.
		const run = (name: string) =>
			page
				.locator('dl.sources div')
				.filter({ hasText: `④⑤ ${name}` })
				.locator('dd')
				.innerText();
		log(
			`  ${label} +${PLUS} staff: ${t.seconds.toFixed(2)} s (staff ${employer.staff} → ${staff}; ${await run(ja.scenarios.defaultName(PLUS))}; ` +
				`the baseline before it: ${await run(ja.scenarios.baseline)})`
		);
		return t.seconds;
	} finally {
		watch.dispose();
		await browser.close();
	}
}

async function sweep(app: RunningApp, employer: Largest, rate: number, label: string, log: (m: string) => void) {
	const { browser, page, watch } = await openScreen(app, 'scenarios', rate);
	try {
		await scenariosReady(page, employer);
		const t = await timedClick(page, '[data-testid="run-sweep"]', sweepShown, `${label} sweep_0_10`);
		watch.assertClean(`${label} sweep_0_10`, { strict: true });
		log(`  ${label} sweep +0…+10: ${t.seconds.toFixed(2)} s — 「${t.detail}」`);
		return t.seconds;
	} finally {
		watch.dispose();
		await browser.close();
	}
}

async function week(app: RunningApp, employer: Largest, rate: number, label: string, log: (m: string) => void) {
	const { browser, page, watch } = await openScreen(app, 'schedule', rate);
	try {
		await page.getByTestId('employer').selectOption(employer.code);
		await page.locator('[data-testid="schedule-run"]:not([disabled])').waitFor();
		const t = await timedClick(page, '[data-testid="schedule-run"]', weekShown, `${label} schedule week`);
		const [made, required] = t.detail.split(' / ').map((n) => Number(n.replaceAll(',', '')));
		if (!required || made === undefined || !(made >= 0))
			throw new Error(`${label} schedule week: the visits figure reads 「${t.detail}」`);
		watch.assertClean(`${label} schedule week`, { strict: true });
		// The screen's own account of the run's seconds (page to worker and back), to set beside the wait.
		const source = await page.locator('[data-testid="schedule-result"] p.source').innerText();
		log(
			`  ${label} schedule week: ${t.seconds.toFixed(2)} s (visits ${t.detail}; ${/計算 .+ 秒/.exec(source)?.[0] ?? source})`
		);
		return t.seconds;
	} finally {
		watch.dispose();
		await browser.close();
	}
}

const round2 = (x: number) => Math.round(x * 100) / 100;

async function run({ runs, log }: BenchOptions): Promise<BenchResult[]> {
	const [largest] = expectedEmployers()
		.filter((e) => e.schools > 0)
		.sort((a, b) => b.schools - a.schools || a.code.localeCompare(b.code));
	if (!largest) throw new BenchFailure('the sample has no employer with schools');
	const sweepRuns = Math.min(runs, SWEEP_RUNS);
	log(
		`  employer ${largest.code}: ${largest.schools} schools, ${largest.staff} staff; ${runs} run(s) of +${PLUS} staff and the week, ` +
			`${sweepRuns} of the sweep, at CPU ${RATES.map((r) => `${r}×`).join(' and ')}; a run = new browser with a fresh profile`
	);
	const app = await startBuiltApp();
	const results: BenchResult[] = [];
	try {
		for (const rate of RATES) {
			const samples = { plus: [] as number[], sweep: [] as number[], week: [] as number[] };
			for (let i = 1; i <= runs; i++) {
				const label = `${rate}× run ${i}/${runs}`;
				samples.plus.push(await plusStaff(app, largest, rate, label, log));
				samples.week.push(await week(app, largest, rate, label, log));
				if (i <= sweepRuns) samples.sweep.push(await sweep(app, largest, rate, label, log));
			}
			const budget = (b: number) => (rate === 1 ? b : null);
			const sfx = suffix(rate);
			results.push(
				result(`screens.scenarios.plus_${PLUS}_staff${sfx}`, round2(median(samples.plus)), 's', budget(BUDGET_S.plus)),
				result(`screens.scenarios.sweep_0_10${sfx}`, round2(median(samples.sweep)), 's', budget(BUDGET_S.sweep)),
				result(`screens.schedule.week${sfx}`, round2(median(samples.week)), 's', budget(BUDGET_S.week))
			);
		}
		return results;
	} catch (err) {
		throw new BenchFailure(err instanceof Error ? err.message : String(err), results);
	} finally {
		await app.close();
	}
}

export const screensGroup: BenchGroup = {
	name: 'screens',
	description: `scenarios and schedule screens in Chromium on the largest sample employer, click to result: +${PLUS} staff ≤ ${BUDGET_S.plus} s, the +0…+10 sweep ≤ ${BUDGET_S.sweep} s, the week ≤ ${BUDGET_S.week} s; also at 4× CPU`,
	run
};
