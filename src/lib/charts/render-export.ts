/** Draws a framed chart off screen and hands back the PNG or SVG bytes (browser only). */
import type { EChartsCoreOption } from 'echarts/core';
import {
	EXPORT_SIZE,
	captionKeywords,
	drawnText,
	framedOption,
	pngWithText,
	svgWithCaption,
	type ChartCaption
} from './chart-export';
import { CHART_FONT } from './theme';

export async function renderChartFile(
	screenOption: EChartsCoreOption,
	caption: ChartCaption,
	format: 'png' | 'svg',
	language: string
): Promise<Blob> {
	const option = framedOption(screenOption, caption);
	const { echarts } = await import('./echarts');
	// A canvas draws with whatever font is loaded at that moment: load the subsets it needs first.
	await document.fonts.load(`16px ${CHART_FONT}`, drawnText(option));
	await document.fonts.ready;
	if (format === 'svg') {
		const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...EXPORT_SIZE });
		try {
			chart.setOption(option);
			const { embeddedFontCss, withFontStyle } = await import('./svg-fonts');
			const svg = withFontStyle(
				svgWithCaption(chart.renderToSVGString(), caption),
				await embeddedFontCss(drawnText(option))
			);
			return new Blob([svg], { type: 'image/svg+xml' });
		} finally {
			chart.dispose();
		}
	}
	const host = document.createElement('div');
	const chart = echarts.init(host, null, { renderer: 'canvas', ...EXPORT_SIZE });
	try {
		chart.setOption(option);
		// A data: URL, decoded here: the CSP lets fetch() reach the app's own origin only.
		const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
		const bytes = Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0));
		return new Blob([pngWithText(bytes, captionKeywords(caption), language)], { type: 'image/png' });
	} finally {
		chart.dispose();
	}
}
