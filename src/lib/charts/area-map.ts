/**
 * Option of the compare screen's choropleth: each municipality's area, coloured as the circles of
 * the point map are (target met, short of it, no staff), on ECharts' own map series over the
 * built-in boundaries (docs/reference-data.md). The areas are named by their 6-digit codes.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { staffDigits, type CompareRow } from '$lib/domain/compare';
import { CHART_FONT, COLOURS, escapeHtml } from './theme';

export type StaffStatus = 'met' | 'short' | 'none';

/** Either compare map's colour of an employer: 'no staff' by head count, as the list of those deploying none says it; else short of the target or not. */
export const staffStatus = (r: Pick<CompareRow, 'staffHeadcount' | 'gap'>): StaffStatus =>
	r.staffHeadcount === 0 ? 'none' : r.gap > 0 ? 'short' : 'met';

export const STAFF_STATUS_COLOURS: Record<StaffStatus, string> = { met: '#197a4b', short: '#e2a300', none: '#c0111f' };
/** An area the filters leave out: drawn, so the prefecture keeps its shape, and passed over. */
const OUT_OF_VIEW = '#e6e6e9';

export interface AreaMapLabels {
	schools: string;
	staff: string;
	gap: string;
	status: Record<StaffStatus, string>;
	formatNumber: (value: number, digits?: number) => string;
}

export function areaMapOption(
	mapName: string,
	rows: readonly CompareRow[],
	labels: AreaMapLabels,
	selected: ReadonlySet<string> = new Set()
): EChartsCoreOption {
	const byCode = new Map(rows.map((r) => [r.code, r]));
	const faded = (code: string) => selected.size > 0 && !selected.has(code);
	return {
		textStyle: { fontFamily: CHART_FONT, color: COLOURS.text },
		aria: { enabled: true },
		animation: false,
		tooltip: {
			trigger: 'item',
			formatter: (params: { name?: string }) => {
				const r = byCode.get(params.name ?? '');
				if (!r) return '';
				return [
					`<strong>${escapeHtml(r.name)}</strong>`,
					`${escapeHtml(labels.schools)}: ${labels.formatNumber(r.schools)}`,
					`${escapeHtml(labels.staff)}: ${labels.formatNumber(r.staff, staffDigits(r.staff))}`,
					`${escapeHtml(labels.gap)}: ${labels.formatNumber(Math.max(0, r.gap), staffDigits(r.gap))}`,
					escapeHtml(labels.status[staffStatus(r)])
				].join('<br>');
			}
		},
		series: [
			{
				// Kept across updates of the compare screen (EChart `seriesOnly`): the map is not built anew on every filter.
				id: 'areas',
				type: 'map',
				map: mapName,
				roam: true,
				selectedMode: false,
				left: 8,
				right: 8,
				top: 8,
				bottom: 8,
				label: { show: false },
				itemStyle: { areaColor: OUT_OF_VIEW, borderColor: '#ffffff', borderWidth: 0.8 },
				emphasis: {
					label: { show: false },
					itemStyle: { areaColor: undefined, borderColor: COLOURS.text, borderWidth: 2 }
				},
				data: rows.map((r) => ({
					name: r.code,
					value: r.gap,
					itemStyle: {
						areaColor: STAFF_STATUS_COLOURS[staffStatus(r)],
						opacity: faded(r.code) ? 0.3 : 1,
						borderColor: selected.has(r.code) ? COLOURS.text : '#ffffff',
						borderWidth: selected.has(r.code) ? 2.5 : 0.8
					}
				}))
			}
		]
	};
}
