/**
 * Runs the schedule optimiser off the main thread: HiGHS solves synchronously and may take tens
 * of seconds on a prefecture. HiGHS's wasm is served by the app itself (no CDN).
 */
import loadHighs, { type Highs } from 'highs';
import wasmUrl from 'highs/runtime?url';
import type { ScheduleInstance, WeeklySchedule } from '$lib/domain/schedule/types';
import { TravelTimes, type TravelParams } from '$lib/domain/schedule/travel';
import { serve } from '$lib/workers/rpc';
import { optimiseSchedule, type OptimiseOptions, type OptimisePhase } from './optimise';

export interface OptimiseRequest {
	instance: ScheduleInstance;
	travel: TravelParams;
	/** The imported travel matrix as [matrixKey, minutes] pairs. */
	matrix: [string, number][];
	options: Pick<OptimiseOptions, 'timeLimitSeconds' | 'gap'>;
}

let highs: Promise<Highs> | null = null;

async function run(
	request: OptimiseRequest,
	progress: (phase: OptimisePhase, best?: number, bound?: number) => void
): Promise<WeeklySchedule> {
	highs ??= loadHighs({ locateFile: () => wasmUrl });
	const solver = await highs;
	const travel = new TravelTimes(request.travel, new Map(request.matrix));
	return optimiseSchedule(solver, request.instance, travel, {
		...request.options,
		onProgress: (phase, best, bound) => progress(phase, best, bound)
	});
}

export const optimiseApi = { run };
export type OptimiseApi = typeof optimiseApi;
serve(optimiseApi);
