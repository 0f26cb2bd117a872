/**
 * The week's mutable state while patterns are put on days: what each group and school still has
 * room for (WeekBoard), and which day each of the week's patterns is on (WeekPlan).
 */
import { WEEKDAYS } from '$lib/domain/tables';
import { minVisitGap } from '$lib/domain/schedule/rules';
import type { ScheduleInstance } from '$lib/domain/schedule/types';
import type { DayPattern } from '../patterns';

export const DAYS = WEEKDAYS.length;
/** Day indices of the week, Monday first. */
export const ANY_DAY: readonly number[] = WEEKDAYS.map((_, d) => d);

/** Room left in the week; a pattern's `staff` is its group's index. */
export class WeekBoard {
	/** Members of each group free on each day. */
	private readonly free: Int32Array[];
	/** Days each group still has to give, over all its members. */
	private readonly daysLeft: number[];
	private readonly schoolOn: Uint8Array[];
	private readonly visits: number[];

	constructor(instance: ScheduleInstance, groups: readonly number[][]) {
		this.free = groups.map((g) => new Int32Array(DAYS).fill(g.filter((k) => instance.staff[k]!.days > 0).length));
		this.daysLeft = groups.map((g) => g.reduce((n, k) => n + instance.staff[k]!.days, 0));
		this.schoolOn = instance.schools.map(() => new Uint8Array(DAYS));
		this.visits = instance.schools.map((s) => s.visits);
	}

	/** Least distance in days between two visits to school `i` (rules.ts). */
	gap(i: number): number {
		return minVisitGap(this.visits[i]!);
	}

	get groups(): number {
		return this.free.length;
	}

	freeMembers(group: number, d: number): number {
		return this.free[group]![d]!;
	}

	/** Whether `p` can go on day `d`: a member free, days left, and no visit to its schools too close. */
	fits(p: DayPattern, d: number): boolean {
		if (this.free[p.staff]![d]! <= 0 || this.daysLeft[p.staff]! <= 0) return false;
		for (const i of p.schools) {
			const gap = this.gap(i);
			const last = Math.min(DAYS - 1, d + gap - 1);
			for (let e = Math.max(0, d - gap + 1); e <= last; e++) if (this.schoolOn[i]![e]) return false;
		}
		return true;
	}

	place(p: DayPattern, d: number): void {
		this.free[p.staff]![d]!--;
		this.daysLeft[p.staff]!--;
		for (const i of p.schools) this.schoolOn[i]![d] = 1;
	}

	/** Undoes `place(p, d)`; a school is on a day at most once, so its mark simply goes. */
	remove(p: DayPattern, d: number): void {
		this.free[p.staff]![d]!++;
		this.daysLeft[p.staff]!++;
		for (const i of p.schools) this.schoolOn[i]![d] = 0;
	}
}

/** The week's patterns and the day each is on (-1: none yet), kept in step with the board. */
export class WeekPlan {
	readonly day: Int8Array;

	constructor(
		readonly board: WeekBoard,
		readonly worked: readonly DayPattern[],
		/** Pattern index → the day a pin fixes it to. */
		readonly pinned: ReadonlyMap<number, number>,
		/** Pattern index → its days in the week last edited (basis.ts), tried first. */
		readonly preferred: readonly (readonly number[])[] = []
	) {
		this.day = new Int8Array(worked.length).fill(-1);
	}

	/** The day a pin fixes, else any day. */
	allowedDays(idx: number): readonly number[] {
		const d = this.pinned.get(idx);
		return d === undefined ? ANY_DAY : [d];
	}

	/** The days pattern `idx` could go on now, its days of the week last edited first. */
	openDays(idx: number): number[] {
		const open = this.allowedDays(idx).filter((d) => this.board.fits(this.worked[idx]!, d));
		const first = this.preferred[idx];
		if (!first?.length) return open;
		return [...first.filter((d) => open.includes(d)), ...open.filter((d) => !first.includes(d))];
	}

	put(idx: number, d: number): void {
		this.board.place(this.worked[idx]!, d);
		this.day[idx] = d;
	}

	lift(idx: number): void {
		this.board.remove(this.worked[idx]!, this.day[idx]!);
		this.day[idx] = -1;
	}

	/** Takes every pattern off its day. */
	clear(): void {
		for (const idx of this.worked.keys()) if (this.day[idx]! >= 0) this.lift(idx);
	}

	/** Puts every pattern back on the day `days` gives it (-1: none). */
	restore(days: Int8Array): void {
		this.clear();
		for (const [idx, d] of days.entries()) if (d >= 0) this.put(idx, d);
	}
}
