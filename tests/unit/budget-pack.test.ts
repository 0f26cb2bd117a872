/**
 * The budget pack's own decisions: the 年度 a request made today is for, the staff cost taken apart
 * into people × unit cost × months, the years to the plan's end, and which effect rows to keep.
 * Expected values are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { fiscalYearLabel, nextFiscalYear } from '../../src/lib/domain/fiscal-year';
import { costBreakdown } from '../../src/lib/domain/scenario/cost-breakdown';
import { annualCost, type CostedStaff } from '../../src/lib/domain/scenario/cost';
import { DEFAULT_HELP_DESK, DEFAULT_UNIT_COSTS } from '../../src/lib/domain/scenario/assumptions';
import { informative, rankInPrefecture, yearsToPlanEnd } from '../../src/lib/domain/budget-pack';

describe('the budget year', () => {
	it('is the next 年度 from the day the pack is made', () => {
		// 1 December 2026 is in 令和8年度 (April 2026 – March 2027): a request then is for 令和9年度.
		expect(nextFiscalYear('2026-12-01')).toBe(2027);
		expect(fiscalYearLabel(nextFiscalYear('2026-12-01'), 'ja')).toBe('令和9年度（2027年度）');
		// January–March still belong to the 年度 that began the April before.
		expect(nextFiscalYear('2027-03-31')).toBe(2027);
		expect(nextFiscalYear('2027-04-01')).toBe(2028);
	});
});

describe('the cost breakdown', () => {
	const staff = (id: string, over: Partial<CostedStaff> = {}): CostedStaff => ({
		id,
		days: 5,
		employment: 'contract',
		annualCost: null,
		...over
	});
	// Today: two from the staff table's amounts, two costed at the contract unit cost (5 and 4 days).
	const today = [
		staff('a', { annualCost: 4_510_000 }),
		staff('b', { annualCost: 4_438_000 }),
		staff('c'),
		staff('d', { days: 4 }),
		staff('e', { employment: 'appointed', days: 3 })
	];
	// The scenario removes e, adds three contracted full-time staff and one regular at its own unit cost.
	const proposed = [
		...today.filter((s) => s.id !== 'e'),
		staff('add-1'),
		staff('add-2'),
		staff('add-3'),
		staff('add-4', { employment: 'regular', unitCost: 6_000_000 })
	];
	const breakdown = costBreakdown(today, proposed, DEFAULT_UNIT_COSTS);
	const sum = (lines: { annual: number }[]) => lines.reduce((n, l) => n + l.annual, 0);

	it('groups today’s staff by employment and basis, people × monthly × 12 months', () => {
		expect(breakdown.today).toEqual([
			// 4,510,000 + 4,438,000 from the table.
			{
				employment: 'contract',
				basis: 'data',
				unitCost: null,
				days: null,
				people: 2,
				months: 12,
				monthly: null,
				annual: 8_948_000
			},
			// 5,400,000 ÷ 12 = 450,000 a month.
			{
				employment: 'contract',
				basis: 'assumption',
				unitCost: 5_400_000,
				days: 5,
				people: 1,
				months: 12,
				monthly: 450_000,
				annual: 5_400_000
			},
			// 5,400,000 × 4 ÷ 5 = 4,320,000; ÷ 12 = 360,000.
			{
				employment: 'contract',
				basis: 'assumption',
				unitCost: 5_400_000,
				days: 4,
				people: 1,
				months: 12,
				monthly: 360_000,
				annual: 4_320_000
			},
			// 3,300,000 × 3 ÷ 5 = 1,980,000; ÷ 12 = 165,000.
			{
				employment: 'appointed',
				basis: 'assumption',
				unitCost: 3_300_000,
				days: 3,
				people: 1,
				months: 12,
				monthly: 165_000,
				annual: 1_980_000
			}
		]);
	});

	it('takes the change apart into the staff added and removed', () => {
		expect(breakdown.added).toEqual([
			{
				employment: 'contract',
				basis: 'assumption',
				unitCost: 5_400_000,
				days: 5,
				people: 3,
				months: 12,
				monthly: 450_000,
				annual: 16_200_000
			},
			{
				employment: 'regular',
				basis: 'scenario',
				unitCost: 6_000_000,
				days: 5,
				people: 1,
				months: 12,
				monthly: 500_000,
				annual: 6_000_000
			}
		]);
		expect(breakdown.removed).toEqual([
			{
				employment: 'appointed',
				basis: 'assumption',
				unitCost: 3_300_000,
				days: 3,
				people: 1,
				months: 12,
				monthly: 165_000,
				annual: -1_980_000
			}
		]);
	});

	it('adds up to the annual cost the figures show', () => {
		const before = annualCost(today, DEFAULT_HELP_DESK, DEFAULT_UNIT_COSTS).staff;
		const after = annualCost(proposed, DEFAULT_HELP_DESK, DEFAULT_UNIT_COSTS).staff;
		// 8,948,000 + 5,400,000 + 4,320,000 + 1,980,000 = 20,648,000.
		expect(sum(breakdown.today)).toBe(before);
		expect(before).toBe(20_648_000);
		// + 16,200,000 + 6,000,000 − 1,980,000 = +20,220,000.
		expect(sum(breakdown.added) + sum(breakdown.removed)).toBe(after - before);
		expect(after - before).toBe(20_220_000);
	});

	it('has no change lines for the baseline against itself', () => {
		const same = costBreakdown(today, today, DEFAULT_UNIT_COSTS);
		expect(same.added).toEqual([]);
		expect(same.removed).toEqual([]);
	});
});

describe('the years to the plan’s end', () => {
	it('runs from the requested 年度 to 2027, and is empty beyond the plan period', () => {
		expect(yearsToPlanEnd(2025)).toEqual([2025, 2026, 2027]);
		expect(yearsToPlanEnd(2027)).toEqual([2027]);
		expect(yearsToPlanEnd(2028)).toEqual([]);
	});
});

describe('the effect rows kept', () => {
	const oneDecimal = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
	it('leaves out a row that reads zero on both sides, and one without values', () => {
		// A median response of 0.0 → 0.0 work days tells a reader nothing.
		expect(informative(0, 0, oneDecimal)).toBe(false);
		// 0.04 → 0.02 still reads 0.0 → 0.0.
		expect(informative(0.04, 0.02, oneDecimal)).toBe(false);
		expect(informative(NaN, NaN, oneDecimal)).toBe(false);
	});
	it('keeps a row with a value on either side, changed or not', () => {
		expect(informative(1.2, 0, oneDecimal)).toBe(true);
		expect(informative(0, 0.5, oneDecimal)).toBe(true);
		expect(informative(3, 3, oneDecimal)).toBe(true);
	});
});

describe('the rank in the prefecture', () => {
	// Schools per staff: A 2.0, B 4.0, C 4.0, D 8.0, E without staff.
	const employers = [
		{ code: 'A', schools: 10, staff: 5 },
		{ code: 'B', schools: 8, staff: 2 },
		{ code: 'C', schools: 12, staff: 3 },
		{ code: 'D', schools: 16, staff: 2 },
		{ code: 'E', schools: 4, staff: 0 }
	];
	it('counts the employers that cover their schools better, ties sharing a rank, those without staff last', () => {
		expect(rankInPrefecture(employers, 'A')).toEqual({ rank: 1, of: 5 });
		expect(rankInPrefecture(employers, 'B')).toEqual({ rank: 2, of: 5 });
		expect(rankInPrefecture(employers, 'C')).toEqual({ rank: 2, of: 5 });
		expect(rankInPrefecture(employers, 'D')).toEqual({ rank: 4, of: 5 });
		expect(rankInPrefecture(employers, 'E')).toEqual({ rank: 5, of: 5 });
		expect(rankInPrefecture(employers, 'X')).toBeNull();
	});
});
