/**
 * Which day patterns each staff member works in the week, how many times each: a MILP solved by
 * HiGHS. Every school gets its visits (or they are counted as unmet at a high price, so that the
 * solver explains a shortage instead of failing), no one works more days than their contract,
 * and total travel is as small as possible. Weekdays are chosen afterwards (placement.ts); the
 * MILP's bound is therefore a lower bound on the travel of any schedule.
 */
import type { Highs } from 'highs';
import type { ScheduleInstance } from '$lib/domain/schedule/types';
import type { DayPattern } from './patterns';

/** Minutes of travel an unmet visit is priced at: above any day's travel, so visits come first. */
export const UNMET_PRICE = 10_000;

export interface Assignment {
	/** How many days a week each pattern is worked, by index into the patterns given. */
	uses: number[];
	/** Unmet visits per school index. */
	unmet: number[];
	travel: number;
	/** Lower bound on travel for the same number of unmet visits. */
	bound: number;
	/** HiGHS proved the assignment optimal (within its tolerance). */
	optimal: boolean;
}

export interface AssignmentOptions {
	timeLimitSeconds: number;
	/** Relative gap at which HiGHS may stop. */
	gap: number;
	/** Solve the LP relaxation only (a bound, with fractional uses). */
	relax?: boolean;
	/** Called during the search with the best travel and bound so far. */
	onProgress?: (best: number, bound: number) => void;
}

export function assignPatterns(highs: Highs, instance: ScheduleInstance, patterns: readonly DayPattern[], options: AssignmentOptions): Assignment {
	const nSchools = instance.schools.length;
	const nStaff = instance.staff.length;
	const nPatterns = patterns.length;
	const pinnedStaff = new Map<number, Set<number>>();
	const staffIndex = new Map(instance.staff.map((s, k) => [s.id, k]));
	const schoolIndex = new Map(instance.schools.map((s, i) => [s.id, i]));
	for (const pin of instance.pins) {
		const i = schoolIndex.get(pin.school);
		const k = pin.staff ? staffIndex.get(pin.staff) : undefined;
		if (i !== undefined && k !== undefined) pinnedStaff.set(i, (pinnedStaff.get(i) ?? new Set()).add(k));
	}
	const pinRows = [...pinnedStaff].flatMap(([i, ks]) => [...ks].map((k) => ({ i, k })));

	// Rows: staff days (≤ days), school visits (= visits, with the unmet column), pins (≥ 1).
	const rowLower: number[] = [];
	const rowUpper: number[] = [];
	for (const s of instance.staff) {
		rowLower.push(-Infinity);
		rowUpper.push(s.days);
	}
	for (const s of instance.schools) {
		rowLower.push(s.visits);
		rowUpper.push(s.visits);
	}
	for (const _ of pinRows) {
		rowLower.push(1);
		rowUpper.push(Infinity);
	}
	const schoolRow = (i: number) => nStaff + i;
	const pinRow = new Map(pinRows.map((p, r) => [`${p.i},${p.k}`, nStaff + nSchools + r]));

	const starts = [0];
	const indices: number[] = [];
	const values: number[] = [];
	const colCost: number[] = [];
	const colUpper: number[] = [];
	for (const p of patterns) {
		const rows = [p.staff, ...p.schools.map(schoolRow), ...p.schools.flatMap((i) => pinRow.get(`${i},${p.staff}`) ?? [])];
		rows.sort((a, b) => a - b);
		for (const r of rows) {
			indices.push(r);
			values.push(1);
		}
		starts.push(indices.length);
		colCost.push(p.travel);
		colUpper.push(Math.min(instance.staff[p.staff]!.days, ...p.schools.map((i) => instance.schools[i]!.visits)));
	}
	for (let i = 0; i < nSchools; i++) {
		indices.push(schoolRow(i));
		values.push(1);
		starts.push(indices.length);
		colCost.push(UNMET_PRICE);
		colUpper.push(instance.schools[i]!.visits);
	}
	const numCols = nPatterns + nSchools;
	const model = highs.createModel({
		numCols,
		numRows: rowLower.length,
		colCost,
		colLower: new Float64Array(numCols),
		colUpper,
		rowLower,
		rowUpper,
		matrix: { format: 'csc', numRows: rowLower.length, numCols, starts, indices, values },
		integrality: options.relax ? undefined : new Int32Array(numCols).fill(1)
	});
	try {
		model.options.set({ output_flag: false, time_limit: options.timeLimitSeconds, mip_rel_gap: options.gap });
		const progress = options.onProgress;
		model.run(
			progress
				? {
						[highs.constants.callbackType.mipInterrupt](event: { data: { objective_function_value?: number; mip_dual_bound?: number } }) {
							progress(event.data.objective_function_value ?? Infinity, event.data.mip_dual_bound ?? 0);
						}
					}
				: undefined
		);
		const { colValue } = model.getSolution();
		const uses = Array.from(colValue.subarray(0, nPatterns), (v) => (options.relax ? v : Math.round(v)));
		const unmet = Array.from(colValue.subarray(nPatterns), (v) => (options.relax ? v : Math.round(v)));
		const travel = uses.reduce((t, u, p) => t + u * patterns[p]!.travel, 0);
		const unmetTotal = unmet.reduce((a, b) => a + b, 0);
		const status = model.getModelStatus();
		const optimal = status === highs.constants.modelStatus.optimal;
		const rawBound = options.relax ? model.getObjectiveValue() : Number(model.info.get('mip_dual_bound'));
		// The bound covers unmet visits at their price; what is left bounds the travel.
		const bound = Math.max(0, Math.min(travel, rawBound - unmetTotal * UNMET_PRICE));
		return { uses, unmet, travel, bound, optimal };
	} finally {
		model.dispose();
	}
}
