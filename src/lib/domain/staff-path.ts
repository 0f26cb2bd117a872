/**
 * Staff over the fiscal years and the way to the plan's target (docs/domain.md, "Plan targets"):
 * the change from the year before, and how many more a year until the plan's last year.
 */
import { PLAN } from './plan';
import { staffNeeded as neededFor } from './placement';

export interface StaffYear {
	year: number;
	staff: number;
}

export interface StaffPath {
	years: StaffYear[];
	/**
	 * The dataset's year and the one before it that has figures; null when there is none. For a whole of several
	 * employers, `employers` says how many of them it compares (see `likeForLike`).
	 */
	change: { from: StaffYear; to: StaffYear; staff: number; employers?: { compared: number; of: number } } | null;
	/** The plan's target (staff needed), staff still to add by the plan's last year, and per year from the next one (0 when met). */
	toTarget: { byYear: number; needed: number; staff: number; perYear: number } | null;
}

export function staffPath(years: readonly StaffYear[], fiscalYear: number, staffNeeded: number): StaffPath {
	const sorted = [...years].sort((a, b) => a.year - b.year);
	const now = sorted.find((y) => y.year === fiscalYear) ?? null;
	const before = sorted.filter((y) => y.year < fiscalYear).at(-1) ?? null;
	const change = now && before ? { from: before, to: now, staff: now.staff - before.staff } : null;
	const short = now ? Math.max(0, staffNeeded - now.staff) : null;
	// The budget years left: from the next fiscal year up to the plan's last, at least one.
	const yearsLeft = Math.max(1, PLAN.lastFiscalYear - fiscalYear);
	const toTarget =
		short === null
			? null
			: { byYear: PLAN.lastFiscalYear, needed: staffNeeded, staff: short, perYear: Math.ceil(short / yearsLeft) };
	return { years: sorted, change, toTarget };
}

/** An employer's head count of the dataset's year and the schools it runs (every school type). */
export interface EmployerNow {
	code: string;
	staff: number;
	schools: number;
}

/**
 * Each employer's own path, as `staffPath` gives the whole (the compare screen's 前年度比 and the way to 2027): the
 * dataset's year is the employer's figure as every screen counts it, 0 when it has none, other years the head
 * counts entered for them; its target is ⌈its schools ÷ 4⌉. Where every employer has the year before, their changes sum to the whole's.
 */
export function employerStaffPaths(
	now: readonly EmployerNow[],
	otherYears: readonly (StaffYear & { code: string })[],
	fiscalYear: number
): Map<string, StaffPath> {
	const other = new Map<string, StaffYear[]>();
	for (const y of otherYears) {
		if (y.year === fiscalYear) continue;
		const list = other.get(y.code) ?? [];
		list.push({ year: y.year, staff: y.staff });
		other.set(y.code, list);
	}
	return new Map(
		now.map((e) => [
			e.code,
			staffPath([...(other.get(e.code) ?? []), { year: fiscalYear, staff: e.staff }], fiscalYear, neededFor(e.schools))
		])
	);
}

/**
 * The whole's change counted like for like: only the employers with a figure for the whole's year before, each by its
 * own change (the compare screen's 前年度比), so the whole's change is the sum of theirs and an employer entered for
 * one year only adds nothing to it — last year's survey of 3 municipalities against this year's 55 is a change of the
 * 3, not of the prefecture.
 */
export function likeForLike(whole: StaffPath, employers: ReadonlyMap<string, StaffPath>): StaffPath {
	if (!whole.change) return whole;
	const { from, to } = whole.change;
	const compared = [...employers.values()]
		.map((p) => p.change)
		.filter((c) => c !== null && c.from.year === from.year && c.to.year === to.year);
	const sum = (pick: (c: NonNullable<StaffPath['change']>) => number) => compared.reduce((n, c) => n + pick(c!), 0);
	return {
		...whole,
		change: {
			from: { year: from.year, staff: sum((c) => c.from.staff) },
			to: { year: to.year, staff: sum((c) => c.to.staff) },
			staff: sum((c) => c.staff),
			employers: { compared: compared.length, of: employers.size }
		}
	};
}
