/** Small schedule instances whose optimum is worked out by hand, with travel given as a matrix. */
import { TravelTimes, matrixKey } from '../../src/lib/domain/schedule/travel';
import type { Pin, Place, ScheduleInstance, SchoolSite, StaffMember } from '../../src/lib/domain/schedule/types';

const place = (id: string, lat = 31.5, lon = 130.5): Place => ({ id, at: { lat, lon }, ferry: null });

export const school = (id: string, visits = 1): SchoolSite => ({ ...place(id), name: id, visits });

export const staffAt = (id: string, base: string, days = 5, minutesPerDay = 480): StaffMember => ({
	id,
	name: id,
	days,
	minutesPerDay,
	base: place(base)
});

/** Travel by hand: every pair must be listed (either direction). */
export function matrixTravel(pairs: Record<string, number>): TravelTimes {
	const matrix = new Map<string, number>();
	for (const [key, minutes] of Object.entries(pairs)) {
		const [a, b] = key.split('-') as [string, string];
		matrix.set(matrixKey(a, b), minutes);
	}
	return new TravelTimes(undefined, matrix);
}

export function instance(
	schools: SchoolSite[],
	staff: StaffMember[],
	options: { pins?: Pin[]; maxSchoolsPerDay?: number; minOnsiteMinutes?: number } = {}
): ScheduleInstance {
	return {
		schools,
		staff,
		pins: options.pins ?? [],
		minOnsiteMinutes: options.minOnsiteMinutes ?? 180,
		maxSchoolsPerDay: options.maxSchoolsPerDay ?? 3
	};
}
