/**
 * Which day patterns each staff group works in the week, how many times each: a MILP solved by
 * HiGHS. Every school gets its visits (or they are counted as unmet at a high price, so that the
 * solver explains a shortage instead of failing; a visit beyond what the policy requires goes unmet
 * at a lower price, so that a shortage takes those first), no group works more days than its members'
 * contracts, pins hold, and total travel is as small as possible. Weekdays are chosen afterwards
 * (placement.ts); the bound here is therefore a lower bound on the travel of any schedule.
 *
 * The model keeps its rows and takes columns as they come, so that column generation
 * (column-generation.ts) can solve its LP relaxation again and again before the integer solve.
 */
import type { Highs } from 'highs';
import type { ScheduleInstance } from '$lib/domain/schedule/types';
import type { DayPattern } from './patterns';
import { requiredVisits } from '$lib/domain/schedule/rules';
import type { Basis } from './basis';
import type { Deadline } from './deadline';

/** Minutes of travel an unmet visit is priced at: above any day's travel, so visits come first. */
const UNMET_PRICE = 10_000;
/** Time every solve gets even past the deadline: one given none returns no solution to go on with. */
const FLOOR_SECONDS = 1;
/**
 * An unmet visit beyond the policy's: still above a day's travel (a spare staff-day is used), but so
 * far below UNMET_PRICE that no required visit is ever given up for any number of them.
 */
const EXTRA_UNMET_PRICE = 1_000;

export interface Assignment {
	/** How many days a week each pattern is worked, by index into the patterns added. */
	uses: number[];
	/** Unmet visits per school index: required and extra together. */
	unmet: number[];
	/** Of those, the visits the policy requires. */
	unmetRequired: number[];
	travel: number;
	/** Lower bound on travel for schedules whose unmet visits cost at most `priced`. */
	bound: number;
	/** What its unmet visits cost at the model's prices (required visits far above wanted ones). */
	priced: number;
}

export interface LpSolution {
	objective: number;
	/** Reduced cost of every column: unmet required visits, unmet extra visits, then patterns. */
	colDual: Float64Array;
	/** Dual value of every row: staff groups, then schools, then pins. */
	rowDual: Float64Array;
	unmet: number;
	/** The travel part of `objective`. */
	travel: number;
}

type HighsModel = ReturnType<Highs['createModel']>;

export class AssignmentModel {
	readonly patterns: DayPattern[] = [];
	readonly #model: HighsModel;
	readonly #nSchools: number;
	readonly #nStaff: number;
	/** Index of the first pattern column: two unmet columns (required, extra) per school come first. */
	readonly #first: number;
	/** Rows added after the model was built (the cap on unmet visits). */
	#extraRows = 0;
	/** Row of the pin "group k visits school i at least once", by `i,k`. */
	readonly #pinRow = new Map<string, number>();

	/** Price of each unmet column: 0 for a school no one can reach (its visits are unmet whatever the schedule). */
	readonly #unmetPrice: Float64Array;
	/** How many visits each unmet column may leave out: the required ones, then the extra ones. */
	readonly #unmetUpper: Float64Array;
	/** Every column's reduced cost in the last `solveLp` (columns added since have none). */
	#reducedCost: ArrayLike<number> = [];
	/** The most drift (basis.ts) the pattern columns are priced with now: 0 until `priceDrift`. */
	#drift = 0;

	constructor(
		readonly highs: Highs,
		readonly instance: ScheduleInstance,
		/** Every solve of the model runs under it; the work limits are the callers'. */
		readonly deadline: Deadline,
		unreachable: ReadonlySet<number> = new Set()
	) {
		const nSchools = (this.#nSchools = instance.schools.length);
		const nStaff = (this.#nStaff = instance.staff.length);
		const staffIndex = new Map(instance.staff.map((s, k) => [s.id, k]));
		const schoolIndex = new Map(instance.schools.map((s, i) => [s.id, i]));
		const pins = new Set<string>();
		for (const pin of instance.pins) {
			const i = schoolIndex.get(pin.school);
			const k = pin.staff ? staffIndex.get(pin.staff) : undefined;
			if (i !== undefined && k !== undefined) pins.add(`${i},${k}`);
		}
		[...pins].forEach((key, r) => this.#pinRow.set(key, nStaff + nSchools + r));
		const rowLower = [
			...instance.staff.map(() => -Infinity),
			...instance.schools.map((s) => s.visits),
			...[...pins].map(() => 1)
		];
		const rowUpper = [
			...instance.staff.map((s) => s.days),
			...instance.schools.map((s) => s.visits),
			...[...pins].map(() => Infinity)
		];
		// The unmet columns of each school come first: the model is feasible before any pattern.
		const required = instance.schools.map(requiredVisits);
		const first = (this.#first = 2 * nSchools);
		this.#unmetPrice = Float64Array.from({ length: first }, (_, c) =>
			unreachable.has(c % nSchools) ? 0 : c < nSchools ? UNMET_PRICE : EXTRA_UNMET_PRICE
		);
		this.#model = highs.createModel({
			numCols: first,
			numRows: rowLower.length,
			colCost: this.#unmetPrice,
			colLower: new Float64Array(first),
			colUpper: (this.#unmetUpper = Float64Array.from({ length: first }, (_, c) =>
				c < nSchools ? required[c]! : instance.schools[c - nSchools]!.visits - required[c - nSchools]!
			)),
			rowLower,
			rowUpper,
			matrix: {
				format: 'csc',
				numRows: rowLower.length,
				numCols: first,
				starts: Int32Array.from({ length: first + 1 }, (_, c) => c),
				indices: Int32Array.from({ length: first }, (_, c) => nStaff + (c % nSchools)),
				values: new Float64Array(first).fill(1)
			}
		});
		this.#model.options.set({ output_flag: false });
	}

