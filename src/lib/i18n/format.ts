/** Number formatting in the UI language (ja-JP grouping by default). */
import type { Locale } from '$lib/domain/fiscal-year';

const tag = (l: Locale) => (l === 'ja' ? 'ja-JP' : 'en-US');

export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
	return value.toLocaleString(tag(locale), { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
}

export function formatPercent(share: number, locale: Locale, fractionDigits = 0): string {
	return share.toLocaleString(tag(locale), { style: 'percent', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
}
