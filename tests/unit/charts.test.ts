import { describe, expect, it } from 'vitest';
import { rankForChart, rankingOption } from '../../src/lib/charts/ranking-chart';
import { requestMatrix } from '../../src/lib/charts/requests-chart';

const labels = {
	target: '目標 4',
	national: '全国 4.5',
	notDeployed: '未配置',
	schools: '学校数',
	staff: '支援員数',
	perStaff: '校/人',
	formatNumber: (v: number, d = 0) => v.toFixed(d)
};

describe('ranking chart', () => {
	it('ranks best coverage first and employers without staff last', () => {
		const ranked = rankForChart([
			{ name: 'c', schoolsPerStaff: null, schools: 3, staff: 0 },
			{ name: 'a', schoolsPerStaff: 5, schools: 10, staff: 2 },
			{ name: 'b', schoolsPerStaff: 3, schools: 6, staff: 2 }
		]);
		expect(ranked.map((r) => r.name)).toEqual(['b', 'a', 'c']);
	});

	it('draws the target and national lines and escapes names in tooltips', () => {
		const option = rankingOption(
			[{ name: '<img src=x onerror=alert(1)>町', schoolsPerStaff: 4.5, schools: 9, staff: 2 }],
			4,
			4.5,
			labels
		) as {
			series: { markLine: { data: { xAxis: number }[] } }[];
			tooltip: { formatter: (p: { dataIndex: number }[]) => string };
		};
		expect(option.series[0]!.markLine.data.map((d) => d.xAxis)).toEqual([4, 4.5]);
		const html = option.tooltip.formatter([{ dataIndex: 0 }]);
		expect(html).not.toContain('<img');
		expect(html).toContain('&#60;img');
		expect(html).toContain('4.50 校/人');
	});
});

describe('requests chart', () => {
	it('lays counts out by category and fiscal month, April first', () => {
		const m = requestMatrix([
			{ month: 4, category: 'lesson', requests: 5 },
			{ month: 3, category: 'training', requests: 2 },
			{ month: 4, category: 'lesson', requests: 1 }
		]);
		expect(m[0]![0]).toBe(6);
		expect(m[3]![11]).toBe(2);
		expect(m.flat().reduce((a, b) => a + b, 0)).toBe(8);
	});
});

describe('chart export framing', async () => {
	const { framedOption, drawnText } = await import('../../src/lib/charts/chart-export');
	const { exportFileName } = await import('../../src/lib/ui/download');
	const { requestsOption } = await import('../../src/lib/charts/requests-chart');
	const option = requestsOption([{ month: 4, category: 'lesson', requests: 3 }], {
		month: (m) => `${m}月`,
		category: { lesson: '授業支援', admin: '校務支援', environment: '環境整備', training: '校内研修' },
		unit: '件'
	});

	it('adds the title and the source, moves the legend beside the title, keeps the series', () => {
		const framed = framedOption(option, {
			title: '月別の支援依頼件数',
			source: '出典: サンプル（令和7年度）'
		}) as Record<string, unknown>;
		expect((framed.title as { text: string }).text).toBe('月別の支援依頼件数');
		expect(JSON.stringify(framed.graphic)).toContain('出典: サンプル（令和7年度）');
		expect(framed.legend).toMatchObject({ top: 16, bottom: 'auto' });
		expect(framed.series).toBe((option as Record<string, unknown>).series);
		expect(framed.backgroundColor).toBe('#ffffff');
	});

	it('lists every character drawn, so the font subsets can be loaded first', () => {
		const text = drawnText(framedOption(option, { title: '図', source: '出典' }));
		for (const c of '図出典授業支援4月件') expect(text).toContain(c);
	});

	it('names files with the fiscal year', () => {
		expect(exportFileName('schools-per-staff', 2025, 'png')).toBe('haichi-schools-per-staff-FY2025.png');
		expect(exportFileName('x', null, 'csv')).toBe('haichi-x.csv');
	});
});
