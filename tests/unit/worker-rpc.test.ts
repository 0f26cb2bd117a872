/**
 * The worker RPC layer (src/lib/workers/rpc.ts) against a stand-in for a Web Worker, which Node
 * lacks: a MessageChannel whose far port is served by `serve(api)`, with terminate() and error
 * events like a Worker. Then the scenario pool on that stand-in: its size, reuse and cancelling.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serve, transfer, workerRpc, type WorkerLike } from '../../src/lib/workers/rpc';
import { ScenarioRunCancelled, ScenarioRunPool } from '../../src/lib/runs/scenario-run-pool';
import type { ScenarioRunProgress, ScenarioRunRequest, ScenarioRunResult } from '../../src/lib/sim/scenario-run';

const started: FakeWorker[] = [];

class FakeWorker extends EventTarget implements WorkerLike {
	terminated = false;
	readonly #page: MessagePort;
	readonly #inside: MessagePort;

	constructor(api: object) {
		super();
		const { port1, port2 } = new MessageChannel();
		this.#page = port1;
		this.#inside = port2;
		port1.addEventListener('message', (event) =>
			this.dispatchEvent(new MessageEvent('message', { data: (event as MessageEvent).data }))
		);
		port1.start();
		serve(api, port2);
		started.push(this);
	}

	postMessage(message: unknown, transfer: Transferable[] = []): void {
		if (!this.terminated) this.#page.postMessage(message, transfer);
	}

	terminate(): void {
		this.terminated = true;
		this.#page.close();
		this.#inside.close();
	}

	/** What a Worker does on an uncaught error inside it. */
	crash(message: string): Event {
		const event = Object.assign(new Event('error', { cancelable: true }), { message });
		this.dispatchEvent(event);
		return event;
	}
}

class Stopped extends Error {
	constructor() {
		super('stopped');
	}
}

let leaked: ((n: number) => unknown) | null = null;

const testApi = {
	async add(a: number, b: number): Promise<number> {
		return a + b;
	},
	/** Reports 1 … `to`, each seen by the page before the next (awaited), then answers `to`. */
	async count(to: number, progress: (n: number) => unknown): Promise<number> {
		for (let n = 1; n <= to; n++) await progress(n);
		return to;
	},
	/** Keeps the callback to call it after answering. */
	async keep(progress: (n: number) => unknown): Promise<string> {
		leaked = progress;
		return 'kept';
	},
	hang(): Promise<never> {
		return new Promise<never>(() => undefined);
	},
	async fail(message: string): Promise<never> {
		throw new Error(message);
	},
	async size(buffer: ArrayBuffer): Promise<number> {
		return buffer.byteLength;
	}
};
type TestApi = typeof testApi;

function handle() {
	return workerRpc<TestApi>(() => new FakeWorker(testApi), {
		cancelled: () => new Stopped(),
		crashed: 'the worker stopped'
	});
}

afterEach(() => {
	for (const worker of started.splice(0)) worker.terminate();
	leaked = null;
	vi.unstubAllGlobals();
});

