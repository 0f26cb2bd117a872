/** Option of the response-time-by-month chart: one line per scenario, p90 wait of the month's arrivals. */
import type { EChartsCoreOption } from 'echarts/core';
import { FISCAL_MONTHS } from '$lib/domain/fiscal-year';
import type { MonthWaits } from '$lib/domain/demand';
import { CATEGORY_COLOURS, CHART_FONT, COLOURS } from './theme';

export interface MonthSeries {
	name: string;
	months: readonly MonthWaits[];
}

/** The baseline in dark grey, then the scenarios in the colour-blind-safe palette; dashes tell them apart in print. */
const LINE_STYLES = ['solid', 'dashed', 'dotted', 'dashed', 'dotted'] as const;

export function responseByMonthOption(
	series: readonly MonthSeries[],
	labels: { month: (m: number) => string; unit: string }
): EChartsCoreOption {
	return {
		textStyle: { fontFamily: CHART_FONT, color: COLOURS.text },
		aria: { enabled: true },
		animation: false,
		color: [COLOURS.national, ...CATEGORY_COLOURS],
		legend: { bottom: 0, left: 'center', itemGap: 16, textStyle: { color: COLOURS.text } },
		grid: { left: 8, right: 16, top: 32, bottom: 40, containLabel: true },
		tooltip: { trigger: 'axis' },
		xAxis: { type: 'category', data: FISCAL_MONTHS.map(labels.month), axisLabel: { color: COLOURS.text } },
		yAxis: {
			type: 'value',
			name: labels.unit,
			minInterval: 1,
			axisLabel: { color: COLOURS.axis },
			splitLine: { lineStyle: { color: COLOURS.grid } }
		},
		series: series.map((s, i) => ({
			type: 'line',
			name: s.name,
			step: 'middle',
			symbolSize: 6,
			lineStyle: { width: i === 0 ? 3 : 2, type: LINE_STYLES[i % LINE_STYLES.length] },
			data: s.months.map((m) => (Number.isFinite(m.p90Days) ? m.p90Days : null))
		}))
	};
}
