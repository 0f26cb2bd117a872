/** How the counts-only pack names what it is about and who makes it, the same on the controls and the pages. */
import type { Locale } from '$lib/domain/fiscal-year';
import type { DatasetInfo } from '$lib/domain/dataset';
import { t } from '$lib/i18n/locale.svelte';
import type { CountsPack } from '$lib/state/counts-pack.svelte';
import { reportNotes } from '$lib/workspace/report-notes.svelte';

/** The prefecture's name in the UI language. */
export const prefectureName = (dataset: DatasetInfo | null, L: Locale): string =>
	dataset ? (L === 'ja' ? dataset.prefecture.name_ja : dataset.prefecture.name_en) : '';

/** The employer chosen, or the prefecture for the whole. */
export const countsScopeName = (pack: CountsPack, dataset: DatasetInfo | null, L: Locale): string =>
	pack.scope?.row?.name ?? prefectureName(dataset, L);

/** The organisation typed (kept with the pack's notes), else the chosen employer's board of education. */
export const countsOrganisation = (pack: CountsPack, dataset: DatasetInfo | null, L: Locale): string =>
	reportNotes.value.organisation ?? t().report.organisationDefault(countsScopeName(pack, dataset, L));
