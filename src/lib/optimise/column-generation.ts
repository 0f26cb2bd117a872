/**
 * Column generation for instances too large to list every pattern of every staff group (a
 * prefecture whose staff work from their own bases): the LP relaxation is solved over a few
 * patterns, and patterns whose reduced cost is negative under its duals are added until none is
 * left. Every round prices every day route a group can work (RouteSpace), not only routes among
 * nearby schools, so each round's duals also give a Lagrangian lower bound that holds for the whole
 * model (`travelBound`), converged or not: a run cut short keeps the best of them. The rounds stop
 * on convergence or after a number of rounds (work, not time: the same on any machine), or at the
 * model's deadline (the safety net). The integer solve over the patterns generated
 * (price-and-branch) gives the schedule.
 */
import type { AssignmentModel, LpSolution } from './assignment';
import { patternFor, type DayPattern, type RouteSpace } from './patterns';

export interface GenerationOptions {
	/** Start from each school's single visits by its nearest groups (the first run on a model). */
	seed: boolean;
	/** Stop adding columns after this many rounds; the bounds of the rounds so far still hold. */
	maxRounds: number;
	/** Columns added per group per round, most negative first. */
	perGroup: number;
	/** Stop once a round's bound is within this share of the LP's travel from the LP's value. */
	tolerance: number;
	/** The cap on unmet visits' price when the model is capped (`AssignmentModel.limitUnmet`). */
	cap?: number;
	onRound?: (round: number, objective: number) => void;
}

/**
 * What one round's duals prove. For school duals y (any values) and every staff group working at
 * most its days, no schedule costs less than Σ yᵢ·visitsᵢ + the pin duals + Σ groups days × the
 * least reduced cost of any of its routes (travel − Σ y of its schools, or 0), before the unmet
 * visits' share, which `travelBound` adds for a given cap.
 */
export interface Multipliers {
	constant: number;
	/** Each school's dual (0 for a school no route visits). */
	schools: Float64Array;
}

const NEGATIVE = -1e-6;
/** Nearest staff groups each school starts with. */
const SEED_GROUPS = 8;

/** The duals of `lp` as Lagrange multipliers, and the columns they price below zero. */
function price(
	model: AssignmentModel,
	space: RouteSpace,
	schools: readonly number[],
	lp: LpSolution,
	perGroup: number
): { multipliers: Multipliers; added: DayPattern[] } {
	const { instance } = space.table;
	const nStaff = instance.staff.length;
	const dual = new Float64Array(instance.schools.length);
	let constant = 0;
	for (const i of schools) {
		dual[i] = lp.rowDual[nStaff + i]!;
		constant += dual[i]! * instance.schools[i]!.visits;
	}
	// A pin asks for at least one visit: its dual counts only when it is ≥ 0.
	const pinDuals = instance.staff.map(() => new Map<number, number>());
	for (const pin of model.pinRows()) {
		const y = Math.max(0, lp.rowDual[pin.row]!);
		pinDuals[pin.staff]!.set(pin.school, y);
		constant += y;
	}
	const added: DayPattern[] = [];
	instance.staff.forEach((member, k) => {
		if (member.days <= 0) return;
		// The staff row is an upper bound: its dual is ≤ 0. It prices columns; the bound keeps the row.
		const staffDual = Math.min(0, lp.rowDual[k]!);
		const pins = pinDuals[k]!;
		let least = 0;
		let found: { schools: number[]; travel: number; rc: number }[] = [];
		// Only a column below the best kept so far is worth keeping once enough are.
		let worthy = staffDual + NEGATIVE;
		space.forEach(k, (path, length, travel) => {
			let rc = travel;
			for (let q = 0; q < length; q++) rc -= dual[path[q]!]! + (pins.size > 0 ? (pins.get(path[q]!) ?? 0) : 0);
			if (rc < least) least = rc;
			if (rc >= worthy) return;
			found.push({ schools: Array.from(path.subarray(0, length)), travel, rc });
			if (found.length < perGroup * 8) return;
			found = bestDistinct(found, perGroup * 2);
			worthy = Math.min(worthy, found[found.length - 1]!.rc);
		});
		constant += member.days * least;
		added.push(...bestDistinct(found, perGroup).map((f) => ({ staff: k, schools: f.schools, travel: f.travel })));
	});
	return { multipliers: { constant, schools: dual }, added };
}

/**
 * Multipliers that need no LP: each school at the least share of travel per school of any route
 * through it (that route is kept to start from). No route then has a negative reduced cost, so the bound is Σ shares × visits: weaker
 * than an LP's, but there before the first LP is solved, and never undone by duals that are still
 * far from converged (a school with visits unmet is priced at the unmet price until then).
 */
