/**
 * What the budget pack's sections share: a finished scenario run, the number forms every page
 * prints the same way (ja-JP grouping, whole yen, signed changes with a true minus sign), and the
 * effects both versions of the pack tell in words.
 */
import type { Locale } from '$lib/domain/fiscal-year';
import { formatNumber } from '$lib/i18n/format';
import type { Outcome } from '$lib/state/scenario-board.svelte';
import type { ScenarioFigures } from '$lib/domain/scenario/figures';
import { informative } from '$lib/domain/budget-pack';
import { COMPARISON_ROWS, type ComparisonCell } from '$lib/ui/comparison-rows';
import { t } from '$lib/i18n/locale.svelte';

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

const EFFECT_KEYS = [
	'visitDaysPerSchool',
	'medianDays',
	'p90Days',
	'p90Hours',
	'sameDay',
	'backlogPeak',
	'travelHours'
] as const;
export type EffectKey = (typeof EFFECT_KEYS)[number];
const isEffect = (key: string): key is EffectKey => (EFFECT_KEYS as readonly string[]).includes(key);
const centre = (v: number | { median: number }) => (typeof v === 'number' ? v : v.median);

export interface EffectRow {
	spec: (typeof COMPARISON_ROWS)[number];
	key: EffectKey;
	/** Rows that read 0 on both sides say nothing to a reader; the pack names them instead of showing them. */
	kept: boolean;
}

/** The comparison rows that are effects of the scenario (response time, visits, travel), in the screen's order. */
export function effectRows(b: ScenarioFigures, p: ScenarioFigures, L: Locale): EffectRow[] {
	return COMPARISON_ROWS.filter((r) => isEffect(r.key)).map((spec) => ({
		spec,
		key: spec.key as EffectKey,
		kept: informative(centre(spec.value(b)), centre(spec.value(p)), (n) => spec.format(n, L))
	}));
}

/** An effect as a sentence: "9割の依頼が対応を受けるまでの日数が 2.1 勤務日短くなります". */
export const effectWords = (key: EffectKey, cell: ComparisonCell): string =>
	cell.delta === null
		? t().report.effect.same
		: t().report.effect.change[key](cell.delta.slice(1), cell.delta.startsWith('+'));
