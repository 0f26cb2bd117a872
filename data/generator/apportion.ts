/** Largest-remainder apportionment: integer shares of a total in proportion to weights, ties to the first. */
export function apportion(total: number, weights: readonly number[]): number[] {
	const sum = weights.reduce((a, b) => a + b, 0);
	if (weights.length === 0) return [];
	if (sum <= 0) throw new RangeError('apportion: weights must have a positive sum');
	const exact = weights.map((w) => (total * w) / sum);
	const out = exact.map(Math.floor);
	let left = total - out.reduce((a, b) => a + b, 0);
	const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
	for (const { i } of order) {
		if (left <= 0) break;
		out[i]!++;
		left--;
	}
	return out;
}
