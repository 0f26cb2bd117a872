/**
 * The comparison table's rows: each figure of a scenario with its value, its 90% interval where the
 * simulation gives one, and its change against the baseline, marked better or worse.
 */
import type { ScenarioFigures } from '$lib/domain/scenario/figures';
import type { Estimate } from '$lib/domain/demand';
import type { Locale } from '$lib/domain/fiscal-year';
import { formatNumber, formatPercent } from '$lib/i18n/format';
import type { Messages } from '$lib/i18n/ja';

type RowKey = keyof Messages['scenarios']['rows'];

interface RowSpec {
	key: RowKey;
	/** The figure as a number (for the change), with its interval when simulated. */
	value: (f: ScenarioFigures) => number | Estimate;
	format: (n: number, locale: Locale) => string;
	/** How a change is written when not in the figure's own format (shares change in points). */
	deltaFormat?: (n: number, locale: Locale) => string;
	unit?: keyof Messages['scenarios']['units'];
	/** Which way is better; null when neither (head count). */
	better: 'lower' | 'higher' | null;
	formula?: keyof Messages['scenarios']['formulas'];
	/** Where the figure comes from. */
	source: 'data' | 'cost' | 'schedule' | 'simulation' | 'plan';
}

const count = (n: number, l: Locale) => formatNumber(n, l);
const oneDecimal = (n: number, l: Locale) => (Number.isFinite(n) ? formatNumber(n, l, 1) : '—');
const twoDecimals = (n: number, l: Locale) => (Number.isFinite(n) ? formatNumber(n, l, 2) : '—');
const percent = (n: number, l: Locale) => (Number.isFinite(n) ? formatPercent(n, l, 1) : '—');
const yen = (n: number, l: Locale) => formatNumber(Math.round(n), l);
const points = (n: number, l: Locale) => `${formatNumber(n * 100, l, 1)} pt`;

export const COMPARISON_ROWS: readonly RowSpec[] = [
	{ key: 'staff', value: (f) => f.staff, format: count, unit: 'people', better: null, source: 'data' },
	{
		key: 'schoolsPerStaff',
		value: (f) => f.schoolsPerStaff ?? NaN,
		format: twoDecimals,
		unit: 'schools',
		better: 'lower',
		formula: 'schoolsPerStaff',
		source: 'data'
	},
	{ key: 'targetMet', value: (f) => (f.targetMet ? 1 : 0), format: (n) => String(n), better: 'higher', source: 'plan' },
	{
		key: 'staffNeeded',
		value: (f) => f.staffNeeded,
		format: count,
		unit: 'people',
		better: null,
		formula: 'staffNeeded',
		source: 'plan'
	},
	{
		key: 'annualCost',
		value: (f) => f.cost.total,
		format: yen,
		unit: 'yen',
		better: 'lower',
		formula: 'annualCost',
		source: 'cost'
	},
	{
		key: 'visitDaysPerSchool',
		value: (f) => f.visitDaysPerSchool,
		format: twoDecimals,
		unit: 'days',
		better: 'higher',
		formula: 'visitDaysPerSchool',
		source: 'schedule'
	},
	{
		key: 'unmetVisits',
		value: (f) => f.unmetVisits,
		format: count,
		unit: 'visits',
		better: 'lower',
		source: 'schedule'
	},
	{
		key: 'travelHours',
		value: (f) => f.travelHoursPerWeek,
		format: oneDecimal,
		unit: 'hours',
		better: 'lower',
		source: 'schedule'
	},
	{
		key: 'medianDays',
		value: (f) => f.sim.medianWaitDays,
		format: oneDecimal,
		unit: 'workDays',
		better: 'lower',
		formula: 'response',
		source: 'simulation'
	},
	{
		key: 'p90Days',
		value: (f) => f.sim.p90WaitDays,
		format: oneDecimal,
		unit: 'workDays',
		better: 'lower',
		formula: 'response',
		source: 'simulation'
	},
	{
		key: 'medianHours',
		value: (f) => f.sim.medianWaitHours,
		format: oneDecimal,
		unit: 'hours',
		better: 'lower',
		formula: 'response',
		source: 'simulation'
	},
	{
		key: 'p90Hours',
		value: (f) => f.sim.p90WaitHours,
		format: oneDecimal,
		unit: 'hours',
		better: 'lower',
		formula: 'response',
		source: 'simulation'
	},
	{
		key: 'sameDay',
		value: (f) => f.sim.sameDayShare,
		format: percent,
		deltaFormat: points,
		better: 'higher',
		formula: 'sameDay',
		source: 'simulation'
	},
	{
		key: 'remoteHandled',
		value: (f) => f.sim.remoteShareHandled,
		format: percent,
		deltaFormat: points,
		better: null,
		source: 'simulation'
	},
	{
		key: 'backlogPeak',
		value: (f) => f.sim.backlogPeak,
		format: count,
		unit: 'requests',
		better: 'lower',
		formula: 'backlogPeak',
		source: 'simulation'
	},
	{
		key: 'visitUtilisation',
		value: (f) => f.visitUtilisation,
		format: percent,
		deltaFormat: points,
		better: null,
		formula: 'visitUtilisation',
		source: 'schedule'
	},
	{
		key: 'remoteUtilisation',
		value: (f) => f.sim.remoteUtilisation,
		format: percent,
		deltaFormat: points,
		better: null,
		formula: 'remoteUtilisation',
		source: 'simulation'
	}
];

export interface ComparisonCell {
	text: string;
	/** "0.8–1.2" for a simulated figure whose runs differ. */
	interval: { low: string; high: string } | null;
	/** "+3" / "−0.5"; null for the baseline, or when unchanged. */
	delta: string | null;
	tone: 'better' | 'worse' | 'neutral';
}

const centre = (v: number | Estimate) => (typeof v === 'number' ? v : v.median);
const EPSILON = 1e-9;

/** A signed change in the figure's own format: "+3", "−0.50", "+1.2 pt" style left to the format. */
function signed(delta: number, spec: RowSpec, locale: Locale): string {
	const text = (spec.deltaFormat ?? spec.format)(Math.abs(delta), locale);
	return `${delta > 0 ? '+' : '−'}${text}`;
}

export function comparisonCell(
	spec: RowSpec,
	figures: ScenarioFigures,
	baseline: ScenarioFigures | null,
	locale: Locale,
	labels: { yes: string; no: string }
): ComparisonCell {
	const value = spec.value(figures);
	const n = centre(value);
	const text = spec.key === 'targetMet' ? (n === 1 ? labels.yes : labels.no) : spec.format(n, locale);
	const interval =
		typeof value !== 'number' && Number.isFinite(value.low) && value.high - value.low > EPSILON
			? { low: spec.format(value.low, locale), high: spec.format(value.high, locale) }
			: null;
	if (!baseline) return { text, interval, delta: null, tone: 'neutral' };
	const delta = n - centre(spec.value(baseline));
	// A change too small to show in the figure's format is no change to the reader.
	const format = spec.deltaFormat ?? spec.format;
	const shown = Number.isFinite(delta) && format(Math.abs(delta), locale) !== format(0, locale);
	if (!shown || spec.key === 'targetMet')
		return {
			text,
			interval,
			delta: null,
			tone: spec.key === 'targetMet' && Math.abs(delta) > EPSILON ? (delta > 0 ? 'better' : 'worse') : 'neutral'
		};
	const tone = spec.better === null ? 'neutral' : delta < 0 === (spec.better === 'lower') ? 'better' : 'worse';
	return { text, interval, delta: signed(delta, spec, locale), tone };
}
