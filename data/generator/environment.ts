/**
 * Plan indicators (ict_environment, long format) for each municipality and the prefecture, as the
 * measured quantity the 3-year plan (2025–2027) compares with its target: shares of schools (0–1),
 * devices per teacher, shares of the required number of displays/cameras, 0/1 for a help desk,
 * spare devices per high-school student. Values are rounded to the 3 decimals written to the file.
 */
import { PLAN_INDICATORS, type PlanIndicator } from '../../src/lib/domain/tables';
import type { Rng } from './random';
import type { EnvironmentRow } from './types';

export interface EnvironmentScope {
	code: string;
	/** Schools the scope runs: shares of schools are whole-school fractions of this. */
	schools: number;
	/** Only scopes that run high schools report spare high-school devices. */
	runsHighSchools: boolean;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** k of n schools, with k drawn from a share range. */
function schoolShare(rng: Rng, n: number, lo: number, hi: number): number {
	if (n === 0) return 0;
	return round3(Math.round(n * rng.range(lo, hi)) / n);
}

function value(rng: Rng, indicator: PlanIndicator, n: number): number {
	switch (indicator) {
		case 'wireless_lan': // nearly done everywhere since GIGA
			return rng.chance(0.85) ? 1 : round3((n - rng.int(1, Math.max(1, Math.ceil(n * 0.1)))) / Math.max(1, n));
		case 'recommended_bandwidth':
			return rng.chance(0.2) ? 1 : schoolShare(rng, n, 0.4, 1);
		case 'teacher_devices':
			return round3(rng.range(0.85, 1.15));
		case 'work_displays':
			return round3(rng.range(0.15, 1.05));
		case 'admin_system': {
			const u = rng.float();
			return u < 0.35 ? 1 : u < 0.5 ? 0 : schoolShare(rng, n, 0.2, 0.95);
		}
		case 'large_displays':
			return rng.chance(0.15) ? 1 : round3(rng.range(0.45, 1));
		case 'document_cameras':
			return rng.chance(0.1) ? 1 : round3(rng.range(0.35, 1));
		case 'helpdesk':
			return rng.chance(0.6) ? 1 : 0;
		case 'hs_spare_devices': // target 1/3 of students
			return round3(rng.range(0.05, 0.45));
	}
}

export function environmentRows(rng: Rng, scopes: readonly EnvironmentScope[], fiscalYear: number): EnvironmentRow[] {
	const rows: EnvironmentRow[] = [];
	for (const scope of scopes) {
		for (const indicator of PLAN_INDICATORS) {
			if (indicator === 'hs_spare_devices' && !scope.runsHighSchools) continue;
			rows.push({
				scope_code: scope.code,
				fiscal_year: fiscalYear,
				indicator,
				value: Math.max(0, value(rng, indicator, scope.schools))
			});
		}
	}
	return rows;
}
