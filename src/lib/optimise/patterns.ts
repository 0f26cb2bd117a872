/**
 * Day patterns: what one staff member can do in one day — one school, or a short route of 2–3
 * nearby schools — with its travel from their base and back, in the best visiting order. The
 * optimiser chooses among these; a pattern is kept only when travel plus the least time on site at
 * every school fits the staff member's day.
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

export interface PatternOptions {
	/** Routes of two schools join each school to this many of its nearest. */
	pairNeighbours: number;
	/** Routes of three schools are drawn from this many nearest of their first school. */
	tripleNeighbours: number;
}

export const DEFAULT_PATTERN_OPTIONS: PatternOptions = { pairNeighbours: 8, tripleNeighbours: 5 };

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

	/** The school indices nearest to `i` (by travel), nearest first. */
	nearest(i: number, count: number, among: readonly number[]): number[] {
		return among
			.filter((j) => j !== i)
			.sort((a, b) => this.between(i, a) - this.between(i, b))
			.slice(0, count);
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

/** The school sets worth considering as one day's route, the same for every staff member. */
export function candidateSets(
	table: TravelTable,
	schools: readonly number[],
	maxPerDay: number,
	options: PatternOptions
): number[][] {
	const seen = new Set<string>();
	const sets: number[][] = [];
	const add = (set: number[]) => {
		const key = [...set].sort((a, b) => a - b).join(',');
		if (seen.has(key)) return;
		seen.add(key);
		sets.push(set);
	};
	for (const i of schools) add([i]);
	if (maxPerDay < 2) return sets;
	// One ordering of the neighbours per school serves pairs and triples alike.
	const count = Math.max(options.pairNeighbours, maxPerDay >= 3 ? options.tripleNeighbours : 0);
	const nearest = schools.map((i) => table.nearest(i, count, schools));
	schools.forEach((i, k) => {
		for (const j of nearest[k]!.slice(0, options.pairNeighbours)) add([i, j]);
	});
	if (maxPerDay >= 3)
		schools.forEach((i, k) => {
			const near = nearest[k]!.slice(0, options.tripleNeighbours);
			for (let a = 0; a < near.length; a++) for (let b = a + 1; b < near.length; b++) add([i, near[a]!, near[b]!]);
		});
	return sets;
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

/** Every pattern every staff member can work (fine for a municipality; a prefecture prices them instead). */
export function dayPatterns(table: TravelTable, sets: readonly number[][]): DayPattern[] {
	const pinned = pinnedStaff(table.instance);
	return table.instance.staff.flatMap((_, k) => sets.flatMap((set) => patternFor(table, k, set, pinned) ?? []));
}
