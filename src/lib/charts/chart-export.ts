/**
 * A chart as a file someone can hand over: PNG at twice the screen resolution and SVG, each with
 * what the screen says of it drawn in — title, the note under it, what the figures are (simulated,
 * the reference lines' sources, how a filter counts), source and fiscal year — in the app's bundled
 * Japanese font. A chart leaves the app without the page around it, so it must carry those itself.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { CHART_FONT, COLOURS } from './theme';

export interface ChartCaption {
	/** The chart's heading on screen. */
	title: string;
	/** The note under the heading on screen (how to read the chart), without hints on pressing bars or dots. */
	subtitle?: string;
	/**
	 * What the figures are, as the screen says it beside the chart: simulated (runs, seed), the sources of the target
	 * and national lines, how a filter counts. Printed above the source.
	 */
	notes?: readonly string[];
	/** Source and fiscal year, printed under the chart. */
	source: string;
}

export const EXPORT_SIZE = { width: 1200, height: 720 } as const;
const MARGIN = 16;
const TITLE_TOP = 12;
const TITLE_SIZE = 20;
const SUBTITLE_SIZE = 13;
const SUBTITLE_LINE = 18;
const NOTE_SIZE = 12;
const NOTE_LINE = 16;
const LEGEND = 28;
const TEXT_WIDTH = EXPORT_SIZE.width - 2 * MARGIN;

/**
 * How many lines `text` takes at `size` px in `width`, as ECharts breaks it: a full-width character
 * about a square, others about 0.6 of one. Rounded up a little (words break before the edge), so a
 * caption never runs into the plot.
 */
export function wrappedLines(text: string, size: number, width: number = TEXT_WIDTH): number {
	return text.split('\n').reduce((lines, paragraph) => {
		let w = 0;
		for (const ch of paragraph) w += ch.codePointAt(0)! < 0x2e80 ? size * 0.6 : size;
		return lines + Math.max(1, Math.ceil(w / (width * 0.92)));
	}, 0);
}

const textBlock = (text: string, size: number, lineHeight: number, place: Record<string, number>) => ({
	type: 'text',
	left: MARGIN,
	...place,
	style: {
		text,
		font: `${size}px ${CHART_FONT}`,
		fill: COLOURS.axis,
		width: TEXT_WIDTH,
		overflow: 'break',
		lineHeight
	}
});

/** The on-screen option framed for export: title and subtitle on top, the legend under them, notes and source at the bottom. */
export function framedOption(option: EChartsCoreOption, caption: ChartCaption): EChartsCoreOption {
	const grid = (option.grid ?? {}) as Record<string, number | boolean>;
	const subtitleTop = TITLE_TOP + TITLE_SIZE + 10;
	const header = caption.subtitle
		? subtitleTop + wrappedLines(caption.subtitle, SUBTITLE_SIZE) * SUBTITLE_LINE + 10
		: subtitleTop + 22;
	const footerText = [...(caption.notes ?? []), caption.source].filter(Boolean).join('\n');
	const footer = 10 + wrappedLines(footerText, NOTE_SIZE) * NOTE_LINE + 14;
	// The legend goes under the header on the left, whatever its place on screen: the bottom holds the notes.
	const legend = option.legend
		? { ...(option.legend as object), top: header, left: MARGIN, right: 'auto', bottom: 'auto' }
		: undefined;
	return {
		...option,
		...(legend ? { legend } : {}),
		backgroundColor: '#ffffff',
		animation: false,
		title: {
			text: caption.title,
			left: MARGIN,
			top: TITLE_TOP,
			textStyle: { fontFamily: CHART_FONT, fontSize: TITLE_SIZE, fontWeight: 'bold', color: COLOURS.text }
		},
		graphic: [
			...(caption.subtitle
				? [
						{
							...textBlock(caption.subtitle, SUBTITLE_SIZE, SUBTITLE_LINE, { top: subtitleTop }),
							name: 'subtitle'
						}
					]
				: []),
			{ ...textBlock(footerText, NOTE_SIZE, NOTE_LINE, { bottom: 10 }), name: 'notes' }
		],
		grid: {
			...grid,
			top: Number(grid.top ?? 0) + header + (legend ? LEGEND : 0),
			bottom: Number(grid.bottom ?? 0) + footer,
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

/** The caption as the PNG text keywords of the PNG specification: a PNG's pixels cannot be searched or read aloud. */
export function captionKeywords(caption: ChartCaption): [keyword: string, text: string][] {
	return [
		['Title', caption.title],
		...(caption.subtitle ? ([['Description', caption.subtitle]] as [string, string][]) : []),
		...(caption.notes ?? []).map((n): [string, string] => ['Comment', n]),
		['Source', caption.source]
	];
}

let crcTable: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
	if (!crcTable) {
		crcTable = new Uint32Array(256);
		for (let n = 0; n < 256; n++) {
			let c = n;
			for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
			crcTable[n] = c >>> 0;
		}
	}
	let c = 0xffffffff;
	for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

/**
 * The PNG with an iTXt chunk (UTF-8 text, uncompressed) per keyword right after its header chunk,
 * so that the title, notes and source travel inside the file in Japanese or English.
 */
export function pngWithText(
	png: Uint8Array,
	entries: readonly [string, string][],
	language: string
): Uint8Array<ArrayBuffer> {
	const encoder = new TextEncoder();
	// Signature (8) + IHDR: length (4), type (4), 13 bytes of data, CRC (4).
	const afterHeader = 8 + 4 + 4 + 13 + 4;
	const chunks = entries.map(([keyword, text]) => {
		// keyword, NUL, not compressed, method 0, language, NUL, no translated keyword, NUL, text.
		const data = new Uint8Array([
			...encoder.encode(keyword),
			0,
			0,
			0,
			...encoder.encode(language),
			0,
			0,
			...encoder.encode(text)
		]);
		const typed = new Uint8Array([...encoder.encode('iTXt'), ...data]);
		const chunk = new Uint8Array(12 + data.length);
		const view = new DataView(chunk.buffer);
		view.setUint32(0, data.length);
		chunk.set(typed, 4);
		view.setUint32(8 + data.length, crc32(typed));
		return chunk;
	});
	const total = png.length + chunks.reduce((n, c) => n + c.length, 0);
	const out = new Uint8Array(total);
	out.set(png.subarray(0, afterHeader), 0);
	let at = afterHeader;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	out.set(png.subarray(afterHeader), at);
	return out;
}

/** The SVG with a <title> and <desc> of its caption right after its opening tag, for search and screen readers. */
export function svgWithCaption(svg: string, caption: ChartCaption): string {
	const escape = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
	const desc = [caption.subtitle, ...(caption.notes ?? []), caption.source].filter(Boolean).join('\n');
	const end = svg.indexOf('>') + 1;
	return `${svg.slice(0, end)}<title>${escape(caption.title)}</title><desc>${escape(desc)}</desc>${svg.slice(end)}`;
}
