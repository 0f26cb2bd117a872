import { describe, expect, it } from 'vitest';
import { employerStaffPaths, likeForLike, staffPath } from '$lib/domain/staff-path';

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
		expect(path.toTarget).toEqual({ byYear: 2027, needed: 406, staff: 303, perYear: 303 });
	});

	it('spreads what is left over the years to come, and asks nothing once the target is met', () => {
		expect(staffPath([{ year: 2025, staff: 10 }], 2025, 15).toTarget).toEqual({
			byYear: 2027,
			needed: 15,
			staff: 5,
			perYear: 3
		});
		expect(staffPath([{ year: 2025, staff: 20 }], 2025, 15).toTarget).toEqual({
			byYear: 2027,
			needed: 15,
			staff: 0,
			perYear: 0
		});
		expect(staffPath([{ year: 2025, staff: 20 }], 2025, 15).change).toBeNull();
		expect(staffPath([], 2025, 15).toTarget).toBeNull();
	});
});

describe('each employer’s staff over the fiscal years', () => {
	const now = [
		{ code: '232017', staff: 12, schools: 70 },
		{ code: '232025', staff: 0, schools: 9 },
		{ code: '232033', staff: 3, schools: 8 }
	];
	const other = [
		{ code: '232017', year: 2024, staff: 10 },
		{ code: '232025', year: 2024, staff: 1 },
		{ code: '232017', year: 2023, staff: 9 },
		// A year entered for the dataset's year itself is the screen's own figure, not a second one.
		{ code: '232033', year: 2025, staff: 99 }
	];

	it('gives each its change from the year before and its own way to ⌈schools ÷ 4⌉ by 2027', () => {
		const paths = employerStaffPaths(now, other, 2025);
		expect(paths.get('232017')!.change).toEqual({
			from: { year: 2024, staff: 10 },
			to: { year: 2025, staff: 12 },
			staff: 2
		});
		expect(paths.get('232017')!.toTarget).toEqual({ byYear: 2027, needed: 18, staff: 6, perYear: 3 });
		// Nothing entered this year counts 0, as every screen counts it.
		expect(paths.get('232025')!.change!.staff).toBe(-1);
		expect(paths.get('232033')!.change).toBeNull();
		expect(paths.get('232033')!.years).toEqual([{ year: 2025, staff: 3 }]);
		expect(paths.get('232033')!.toTarget).toEqual({ byYear: 2027, needed: 2, staff: 0, perYear: 0 });
	});

	it('sums to the whole’s change where every employer has the year before', () => {
		const paths = employerStaffPaths(now.slice(0, 2), other, 2025);
		const whole = staffPath(
			[
				{ year: 2024, staff: 11 },
				{ year: 2025, staff: 12 }
			],
			2025,
			20
		);
		expect([...paths.values()].reduce((n, p) => n + p.change!.staff, 0)).toBe(whole.change!.staff);
	});
});

describe('the whole’s change, like for like', () => {
	// Last year's survey answered by 2 of 3 municipalities; this year all 3 are entered.
	const now = [
		{ code: 'a', staff: 12, schools: 40 },
		{ code: 'b', staff: 5, schools: 20 },
		{ code: 'c', staff: 30, schools: 100 }
	];
	const lastYear = [
		{ code: 'a', year: 2025, staff: 10 },
		{ code: 'b', year: 2025, staff: 6 }
	];
	const employers = employerStaffPaths(now, lastYear, 2026);
	const totals = staffPath(
		[
			{ year: 2025, staff: 16 },
			{ year: 2026, staff: 47 }
		],
		2026,
		40
	);

	it('is the sum of the changes of the employers with a figure for both years, not the difference of the totals', () => {
		const whole = likeForLike(totals, employers);
		expect(totals.change!.staff).toBe(31);
		expect(whole.change).toEqual({
			from: { year: 2025, staff: 16 },
			to: { year: 2026, staff: 17 },
			staff: 1,
			employers: { compared: 2, of: 3 }
		});
		// The years, the totals and the way to the target stay the whole's.
		expect(whole.years).toEqual(totals.years);
		expect(whole.toTarget).toEqual(totals.toTarget);
	});

	it('leaves a whole without an earlier year as it is', () => {
		const single = staffPath([{ year: 2026, staff: 47 }], 2026, 40);
		expect(likeForLike(single, employerStaffPaths(now, [], 2026))).toBe(single);
	});
});
