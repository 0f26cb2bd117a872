/** Where the overview's figures come from, in the UI language. */
import type { CountsInUse } from '$lib/db/queries/counts';
import { fiscalYearLabel, type Locale } from '$lib/domain/fiscal-year';
import type { Messages } from '$lib/i18n/ja';

export interface OverviewSources {
	/** The loaded dataset and its fiscal year. */
	dataset: string;
	/** The 3-year plan's target. */
	plan: string;
	/** MEXT's national figures and the date they describe. */
	national: string;
	/** Where school and staff figures come from counts per employer rather than rows, those counts. */
	counts: string[];
}

/** The counts behind the figures, one line each: 学校基本調査 school counts, typed staff numbers. */
export function countSources(counts: readonly CountsInUse[], m: Messages, locale: Locale): string[] {
	return counts.map((c) =>
		c.what === 'schools'
			? m.source.schoolCounts(
					c.source ?? '',
					c.year === null ? '' : fiscalYearLabel(c.year, locale),
					c.founders === 'all',
					String(c.employers)
				)
			: m.source.staffCounts(c.year === null ? '' : fiscalYearLabel(c.year, locale), String(c.employers))
	);
}
