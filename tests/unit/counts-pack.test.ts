/** The budget pack of counts-only data: what to ask for on the way to 1 per 4 schools, and a municipality's standing. */
import { describe, expect, it } from 'vitest';
import { countsRequest, standing } from '$lib/domain/counts-pack';
import { staffPath } from '$lib/domain/staff-path';

describe('the request of counts-only data', () => {
	it('asks for the staff still short, spread over the years to 2027 as the staff path spreads them', () => {
		// 70 schools need 18; 10 today, 8 short over 2026 and 2027: 4 a year.
		const path = staffPath([{ year: 2025, staff: 10 }], 2025, 18);
		const request = countsRequest(path, 2025, 2026, 5_400_000)!;
		expect([request.needed, request.staff, request.short]).toEqual([18, 10, 8]);
		expect(request.asked).toEqual({ year: 2026, staff: 14, added: 4, cost: 21_600_000 });
		expect(request.years).toEqual([
			{ year: 2026, staff: 14, added: 4, cost: 21_600_000 },
			{ year: 2027, staff: 18, added: 8, cost: 43_200_000 }
		]);
	});

	it('costs unit cost ÷ 12 × people × months, and holds the target after the plan period', () => {
		const path = staffPath([{ year: 2026, staff: 80 }], 2026, 99);
		// Half a year from October: 19 × 5,400,000 ÷ 12 × 6.
		expect(countsRequest(path, 2026, 2027, 5_400_000, 6)!.asked).toEqual({
			year: 2027,
			staff: 99,
			added: 19,
			cost: 51_300_000
		});
		const fromOctober = countsRequest(staffPath([{ year: 2025, staff: 10 }], 2025, 18), 2025, 2026, 5_400_000, 6)!;
		expect(fromOctober.years.map((y) => y.cost)).toEqual([10_800_000, 43_200_000]);
		const later = countsRequest(path, 2026, 2028, 3_300_000)!;
		expect(later.years).toEqual([]);
		expect(later.asked).toEqual({ year: 2028, staff: 99, added: 19, cost: 62_700_000 });
	});

	it('asks for nothing once the target is met, and cannot ask without a figure of the data’s year', () => {
		const met = countsRequest(staffPath([{ year: 2026, staff: 5 }], 2026, 4), 2026, 2027, 5_400_000)!;
		expect([met.short, met.asked.added, met.asked.cost, met.asked.staff]).toEqual([0, 0, 0, 5]);
		expect(countsRequest(staffPath([{ year: 2025, staff: 5 }], 2026, 4), 2026, 2027, 5_400_000)).toBeNull();
	});
});

describe('a municipality’s standing in its prefecture', () => {
	const rows = [
		{ code: 'a', schools: 8, staff: 2 },
		{ code: 'b', schools: 20, staff: 2 },
		{ code: 'c', schools: 9, staff: 0 },
		{ code: 'd', schools: 12, staff: 4 },
		{ code: 'e', schools: 0, staff: 1 },
		{ code: 'f', schools: 5, staff: 0 }
	];

	it('ranks by schools per staff member, fewest first, those without staff last together', () => {
		expect(standing(rows, 'd')).toEqual({ rank: 1, of: 5, atTarget: 2 });
		expect(standing(rows, 'a')).toEqual({ rank: 2, of: 5, atTarget: 2 });
		expect(standing(rows, 'b')!.rank).toBe(3);
		expect(standing(rows, 'c')!.rank).toBe(4);
		expect(standing(rows, 'f')!.rank).toBe(4);
		// A municipality without schools is not ranked.
		expect(standing(rows, 'e')).toBeNull();
	});
});
