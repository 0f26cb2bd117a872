/** Shared chart look: the app's font and a palette legible for common colour-vision types. */
export const CHART_FONT = "'Noto Sans JP Variable', system-ui, sans-serif";

/** Okabe–Ito based, distinguishable under common colour-vision deficiencies. */
export const CATEGORY_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7'] as const;

export const COLOURS = {
	bar: '#0031d8',
	barAtTarget: '#197a4b',
	target: '#c0111f',
	national: '#626264',
	text: '#1a1a1c',
	axis: '#626264',
	grid: '#e6e6e8'
} as const;

/** Escapes text placed into tooltip HTML: names come from user files. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
