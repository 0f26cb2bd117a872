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

/** A point's colour: at the target, without staff, or short of the target. */
const STATUS_COLOURS = [COLOURS.barAtTarget, COLOURS.target, COLOURS.bar] as const;
const statusOf = (p: ScatterPoint, target: number): number =>
	p.staff > 0 && p.schools / p.staff <= target ? 0 : p.staff === 0 ? 1 : 2;
const SYMBOL_SIZE = 9;

/**
 * The points go as plain `[schools, staff, code]` rows in one series per colour, drawn in ECharts'
 * large mode (one path per series): at national scale (about 1,800 points) one object per point,
 * each with a style of its own, made every filter of the compare screen take hundreds of
 * milliseconds. The picked points are drawn again on top, outlined; the others fade meanwhile.
 * Every point is one size: the schools are already its x position.
 */
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
	const byCode = new Map(points.map((p) => [p.code, p]));
	const row = (p: ScatterPoint) => [p.schools, p.staff, p.code];
	const picking = selected.size > 0;
	const ofStatus = (status: number) => points.filter((p) => statusOf(p, target) === status);
	const dots = {
		type: 'scatter',
		name: labels.staff,
		symbolSize: SYMBOL_SIZE,
		// The code is each row's name: a click and the tooltip name the employer by it.
		encode: { x: 0, y: 1, itemName: 2 }
	};
	return {
		textStyle: { fontFamily: CHART_FONT, color: COLOURS.text },
		aria: { enabled: true },
		animation: false,
		legend: { top: 0, left: 'center', textStyle: { color: COLOURS.text } },
		grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
		tooltip: {
			trigger: 'item',
			formatter: (params: { name?: string }) => {
				const p = params.name === undefined ? undefined : byCode.get(params.name);
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
			// Only series with points: ECharts' large mode cannot draw an empty one.
			...STATUS_COLOURS.flatMap((color, status) => {
				const data = ofStatus(status).map(row);
				return data.length === 0
					? []
					: [
							{
								...dots,
								id: `dots-${status}`,
								large: true,
								largeThreshold: 0,
								itemStyle: { color, opacity: picking ? 0.2 : 0.85, borderColor: '#ffffff', borderWidth: 1 },
								data
							}
						];
			}),
			...STATUS_COLOURS.flatMap((color, status) => {
				const data = ofStatus(status)
					.filter((p) => selected.has(p.code))
					.map(row);
				return data.length === 0
					? []
					: [
							{
								...dots,
								id: `picked-${status}`,
								itemStyle: { color, opacity: 0.85, borderColor: COLOURS.text, borderWidth: 2 },
								data
							}
						];
			}),
			{
				id: 'target',
				type: 'line',
				name: labels.target,
				data: line(target),
				symbol: 'none',
				silent: true,
				lineStyle: { color: COLOURS.target, width: 2 },
				itemStyle: { color: COLOURS.target }
			},
			{
				id: 'national',
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
