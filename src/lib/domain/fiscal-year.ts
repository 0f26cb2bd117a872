/**
 * 年度 (fiscal/school year, 1 April – 31 March) and 和暦 labels. Dates are local calendar dates
 * handled as 'YYYY-MM-DD' strings so nothing ever shifts through UTC.
 */

export type Locale = 'ja' | 'en';

/** Fiscal year (西暦) that a local date 'YYYY-MM-DD…' falls in. */
export function fiscalYearOf(isoDate: string): number {
	const year = Number(isoDate.slice(0, 4));
	const month = Number(isoDate.slice(5, 7));
	return month >= 4 ? year : year - 1;
}

/** 令和 N = 2018 + N; 平成 N = 1988 + N (FY1989–2018). */
export function warekiYear(fiscalYear: number): { era: '令和' | '平成'; year: number } {
	if (fiscalYear >= 2019) return { era: '令和', year: fiscalYear - 2018 };
	return { era: '平成', year: fiscalYear - 1988 };
}

/** "令和7年度（2025年度）" in Japanese, "FY2025 (Reiwa 7)" in English. */
export function fiscalYearLabel(fiscalYear: number, locale: Locale): string {
	const { era, year } = warekiYear(fiscalYear);
	if (locale === 'ja') return `${era}${year === 1 ? '元' : year}年度（${fiscalYear}年度）`;
	return `FY${fiscalYear} (${era === '令和' ? 'Reiwa' : 'Heisei'} ${year})`;
}

/** Months of a fiscal year in order, April first. */
export const FISCAL_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3] as const;

/** A local date 'YYYY-MM-DD' as officials write it: "令和8年11月27日", or "27 Nov 2026" in English. */
export function dateLabel(isoDate: string, locale: Locale): string {
	const year = Number(isoDate.slice(0, 4));
	const month = Number(isoDate.slice(5, 7));
	const day = Number(isoDate.slice(8, 10));
	if (locale === 'en')
		return `${day} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]} ${year}`;
	// 令和 began on 1 May 2019.
	const reiwa = year > 2019 || (year === 2019 && month >= 5);
	const eraYear = reiwa ? year - 2018 : year - 1988;
	return `${reiwa ? '令和' : '平成'}${eraYear === 1 ? '元' : eraYear}年${month}月${day}日`;
}

/** The 年度 a budget request made on a local date is for: the next one, as budgets are asked a year ahead. */
export const nextFiscalYear = (isoDate: string): number => fiscalYearOf(isoDate) + 1;
