import { WEEKDAYS } from '$lib/domain/tables';
import type { ScheduleInstance } from '$lib/domain/schedule/types';
import type { DayPattern } from '../patterns';

/**
 * Pattern index → pinned day. Each pin with a day takes the first pattern not yet taken that visits
 * its school and belongs to the pinned staff member's group (any group when the pin names no one).
 */
export function fixPinnedDays(
	instance: ScheduleInstance,
	groups: readonly number[][],
	worked: readonly DayPattern[]
): Map<number, number> {
	const schoolIndex = new Map(instance.schools.map((s, i) => [s.id, i]));
	const groupOfStaff = new Map(groups.flatMap((g, gi) => g.map((k) => [instance.staff[k]!.id, gi] as const)));
	const fixed = new Map<number, number>();
	for (const pin of instance.pins) {
		const i = schoolIndex.get(pin.school);
		if (!pin.day || i === undefined) continue;
		const group = pin.staff ? groupOfStaff.get(pin.staff) : undefined;
		const ofGroup = (p: DayPattern) => group === undefined || p.staff === group;
		const k = worked.findIndex((p, idx) => !fixed.has(idx) && p.schools.includes(i) && ofGroup(p));
		if (k >= 0) fixed.set(k, WEEKDAYS.indexOf(pin.day));
	}
	return fixed;
}
