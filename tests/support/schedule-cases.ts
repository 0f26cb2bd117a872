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

/**
 * Two bases, each 10 minutes from its own pair of schools (A, B near B1; C, D near B2) and 60 from
 * the other pair; the pairs are 5 minutes apart inside, 55 across.
 */
export const twoBasesTravel = (): TravelTimes =>
	matrixTravel({
		'B1-A': 10,
		'B1-B': 10,
		'B1-C': 60,
		'B1-D': 60,
		'B2-A': 60,
		'B2-B': 60,
		'B2-C': 10,
		'B2-D': 10,
		'A-B': 5,
		'C-D': 5,
		'A-C': 55,
		'A-D': 55,
		'B-C': 55,
		'B-D': 55
	});

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
