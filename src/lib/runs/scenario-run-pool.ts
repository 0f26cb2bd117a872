/**
 * The page's side of the scenario workers: a small pool (the machine's cores, at most 4) taking
 * queued runs in order. Cancelling stops every worker outright (HiGHS cannot be interrupted from
 * outside) and rejects what was queued; the next run starts fresh workers.
 */
import type { ScenarioRunProgress, ScenarioRunRequest, ScenarioRunResponse, ScenarioRunResult } from '$lib/sim/scenario-run-protocol';

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

export class ScenarioRunPool {
	readonly size: number;
	#idle: Worker[] = [];
	#busy = new Map<Worker, Job>();
	#queue: Job[] = [];

	constructor(size = Math.min(4, Math.max(1, globalThis.navigator?.hardwareConcurrency ?? 2))) {
		this.size = size;
	}

	run(request: ScenarioRunRequest, progress: (p: ScenarioRunProgress) => void = () => undefined): Promise<ScenarioRunResult> {
		return new Promise((resolve, reject) => {
			this.#queue.push({ request, progress, resolve, reject });
			this.#next();
		});
	}

	cancelAll(): void {
		const jobs = [...this.#queue, ...this.#busy.values()];
		for (const w of [...this.#idle, ...this.#busy.keys()]) w.terminate();
		this.#idle = [];
		this.#busy.clear();
		this.#queue = [];
		for (const job of jobs) job.reject(new ScenarioRunCancelled());
	}

	#next(): void {
		while (this.#queue.length > 0 && this.#busy.size < this.size) {
			const job = this.#queue.shift()!;
			const worker = this.#idle.pop() ?? new Worker(new URL('../sim/scenario-run.worker.ts', import.meta.url), { type: 'module' });
			this.#busy.set(worker, job);
			worker.onmessage = ({ data }: MessageEvent<ScenarioRunResponse>) => {
				if (data.kind === 'progress') return job.progress(data);
				this.#release(worker, true);
				if (data.kind === 'done') job.resolve(data.result);
				else job.reject(new Error(data.message));
			};
			worker.onerror = (event) => {
				event.preventDefault();
				this.#release(worker, false);
				job.reject(new Error(event.message || 'the scenario worker stopped'));
			};
			worker.postMessage(job.request);
		}
	}

	#release(worker: Worker, reusable: boolean): void {
		this.#busy.delete(worker);
		if (reusable) this.#idle.push(worker);
		else worker.terminate();
		this.#next();
	}
}
