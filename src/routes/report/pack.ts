/**
 * What the budget pack's sections share: a finished scenario run, and the number forms every page
 * prints the same way (ja-JP grouping, whole yen, signed changes with a true minus sign).
 */
import type { Locale } from '$lib/domain/fiscal-year';
import { formatNumber } from '$lib/i18n/format';
import type { Outcome } from '$lib/state/scenario-board.svelte';

/** A run that has finished: the baseline's or the scenario's, as the sections print it. */
export type FinishedRun = Extract<Outcome, { state: 'done' }>;

export function packFormat(L: Locale) {
	const fmt = (n: number, digits = 0) => formatNumber(n, L, digits);
	const yen = (n: number) => formatNumber(Math.round(n), L);
	return {
		fmt,
		yen,
		/** Schools per staff; "—" without staff. */
		ratio: (n: number | null) => (n === null ? '—' : fmt(n, 2)),
		signedYen: (n: number) => (n === 0 ? '0' : `${n > 0 ? '+' : '−'}${yen(Math.abs(n))}`)
	};
}
