/**
 * Group `schedule`: the weekly schedule optimiser on the sample's employers and on
 * generated instances (tests/bench/fixtures/schedule-instances.ts): municipalities of 20, 60 and
 * 150 schools and a 1,000-school prefecture with 250 staff. For each: seconds, weekly travel, the
 * proven lower bound, the gap, and visits left unmet. Every schedule is checked against every hard
 * rule first (a schedule that breaks one fails the group).
 *
 * Budgets: up to 80 schools and 30 staff, gap ≤ 1% in ≤ 5 s; 150 schools ≤ 2% in ≤ 15 s; 1,000
 * schools ≤ 3% in ≤ 30 s (the bound is over every route that fits a day). The optimiser stops on
 * work limits, so its week does not depend on the machine; its safety time limit is set at three
 * times the budget, and a week cut short by it (`cut_short` 1) fails the group's budget.
 *
 * `prefecture_1000_own_bases_shared`: that case twice at once on two worker threads
 * (../fixtures/schedule-thread.ts), the CPU shared as on a busy laptop: the slower run's seconds
 * and the worse gap against the same budget, and how many of the two weeks differ from the one
 * planned alone (0: the same input gives the same week, busy or not).
 *
 * Runs in Node with the same code and HiGHS wasm the app's worker uses.
 */
import { Worker } from 'node:worker_threads';
import { isDeepStrictEqual } from 'node:util';
import loadHighs from 'highs';
import { optimiseSchedule } from '../../../src/lib/optimise/optimise';
import { checkSchedule } from '../../../src/lib/domain/schedule/check';
import { TravelTimes } from '../../../src/lib/domain/schedule/travel';
import { buildInstances, DEFAULT_INSTANCE_SETTINGS } from '../../../src/lib/domain/schedule/instance';
import { DEFAULT_VISIT_POLICY } from '../../../src/lib/domain/schedule/visit-policy';
import type { ScheduleInstance, WeeklySchedule } from '../../../src/lib/domain/schedule/types';
import { sampleScheduleRows } from '../../support/sample-schedule';
import { scheduleCases } from '../fixtures/schedule-instances';
import { BenchFailure, median, result, type BenchGroup, type BenchResult } from '../types';

interface Budget {
	seconds: number;
	gap: number;
}

const MUNICIPAL: Budget = { seconds: 5, gap: 0.01 };
const BUDGETS: Record<string, Budget> = {
	municipality_20: MUNICIPAL,
	municipality_60: MUNICIPAL,
	municipality_150: { seconds: 15, gap: 0.02 },
	prefecture_1000: { seconds: 30, gap: 0.03 },
	prefecture_1000_own_bases: { seconds: 30, gap: 0.03 }
};

/** Safety time limit of each run, as a multiple of its budget: far above what the work limits take. */
const SAFETY = 3;
/** The case run twice at once. */
const SHARED = 'prefecture_1000_own_bases';

const THREAD = new URL('../fixtures/schedule-thread.ts', import.meta.url).href;
/** Threads do not inherit tsx's loader, so each registers it first. */
const scheduleThread = () =>
	new Worker(
		`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(THREAD)}); })`,
		{ eval: true }
	);

/** `count` runs of the case `name` at once, each on its own thread. */
async function runAtOnce(
	name: string,
	count: number,
	budget: Budget
): Promise<{ seconds: number; week: WeeklySchedule }[]> {
	const threads = Array.from({ length: count }, scheduleThread);
	try {
		return await Promise.all(
			threads.map(
				(thread) =>
					new Promise<{ seconds: number; week: WeeklySchedule }>((resolve, reject) => {
						thread.once('message', resolve);
						thread.once('error', reject);
						thread.postMessage({ name, options: { timeLimitSeconds: budget.seconds * SAFETY, gap: budget.gap / 2 } });
					})
			)
		);
	} finally {
		await Promise.all(threads.map((t) => t.terminate()));
	}
}

function sampleInstances(): { name: string; instance: ScheduleInstance }[] {
	const { byEmployer } = buildInstances(sampleScheduleRows(), {
		policy: DEFAULT_VISIT_POLICY,
		...DEFAULT_INSTANCE_SETTINGS
	});
	return [...byEmployer]
		.filter(([, i]) => i.staff.length > 0)
		.map(([employer, instance]) => ({ name: `sample_${employer}`, instance }));
}

