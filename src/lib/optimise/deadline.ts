/**
 * The optimiser's safety net on time. Work limits (rounds of column generation, nodes of the
 * integer search) stop the search, so the same input gives the same week on any machine, busy or
 * not; the deadline only cuts short a search that runs far past what those limits take on the
 * slowest machine planned for, and remembers that it did, so the week can say it may differ from
 * the one a faster machine finds (WeeklySchedule.cutShort).
 */
export class Deadline {
	readonly #end: number;
	#reached = false;

	constructor(seconds: number) {
		this.#end = performance.now() + seconds * 1000;
	}

	/** Seconds left, at least `floor`: a solve given no time at all returns no schedule. */
	seconds(floor = 0): number {
		return Math.max(floor, (this.#end - performance.now()) / 1000);
	}

	/** Whether the time is up; once it is, the caller stops where it is and the week is flagged. */
	over(): boolean {
		if (performance.now() >= this.#end) this.#reached = true;
		return this.#reached;
	}

	/** A solve that its time limit stopped. */
	reach(): void {
		this.#reached = true;
	}

	/** Whether the deadline stopped anything. */
	get reached(): boolean {
		return this.#reached;
	}
}
