/** Number formatting in the UI language (ja-JP grouping by default). */
import type { Locale } from '$lib/domain/fiscal-year';

const tag = (l: Locale) => (l === 'ja' ? 'ja-JP' : 'en-US');

export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
	return value.toLocaleString(tag(locale), { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
}

export function formatPercent(share: number, locale: Locale, fractionDigits = 0): string {
	return share.toLocaleString(tag(locale), { style: 'percent', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
}

/** A file size as people read it: KB below a megabyte, else MB (powers of 1,024, as file managers show). */
export function formatFileSize(bytes: number, locale: Locale): string {
	if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} KB`;
	return `${formatNumber(bytes / 1024 / 1024, locale, 1)} MB`;
}