export const scheduleGroup: BenchGroup = {
	name: 'schedule',
	description: 'weekly schedule optimiser: sample employers, 20/60/150-school municipalities, 1,000-school prefecture',
	async run({ runs, log }): Promise<BenchResult[]> {
		const highs = await loadHighs();
		const travel = new TravelTimes();
		const results: BenchResult[] = [];
		const sample = sampleInstances();
		const cases = [...sample, ...scheduleCases()];
		const alone = new Map<string, WeeklySchedule>();
		for (const { name, instance } of cases) {
			const budget =
				BUDGETS[name] ??
				(instance.schools.length <= 80 && instance.staff.length <= 30 ? MUNICIPAL : { seconds: 15, gap: 0.02 });
			const seconds: number[] = [];
			let last = null as ReturnType<typeof optimiseSchedule> | null;
			// The big cases take seconds each: fewer repetitions.
			const repeat = instance.schools.length > 200 ? Math.min(runs, 2) : runs;
			for (let r = 0; r < repeat; r++) {
				const started = performance.now();
				last = optimiseSchedule(highs, instance, travel, {
					timeLimitSeconds: budget.seconds * SAFETY,
					gap: budget.gap / 2
				});
				seconds.push((performance.now() - started) / 1000);
			}
			const violations = checkSchedule(instance, travel, last!);
			if (violations.length > 0)
				throw new BenchFailure(
					`${name}: the schedule breaks a rule: ${JSON.stringify(violations.slice(0, 3))}`,
					results
				);
			const unmet = last!.unmet.reduce((n, u) => n + u.missing, 0);
			log(
				`  ${name}: ${instance.schools.length} schools, ${instance.staff.length} staff — ${median(seconds).toFixed(2)} s, travel ${Math.round(last!.travelMinutes)} min/week, ` +
					`bound ${Math.round(last!.lowerBound)}, gap ${(last!.gap * 100).toFixed(2)}%, unmet ${unmet}${last!.cutShort ? ', cut short by the safety time limit' : ''}`
			);
			alone.set(name, last!);
			// The sample's small employers are reported together; its largest and the generated cases one by one.
			if (name.startsWith('sample_') && instance.schools.length < 40) continue;
			results.push(
				result(`schedule.${name}.seconds`, Math.round(median(seconds) * 100) / 100, 's', budget.seconds),
				result(`schedule.${name}.gap_pct`, Math.round(last!.gap * 10000) / 100, '%', budget.gap * 100),
				result(`schedule.${name}.travel_min`, Math.round(last!.travelMinutes), 'min/week'),
				result(`schedule.${name}.bound_min`, Math.round(last!.lowerBound), 'min/week'),
				result(`schedule.${name}.unmet_visits`, unmet, 'visits'),
				result(`schedule.${name}.cut_short`, last!.cutShort ? 1 : 0, 'runs', 0)
			);
		}

		const { instance } = cases.find((c) => c.name === SHARED)!;
		const budget = BUDGETS[SHARED]!;
		const shared = await runAtOnce(SHARED, 2, budget);
		for (const { week } of shared) {
			const violations = checkSchedule(instance, travel, week);
			if (violations.length > 0)
				throw new BenchFailure(
					`${SHARED}, two at once: the schedule breaks a rule: ${JSON.stringify(violations.slice(0, 3))}`,
					results
				);
		}
		const slowest = Math.max(...shared.map((r) => r.seconds));
		const worst = Math.max(...shared.map((r) => r.week.gap));
		const differing = shared.filter((r) => !isDeepStrictEqual(r.week, alone.get(SHARED))).length;
		log(
			`  ${SHARED}, two at once: ${shared.map((r) => `${r.seconds.toFixed(2)} s, gap ${(r.week.gap * 100).toFixed(2)}%${r.week.cutShort ? ' (cut short)' : ''}`).join('; ')} — ${differing} of 2 weeks differ from the one planned alone`
		);
		results.push(
			result(`schedule.${SHARED}_shared.seconds`, Math.round(slowest * 100) / 100, 's', budget.seconds),
			result(`schedule.${SHARED}_shared.gap_pct`, Math.round(worst * 10000) / 100, '%', budget.gap * 100),
			result(`schedule.${SHARED}_shared.weeks_differing`, differing, 'weeks', 0)
		);
		return results;
	}
};
