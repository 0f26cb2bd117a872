/**
 * Staff-days spread over the schools: each school gets the visits of the policy, and the visits the
 * staff-days leave over go one by one to the school with the most need per visit — its expected
 * requests where they are known, else its pupils — up to two a week (柏市: "each school 1–2 days a
 * week"). So added staff mean more visit days where they help most; staff-days left after that
 * are days at the base on remote support (docs/domain.md, "One staff-day"). Schools whose visits
 * the user fixed, or island schools the policy serves remotely, keep their number.
 */
import { visitsPerWeek, type SchoolSize, type VisitPolicy } from '../schedule/visit-policy';

/**
 * Spread visits stop at two a week: a third must fall on Monday, Wednesday and Friday, which a
 * week of shared routes often cannot give every school, so a third is a policy decision.
 */
const MAX_SPREAD_VISITS = 2;

export function spreadVisits(
	schools: readonly SchoolSize[],
	policy: VisitPolicy,
	visitBudget: number,
	need?: ReadonlyMap<string, number>
): Record<string, number> {
	const visits = schools.map((s) => visitsPerWeek(s, policy));
	// A pupil count of 0 is no count; expected requests of 0 are a school known to ask nothing.
	const own = schools.map((s) =>
		need ? (need.get(s.school_code) ?? null) : s.students !== null && s.students > 0 ? s.students : null
	);
	const known = own.filter((n): n is number => n !== null && n > 0).sort((a, b) => a - b);
	const typical = known[Math.floor(known.length / 2)] ?? 1;
	const weight = own.map((n) => (n === null ? typical : Math.max(n, 1e-9)));
	const open = schools.map(
		(s) => policy.overrides[s.school_code] === undefined && !(s.island && policy.islandVisits !== null)
	);
	let spare = Math.floor(visitBudget) - visits.reduce((a, b) => a + b, 0);
	while (spare > 0) {
		let best = -1;
		for (let i = 0; i < schools.length; i++) {
			if (!open[i] || visits[i]! >= MAX_SPREAD_VISITS) continue;
			// Need per visit once this one is added; ties go to the first school in code order.
			const load = weight[i]! / (visits[i]! + 1);
			if (best < 0 || load > weight[best]! / (visits[best]! + 1)) best = i;
		}
		if (best < 0) break;
		visits[best]!++;
		spare--;
	}
	return Object.fromEntries(schools.map((s, i) => [s.school_code, visits[i]!]));
}
