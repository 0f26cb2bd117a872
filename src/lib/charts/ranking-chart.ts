/** Option of the ranking chart: employers by schools per staff, with the target and national lines. */
import type { EChartsCoreOption } from 'echarts/core';
import type { Messages } from '$lib/i18n/ja';
import { staffDigits } from '$lib/domain/compare';
import { compareJa } from '$lib/domain/collate';
import { CHART_FONT, COLOURS, escapeHtml } from './theme';

export interface RankingRow {
	/** Names the bar for a click (the employer code); the name when absent. */
	code?: string;
	name: string;
	/** null: the employer deploys no staff. */
	schoolsPerStaff: number | null;
	schools: number;
	staff: number;
}

export interface RankingLabels {
	target: string;
	national: string;
	notDeployed: string;
	schools: string;
	staff: string;
	perStaff: string;
	formatNumber: (value: number, digits?: number) => string;
}

/** The labels of the ranking where municipalities are compared (the compare screen, the budget pack). */
export const compareRankingLabels = (m: Messages, formatNumber: RankingLabels['formatNumber']): RankingLabels => ({
	target: m.overview.target,
	national: m.overview.national,
	notDeployed: m.overview.charts.notDeployed,
	schools: m.compare.column.schools,
	staff: m.compare.column.staff,
	perStaff: m.overview.perStaffUnit,
	formatNumber
});

/** Furthest from the target first, as worstFirst orders them. */
function worseThan(a: RankingRow, b: RankingRow): number {
	if (a.schoolsPerStaff === null || b.schoolsPerStaff === null)
		return a.schoolsPerStaff === null
			? b.schoolsPerStaff === null
				? b.schools - a.schools || compareJa(a.name, b.name)
				: -1
			: 1;
	return b.schoolsPerStaff - a.schoolsPerStaff || compareJa(a.name, b.name);
}

/**
 * Furthest from the target first: employers that deploy no one (marked 未配置; the most schools
 * first), then the most schools per staff member. With `limit`, only that many of the first: a
 * national set's 1,800 rows are each compared with the last one kept rather than sorted whole, on
 * every filter, for the chart's 40 bars.
 */
export function worstFirst(rows: readonly RankingRow[], limit = Infinity): RankingRow[] {
	if (rows.length <= limit) return [...rows].sort(worseThan);
	const kept: RankingRow[] = [];
	for (const row of rows) {
		if (kept.length === limit && worseThan(row, kept[limit - 1]!) >= 0) continue;
		let low = 0;
		let high = kept.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if (worseThan(row, kept[mid]!) < 0) high = mid;
			else low = mid + 1;
		}
		kept.splice(low, 0, row);
		if (kept.length > limit) kept.pop();
	}
	return kept;
}

/** Best coverage first; employers without staff last, as they have no ratio to rank. */
export function rankForChart(rows: readonly RankingRow[]): RankingRow[] {
	return [...rows].sort((a, b) => {
		if (a.schoolsPerStaff === null || b.schoolsPerStaff === null)
			return a.schoolsPerStaff === null ? (b.schoolsPerStaff === null ? compareJa(a.name, b.name) : 1) : -1;
		return a.schoolsPerStaff - b.schoolsPerStaff || compareJa(a.name, b.name);
	});
}

/**
 * `selected` (codes) are drawn in full and the others faded, so that a selection made in another
 * view shows here too; `worstFirst` puts those furthest from the target at the top. `fadedOpacity`
 * and `everyName` are for print: on paper in grey, bars faded as on screen all but vanish, and a
 * page cannot show the names ECharts leaves out to save room.
 */
export function rankingOption(
	rows: readonly RankingRow[],
	target: number,
	national: number,
	labels: RankingLabels,
	view: { selected?: ReadonlySet<string>; worstFirst?: boolean; fadedOpacity?: number; everyName?: boolean } = {}
): EChartsCoreOption {
	const ranked = view.worstFirst ? worstFirst(rows) : rankForChart(rows);
	const faded = (r: RankingRow) => (view.selected?.size ?? 0) > 0 && !view.selected!.has(r.code ?? r.name);
	// Categories run top to bottom, so the axis is inverted.
	return {
		textStyle: { fontFamily: CHART_FONT, color: COLOURS.text },
		aria: { enabled: true },
		animation: false,
		grid: { left: 8, right: 72, top: 44, bottom: 8, containLabel: true },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			formatter: (params: { dataIndex: number }[]) => {
				const row = ranked[params[0]?.dataIndex ?? 0];
				if (!row) return '';
				const ratio =
					row.schoolsPerStaff === null
						? labels.notDeployed
						: `${labels.formatNumber(row.schoolsPerStaff, 2)} ${labels.perStaff}`;
				return `<strong>${escapeHtml(row.name)}</strong><br>${escapeHtml(ratio)}<br>${escapeHtml(labels.schools)}: ${labels.formatNumber(row.schools)} / ${escapeHtml(labels.staff)}: ${labels.formatNumber(row.staff, staffDigits(row.staff))}`;
			}
		},
		xAxis: {
			type: 'value',
			position: 'bottom',
			name: labels.perStaff,
			nameLocation: 'end',
			nameGap: 8,
			axisLabel: { color: COLOURS.axis },
			splitLine: { lineStyle: { color: COLOURS.grid } }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: ranked.map((r) => r.name),
			axisTick: { show: false },
			axisLabel: { color: COLOURS.text, fontSize: 12, ...(view.everyName ? { interval: 0 } : {}) }
		},
		series: [
			{
				id: 'ranking',
				type: 'bar',
				name: labels.perStaff,
				barMaxWidth: 16,
				data: ranked.map((r) => ({
					name: r.code ?? r.name,
					value: r.schoolsPerStaff ?? 0,
					itemStyle: {
						color: r.schoolsPerStaff !== null && r.schoolsPerStaff <= target ? COLOURS.barAtTarget : COLOURS.bar,
						opacity: faded(r) ? (view.fadedOpacity ?? 0.3) : 1
					},
					label: {
						show: true,
						position: 'right',
						color: r.schoolsPerStaff === null ? COLOURS.target : COLOURS.text,
						fontWeight: r.schoolsPerStaff === null ? 'bold' : 'normal',
						formatter: () =>
							r.schoolsPerStaff === null ? labels.notDeployed : labels.formatNumber(r.schoolsPerStaff, 1)
					}
				})),
				markLine: {
					symbol: 'none',
					silent: true,
					data: [
						{
							xAxis: target,
							lineStyle: { color: COLOURS.target, type: 'solid', width: 2 },
							label: {
								formatter: labels.target,
								color: COLOURS.target,
								fontWeight: 'bold',
								position: 'start',
								distance: 22
							}
						},
						{
							xAxis: national,
							lineStyle: { color: COLOURS.national, type: 'dashed', width: 2 },
							label: { formatter: labels.national, color: COLOURS.national, position: 'start', distance: 6 }
						}
					]
				}
			}
		]
	};
}
