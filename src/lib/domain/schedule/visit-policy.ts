/**
 * How many days a week each school is visited: a base number, more for large schools, a number of
 * hours a week as in Kyoto (10 hours per prefectural school), fewer visits for island schools
 * (served remotely the rest of the time), and per-school overrides. Always 0–5 days.
 */
export interface VisitPolicy {
	/** Visits per week for every school, unless a rule below says otherwise. */
	baseVisits: number;
	/** Large schools get extra visits: at or above `threshold` classes (or students). */
	large: { by: 'classes' | 'students'; threshold: number; extraVisits: number } | null;
	/** Instead of `baseVisits`: hours on site per week, a visit being `hoursPerVisit` long. */
	hoursPerWeek: { hours: number; hoursPerVisit: number } | null;
	/** Island schools get this many visits (the rest is remote support). */
	islandVisits: number | null;
	/** school_code → visits per week, over every rule. */
	overrides: Readonly<Record<string, number>>;
}

export interface SchoolSize {
	school_code: string;
	classes: number | null;
	students: number | null;
	island: boolean | null;
}

/** Assumption shown as such and editable: one visit a week, a second for schools of 18+ classes (柏市: 1–2 days). */
export const DEFAULT_VISIT_POLICY: VisitPolicy = {
	baseVisits: 1,
	large: { by: 'classes', threshold: 18, extraVisits: 1 },
	hoursPerWeek: null,
	islandVisits: null,
	overrides: {}
};

const clampDays = (n: number) => Math.max(0, Math.min(5, Math.round(n)));

export function visitsPerWeek(school: SchoolSize, policy: VisitPolicy): number {
	const override = policy.overrides[school.school_code];
	if (override !== undefined) return clampDays(override);
	if (school.island && policy.islandVisits !== null) return clampDays(policy.islandVisits);
	let visits = policy.hoursPerWeek
		? Math.ceil(policy.hoursPerWeek.hours / policy.hoursPerWeek.hoursPerVisit)
		: policy.baseVisits;
	const size = policy.large && (policy.large.by === 'classes' ? school.classes : school.students);
	if (policy.large && size !== null && size !== undefined && size >= policy.large.threshold)
		visits += policy.large.extraVisits;
	return clampDays(visits);
}
