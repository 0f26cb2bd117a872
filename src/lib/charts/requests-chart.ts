/** Option of the support requests chart: one stacked bar per fiscal month, one colour per category. */
import type { EChartsCoreOption } from 'echarts/core';
import { FISCAL_MONTHS } from '$lib/domain/fiscal-year';
import { REQUEST_CATEGORIES, type RequestCategory } from '$lib/domain/tables';
import { CATEGORY_COLOURS, CHART_FONT, COLOURS } from './theme';

export interface MonthCategoryCount {
	month: number;
	category: RequestCategory;
	requests: number;
}

/** Counts laid out as [category][fiscal month index], zero where nothing arrived. */
export function requestMatrix(rows: readonly MonthCategoryCount[]): number[][] {
	const matrix = REQUEST_CATEGORIES.map(() => FISCAL_MONTHS.map(() => 0));
	for (const r of rows) {
		const c = REQUEST_CATEGORIES.indexOf(r.category);
		const m = FISCAL_MONTHS.indexOf(r.month as (typeof FISCAL_MONTHS)[number]);
		if (c >= 0 && m >= 0) matrix[c]![m]! += r.requests;
	}
	return matrix;
}

export function requestsOption(
	rows: readonly MonthCategoryCount[],
	labels: { month: (m: number) => string; category: Record<RequestCategory, string>; unit: string }
): EChartsCoreOption {
	const matrix = requestMatrix(rows);
	return {
		textStyle: { fontFamily: CHART_FONT, color: COLOURS.text },
		aria: { enabled: true },
		animation: false,
		color: [...CATEGORY_COLOURS],
		legend: { bottom: 0, left: 'center', itemGap: 16, textStyle: { color: COLOURS.text } },
		grid: { left: 8, right: 16, top: 32, bottom: 40, containLabel: true },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
		xAxis: {
			type: 'category',
			data: FISCAL_MONTHS.map(labels.month),
			axisTick: { alignWithLabel: true },
			axisLabel: { color: COLOURS.text }
		},
		yAxis: {
			type: 'value',
			name: labels.unit,
			axisLabel: { color: COLOURS.axis },
			splitLine: { lineStyle: { color: COLOURS.grid } }
		},
		series: REQUEST_CATEGORIES.map((c, i) => ({
			type: 'bar',
			stack: 'requests',
			name: labels.category[c],
			barMaxWidth: 36,
			data: matrix[i]
		}))
	};
}
