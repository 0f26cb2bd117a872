/** Messages between the page and the optimiser worker. */
import type { ScheduleInstance, WeeklySchedule } from '$lib/domain/schedule/types';
import type { TravelParams } from '$lib/domain/schedule/travel';
import type { OptimiseOptions, OptimisePhase } from './optimise';

export interface OptimiseRequest {
	instance: ScheduleInstance;
	travel: TravelParams;
	/** The imported travel matrix as [matrixKey, minutes] pairs. */
	matrix: [string, number][];
	options: Pick<OptimiseOptions, 'timeLimitSeconds' | 'gap'>;
}

export type OptimiseResponse =
	| { kind: 'progress'; phase: OptimisePhase; best?: number; bound?: number }
	| { kind: 'done'; schedule: WeeklySchedule }
	| { kind: 'failed'; message: string };
