/** The loaded dataset as readers see it named beside a figure, in the UI language. */
import { fictionalRows, type DatasetInfo } from '$lib/domain/dataset';
import type { CountsInUse } from '$lib/domain/count-sources';
import { fiscalYearLabel, type Locale } from '$lib/domain/fiscal-year';
import { t } from './locale.svelte';

export const prefectureName = (dataset: DatasetInfo, locale: Locale) =>
	locale === 'ja' ? dataset.prefecture.name_ja : dataset.prefecture.name_en;

/** "サンプルデータ（架空の汐見県）", "読み込んだデータ", or, beside the sample's rows, "読み込んだデータ（一部は架空のサンプル）". */
export const datasetName = (dataset: DatasetInfo, locale: Locale) =>
	dataset.fictional
		? t().source.sampleName(prefectureName(dataset, locale))
		: fictionalRows(dataset).length > 0
			? t().source.importedMixedName
			: t().source.importedName;

/** The name with its fiscal year: "サンプルデータ（架空の汐見県）（令和7年度（2025年度））". */
export const datasetSource = (dataset: DatasetInfo, locale: Locale) =>
	t().source.dataset(datasetName(dataset, locale), fiscalYearLabel(dataset.fiscalYear, locale));

/** The counts behind a screen's figures, one line each: 学校基本調査 school counts, typed staff numbers. */
export function countSources(counts: readonly CountsInUse[], locale: Locale): string[] {
	const year = (y: number | null) => (y === null ? '' : fiscalYearLabel(y, locale));
	return counts.map((c) =>
		c.what === 'schools'
			? t().source.schoolCounts(c.source ?? '', year(c.year), c.founders === 'all', String(c.employers))
			: t().source.staffCounts(year(c.year), String(c.employers))
	);
}
