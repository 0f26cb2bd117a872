/** Number formatting in the UI language (ja-JP grouping by default). */
import type { Locale } from '$lib/domain/fiscal-year';

const tag = (l: Locale) => (l === 'ja' ? 'ja-JP' : 'en-US');

/** Formatters are costly to make and a national table formats thousands of cells: one per locale and style. */
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, style: 'decimal' | 'percent', fractionDigits: number): Intl.NumberFormat {
	const key = `${locale} ${style} ${fractionDigits}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.NumberFormat(tag(locale), {
			style,
			minimumFractionDigits: fractionDigits,
			maximumFractionDigits: fractionDigits
		});
		formatters.set(key, f);
	}
	return f;
}

export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
	return formatter(locale, 'decimal', fractionDigits).format(value);
}

export function formatPercent(share: number, locale: Locale, fractionDigits = 0): string {
	return formatter(locale, 'percent', fractionDigits).format(share);
}

/** A file size as people read it: KB below a megabyte, else MB (powers of 1,024, as file managers show). */
export function formatFileSize(bytes: number, locale: Locale): string {
	if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} KB`;
	return `${formatNumber(bytes / 1024 / 1024, locale, 1)} MB`;
}

/** A change from one figure to another: +3, −2 (a true minus sign), ±0. */
export function formatChange(change: number, locale: Locale, fractionDigits = 0): string {
	if (change > 0) return `+${formatNumber(change, locale, fractionDigits)}`;
	if (change < 0) return `−${formatNumber(-change, locale, fractionDigits)}`;
	return '±0';
}
