/**
 * The preference for a balanced load, after travel: days move from the staff group working the
 * largest share of its contract to the one working the smallest, each time the move that adds the
 * least travel, while the extra travel stays within a small share of the total. Staff who share a
 * base balance for free (placement gives their days out evenly); this evens out nearby bases.
 */
import { patternFor, pinnedStaff, type DayPattern, type TravelTable } from './patterns';

export function balanceLoad(table: TravelTable, worked: readonly DayPattern[], slack: number): DayPattern[] {
	const { instance } = table;
	const pinned = pinnedStaff(instance);
	const days = instance.staff.map((s) => s.days);
	const load = days.map(() => 0);
	for (const p of worked) load[p.staff]!++;
	const result = [...worked];
	const total = worked.reduce((t, p) => t + p.travel, 0);
	let budget = slack * total;
	const share = (k: number) => load[k]! / days[k]!;
	const active = instance.staff.flatMap((_, k) => (days[k]! > 0 ? [k] : []));
	for (;;) {
		const sorted = [...active].sort((a, b) => share(b) - share(a));
		let best: { index: number; pattern: DayPattern; delta: number } | null = null;
		// From the busiest groups to the idlest, while moving one day still narrows the gap.
		for (const hi of sorted.slice(0, 3))
			for (const lo of sorted.slice(-3).reverse()) {
				if (hi === lo || (load[hi]! - 1) / days[hi]! < (load[lo]! + 1) / days[lo]! - 1e-9) continue;
				result.forEach((p, index) => {
					if (p.staff !== hi) return;
					const moved = patternFor(table, lo, p.schools, pinned);
					if (!moved) return;
					const delta = moved.travel - p.travel;
					if (delta <= budget && (!best || delta < best.delta)) best = { index, pattern: moved, delta };
				});
			}
		if (!best) return result;
		const { index, pattern, delta } = best as { index: number; pattern: DayPattern; delta: number };
		load[result[index]!.staff]!--;
		load[pattern.staff]!++;
		result[index] = pattern;
		budget -= delta;
	}
}
