/** The scenario charts' data as CSV (UTF-8 with BOM, units in the headers, long format). */
import { toCsv } from '$lib/domain/csv-export';
import { FISCAL_MONTHS } from '$lib/domain/fiscal-year';
import type { Messages } from '$lib/i18n/ja';
import type { MonthSeries } from '$lib/charts/response-month-chart';
import type { SweepPoint } from '$lib/state/scenario-board.svelte';

export function responseByMonthCsv(series: readonly MonthSeries[], fiscalYear: number, m: Messages): string {
	const h = m.scenarios.csv;
	return toCsv(
		[h.fiscalYear, h.scenario, h.month, h.arrived, h.medianDays, h.p90Days],
		series.flatMap((s) =>
			s.months.map((w, i) => [fiscalYear, s.name, FISCAL_MONTHS[i]!, w.arrived, w.medianDays, w.p90Days])
		)
	);
}

export function sweepCsv(points: readonly SweepPoint[], fiscalYear: number, m: Messages): string {
	const h = m.scenarios.csv;
	return toCsv(
		[h.fiscalYear, h.added, h.staff, h.annualCost, h.medianDays, h.p90Days, h.p90Low, h.p90High, h.p90Hours, h.sameDay],
		points.map((p) => [
			fiscalYear,
			p.added,
			p.figures.staff,
			Math.round(p.figures.cost.total),
			p.figures.sim.medianWaitDays.median,
			p.figures.sim.p90WaitDays.median,
			p.figures.sim.p90WaitDays.low,
			p.figures.sim.p90WaitDays.high,
			p.figures.sim.p90WaitHours.median,
			Math.round(p.figures.sim.sameDayShare.median * 1000) / 1000
		])
	);
}
