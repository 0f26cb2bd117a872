/**
 * The page's side of the optimiser worker: one run at a time; cancelling stops the worker outright
 * (HiGHS cannot be interrupted from outside) and the next run starts a new one.
 */
import type { WeeklySchedule } from '$lib/domain/schedule/types';
import type { OptimiseRequest, OptimiseResponse } from '$lib/optimise/optimise-protocol';
import type { OptimisePhase } from '$lib/optimise/optimise';

export class OptimiseCancelled extends Error {
	constructor() {
		super('optimisation cancelled');
	}
}

export class OptimiseClient {
	#worker: Worker | null = null;
	#reject: ((e: Error) => void) | null = null;

	run(request: OptimiseRequest, progress: (phase: OptimisePhase, best?: number, bound?: number) => void): Promise<WeeklySchedule> {
		this.cancel();
		const worker = new Worker(new URL('../optimise/optimise.worker.ts', import.meta.url), { type: 'module' });
		this.#worker = worker;
		return new Promise<WeeklySchedule>((resolve, reject) => {
			this.#reject = reject;
			worker.onmessage = ({ data }: MessageEvent<OptimiseResponse>) => {
				if (data.kind === 'progress') return progress(data.phase, data.best, data.bound);
				this.#finish();
				if (data.kind === 'done') resolve(data.schedule);
				else reject(new Error(data.message));
			};
			worker.onerror = (event) => {
				event.preventDefault();
				this.#finish();
				reject(new Error(event.message || 'the optimiser stopped'));
			};
			worker.postMessage(request);
		});
	}

	cancel(): void {
		const reject = this.#reject;
		this.#finish();
		reject?.(new OptimiseCancelled());
	}

	#finish(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#reject = null;
	}
}
