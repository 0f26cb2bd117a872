/**
 * Placement figures of docs/domain.md, "Formulas": schools per staff (head count, as MEXT
 * counts), FTE, staff needed for a target and the gap.
 */
import type { MunicipalityKind } from './tables';
import { PLAN } from './plan';

/** One employer (municipality or prefecture) with the schools it runs and the staff it employs. */
export interface EmployerPlacement {
	code: string;
	name: string;
	kind: MunicipalityKind | null;
	schools: number;
	staff: number;
	/** Σ days_per_week of its staff. */
	staffDays: number;
	requests: number;
}

/** schools ÷ staff; null when there is no staff (the ratio is undefined, not infinite). */
export function schoolsPerStaff(schools: number, staff: number): number | null {
	return staff > 0 ? schools / staff : null;
}

/** Full-time equivalent: staff-days per week ÷ 5. */
export function fte(staffDays: number): number {
	return staffDays / 5;
}

/** ceil(schools ÷ k). */
export function staffNeeded(schools: number, schoolsPerStaffTarget: number = PLAN.schoolsPerStaffTarget): number {
	return Math.ceil(schools / schoolsPerStaffTarget);
}

/** needed − current; negative means more staff than the target asks. */
export function staffGap(
	schools: number,
	staff: number,
	schoolsPerStaffTarget: number = PLAN.schoolsPerStaffTarget
): number {
	return staffNeeded(schools, schoolsPerStaffTarget) - staff;
}

export function meetsTarget(
	schools: number,
	staff: number,
	schoolsPerStaffTarget: number = PLAN.schoolsPerStaffTarget
): boolean {
	const ratio = schoolsPerStaff(schools, staff);
	return ratio !== null && ratio <= schoolsPerStaffTarget;
}

export interface PlacementSummary {
	schools: number;
	staff: number;
	fte: number;
	schoolsPerStaff: number | null;
	staffNeeded: number;
	gap: number;
	/** Σ max(0, gap) per employer: staff cannot be shared across employers without an agreement. */
	shortfallByEmployer: number;
	/** Municipalities (not prefectures) that run at least one school. */
	municipalities: number;
	municipalitiesWithoutStaff: number;
	municipalitiesAtTarget: number;
	shareWithoutStaff: number | null;
	shareAtTarget: number | null;
}

export function summarisePlacement(
	employers: readonly EmployerPlacement[],
	target: number = PLAN.schoolsPerStaffTarget
): PlacementSummary {
	const schools = employers.reduce((s, e) => s + e.schools, 0);
	const staff = employers.reduce((s, e) => s + e.staff, 0);
	const staffDays = employers.reduce((s, e) => s + e.staffDays, 0);
	const municipal = employers.filter((e) => e.kind !== 'prefecture' && e.schools > 0);
	const without = municipal.filter((e) => e.staff === 0).length;
	const atTarget = municipal.filter((e) => meetsTarget(e.schools, e.staff, target)).length;
	return {
		schools,
		staff,
		fte: fte(staffDays),
		schoolsPerStaff: schoolsPerStaff(schools, staff),
		staffNeeded: staffNeeded(schools, target),
		gap: staffGap(schools, staff, target),
		shortfallByEmployer: employers.reduce((s, e) => s + Math.max(0, staffGap(e.schools, e.staff, target)), 0),
		municipalities: municipal.length,
		municipalitiesWithoutStaff: without,
		municipalitiesAtTarget: atTarget,
		shareWithoutStaff: municipal.length ? without / municipal.length : null,
		shareAtTarget: municipal.length ? atTarget / municipal.length : null
	};
}
