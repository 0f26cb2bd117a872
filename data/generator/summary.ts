/** Figures of a generated sample, printed by the CLI so a run can be checked at a glance. */
import { SCHOOL_TYPES } from '../../src/lib/domain/tables';
import type { SchoolRow, StaffRow, MunicipalityRow } from './types';

export interface SampleFigures {
	municipalities: number;
	schools: number;
	schoolsByType: Record<string, number>;
	staff: number;
	schoolsPerStaff: number;
	/** Share of municipalities (not the prefecture) with no staff. */
	shareWithoutStaff: number;
	/** Share of municipalities at 1 per 4 schools or better (counting the schools they run). */
	shareAtTarget: number;
	perEmployer: { code: string; name: string; schools: number; staff: number }[];
}

export function sampleFigures(
	municipalities: readonly MunicipalityRow[],
	schools: readonly SchoolRow[],
	staff: readonly StaffRow[]
): SampleFigures {
	const schoolsByType = Object.fromEntries(
		SCHOOL_TYPES.map((t) => [t, schools.filter((s) => s.school_type === t).length])
	);
	const perEmployer = municipalities.map((m) => ({
		code: m.municipality_code,
		name: m.name,
		schools: schools.filter((s) => s.employer_code === m.municipality_code).length,
		staff: staff.filter((s) => s.employer_code === m.municipality_code).length
	}));
	const municipal = perEmployer.filter(
		(e) => municipalities.find((m) => m.municipality_code === e.code)!.kind !== 'prefecture'
	);
	return {
		municipalities: municipal.length,
		schools: schools.length,
		schoolsByType,
		staff: staff.length,
		schoolsPerStaff: schools.length / staff.length,
		shareWithoutStaff: municipal.filter((e) => e.staff === 0).length / municipal.length,
		shareAtTarget: municipal.filter((e) => e.staff > 0 && e.schools / e.staff <= 4).length / municipal.length,
		perEmployer
	};
}
