/**
 * The page's side of the optimiser worker: one run at a time, each in a worker of its own;
 * cancelling stops the worker outright (HiGHS cannot be interrupted from outside) and the next
 * run starts a new one.
 */
import type { WeeklySchedule } from '$lib/domain/schedule/types';
import type { OptimiseApi, OptimiseRequest } from '$lib/optimise/optimise.worker';
import type { OptimisePhase } from '$lib/optimise/optimise';
import { workerRpc } from '$lib/workers/rpc';

export class OptimiseCancelled extends Error {
	constructor() {
		super('optimisation cancelled');
	}
}

export class OptimiseClient {
	readonly #worker = workerRpc<OptimiseApi>(
		() => new Worker(new URL('../optimise/optimise.worker.ts', import.meta.url), { type: 'module' }),
		{
			cancelled: () => new OptimiseCancelled(),
			crashed: 'the optimiser stopped'
		}
	);
	#runs = 0;

	async run(
		request: OptimiseRequest,
		progress: (phase: OptimisePhase, best?: number, bound?: number) => void
	): Promise<WeeklySchedule> {
		this.cancel();
		const run = ++this.#runs;
		try {
			return await this.#worker.call('run', request, progress);
		} finally {
			// The worker and its solver's memory go with the run, unless a newer run has its own.
			if (run === this.#runs) this.#worker.cancel();
		}
	}

	cancel(): void {
		this.#worker.cancel();
	}
}
