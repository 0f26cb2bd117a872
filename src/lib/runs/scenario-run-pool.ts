/**
 * The page's side of the scenario workers: a small pool (the machine's cores, at most 4) taking
 * queued runs in order; a worker done with a run takes the next one. Cancelling stops every worker
 * outright (HiGHS cannot be interrupted from outside) and rejects what was queued; the next run
 * starts fresh workers.
 */
import type { ScenarioRunProgress, ScenarioRunRequest, ScenarioRunResult } from '$lib/sim/scenario-run';
import type { ScenarioRunApi } from '$lib/sim/scenario-run.worker';
import { workerRpc, type WorkerRpc } from '$lib/workers/rpc';

export class ScenarioRunCancelled extends Error {
	constructor() {
		super('scenario run cancelled');
	}
}

interface Job {
	request: ScenarioRunRequest;
	progress: (p: ScenarioRunProgress) => void;
	resolve: (r: ScenarioRunResult) => void;
	reject: (e: Error) => void;
}

type ScenarioWorker = WorkerRpc<ScenarioRunApi>;

/** A worker of the pool; it starts with its first run and, after a crash, again with its next. */
const scenarioWorker = (): ScenarioWorker =>
	workerRpc<ScenarioRunApi>(
		() => new Worker(new URL('../sim/scenario-run.worker.ts', import.meta.url), { type: 'module' }),
		{
			cancelled: () => new ScenarioRunCancelled(),
			crashed: 'the scenario worker stopped'
		}
	);

export class ScenarioRunPool {
	readonly size: number;
	#idle: ScenarioWorker[] = [];
	#busy = new Map<ScenarioWorker, Job>();
	#queue: Job[] = [];

	constructor(size = Math.min(4, Math.max(1, globalThis.navigator?.hardwareConcurrency ?? 2))) {
		this.size = size;
	}

	run(
		request: ScenarioRunRequest,
		progress: (p: ScenarioRunProgress) => void = () => undefined
	): Promise<ScenarioRunResult> {
		return new Promise((resolve, reject) => {
			this.#queue.push({ request, progress, resolve, reject });
			this.#next();
		});
	}

	cancelAll(): void {
		const queued = this.#queue;
		const workers = [...this.#idle, ...this.#busy.keys()];
		this.#idle = [];
		this.#busy.clear();
		this.#queue = [];
		// Each busy worker rejects its own run with ScenarioRunCancelled.
		for (const worker of workers) worker.cancel();
		for (const job of queued) job.reject(new ScenarioRunCancelled());
	}

	#next(): void {
		while (this.#queue.length > 0 && this.#busy.size < this.size) {
			const job = this.#queue.shift()!;
			const worker = this.#idle.pop() ?? scenarioWorker();
			this.#busy.set(worker, job);
			worker.call('run', job.request, job.progress).then(
				(result) => {
					this.#release(worker, job);
					job.resolve(result);
				},
				(e: Error) => {
					this.#release(worker, job);
					job.reject(e);
				}
			);
		}
	}

	/** Back to the idle ones (a crashed worker starts anew with its next run), unless cancelled meanwhile. */
	#release(worker: ScenarioWorker, job: Job): void {
		if (this.#busy.get(worker) !== job) return;
		this.#busy.delete(worker);
		this.#idle.push(worker);
		this.#next();
	}
}
