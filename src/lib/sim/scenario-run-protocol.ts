/** Messages between the page and a scenario worker: one scenario's schedule, then its simulated year. */
import type { ScheduleInstance, WeeklySchedule } from '$lib/domain/schedule/types';
import type { TravelParams } from '$lib/domain/schedule/travel';
import type { OptimiseOptions, OptimisePhase } from '$lib/optimise/optimise';
import type { DemandModel } from './demand';
import type { MonteCarloResult } from '$lib/domain/demand';

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

export type ScenarioRunResponse = ({ kind: 'progress' } & ScenarioRunProgress) | { kind: 'done'; result: ScenarioRunResult } | { kind: 'failed'; message: string };
