/** The hard rules of a weekly schedule that both the optimiser and the checker apply. */
import { WEEKDAYS, type Weekday } from '../tables';
import type { SchoolSite } from './types';

export const dayIndex = (day: Weekday) => WEEKDAYS.indexOf(day);

/**
 * Least distance in days between two visits to one school, so that visits spread over the week:
 * two or three visits never on consecutive days (Mon/Wed/Fri for three); four or five only on
 * different days.
 */
export function minVisitGap(visits: number): number {
	return visits >= 2 && visits <= 3 ? 2 : 1;
}

/** Of a school's visits, those the visit policy requires (the rest are spare: types.ts, SchoolSite). */
export const requiredVisits = (school: Pick<SchoolSite, 'visits' | 'required'>): number =>
	Math.min(school.visits, school.required ?? school.visits);

/** Whether visit days (as indices 0–4) keep the school's spacing. */
export function spreadOk(days: readonly number[], visits: number): boolean {
	const gap = minVisitGap(visits);
	const sorted = [...days].sort((a, b) => a - b);
	return sorted.every((d, i) => i === 0 || d - sorted[i - 1]! >= gap);
}

/** On-site minutes a day of `schools` visits leaves at each, after `travel`. */
export function onsiteMinutes(minutesPerDay: number, travel: number, schools: number): number {
	return schools === 0 ? 0 : (minutesPerDay - travel) / schools;
}
