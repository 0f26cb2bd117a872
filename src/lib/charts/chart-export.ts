/**
 * A chart as a file someone can hand over: PNG at twice the screen resolution and SVG, each with
 * its title, unit, source and fiscal year drawn in, in the app's bundled Japanese font.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { CHART_FONT, COLOURS } from './theme';

export interface ChartCaption {
	title: string;
	/** Source and fiscal year, printed under the chart. */
	source: string;
}

export const EXPORT_SIZE = { width: 1200, height: 720 } as const;
const HEADER = 64;
const FOOTER = 56;

/** The on-screen option framed for export: title on top, source at the bottom, white ground. */
export function framedOption(option: EChartsCoreOption, caption: ChartCaption): EChartsCoreOption {
	const grid = (option.grid ?? {}) as Record<string, number | boolean>;
	// A legend goes beside the title, leaving the bottom to the source note.
	const legend = option.legend
		? { ...(option.legend as object), top: 16, right: 16, left: 'auto', bottom: 'auto' }
		: undefined;
	return {
		...option,
		...(legend ? { legend } : {}),
		backgroundColor: '#ffffff',
		animation: false,
		title: {
			text: caption.title,
			left: 16,
			top: 12,
			textStyle: { fontFamily: CHART_FONT, fontSize: 20, fontWeight: 'bold', color: COLOURS.text }
		},
		graphic: [
			{
				type: 'text',
				left: 16,
				bottom: 10,
				style: {
					text: caption.source,
					font: `12px ${CHART_FONT}`,
					fill: COLOURS.axis,
					width: EXPORT_SIZE.width - 32,
					overflow: 'break',
					lineHeight: 16
				}
			}
		],
		grid: {
			...grid,
			top: Number(grid.top ?? 0) + HEADER,
			bottom: Number(grid.bottom ?? 0) + FOOTER,
			left: 24,
			right: Number(grid.right ?? 16) + 8
		}
	};
}

/** Every string drawn, so the font's subsets for them can be loaded before drawing to a canvas. */
export function drawnText(option: EChartsCoreOption): string {
	const seen: string[] = [];
	const walk = (v: unknown) => {
		if (typeof v === 'string') seen.push(v);
		else if (Array.isArray(v)) v.forEach(walk);
		else if (v && typeof v === 'object') Object.values(v).forEach(walk);
	};
	walk(option);
	return [...new Set(seen.join(''))].join('');
}
