/**
 * Day patterns: what one staff member can do in one day — one school, or a route of up to
 * `maxSchoolsPerDay` schools — with its travel from their base and back, in the best visiting order.
 * The optimiser chooses among these; a pattern is kept only when travel plus the least time on site
 * at every school fits the staff member's day. `RouteSpace` walks every such route, not only routes
 * among nearby schools, so that a bound priced over it holds for the whole model.
 */
import type { ScheduleInstance, StaffMember } from '$lib/domain/schedule/types';
import type { TravelTimes } from '$lib/domain/schedule/travel';

export interface DayPattern {
	/** Index into `instance.staff`. */
	staff: number;
	/** School indices in visiting order. */
	schools: number[];
	travel: number;
}

/** Travel between every two schools and from every base to every school, computed once. */
export class TravelTable {
	readonly schoolToSchool: Float64Array;
	readonly baseToSchool: Float64Array;
	readonly schoolToBase: Float64Array;
	readonly n: number;

	constructor(
		readonly instance: ScheduleInstance,
		travel: TravelTimes
	) {
		const { schools, staff } = instance;
		const n = (this.n = schools.length);
		this.schoolToSchool = new Float64Array(n * n);
		for (let i = 0; i < n; i++)
			for (let j = 0; j < n; j++) this.schoolToSchool[i * n + j] = travel.minutes(schools[i]!, schools[j]!);
		this.baseToSchool = new Float64Array(staff.length * n);
		this.schoolToBase = new Float64Array(staff.length * n);
		staff.forEach((s, k) => {
			for (let i = 0; i < n; i++) {
				this.baseToSchool[k * n + i] = travel.minutes(s.base, schools[i]!);
				this.schoolToBase[k * n + i] = travel.minutes(schools[i]!, s.base);
			}
		});
	}

	between(i: number, j: number): number {
		return this.schoolToSchool[i * this.n + j]!;
	}

	route(staff: number, order: readonly number[]): number {
		let total = this.baseToSchool[staff * this.n + order[0]!]!;
		for (let k = 1; k < order.length; k++) total += this.between(order[k - 1]!, order[k]!);
		return total + this.schoolToBase[staff * this.n + order[order.length - 1]!]!;
	}
}

const ORDERS_OF_THREE = [
	[0, 1, 2],
	[0, 2, 1],
	[1, 0, 2],
	[1, 2, 0],
	[2, 0, 1],
	[2, 1, 0]
] as const;

function bestOrder(table: TravelTable, staff: number, set: readonly number[]): { order: number[]; travel: number } {
	const orders =
		set.length === 1
			? [[0]]
			: set.length === 2
				? [
						[0, 1],
						[1, 0]
					]
				: ORDERS_OF_THREE;
	let best = { order: [] as number[], travel: Infinity };
	for (const o of orders) {
		const order = o.map((k) => set[k]!);
		const travel = table.route(staff, order);
		if (travel < best.travel) best = { order, travel };
	}
	return best;
}

/** Who may visit each school: a school pinned to a staff member is theirs alone. */
export function pinnedStaff(instance: ScheduleInstance): Map<number, string> {
	const index = new Map(instance.schools.map((s, i) => [s.id, i]));
	return new Map(
		instance.pins.flatMap((p) => (p.staff && index.has(p.school) ? [[index.get(p.school)!, p.staff] as const] : []))
	);
}

/** Staff member `k` working `set` in its best order, or null when it does not fit their day or a pin forbids it. */
export function patternFor(
	table: TravelTable,
	k: number,
	set: readonly number[],
	pinned: ReadonlyMap<number, string>
): DayPattern | null {
	const { instance } = table;
	const member: StaffMember = instance.staff[k]!;
	if (member.days <= 0 || set.some((i) => (pinned.get(i) ?? member.id) !== member.id)) return null;
	const { order, travel } = bestOrder(table, k, set);
	return travel + set.length * instance.minOnsiteMinutes <= member.minutesPerDay
		? { staff: k, schools: order, travel }
		: null;
}

/** The schools that get visits (the others need no pattern). */
export const visitedSchools = (instance: ScheduleInstance) =>
	instance.schools.flatMap((s, i) => (s.visits > 0 ? [i] : []));