	/** The rows a pattern has a 1 in. */
	rowsOf(p: DayPattern): number[] {
		const rows = [
			p.staff,
			...p.schools.map((i) => this.#nStaff + i),
			...p.schools.flatMap((i) => this.#pinRow.get(`${i},${p.staff}`) ?? [])
		];
		return rows.sort((a, b) => a - b);
	}

	/** The pin rows: group `staff` visits `school` at least once. */
	pinRows(): { row: number; school: number; staff: number }[] {
		return [...this.#pinRow].map(([key, row]) => {
			const [school, staff] = key.split(',').map(Number) as [number, number];
			return { row, school, staff };
		});
	}

	/** The unmet columns (for the Lagrangian bound, column-generation.ts): school, most visits left out, price. */
	unmetColumns(): { school: number; upper: number; price: number }[] {
		return Array.from({ length: this.#first }, (_, c) => ({
			school: c % this.#nSchools,
			upper: this.#unmetUpper[c]!,
			price: this.#unmetPrice[c]!
		}));
	}

	add(patterns: readonly DayPattern[]): void {
		if (patterns.length === 0) return;
		const starts = [0];
		const indices: number[] = [];
		for (const p of patterns) {
			indices.push(...this.rowsOf(p));
			starts.push(indices.length);
		}
		this.#model.addCols({
			cost: Float64Array.from(patterns, (p) => p.travel),
			lower: new Float64Array(patterns.length),
			upper: Float64Array.from(patterns, (p) => this.#upperOf(p)),
			matrix: {
				format: 'csc',
				numRows: this.#nStaff + this.#nSchools + this.#pinRow.size + this.#extraRows,
				numCols: patterns.length,
				starts: Int32Array.from(starts),
				indices: Int32Array.from(indices),
				values: new Float64Array(indices.length).fill(1)
			}
		});
		this.patterns.push(...patterns);
	}

	/**
	 * One solve, with the time left to the deadline. HiGHS counts `time_limit` over every run of a
	 * model since its clocks were last zeroed, so they are zeroed first: otherwise the solves of a
	 * long column generation would leave the next ones no time at all.
	 */
	#run(callbacks?: Parameters<HighsModel['run']>[0]): void {
		this.#model.zeroAllClocks();
		this.#model.options.set({ time_limit: this.deadline.seconds(FLOOR_SECONDS) });
		this.#model.run(callbacks);
		if (this.#model.getModelStatus() === this.highs.constants.modelStatus.timeLimit) this.deadline.reach();
	}

	/**
	 * The LP relaxation over the columns so far (warm-started from the previous solve). A pattern's
	 * upper bound is implied by its rows and left out here: a column resting at it would take a
	 * negative reduced cost that pricing finds again and again, and weaken the Lagrangian bound.
	 */
	solveLp(): LpSolution {
		if (this.patterns.length > 0)
			this.#model.changeColsBounds(
				{ kind: 'range', from: this.#first, to: this.#first + this.patterns.length - 1 },
				new Float64Array(this.patterns.length),
				new Float64Array(this.patterns.length).fill(Infinity)
			);
		this.#model.options.set({ solver: 'simplex' });
		this.#run();
		const { colValue, colDual, rowDual } = this.#model.getSolution();
		this.#reducedCost = colDual;
		let unmet = 0;
		for (let c = 0; c < this.#first; c++) unmet += colValue[c]!;
		let travel = 0;
		this.patterns.forEach((p, j) => (travel += colValue[this.#first + j]! * p.travel));
		return { objective: this.#model.getObjectiveValue(), colDual, rowDual, unmet, travel };
	}

	/**
	 * An integer solution by diving: solve the LP, keep the integer part of every column, round up
	 * the most used fractional one where its schools and group still have room, and solve again
	 * until the LP is integral (each step fixes at least one more day, so the steps are finite and
	 * the same on any machine). Returns every column's value (for `solveMilp` to start from).
	 */
	dive(): Float64Array {
		const numCols = this.#first + this.patterns.length;
		const lower = new Float64Array(numCols);
		const visitsLeft = this.instance.schools.map((s) => s.visits);
		const daysLeft = this.instance.staff.map((s) => s.days);
		const commit = (p: number, count: number) => {
			const pattern = this.patterns[p]!;
			lower[this.#first + p]! += count;
			daysLeft[pattern.staff]! -= count;
			for (const i of pattern.schools) visitsLeft[i]! -= count;
		};
		for (;;) {
			this.#model.changeColsBounds(
				{ kind: 'range', from: this.#first, to: numCols - 1 },
				lower.subarray(this.#first),
				this.#upper()
			);
			this.#model.options.set({ solver: 'simplex' });
			this.#run();
			// Cut short, the LP's values may break rows: the days fixed so far, the rest unmet.
			if (this.deadline.over()) return this.#withUnmet(lower);
			const { colValue } = this.#model.getSolution();
			let best = -1;
			let bestFraction = 0;
			let committed = false;
			for (let p = 0; p < this.patterns.length; p++) {
				const v = colValue[this.#first + p]!;
				const whole = Math.floor(v + 1e-6) - lower[this.#first + p]!;
				if (whole > 0) {
					commit(p, whole);
					committed = true;
				}
				const fraction = v - Math.floor(v + 1e-6);
				const pattern = this.patterns[p]!;
				if (
					fraction > 1e-6 &&
					fraction > bestFraction &&
					daysLeft[pattern.staff]! >= 1 &&
					pattern.schools.every((i) => visitsLeft[i]! >= 1)
				) {
					best = p;
					bestFraction = fraction;
				}
			}
			const integral = !colValue.subarray(this.#first).some((v) => Math.abs(v - Math.round(v)) > 1e-6);
			if (integral) return Float64Array.from(colValue, Math.round);
			if (!committed && best >= 0) commit(best, 1);
			else if (!committed) return this.#withUnmet(lower);
		}
	}

	/**
	 * Every column's value for the week working `worked` once each (added as columns here), the
	 * rest of each school's visits unmet: where `solveMilp` starts from to keep the week last edited.
	 */
	startWith(worked: readonly DayPattern[]): Float64Array {
		const from = this.patterns.length;
		this.add(worked);
		const value = new Float64Array(this.#first + this.patterns.length);
		worked.forEach((_, j) => (value[this.#first + from + j] = 1));
		return this.#withUnmet(value);
	}

	/**
	 * `value` (how often each pattern is worked, in its pattern columns) with each school's visits
	 * that no pattern makes in its unmet columns, spare visits first.
	 */
	#withUnmet(value: Float64Array): Float64Array {
		const made = new Array<number>(this.#nSchools).fill(0);
		this.patterns.forEach((p, j) => {
			for (const i of p.schools) made[i]! += value[this.#first + j]!;
		});
		this.instance.schools.forEach((s, i) => {
			const unmet = Math.max(0, s.visits - made[i]!);
			const extra = Math.min(unmet, s.visits - requiredVisits(s));
			value[this.#nSchools + i] = extra;
			value[i] = unmet - extra;
		});
		return value;
	}

	/**
	 * Prices every pattern column at its travel plus its drift from the week last edited, for the
	 * integer solve (an `lpBound` given to it must come from before, at travel alone).
	 */
	priceDrift(basis: Basis): void {
		if (basis.empty || this.patterns.length === 0) return;
		this.#model.changeColsCost(
			{ kind: 'range', from: this.#first, to: this.#first + this.patterns.length - 1 },
			Float64Array.from(this.patterns, (p) => p.travel + basis.drift(p))
		);
		this.#drift = basis.maxDrift;
	}

	#upperOf(p: DayPattern): number {
		return Math.min(this.instance.staff[p.staff]!.days, ...p.schools.map((i) => this.instance.schools[i]!.visits));
	}

	#upper(): Float64Array {
		return Float64Array.from(this.patterns, (p) => this.#upperOf(p));
	}

	/**
	 * Closes the patterns whose reduced cost in the last LP is above `minutes`, except those `start`
	 * works: a week rarely gains by them, and on a prefecture they are most of the columns, and most
	 * of HiGHS's work before its first branch. Only for a search whose bound comes from elsewhere
	 * (column generation's rounds): the solver's own bound no longer covers every column given.
	 */
	#keepNearLp(minutes: number, start: Float64Array | undefined): void {
		const upper = this.#upper();
		for (let j = 0; j < this.patterns.length; j++) {
			const c = this.#first + j;
			if ((this.#reducedCost[c] ?? 0) > minutes && !(start && start[c]! > 0.5)) upper[j] = 0;
		}
		this.#model.changeColsBounds(
			{ kind: 'range', from: this.#first, to: this.#first + this.patterns.length - 1 },
			new Float64Array(this.patterns.length),
			upper
		);
	}

	/**
	 * The integer assignment over the columns so far. `lpBound` (from column generation over every
	 * pattern) replaces the solver's own bound, which only covers the columns it was given. The
	 * search stops at `gap` or after `maxNodes` nodes of branch and bound, whichever comes first:
	 * a count of work, not of time, so that a busy or slow machine stops where a fast one does.
	 */
	solveMilp(options: {
		gap: number;
		maxNodes: number;
		/** Only patterns within this many minutes of reduced cost in the last LP (`#keepNearLp`). */
		nearLp?: number;
		lpBound?: number;
		start?: Float64Array;
		onProgress?: (best: number, bound: number) => void;
	}): Assignment {
		const model = this.#model;
		const numCols = this.#first + this.patterns.length;
		// The dive fixed lower bounds and the LP dropped the upper ones: the search gets the full
		// range of every pattern again, whatever ran before.
		if (this.patterns.length > 0)
			model.changeColsBounds(
				{ kind: 'range', from: this.#first, to: numCols - 1 },
				new Float64Array(this.patterns.length),
				this.#upper()
			);
		model.changeColsIntegrality(
			{ kind: 'range', from: 0, to: numCols - 1 },
			new Int32Array(numCols).fill(this.highs.constants.variableType.integer)
		);
		if (options.nearLp !== undefined) this.#keepNearLp(options.nearLp, options.start);
		// Last: a change of the model (bounds, integrality) drops the solution HiGHS was given.
		if (options.start) model.setSolution({ colValue: options.start });
		model.options.set({ mip_rel_gap: options.gap, mip_max_nodes: options.maxNodes, solver: 'choose' });
		const progress = options.onProgress;
		this.#run(
			progress
				? {
						[this.highs.constants.callbackType.mipInterrupt](event: {
							data: { objective_function_value?: number; mip_dual_bound?: number };
						}) {
							progress(event.data.objective_function_value ?? Infinity, event.data.mip_dual_bound ?? 0);
						}
					}
				: undefined
		);
		// Cut short by the deadline before it found a schedule: the one it was given to start from.
		const found = Number(model.info.get('primal_solution_status')) === this.highs.constants.solutionStatus.feasible;
		const colValue = found || !options.start ? model.getSolution().colValue : options.start;
		const n = this.#nSchools;
		const unmetRequired = Array.from(colValue.subarray(0, n), Math.round);
		const unmet = unmetRequired.map((u, i) => u + Math.round(colValue[n + i]!));
		const uses = Array.from(colValue.subarray(this.#first), Math.round);
		const travel = uses.reduce((t, u, p) => t + u * this.patterns[p]!.travel, 0);
		const priced = Array.from(colValue.subarray(0, this.#first)).reduce(
			(t, u, c) => t + Math.round(u) * this.#unmetPrice[c]!,
			0
		);
		// The solver's own bound covers the drift too, at most its price.
		const rawBound = options.lpBound ?? Number(model.info.get('mip_dual_bound')) - this.#drift;
		// The bound covers unmet visits at their price; what is left bounds the travel.
		const bound = Math.max(0, Math.min(travel, rawBound - priced));
		return { uses, unmet, unmetRequired, travel, bound, priced };
	}

	/**
	 * Turns the model into the LP "least travel with unmet visits costing at most `maxPriced` at
	 * their prices": its value is a lower bound on the travel of any schedule that leaves no more
	 * out (required visits weighing far more than wanted ones), much tighter than the priced bound
	 * when visits are short. Unmet visits cost nothing in it; every column is continuous again, with
	 * its full range.
	 */
	limitUnmet(maxPriced: number): void {
		const model = this.#model;
		const first = this.#first;
		const numCols = first + this.patterns.length;
		model.addRow(-Infinity, maxPriced, {
			indices: Int32Array.from({ length: first }, (_, i) => i),
			values: this.#unmetPrice
		});
		this.#extraRows++;
		model.changeColsCost({ kind: 'range', from: 0, to: first - 1 }, new Float64Array(first));
		if (this.#drift > 0)
			model.changeColsCost(
				{ kind: 'range', from: first, to: numCols - 1 },
				Float64Array.from(this.patterns, (p) => p.travel)
			);
		this.#drift = 0;
		if (this.patterns.length > 0)
			model.changeColsBounds(
				{ kind: 'range', from: first, to: numCols - 1 },
				new Float64Array(this.patterns.length),
				this.#upper()
			);
		model.changeColsIntegrality(
			{ kind: 'range', from: 0, to: numCols - 1 },
			new Int32Array(numCols).fill(this.highs.constants.variableType.continuous)
		);
	}

	dispose(): void {
		this.#model.dispose();
	}
}
