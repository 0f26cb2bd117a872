import { describe, expect, it } from 'vitest';
import {
	fte,
	meetsTarget,
	schoolsPerStaff,
	staffGap,
	staffNeeded,
	summarisePlacement,
	type EmployerPlacement
} from '../../src/lib/domain/placement';
import { NATIONAL, attainment } from '../../src/lib/domain/plan';
import { fiscalYearLabel, fiscalYearOf, warekiYear } from '../../src/lib/domain/fiscal-year';

const employer = (
	code: string,
	kind: EmployerPlacement['kind'],
	schools: number,
	staff: number,
	staffDays = staff * 5
): EmployerPlacement => ({
	code,
	name: code,
	kind,
	schools,
	staff,
	staffDays,
	requests: 0
});

describe('placement formulas', () => {
	it('schools per staff is schools ÷ head count, undefined without staff', () => {
		expect(schoolsPerStaff(18, 4)).toBe(4.5);
		expect(schoolsPerStaff(3, 0)).toBeNull();
	});

	it('the national reference is consistent: 7,172 staff at 4.5 schools each is about 32,000 schools', () => {
		expect(NATIONAL.staff * NATIONAL.schoolsPerStaff).toBeCloseTo(32274, 0);
	});

	it('FTE is staff-days per week ÷ 5', () => {
		expect(fte(23)).toBe(4.6);
	});

	it('staff needed is ceil(schools ÷ k) and the gap is needed − current', () => {
		expect(staffNeeded(17)).toBe(5);
		expect(staffNeeded(16)).toBe(4);
		expect(staffNeeded(17, 4.5)).toBe(4);
		expect(staffGap(17, 3)).toBe(2);
		expect(staffGap(8, 3)).toBe(-1);
	});

	it('meets the target at exactly 4 schools per staff, never without staff', () => {
		expect(meetsTarget(8, 2)).toBe(true);
		expect(meetsTarget(9, 2)).toBe(false);
		expect(meetsTarget(0, 0)).toBe(false);
	});

	it('summarises over municipalities, leaving the prefecture out of the municipal shares', () => {
		const s = summarisePlacement([
			employer('460001', 'prefecture', 40, 10),
			employer('a', 'city', 20, 5, 22),
			employer('b', 'town', 9, 2),
			employer('c', 'village', 3, 0),
			employer('d', 'town', 0, 0)
		]);
		expect(s.schools).toBe(72);
		expect(s.staff).toBe(17);
		expect(s.fte).toBeCloseTo((50 + 22 + 10) / 5);
		expect(s.schoolsPerStaff).toBeCloseTo(72 / 17);
		expect(s.staffNeeded).toBe(18);
		expect(s.gap).toBe(1);
		// b needs 3 (has 2), c needs 1 (has 0); surpluses elsewhere do not offset.
		expect(s.shortfallByEmployer).toBe(2);
		expect(s.municipalities).toBe(3);
		expect(s.municipalitiesWithoutStaff).toBe(1);
		expect(s.municipalitiesAtTarget).toBe(1);
		expect(s.shareWithoutStaff).toBeCloseTo(1 / 3);
		expect(s.shareAtTarget).toBeCloseTo(1 / 3);
	});

	it('has no shares when there are no municipalities', () => {
		const s = summarisePlacement([]);
		expect(s.schoolsPerStaff).toBeNull();
		expect(s.shareWithoutStaff).toBeNull();
	});

	it('caps plan attainment at 100 % and scales the 1/3 spare-device target', () => {
		expect(attainment('wireless_lan', 0.8)).toBe(0.8);
		expect(attainment('hs_spare_devices', 1 / 6)).toBeCloseTo(0.5);
		expect(attainment('teacher_devices', 1.2)).toBe(1);
	});
});

describe('fiscal year (年度)', () => {
	it('runs April to March without shifting dates through UTC', () => {
		expect(fiscalYearOf('2025-04-01')).toBe(2025);
		expect(fiscalYearOf('2026-03-31 23:59:59')).toBe(2025);
		expect(fiscalYearOf('2026-04-01T00:00:00')).toBe(2026);
	});

	it('labels 令和 years: 令和 N年度 = 2018 + N', () => {
		expect(warekiYear(2025)).toEqual({ era: '令和', year: 7 });
		expect(fiscalYearLabel(2025, 'ja')).toBe('令和7年度（2025年度）');
		expect(fiscalYearLabel(2019, 'ja')).toBe('令和元年度（2019年度）');
		expect(fiscalYearLabel(2018, 'ja')).toBe('平成30年度（2018年度）');
		expect(fiscalYearLabel(2023, 'en')).toBe('FY2023 (Reiwa 5)');
	});
});

describe('plan indicators', () => {
	it('count the scopes at target and average capped attainment, in the plan order', async () => {
		const { summariseIndicators } = await import('../../src/lib/domain/plan');
		const rows = summariseIndicators([
			{ scope: 'a', indicator: 'helpdesk', value: 1 },
			{ scope: 'b', indicator: 'helpdesk', value: 0 },
			{ scope: 'a', indicator: 'wireless_lan', value: 1.2 },
			{ scope: 'b', indicator: 'wireless_lan', value: 0.6 },
			{ scope: 'p', indicator: 'hs_spare_devices', value: 0.25 }
		]);
		expect(rows.map((r) => r.indicator)).toEqual(['wireless_lan', 'helpdesk', 'hs_spare_devices']);
		expect(rows[0]).toEqual({ indicator: 'wireless_lan', scopes: 2, atTarget: 1, meanAttainment: 0.8 });
		expect(rows[1]).toMatchObject({ scopes: 2, atTarget: 1, meanAttainment: 0.5 });
		expect(rows[2]!.meanAttainment).toBeCloseTo(0.75);
		expect(rows[2]!.atTarget).toBe(0);
	});
});
