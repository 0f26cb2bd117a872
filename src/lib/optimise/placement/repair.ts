import { ANY_DAY, type WeekPlan } from './board';

/**
 * Puts pattern `idx`, which has no open day, on a day after moving one placed pattern in its way
 * (same group on a full day, or a visit to one of its schools too close) to another day. Pinned
 * patterns are never moved. False, with `plan` unchanged, when no single move makes room.
 */
export function repairByOneMove(plan: WeekPlan, idx: number): boolean {
	for (const d of plan.allowedDays(idx)) {
		for (const q of blockers(plan, idx, d)) {
			if (moveOutOfTheWay(plan, idx, d, q)) {
				plan.put(idx, d);
				return true;
			}
		}
	}
	return false;
}

/** The unpinned placed patterns that keep pattern `idx` off day `d`. */
function blockers(plan: WeekPlan, idx: number, d: number): number[] {
	const { board, worked, day, pinned } = plan;
	const p = worked[idx]!;
	return [...worked.keys()].filter((q) => {
		if (day[q]! < 0 || pinned.has(q)) return false;
		const other = worked[q]!;
		const sharesDay = other.staff === p.staff && day[q] === d && board.freeMembers(p.staff, d) <= 0;
		const tooClose = other.schools.some((i) => p.schools.includes(i) && Math.abs(day[q]! - d) < board.gap(i));
		return sharesDay || tooClose;
	});
}

/**
 * Moves blocker `q` to the first other day where it fits beside pattern `idx` on day `d`, when
 * that leaves `idx` room on `d`; otherwise `q` stays where it was.
 */
function moveOutOfTheWay(plan: WeekPlan, idx: number, d: number, q: number): boolean {
	const { board, worked, day } = plan;
	const p = worked[idx]!;
	const from = day[q]!;
	plan.lift(q);
	if (board.fits(p, d)) {
		// Held on `d` while `q` looks for a day, so that `q` does not take the room it was moved for.
		board.place(p, d);
		const to = ANY_DAY.find((e) => e !== from && board.fits(worked[q]!, e));
		board.remove(p, d);
		if (to !== undefined) {
			plan.put(q, to);
			if (board.fits(p, d)) return true;
			plan.lift(q);
		}
	}
	plan.put(q, from);
	return false;
}