describe('workerRpc', () => {
	it('starts no worker before the first call, then one for all calls', async () => {
		const rpc = handle();
		expect(started).toHaveLength(0);
		expect(await rpc.call('add', 2, 3)).toBe(5);
		expect(await Promise.all([rpc.call('add', 1, 1), rpc.call('add', 4, 5)])).toEqual([2, 9]);
		expect(started).toHaveLength(1);
		expect(rpc.pending).toBe(0);
	});

	it('passes a function argument as a callback that reports progress', async () => {
		const rpc = handle();
		const seen: number[] = [];
		expect(await rpc.call('count', 3, (n) => seen.push(n))).toBe(3);
		expect(seen).toEqual([1, 2, 3]);
	});

	it('answers a callback with undefined, whatever the page’s function returns', async () => {
		let answer: unknown = 'unset';
		const api = {
			async ask(progress: () => unknown): Promise<number> {
				answer = await progress();
				return 0;
			}
		};
		const asking = workerRpc<typeof api>(() => new FakeWorker(api), { cancelled: () => new Stopped(), crashed: 'x' });
		await asking.call('ask', () => () => 'a function does not clone');
		expect(answer).toBeUndefined();
	});

	it('drops a callback reaching the page after its call has settled', async () => {
		const rpc = handle();
		const seen: number[] = [];
		expect(await rpc.call('keep', (n) => seen.push(n))).toBe('kept');
		await leaked!(7);
		expect(seen).toEqual([]);
	});

	it('rejects with the message of an error thrown in the worker, and keeps the worker', async () => {
		const rpc = handle();
		await expect(rpc.call('fail', 'no such column')).rejects.toThrow('no such column');
		expect(await rpc.call('add', 1, 2)).toBe(3);
		expect(started).toHaveLength(1);
	});

	it('moves a transferred buffer instead of copying it', async () => {
		const rpc = handle();
		const buffer = new ArrayBuffer(16);
		expect(await rpc.call('size', transfer(buffer, [buffer]))).toBe(16);
		expect(buffer.byteLength).toBe(0);
	});

	it('on cancel terminates the worker and rejects every pending call with the given error', async () => {
		const rpc = handle();
		const calls = [rpc.call('hang'), rpc.call('hang')];
		await vi.waitFor(() => expect(started).toHaveLength(1));
		expect(rpc.pending).toBe(2);
		rpc.cancel();
		for (const call of calls) await expect(call).rejects.toBeInstanceOf(Stopped);
		expect(started[0]!.terminated).toBe(true);
		expect(rpc.pending).toBe(0);
	});

	it('starts a new worker for a call after cancel', async () => {
		const rpc = handle();
		const hanging = rpc.call('hang');
		rpc.cancel();
		await expect(hanging).rejects.toBeInstanceOf(Stopped);
		expect(await rpc.call('add', 20, 22)).toBe(42);
		expect(started).toHaveLength(2);
		expect(started[0]!.terminated).toBe(true);
		expect(started[1]!.terminated).toBe(false);
	});

	it('lets an idle worker go on cancel without rejecting anything', async () => {
		const rpc = handle();
		await rpc.call('add', 1, 1);
		rpc.cancel();
		expect(started[0]!.terminated).toBe(true);
		expect(await rpc.call('add', 2, 2)).toBe(4);
		expect(started).toHaveLength(2);
	});

	it('turns a crash of the worker into rejected calls, and the next call starts a new worker', async () => {
		const rpc = handle();
		const calls = [rpc.call('hang'), rpc.call('hang')];
		const event = started[0]!.crash('out of memory');
		for (const call of calls) await expect(call).rejects.toThrow('out of memory');
		expect(event.defaultPrevented).toBe(true);
		expect(started[0]!.terminated).toBe(true);
		expect(await rpc.call('add', 1, 2)).toBe(3);
		expect(started).toHaveLength(2);
	});

	it('gives a crash without a message the handle’s own', async () => {
		const rpc = handle();
		const call = rpc.call('hang');
		started[0]!.crash('');
		await expect(call).rejects.toThrow('the worker stopped');
	});
});

describe('ScenarioRunPool on workerRpc', () => {
	/** A stand-in for scenario-run.worker.ts: each run reports once, then waits to be released. */
	function stubScenarioWorker() {
		const waiting: { request: ScenarioRunRequest; finish: () => void }[] = [];
		const api = {
			run(request: ScenarioRunRequest, progress: (p: ScenarioRunProgress) => unknown): Promise<ScenarioRunResult> {
				return new Promise((resolve) => {
					void progress({ stage: 'simulate', runs: request.runs });
					waiting.push({ request, finish: () => resolve({ seed: request.seed } as unknown as ScenarioRunResult) });
				});
			}
		};
		vi.stubGlobal(
			'Worker',
			class {
				constructor() {
					return new FakeWorker(api);
				}
			}
		);
		return waiting;
	}
	const request = (seed: number) => ({ seed, runs: 10 }) as unknown as ScenarioRunRequest;

	it('runs at most `size` at once, in order, reusing idle workers', async () => {
		const waiting = stubScenarioWorker();
		const pool = new ScenarioRunPool(2);
		const progress: ScenarioRunProgress[] = [];
		const runs = [1, 2, 3].map((seed) => pool.run(request(seed), (p) => progress.push(p)));
		await vi.waitFor(() => expect(waiting).toHaveLength(2));
		expect(started).toHaveLength(2);
		expect(waiting.map((w) => w.request.seed)).toEqual([1, 2]);
		waiting[0]!.finish();
		expect(await runs[0]).toEqual({ seed: 1 });
		await vi.waitFor(() => expect(waiting).toHaveLength(3));
		expect(waiting[2]!.request.seed).toBe(3);
		waiting[1]!.finish();
		waiting[2]!.finish();
		expect(await Promise.all(runs)).toEqual([{ seed: 1 }, { seed: 2 }, { seed: 3 }]);
		expect(started).toHaveLength(2);
		expect(progress).toHaveLength(3);
	});

	it('cancelAll rejects running and queued runs, stops every worker, and starts fresh ones after', async () => {
		const waiting = stubScenarioWorker();
		const pool = new ScenarioRunPool(1);
		const runs = [pool.run(request(1)), pool.run(request(2))];
		await vi.waitFor(() => expect(waiting).toHaveLength(1));
		pool.cancelAll();
		for (const run of runs) await expect(run).rejects.toBeInstanceOf(ScenarioRunCancelled);
		expect(started.every((w) => w.terminated)).toBe(true);
		const again = pool.run(request(3));
		await vi.waitFor(() => expect(waiting).toHaveLength(2));
		waiting[1]!.finish();
		expect(await again).toEqual({ seed: 3 });
		expect(started).toHaveLength(2);
	});
});
