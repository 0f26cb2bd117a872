/** One scenario run: the schedule optimiser, then the Monte Carlo year against that schedule. */
import type { Highs } from 'highs';
import type { ScheduleInstance, WeeklySchedule } from '$lib/domain/schedule/types';
import { TravelTimes, type TravelParams } from '$lib/domain/schedule/travel';
import type { MonteCarloResult } from '$lib/domain/demand';
import type { OptimiseOptions, OptimisePhase } from '$lib/optimise/optimise';
import { optimiseWeek } from '$lib/optimise/one-staff';
import { simulateYears } from './demand';
import { withVisits, type ScenarioDemand } from './demand-model';
import { requiredVisits } from '$lib/domain/schedule/rules';

export interface ScenarioRunRequest {
	/** What the optimiser plans, each on its own (apply.ts, ScenarioSetup.parts). */
	parts: ScheduleInstance[];
	travel: TravelParams;
	/** The imported travel matrix as [matrixKey, minutes] pairs. */
	matrix: [string, number][];
	options: Pick<OptimiseOptions, 'timeLimitSeconds' | 'gap'>;
	/** The year to simulate; the schedule gives its visit weekdays. */
	demand: ScenarioDemand;
	seed: number;
	runs: number;
}

export interface ScenarioRunResult {
	schedule: WeeklySchedule;
	sim: MonteCarloResult;
	/** Seconds for the schedule and for the simulation. */
	optimiseSeconds: number;
	simulateSeconds: number;
}

export type ScenarioRunProgress =
	{ stage: 'schedule'; phase: OptimisePhase; best?: number; bound?: number } | { stage: 'simulate'; runs: number };

/** A part without staff makes no visit: every visit asked is short for lack of staff. */
function unstaffed(part: ScheduleInstance): WeeklySchedule {
	return {
		days: [],
		unmet: part.schools
			.map((s) => ({ school: s.id, missing: requiredVisits(s), reason: 'capacity' as const }))
			.filter((u) => u.missing > 0),
		travelMinutes: 0,
		lowerBound: 0,
		gap: 0,
		method: 'exact'
	};
}

/** The parts' schedules as one week: days and unmet visits together, travel and bound summed. */
function mergeSchedules(schedules: WeeklySchedule[]): WeeklySchedule {
	if (schedules.length === 1) return schedules[0]!;
	const travelMinutes = schedules.reduce((n, s) => n + s.travelMinutes, 0);
	const lowerBound = schedules.reduce((n, s) => n + s.lowerBound, 0);
	const week: WeeklySchedule = {
		days: schedules.flatMap((s) => s.days),
		unmet: schedules.flatMap((s) => s.unmet),
		travelMinutes,
		lowerBound,
		gap: travelMinutes > 0 ? (travelMinutes - lowerBound) / travelMinutes : 0,
		method: schedules.every((s) => s.method === 'exact') ? 'exact' : 'heuristic'
	};
	return schedules.some((s) => s.cutShort) ? { ...week, cutShort: true } : week;
}

export function runScenario(
	highs: Highs,
	request: ScenarioRunRequest,
	progress: (p: ScenarioRunProgress) => void = () => undefined
): ScenarioRunResult {
	const started = performance.now();
	const travel = new TravelTimes(request.travel, new Map(request.matrix));
	const schedule = mergeSchedules(
		request.parts.map((part) =>
			part.staff.length > 0 && part.schools.length > 0
				? optimiseWeek(highs, part, travel, {
						...request.options,
						onProgress: (phase, best, bound) => progress({ stage: 'schedule', phase, best, bound })
					})
				: unstaffed(part)
		)
	);
	const scheduled = performance.now();
	const sim = simulateYears(
		withVisits(request.demand, schedule),
		request.seed,
		request.runs,
		(runs) => runs % 10 === 0 && progress({ stage: 'simulate', runs })
	);
	return {
		schedule,
		sim,
		optimiseSeconds: (scheduled - started) / 1000,
		simulateSeconds: (performance.now() - scheduled) / 1000
	};
}
