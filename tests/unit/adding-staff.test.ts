/**
 * Adding staff never makes a figure worse (issue 11, item 5; docs/domain.md, "One staff-day"): for
 * every employer of the sample and for generated municipalities, +1 … +5 full-time staff at the
 * board's office (the "+N staff" default) never raise the visits the policy asks but the week
 * misses, never lower the visit days per school, and never raise the p90 response beyond the
 * simulation's interval. Each step is compared with the one before it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import loadHighs, { type Highs } from 'highs';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { sampleScenarioContext } from '../support/scenario-model';
import { defaultAssumptions } from '../../src/lib/domain/scenario/assumptions';
import { plusStaff } from '../../src/lib/domain/scenario/book';
import { scenarioFigures, type ScenarioFigures } from '../../src/lib/domain/scenario/figures';
import type { Scenario, ScenarioBook } from '../../src/lib/domain/scenario/types';
import { defaultScheduleSettings } from '../../src/lib/domain/schedule/settings';
import { DEFAULT_BREAKS, fiscalYearDays } from '../../src/lib/domain/school-calendar';
import type { OfficeRow, SchoolRow, StaffRow } from '../../src/lib/domain/schedule/instance';
import { estimateRates } from '../../src/lib/sim/demand-model';
import { scenarioRequest, type ScenarioContext } from '../../src/lib/sim/scenario-request';
import { runScenario } from '../../src/lib/sim/scenario-run';

const ADDED = [1, 2, 3, 4, 5];
/** Fewer simulated years than the app's 100: the interval widens, the order of the figures does not change. */
const RUNS = 40;

/** Municipalities generated around a point: `schools` schools within ~12 km of the office, `staff` staff at it. */
function generated(seed: number, count: number): ScenarioContext {
	const random = (() => {
		const g = xoroshiro128plus(seed);
		return () => uniformFloat64(g);
	})();
	const schools: SchoolRow[] = [];
	const staff: StaffRow[] = [];
	const offices: OfficeRow[] = [];
	for (let m = 0; m < count; m++) {
		const code = `9${String(seed % 100).padStart(2, '0')}${m}00`;
		const lat = 35 + random();
		const lon = 136 + random();
		offices.push({ municipality_code: code, name: `生成町${m}`, office_lat: lat, office_lon: lon });
		const n = 3 + Math.floor(random() * 22);
		for (let i = 0; i < n; i++)
			schools.push({
				school_code: `G${code}${String(i).padStart(3, '0')}`,
				name: `生成${m}-${i}`,
				employer_code: code,
				lat: lat + (random() - 0.5) * 0.2,
				lon: lon + (random() - 0.5) * 0.25,
				classes: 3 + Math.floor(random() * 25),
				students: 40 + Math.floor(random() * 800),
				island: false
			});
		const own = Math.floor(random() * 4);
		for (let k = 0; k < own; k++)
			staff.push({
				staff_id: `${code}-S${k}`,
				name: null,
				employer_code: code,
				days_per_week: random() < 0.3 ? 3 : 5,
				hours_per_day: 7.75,
				base_lat: null,
				base_lon: null,
				employment: 'contract',
				annual_cost: null
			});
	}
	const days = fiscalYearDays(2025, DEFAULT_BREAKS);
	return {
		rows: { schools, staff, offices, ferries: [] },
		matrix: [],
		schedule: defaultScheduleSettings(),
		days,
		rates: estimateRates(days, schools, [], [])
	};
}

interface Step {
	added: number;
	figures: ScenarioFigures;
}

function steps(highs: Highs, ctx: ScenarioContext, employer: string): Step[] {
	const book: ScenarioBook = { scope: [employer], assumptions: { ...defaultAssumptions(), runs: RUNS }, scenarios: [] };
	const scenarioOf = (n: number): Scenario | null =>
		n === 0 ? null : plusStaff(book, `+${n}`, `+${n}`, n, { kind: 'office', employer }).scenarios[0]!;
	return [0, ...ADDED].map((added) => {
		const { setup, request } = scenarioRequest(ctx, book, scenarioOf(added));
		const result = runScenario(highs, request);
		return { added, figures: scenarioFigures(setup, result.schedule, result.sim, book.assumptions) };
	});
}

/** What got worse from one step to the next, in words; empty when nothing did. */
function worse(before: Step, after: Step): string[] {
	const a = before.figures;
	const b = after.figures;
	const found: string[] = [];
	if (b.unmetVisits > a.unmetVisits) found.push(`missed visits ${a.unmetVisits} → ${b.unmetVisits}`);
	if (b.visitDaysPerSchool < a.visitDaysPerSchool - 1e-9)
		found.push(`visit days per school ${a.visitDaysPerSchool} → ${b.visitDaysPerSchool}`);
	if (b.sim.p90WaitDays.median > a.sim.p90WaitDays.high + 1e-9)
		found.push(`p90 ${a.sim.p90WaitDays.median} [≤ ${a.sim.p90WaitDays.high}] → ${b.sim.p90WaitDays.median}`);
	return found.map((f) => `+${before.added} → +${after.added}: ${f}`);
}

describe('adding staff', () => {
	let highs: Highs;
	let sample: ScenarioContext;
	beforeAll(async () => {
		highs = await loadHighs();
		sample = await sampleScenarioContext(2025);
	});

	it('never makes a figure worse for any employer of the sample', () => {
		const employers = sample.rows.offices.map((o) => o.municipality_code);
		expect(employers.length).toBe(26);
		const problems: string[] = [];
		let compared = 0;
		for (const employer of employers) {
			const run = steps(highs, sample, employer);
			for (let i = 1; i < run.length; i++, compared++)
				problems.push(...worse(run[i - 1]!, run[i]!).map((p) => `${employer} ${p}`));
			// The added staff are really there, and cost what they should.
			expect(run[5]!.figures.staff - run[0]!.figures.staff).toBe(5);
		}
		expect(compared).toBe(26 * ADDED.length);
		expect(problems).toEqual([]);
	}, 600_000);

	it('never makes a figure worse for generated municipalities, staffed or not', () => {
		const ctx = generated(7, 6);
		const problems: string[] = [];
		for (const { municipality_code: employer } of ctx.rows.offices) {
			const run = steps(highs, ctx, employer);
			for (let i = 1; i < run.length; i++) problems.push(...worse(run[i - 1]!, run[i]!).map((p) => `${employer} ${p}`));
		}
		expect(ctx.rows.offices).toHaveLength(6);
		expect(problems).toEqual([]);
	}, 600_000);

	it('sees a figure that got worse: the check itself can fail', () => {
		const step = (added: number, unmet: number, days: number, p90: number): Step => ({
			added,
			figures: {
				unmetVisits: unmet,
				visitDaysPerSchool: days,
				sim: { p90WaitDays: { median: p90, low: p90 - 1, high: p90 + 1 } }
			} as ScenarioFigures
		});
		expect(worse(step(0, 1, 1.5, 3), step(1, 1, 1.5, 4))).toEqual([]);
		expect(worse(step(0, 1, 1.5, 3), step(1, 2, 1.4, 4.5))).toHaveLength(3);
	});
});
