/**
 * Staff-days spread over the schools: each school gets the visits of the policy, and the visits the
 * staff-days leave over go one by one to the school with the most students per visit (柏市: "each school 1–2
 * days a week"). So added staff mean more visit days where they help most. Schools whose visits
 * the user fixed, or island schools the policy serves remotely, keep their number.
 */
import { visitsPerWeek, type SchoolSize, type VisitPolicy } from '../schedule/visit-policy';

/** Spread visits stop at three a week (Monday, Wednesday, Friday at most); more is a policy decision. */
const MAX_SPREAD_VISITS = 3;

export function spreadVisits(
	schools: readonly SchoolSize[],
	policy: VisitPolicy,
	visitBudget: number
): Record<string, number> {
	const visits = schools.map((s) => visitsPerWeek(s, policy));
	const known = schools
		.map((s) => s.students)
		.filter((n): n is number => n !== null && n > 0)
		.sort((a, b) => a - b);
	const typical = known[Math.floor(known.length / 2)] ?? 1;
	const weight = schools.map((s) => (s.students !== null && s.students > 0 ? s.students : typical));
	const open = schools.map(
		(s) => policy.overrides[s.school_code] === undefined && !(s.island && policy.islandVisits !== null)
	);
	let spare = Math.floor(visitBudget) - visits.reduce((a, b) => a + b, 0);
	while (spare > 0) {
		let best = -1;
		for (let i = 0; i < schools.length; i++) {
			if (!open[i] || visits[i]! >= MAX_SPREAD_VISITS) continue;
			// Students per visit once this one is added; ties go to the first school in code order.
			const load = weight[i]! / (visits[i]! + 1);
			if (best < 0 || load > weight[best]! / (visits[best]! + 1)) best = i;
		}
		if (best < 0) break;
		visits[best]!++;
		spare--;
	}
	return Object.fromEntries(schools.map((s, i) => [s.school_code, visits[i]!]));
}
