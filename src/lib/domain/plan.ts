/**
 * National targets and reference figures (docs/domain.md, "National figures", "Plan targets"). Each carries its source so the UI
 * can show it beside the figure.
 */
import { PLAN_INDICATORS, type PlanIndicator } from './tables';

export type SourceId = 'mext_leaflet_r7' | 'plan_2025_2027';

/**
 * 学校のICT環境整備3か年計画 (2025–2027年度): 1 ICT支援員 per 4 schools; the work it sets costs
 * 1,464億円 a year, funded by 所要の地方財政措置 (MEXT leaflet 「ICT支援員の適正配置を」, 令和7年3月).
 */
export const PLAN = {
	schoolsPerStaffTarget: 4,
	firstFiscalYear: 2025,
	lastFiscalYear: 2027,
	yearlyFundingYen: 146_400_000_000,
	source: 'plan_2025_2027'
} as const;

/** MEXT leaflet 「ICT支援員の適正配置を」(令和7年3月), figures as of 令和5年度末 (end of FY2023). */
export const NATIONAL = {
	staff: 7172,
	schoolsPerStaff: 4.5,
	asOfFiscalYear: 2023,
	shareWithoutStaff: 0.3,
	shareAtTarget: 0.5,
	source: 'mext_leaflet_r7'
} as const;

/**
 * Plan indicators: the value a scope must reach. Shares of schools are 0–1, per-teacher ratios
 * devices per teacher, the help desk 0/1, high-school spares devices per student.
 */
export const INDICATOR_TARGETS: Record<PlanIndicator, number> = {
	wireless_lan: 1,
	recommended_bandwidth: 1,
	teacher_devices: 1,
	work_displays: 1,
	admin_system: 1,
	large_displays: 1,
	document_cameras: 1,
	helpdesk: 1,
	hs_spare_devices: 1 / 3
};

/** Attainment of a plan indicator, capped at 100 %. */
export function attainment(indicator: PlanIndicator, value: number): number {
	return Math.min(1, Math.max(0, value / INDICATOR_TARGETS[indicator]));
}

/** One scope's (municipality's or prefecture's) measured value of a plan indicator. */
export interface IndicatorValue {
	scope: string;
	indicator: PlanIndicator;
	value: number;
}

export interface IndicatorSummary {
	indicator: PlanIndicator;
	/** Scopes that reported the indicator. */
	scopes: number;
	/** Scopes at or above the target. */
	atTarget: number;
	/** Mean attainment over the scopes, each capped at 100 %. */
	meanAttainment: number;
}

/** Per indicator, in the plan's order: how many scopes meet it and the mean attainment. */
export function summariseIndicators(values: readonly IndicatorValue[]): IndicatorSummary[] {
	return PLAN_INDICATORS.flatMap((indicator) => {
		const own = values.filter((v) => v.indicator === indicator);
		if (own.length === 0) return [];
		return [
			{
				indicator,
				scopes: own.length,
				atTarget: own.filter((v) => v.value >= INDICATOR_TARGETS[indicator]).length,
				meanAttainment: own.reduce((sum, v) => sum + attainment(indicator, v.value), 0) / own.length
			}
		];
	});
}
