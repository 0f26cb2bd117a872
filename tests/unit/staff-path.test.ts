import { describe, expect, it } from 'vitest';
import { staffPath } from '$lib/domain/staff-path';

describe('staff over the fiscal years', () => {
	it('gives the change from the year before that has figures, and what is left to the plan’s last year', () => {
		const path = staffPath(
			[
				{ year: 2026, staff: 103 },
				{ year: 2024, staff: 80 }
			],
			2026,
			406
		);
		expect(path.years.map((y) => y.year)).toEqual([2024, 2026]);
		expect(path.change).toEqual({ from: { year: 2024, staff: 80 }, to: { year: 2026, staff: 103 }, staff: 23 });
		expect(path.toTarget).toEqual({ byYear: 2027, staff: 303, perYear: 303 });
	});

	it('spreads what is left over the years to come, and asks nothing once the target is met', () => {
		expect(staffPath([{ year: 2025, staff: 10 }], 2025, 15).toTarget).toEqual({ byYear: 2027, staff: 5, perYear: 3 });
		expect(staffPath([{ year: 2025, staff: 20 }], 2025, 15).toTarget).toEqual({ byYear: 2027, staff: 0, perYear: 0 });
		expect(staffPath([{ year: 2025, staff: 20 }], 2025, 15).change).toBeNull();
		expect(staffPath([], 2025, 15).toTarget).toBeNull();
	});
});
