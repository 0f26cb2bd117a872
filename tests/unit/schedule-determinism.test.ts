/**
 * The optimiser stops on work limits, not on time: the same instance gives the same week and
 * bound every time, also while another thread keeps the CPU busy; only its safety time limit
 * depends on the machine, and a week it cuts short says so and still carries a valid bound.
 */
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import loadHighs, { type Highs } from 'highs';
import { optimiseSchedule, type OptimiseOptions } from '../../src/lib/optimise/optimise';
import { checkSchedule } from '../../src/lib/domain/schedule/check';
import { TravelTimes } from '../../src/lib/domain/schedule/travel';
import type { ScheduleInstance, WeeklySchedule } from '../../src/lib/domain/schedule/types';
import { scheduleCases } from '../bench/fixtures/schedule-instances';

let highs: Highs;
const travel = new TravelTimes();
/** municipality_60 with each staff member at a base of their own: priced by column generation. */
let own: ScheduleInstance;
/** municipality_20: every route listed, solved exactly. */
let listed: ScheduleInstance;

beforeAll(async () => {
	highs = await loadHighs();
	const cases = scheduleCases();
	listed = cases.find((c) => c.name === 'municipality_20')!.instance;
	const inst = cases.find((c) => c.name === 'municipality_60')!.instance;
	own = {
		...inst,
		staff: inst.staff.map((s, k) => ({
			...s,
			base: { ...s.base, at: { lat: s.base.at.lat + k * 0.003, lon: s.base.at.lon - k * 0.002 } }
		}))
	};
});

const PRICED: OptimiseOptions = { timeLimitSeconds: 120, gap: 0.005, strategy: 'columns' };
const EXACT: OptimiseOptions = { timeLimitSeconds: 120, gap: 0.005 };

function plan(inst: ScheduleInstance, options: OptimiseOptions): WeeklySchedule {
	const week = optimiseSchedule(highs, inst, travel, options);
	expect(checkSchedule(inst, travel, week)).toEqual([]);
	return week;
}

describe('the same instance twice', () => {
	it('gives the same week and bound, priced or listed', () => {
		for (const [inst, options] of [
			[own, PRICED],
			[listed, EXACT]
		] as const) {
			const first = plan(inst, options);
			const second = plan(inst, options);
			expect(second).toEqual(first);
			expect(first.cutShort).toBeUndefined();
			expect(first.days.length).toBeGreaterThan(0);
		}
	}, 120_000);
});

describe('with the CPU busy', () => {
	/** A thread that spins until it is ended: the optimiser shares the CPU with it. */
	let spinners: Worker[] = [];
	afterAll(async () => {
		await Promise.all(spinners.map((w) => w.terminate()));
	});

	it('gives the week of a quiet machine', async () => {
		const quiet = plan(own, PRICED);
		spinners = Array.from({ length: 2 }, () => new Worker('for (;;) {}', { eval: true }));
		// Each spinner is running before the optimiser starts.
		await Promise.all(spinners.map((w) => new Promise((resolve) => w.once('online', resolve))));
		const busy = plan(own, PRICED);
		expect(busy).toEqual(quiet);
	}, 120_000);
});

describe('the safety time limit', () => {
	it('flags a week it cuts short, whose bound still holds', () => {
		// Gap 0 and every route listed: the full run proves the optimum.
		const full = plan(listed, { timeLimitSeconds: 120, gap: 0 });
		expect(full.cutShort).toBeUndefined();
		for (const strategy of ['exact', 'columns'] as const) {
			const cut = plan(listed, { timeLimitSeconds: 0.001, gap: 0, strategy });
			expect(cut.cutShort).toBe(true);
			expect(cut.lowerBound).toBeLessThanOrEqual(full.lowerBound + 1e-6);
			expect(cut.lowerBound).toBeLessThanOrEqual(cut.travelMinutes);
			expect(cut.lowerBound).toBeGreaterThan(0);
			expect(cut.travelMinutes).toBeGreaterThanOrEqual(full.lowerBound - 1e-6);
		}
	}, 120_000);
});
