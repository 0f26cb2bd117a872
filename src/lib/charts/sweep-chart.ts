/** Option of the staffing sweep: annual cost (bars, left axis) and p90 response time (line, right axis) by staff added. */
import type { EChartsCoreOption } from 'echarts/core';
import { CHART_FONT, COLOURS } from './theme';

export interface SweepDatum {
	added: number;
	costYen: number;
	p90Days: number;
}

export function sweepOption(
	points: readonly SweepDatum[],
	target: number,
	labels: { added: string; cost: string; p90: string; targetLine: string }
): EChartsCoreOption {
	return {
		textStyle: { fontFamily: CHART_FONT, color: COLOURS.text },
		aria: { enabled: true },
		animation: false,
		legend: { top: 0, left: 'center', itemGap: 16, textStyle: { color: COLOURS.text } },
		grid: { left: 8, right: 8, top: 64, bottom: 36, containLabel: true },
		tooltip: { trigger: 'axis' },
		xAxis: {
			type: 'category',
			name: labels.added,
			nameLocation: 'middle',
			nameGap: 28,
			data: points.map((p) => `+${p.added}`),
			axisLabel: { color: COLOURS.text }
		},
		yAxis: [
			{
				type: 'value',
				name: labels.cost,
				nameTextStyle: { align: 'left' },
				axisLabel: { color: COLOURS.axis },
				splitLine: { lineStyle: { color: COLOURS.grid } }
			},
			{
				type: 'value',
				name: labels.p90,
				nameTextStyle: { align: 'right' },
				min: 0,
				max: Math.ceil(Math.max(target, ...points.map((p) => p.p90Days).filter(Number.isFinite))) + 1,
				minInterval: 1,
				axisLabel: { color: COLOURS.axis },
				splitLine: { show: false }
			}
		],
		series: [
			{
				type: 'bar',
				name: labels.cost,
				yAxisIndex: 0,
				barMaxWidth: 32,
				itemStyle: { color: '#7096f8' },
				data: points.map((p) => Math.round(p.costYen / 1e5) / 10)
			},
			{
				type: 'line',
				name: labels.p90,
				yAxisIndex: 1,
				symbolSize: 8,
				lineStyle: { width: 3, color: COLOURS.bar },
				itemStyle: { color: COLOURS.bar },
				data: points.map((p) => p.p90Days),
				markLine: {
					symbol: 'none',
					silent: true,
					lineStyle: { color: COLOURS.target, type: 'dashed', width: 2 },
					label: { formatter: labels.targetLine, position: 'insideEndTop', color: COLOURS.target },
					data: [{ yAxis: target }]
				}
			}
		]
	};
}

/** The fewest staff added whose p90 is within the target; null when none of the sweep reaches it. */
export function staffForTarget(points: readonly SweepDatum[], target: number): SweepDatum | null {
	return [...points].sort((a, b) => a.added - b.added).find((p) => p.p90Days <= target) ?? null;
}
