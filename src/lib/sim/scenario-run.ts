/** One scenario run: the schedule optimiser, then the Monte Carlo year against that schedule. */
import type { Highs } from 'highs';
import type { ScheduleInstance, WeeklySchedule } from '$lib/domain/schedule/types';
import { TravelTimes, type TravelParams } from '$lib/domain/schedule/travel';
import type { MonteCarloResult } from '$lib/domain/demand';
import { optimiseSchedule, type OptimiseOptions, type OptimisePhase } from '$lib/optimise/optimise';
import { simulateYears, type DemandModel } from './demand';
import { withVisits } from './demand-model';

export interface ScenarioRunRequest {
	instance: ScheduleInstance;
	travel: TravelParams;
	/** The imported travel matrix as [matrixKey, minutes] pairs. */
	matrix: [string, number][];
	options: Pick<OptimiseOptions, 'timeLimitSeconds' | 'gap'>;
	/** The year to simulate; the schedule gives its visit weekdays. */
	demand: DemandModel;
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

export type ScenarioRunProgress = { stage: 'schedule'; phase: OptimisePhase } | { stage: 'simulate'; runs: number };

export function runScenario(
	highs: Highs,
	request: ScenarioRunRequest,
	progress: (p: ScenarioRunProgress) => void = () => undefined
): ScenarioRunResult {
	const started = performance.now();
	const travel = new TravelTimes(request.travel, new Map(request.matrix));
	const schedule =
		request.instance.staff.length > 0 && request.instance.schools.length > 0
			? optimiseSchedule(highs, request.instance, travel, {
					...request.options,
					onProgress: (phase) => progress({ stage: 'schedule', phase })
				})
			: {
					days: [],
					unmet: request.instance.schools
						.filter((s) => s.visits > 0)
						.map((s) => ({ school: s.id, missing: s.visits, reason: 'capacity' as const })),
					travelMinutes: 0,
					lowerBound: 0,
					gap: 0,
					method: 'exact' as const
				};
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