function onPath(path: Int32Array, length: number, school: number): boolean {
	for (let q = 0; q < length; q++) if (path[q] === school) return true;
	return false;
}

/**
 * Every day route of every staff group: from the base to a first school within the day, then to
 * schools in reach of the last, as long as travel plus the least time on site still fits. Each
 * school's others are kept sorted by travel, so a walk stops at the first that no longer fits; the
 * triangle inequality is not assumed (an imported matrix need not keep it).
 */
export class RouteSpace {
	/** Per school: the other schools a route may go on to, nearest first, within the longest day. */
	readonly #next: Int32Array[];
	/** Per staff group: the first schools of its routes, by index into `instance.schools`. */
	readonly #first: Int32Array[];
	readonly #maxLength: number;

	constructor(
		readonly table: TravelTable,
		/** The schools routes may visit (visited, within someone's reach). */
		schools: readonly number[],
		readonly pinned: ReadonlyMap<number, string>
	) {
		const { instance } = table;
		const onsite = instance.minOnsiteMinutes;
		const longest = Math.max(0, ...instance.staff.map((s) => s.minutesPerDay));
		this.#maxLength = Math.min(
			instance.maxSchoolsPerDay,
			onsite > 0 ? Math.floor(longest / onsite) : instance.maxSchoolsPerDay
		);
		// A leg between schools leaves room for two stays at least.
		const reach = longest - 2 * onsite;
		this.#next = Array.from({ length: table.n }, () => new Int32Array(0));
		if (this.#maxLength >= 2)
			for (const i of schools)
				this.#next[i] = Int32Array.from(
					schools
						.filter((j) => j !== i && table.between(i, j) <= reach)
						.sort((a, b) => table.between(i, a) - table.between(i, b))
				);
		this.#first = instance.staff.map((member, k) =>
			Int32Array.from(
				member.days > 0
					? schools.filter(
							(i) => this.#allowed(k, i) && table.baseToSchool[k * table.n + i]! + onsite <= member.minutesPerDay
						)
					: []
			)
		);
	}

	#allowed(k: number, i: number): boolean {
		const owner = this.pinned.get(i);
		return owner === undefined || owner === this.table.instance.staff[k]!.id;
	}

	/**
	 * Calls `visit` with every route group `k` can work, in every visiting order: `path` holds the
	 * schools (its first `length` entries, reused between calls), `travel` the minutes base to base.
	 */
	forEach(k: number, visit: (path: Int32Array, length: number, travel: number) => void): void {
		const { table } = this;
		const { n, instance } = table;
		const day = instance.staff[k]!.minutesPerDay;
		const onsite = instance.minOnsiteMinutes;
		const path = new Int32Array(this.#maxLength);
		const extend = (length: number, travel: number) => {
			const last = path[length - 1]!;
			const back = table.schoolToBase[k * n + last]!;
			if (travel + back + length * onsite <= day) visit(path, length, travel + back);
			if (length === this.#maxLength) return;
			for (const j of this.#next[last]!) {
				const leg = table.between(last, j);
				if (travel + leg + (length + 1) * onsite > day) break;
				if (!this.#allowed(k, j) || onPath(path, length, j)) continue;
				path[length] = j;
				extend(length + 1, travel + leg);
			}
		};
		for (const i of this.#first[k]!) {
			path[0] = i;
			extend(1, table.baseToSchool[k * n + i]!);
		}
	}

	/**
	 * Every pattern of every group in its best order, or null when there are more than `limit`
	 * (the instance is then priced by column generation instead of listed).
	 */
	patterns(limit: number): DayPattern[] | null {
		const all: DayPattern[] = [];
		for (let k = 0; k < this.table.instance.staff.length; k++) {
			const best = new Map<string, DayPattern>();
			this.forEach(k, (path, length, travel) => {
				if (all.length + best.size > limit) return;
				const schools = Array.from(path.subarray(0, length));
				const key = [...schools].sort((a, b) => a - b).join(',');
				const known = best.get(key);
				if (!known || travel < known.travel) best.set(key, { staff: k, schools, travel });
			});
			all.push(...best.values());
			if (all.length > limit) return null;
		}
		return all;
	}
}