function routeShares(
	space: RouteSpace,
	schools: readonly number[]
): { multipliers: Multipliers; routes: DayPattern[] } {
	const { instance } = space.table;
	const share = new Float64Array(instance.schools.length).fill(Infinity);
	const route = new Map<number, DayPattern>();
	instance.staff.forEach((_, k) =>
		space.forEach(k, (path, length, travel) => {
			for (let q = 0; q < length; q++)
				if (travel / length < share[path[q]!]!) {
					share[path[q]!] = travel / length;
					route.set(path[q]!, { staff: k, schools: Array.from(path.subarray(0, length)), travel });
				}
		})
	);
	const shares = new Float64Array(instance.schools.length);
	let constant = 0;
	for (const i of schools)
		if (Number.isFinite(share[i]!)) {
			shares[i] = share[i]!;
			constant += shares[i]! * instance.schools[i]!.visits;
		}
	return { multipliers: { constant, schools: shares }, routes: [...new Set(route.values())] };
}

/** The `count` lowest reduced costs, one per set of schools (its best order has the lowest). */
function bestDistinct<T extends { schools: number[]; rc: number }>(found: T[], count: number): T[] {
	const seen = new Set<string>();
	return found
		.sort((a, b) => a.rc - b.rc)
		.filter((f) => {
			const key = [...f.schools].sort((a, b) => a - b).join(',');
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.slice(0, count);
}

/** The multipliers of every round (and the route shares first, on a seeded run), for `travelBound`. */
export function generateColumns(
	model: AssignmentModel,
	space: RouteSpace,
	schools: readonly number[],
	options: GenerationOptions
): Multipliers[] {
	const { table, pinned } = space;
	// Start from each school's route that costs least per school it visits, and its single visits by
	// its nearest staff groups: enough capacity for the first LP to serve the schools, so that its
	// duals price real travel rather than unmet visits (one LP round fewer on a prefecture).
	const shares = options.seed ? routeShares(space, schools) : null;
	if (shares) {
		const seed: DayPattern[] = [...shares.routes];
		for (const i of schools) {
			const candidates = table.instance.staff.flatMap((_, k) => patternFor(table, k, [i], pinned) ?? []);
			seed.push(...candidates.sort((a, b) => a.travel - b.travel).slice(0, SEED_GROUPS));
		}
		model.add(seed);
	}

	const multipliers: Multipliers[] = shares ? [shares.multipliers] : [];
	for (let round = 1; ; round++) {
		const lp = model.solveLp();
		options.onRound?.(round, lp.objective);
		const priced = price(model, space, schools, lp, options.perGroup);
		multipliers.push(priced.multipliers);
		// The last columns of a round rarely move the LP: its bound says when it is close enough.
		const bound =
			options.cap === undefined
				? pricedBound(model, priced.multipliers)
				: travelBound(model, priced.multipliers, options.cap);
		const converged = priced.added.length === 0 || lp.objective - bound <= options.tolerance * lp.travel;
		if (converged || round >= options.maxRounds || model.deadline.over()) return multipliers;
		model.add(priced.added);
	}
}

/** The Lagrangian bound of `multipliers` for the model as it is priced: unmet visits at their prices. */
function pricedBound(model: AssignmentModel, multipliers: Multipliers): number {
	return model
		.unmetColumns()
		.reduce((sum, c) => sum + c.upper * Math.min(0, c.price - multipliers.schools[c.school]!), multipliers.constant);
}

/**
 * The least travel of any schedule whose unmet visits, at the model's prices, cost at most `cap`
 * (the schedule found leaves that much): the Lagrangian bound of `multipliers` for the model where
 * unmet visits cost nothing but their priced total is capped. The cap's multiplier ν ≥ 0 is chosen
 * at its best: max over ν of −ν·cap − Σ units u·max(0, y − ν·price), a concave function whose
 * slope falls at each y ÷ price.
 */
export function travelBound(model: AssignmentModel, multipliers: Multipliers, cap: number): number {
	const units = model
		.unmetColumns()
		.map((c) => ({ count: c.upper, price: c.price, y: multipliers.schools[c.school]! }))
		.filter((u) => u.count > 0 && u.y > 0);
	const at = (nu: number) => -nu * cap - units.reduce((sum, u) => sum + u.count * Math.max(0, u.y - nu * u.price), 0);
	let slope = -cap + units.reduce((sum, u) => sum + (u.price > 0 ? u.count * u.price : 0), 0);
	let nu = 0;
	for (const u of units.filter((u) => u.price > 0).sort((a, b) => a.y / a.price - b.y / b.price)) {
		if (slope <= 0) break;
		nu = u.y / u.price;
		slope -= u.count * u.price;
	}
	return multipliers.constant + at(nu);
}
