/**
 * What the budget pack (予算要求資料) decides for itself, beyond the scenario's figures: which 年度
 * its cost runs over, and which of the effects have anything to tell a reader.
 */
import { PLAN } from './plan';
import { schoolsPerStaff } from './placement';

/**
 * The 年度 from the requested one to the plan's last, each costing the scenario's annual cost; empty
 * when the request is for a year after the plan period, which the pack then says.
 */
export function yearsToPlanEnd(budgetYear: number): number[] {
	if (budgetYear > PLAN.lastFiscalYear) return [];
	return Array.from({ length: PLAN.lastFiscalYear - budgetYear + 1 }, (_, i) => budgetYear + i);
}

/**
 * Whether an effect row says anything: not when both sides read as zero in the row's own format
 * (no request ever waits a day, before or after) or when neither side has a value.
 */
export function informative(before: number, after: number, shown: (n: number) => string): boolean {
	if (!Number.isFinite(before) && !Number.isFinite(after)) return false;
	const zero = shown(0);
	return shown(before) !== zero || shown(after) !== zero;
}

/**
 * Where an employer stands in its prefecture by schools per staff member, fewest first (the order
 * of the pack's ranking chart): 1 + the employers that cover their schools better; employers
 * without staff have no ratio and come last, together. Null when the code is not among them.
 */
export function rankInPrefecture(
	employers: readonly { code: string; schools: number; staff: number }[],
	code: string
): { rank: number; of: number } | null {
	const ratio = (e: { schools: number; staff: number }) => schoolsPerStaff(e.schools, e.staff) ?? Infinity;
	const own = employers.find((e) => e.code === code);
	if (!own) return null;
	const mine = ratio(own);
	return { rank: 1 + employers.filter((e) => ratio(e) < mine).length, of: employers.length };
}
