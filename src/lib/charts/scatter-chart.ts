/** Option of the compare scatter: schools against staff per employer, with the 1:4 target and the national 1:4.5 lines. */
import type { EChartsCoreOption } from 'echarts/core';
import { staffDigits } from '$lib/domain/compare';
import { CHART_FONT, COLOURS, escapeHtml } from './theme';

export interface ScatterPoint {
	code: string;
	name: string;
	schools: number;
	staff: number;
}

export interface ScatterLabels {
	schools: string;
	staff: string;
	target: string;
	national: string;
	formatNumber: (value: number, digits?: number) => string;
}

export function scatterOption(
	points: readonly ScatterPoint[],
	target: number,
	national: number,
	labels: ScatterLabels,
	selected: ReadonlySet<string> = new Set()
): EChartsCoreOption {
	const maxSchools = Math.max(4, ...points.map((p) => p.schools));
	const line = (perStaff: number) => [
		[0, 0],
		[maxSchools, maxSchools / perStaff]
	];
	const faded = (p: ScatterPoint) => selected.size > 0 && !selected.has(p.code);
	return {
		textStyle: { fontFamily: CHART_FONT, color: COLOURS.text },
		aria: { enabled: true },
		animation: false,
		legend: { top: 0, left: 'center', textStyle: { color: COLOURS.text } },
		grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
		tooltip: {
			trigger: 'item',
			formatter: (params: { data?: { name?: string; value?: number[] }; seriesType?: string }) => {
				const p = points.find((q) => q.code === params.data?.name);
				if (!p) return '';
				return `<strong>${escapeHtml(p.name)}</strong><br>${escapeHtml(labels.schools)}: ${labels.formatNumber(p.schools)}<br>${escapeHtml(labels.staff)}: ${labels.formatNumber(p.staff, staffDigits(p.staff))}`;
			}
		},
		xAxis: {
			type: 'value',
			name: labels.schools,
			nameLocation: 'middle',
			nameGap: 28,
			min: 0,
			axisLabel: { color: COLOURS.axis },
			splitLine: { lineStyle: { color: COLOURS.grid } }
		},
		yAxis: {
			type: 'value',
			name: labels.staff,
			nameTextStyle: { align: 'left' },
			min: 0,
			axisLabel: { color: COLOURS.axis },
			splitLine: { lineStyle: { color: COLOURS.grid } }
		},
		series: [
			{
				type: 'scatter',
				name: labels.staff,
				symbolSize: (value: number[]) => 7 + Math.min(9, Math.sqrt(value[0] ?? 0)),
				data: points.map((p) => ({
					name: p.code,
					value: [p.schools, p.staff],
					itemStyle: {
						color:
							p.staff > 0 && p.schools / p.staff <= target
								? COLOURS.barAtTarget
								: p.staff === 0
									? COLOURS.target
									: COLOURS.bar,
						opacity: faded(p) ? 0.2 : 0.85,
						borderColor: selected.has(p.code) ? COLOURS.text : '#ffffff',
						borderWidth: selected.has(p.code) ? 2 : 1
					}
				}))
			},
			{
				type: 'line',
				name: labels.target,
				data: line(target),
				symbol: 'none',
				silent: true,
				lineStyle: { color: COLOURS.target, width: 2 },
				itemStyle: { color: COLOURS.target }
			},
			{
				type: 'line',
				name: labels.national,
				data: line(national),
				symbol: 'none',
				silent: true,
				lineStyle: { color: COLOURS.national, width: 2, type: 'dashed' },
				itemStyle: { color: COLOURS.national }
			}
		]
	};
}
