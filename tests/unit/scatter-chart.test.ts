/**
 * The compare scatter's option (src/lib/charts/scatter-chart.ts): every employer is one row of
 * values in the series of its colour, drawn in large mode; the picked ones are drawn again,
 * outlined, while the rest fade; a row's name (what a click and the tooltip go by) is its code.
 */
import { describe, expect, it } from 'vitest';
import { scatterOption, type ScatterPoint } from '../../src/lib/charts/scatter-chart';
import { COLOURS } from '../../src/lib/charts/theme';

const points: ScatterPoint[] = [
	{ code: 'A', name: '甲市', schools: 8, staff: 2 },
	{ code: 'B', name: '乙町', schools: 9, staff: 1 },
	{ code: 'C', name: '丙村', schools: 3, staff: 0 }
];
const labels = { schools: '学校数', staff: '支援員数', target: '目標', national: '全国', formatNumber: String };

interface Series {
	type: string;
	large?: boolean;
	data: unknown[];
	encode?: { itemName: number };
	itemStyle?: { color: string; opacity: number; borderWidth: number };
}
const seriesOf = (selected?: ReadonlySet<string>) =>
	(scatterOption(points, 4, 4.5, labels, selected) as { series: Series[] }).series;

describe('scatterOption', () => {
	it('puts each employer once in the large series of its colour, named by its code', () => {
		const large = seriesOf().filter((s) => s.large);
		expect(large.map((s) => s.itemStyle!.color)).toEqual([COLOURS.barAtTarget, COLOURS.target, COLOURS.bar]);
		expect(large.map((s) => s.data)).toEqual([[[8, 2, 'A']], [[3, 0, 'C']], [[9, 1, 'B']]]);
		for (const s of large) expect(s.encode!.itemName).toBe(2);
		expect(large.every((s) => s.itemStyle!.opacity === 0.85)).toBe(true);
		expect(
			seriesOf()
				.filter((s) => s.type === 'scatter' && !s.large)
				.flatMap((s) => s.data)
		).toEqual([]);
	});

	it('draws the picked ones again, outlined, and fades the rest', () => {
		const series = seriesOf(new Set(['B']));
		expect(series.filter((s) => s.large).every((s) => s.itemStyle!.opacity === 0.2)).toBe(true);
		const outlined = series.filter((s) => s.type === 'scatter' && !s.large);
		expect(outlined.flatMap((s) => s.data)).toEqual([[9, 1, 'B']]);
		expect(outlined.every((s) => s.itemStyle!.borderWidth === 2)).toBe(true);
	});

	it('names the employer of a row in its tooltip', () => {
		const { tooltip } = scatterOption(points, 4, 4.5, labels) as {
			tooltip: { formatter: (p: { name?: string }) => string };
		};
		expect(tooltip.formatter({ name: 'B' })).toContain('乙町');
		expect(tooltip.formatter({ name: 'Z' })).toBe('');
	});
});
