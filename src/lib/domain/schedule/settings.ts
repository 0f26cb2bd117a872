/**
 * The planner's schedule assumptions and pins, as kept with the workspace: read back from storage
 * or from a workspace file only when every field has the right shape (else the defaults).
 */
import { WEEKDAYS } from '../tables';
import { DEFAULT_TRAVEL, type TravelParams } from './travel';
import { DEFAULT_VISIT_POLICY, type VisitPolicy } from './visit-policy';
import { DEFAULT_INSTANCE_SETTINGS } from './instance';
import type { BasisDay, Pin } from './types';
import { inRange, isObject } from '../shape';

export interface ScheduleSettings {
	travel: TravelParams;
	policy: VisitPolicy;
	minOnsiteMinutes: number;
	maxSchoolsPerDay: number;
	pins: Pin[];
	/** 担当制: all visits to a school by one staff member. */
	oneStaffPerSchool: boolean;
	/** The week as it was when a visit was last moved or pinned (ScheduleInstance.basis); null before any. */
	basis: BasisDay[] | null;
}

/** A change to the settings as the schedule screen's controls emit it: the values given replace the old ones. */
export interface ScheduleSettingsChange {
	travel?: Partial<TravelParams>;
	policy?: Partial<VisitPolicy>;
	minOnsiteMinutes?: number;
	maxSchoolsPerDay?: number;
	pins?: Pin[];
	oneStaffPerSchool?: boolean;
	basis?: BasisDay[] | null;
}

/** The settings with `change` applied; the settings given are left as they were. */
export function changeScheduleSettings(settings: ScheduleSettings, change: ScheduleSettingsChange): ScheduleSettings {
	return {
		travel: { ...settings.travel, ...change.travel },
		policy: { ...settings.policy, ...change.policy },
		minOnsiteMinutes: change.minOnsiteMinutes ?? settings.minOnsiteMinutes,
		maxSchoolsPerDay: change.maxSchoolsPerDay ?? settings.maxSchoolsPerDay,
		pins: change.pins ?? settings.pins,
		oneStaffPerSchool: change.oneStaffPerSchool ?? settings.oneStaffPerSchool,
		basis: change.basis === undefined ? settings.basis : change.basis
	};
}

export const defaultScheduleSettings = (): ScheduleSettings => ({
	travel: { ...DEFAULT_TRAVEL },
	policy: { ...DEFAULT_VISIT_POLICY, overrides: {} },
	minOnsiteMinutes: DEFAULT_INSTANCE_SETTINGS.minOnsiteMinutes,
	maxSchoolsPerDay: DEFAULT_INSTANCE_SETTINGS.maxSchoolsPerDay,
	pins: [],
	oneStaffPerSchool: false,
	basis: null
});

export function parseVisitPolicy(v: unknown): VisitPolicy | null {
	if (!isObject(v) || !inRange(v.baseVisits, 0, 5) || !isObject(v.overrides)) return null;
	const large = v.large;
	if (
		large !== null &&
		!(
			isObject(large) &&
			(large.by === 'classes' || large.by === 'students') &&
			inRange(large.threshold, 0, 1e6) &&
			inRange(large.extraVisits, 0, 5)
		)
	)
		return null;
	const hours = v.hoursPerWeek;
	if (hours !== null && !(isObject(hours) && inRange(hours.hours, 0, 60) && inRange(hours.hoursPerVisit, 0.25, 12)))
		return null;
	if (v.islandVisits !== null && !inRange(v.islandVisits, 0, 5)) return null;
	if (!Object.values(v.overrides).every((n) => inRange(n, 0, 5))) return null;
	return v as unknown as VisitPolicy;
}

/** The field of a pin (or move) that is not as kept: `entry` when it is no object at all; null for a pin. */
export type PinFault = 'entry' | 'school' | 'staff' | 'day' | 'moved';

export function pinFault(v: unknown): PinFault | null {
	if (!isObject(v)) return 'entry';
	if (typeof v.school !== 'string') return 'school';
	if (v.staff !== undefined && typeof v.staff !== 'string') return 'staff';
	if (v.day !== undefined && !WEEKDAYS.includes(v.day as never)) return 'day';
	if (v.moved !== undefined && v.moved !== true) return 'moved';
	return null;
}

const parsePin = (v: unknown): Pin | null => (pinFault(v) === null ? (v as Pin) : null);

function parseBasisDay(v: unknown): BasisDay | null {
	if (!isObject(v) || typeof v.staff !== 'string' || !WEEKDAYS.includes(v.day as never)) return null;
	if (!Array.isArray(v.schools) || !v.schools.every((s) => typeof s === 'string')) return null;
	return { staff: v.staff, day: v.day as BasisDay['day'], schools: v.schools as string[] };
}

/** The settings in `value`, or null when anything is missing or out of range. */
export function parseScheduleSettings(value: unknown): ScheduleSettings | null {
	if (!isObject(value)) return null;
	const travel = value.travel;
	if (
		!isObject(travel) ||
		!inRange(travel.circuity, 1, 5) ||
		!inRange(travel.speedKmh, 1, 200) ||
		!inRange(travel.stopMinutes, 0, 120)
	)
		return null;
	const policy = parseVisitPolicy(value.policy);
	if (
		!policy ||
		!inRange(value.minOnsiteMinutes, 0, 24 * 60) ||
		!inRange(value.maxSchoolsPerDay, 1, 3) ||
		!Array.isArray(value.pins)
	)
		return null;
	const pins = value.pins.map(parsePin);
	if (pins.some((p) => p === null)) return null;
	// Both came later: settings kept before them read as without.
	const oneStaffPerSchool = value.oneStaffPerSchool ?? false;
	if (typeof oneStaffPerSchool !== 'boolean') return null;
	const basis = value.basis === undefined || value.basis === null ? null : value.basis;
	if (basis !== null && !Array.isArray(basis)) return null;
	const basisDays = basis?.map(parseBasisDay) ?? null;
	if (basisDays?.some((d) => d === null)) return null;
	return {
		travel: travel as unknown as TravelParams,
		policy,
		minOnsiteMinutes: value.minOnsiteMinutes,
		maxSchoolsPerDay: value.maxSchoolsPerDay,
		pins: pins as Pin[],
		oneStaffPerSchool,
		basis: basisDays as BasisDay[] | null
	};
}
