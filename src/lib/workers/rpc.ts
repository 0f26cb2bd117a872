/**
 * One small RPC layer for the app's workers, on Comlink. A worker exposes a plain object of
 * functions with `serve(api)`; the page calls it through `workerRpc(start, options)`, which
 * starts the worker on the first call, passes function arguments (progress callbacks) as Comlink
 * proxies, and adds what Comlink leaves out: cancelling terminates the worker and rejects every
 * call still pending with the caller's own error, and a crash of the worker (its `error` event)
 * rejects them too. Either way the next call starts a new worker.
 *
 * `start` must build the worker itself, `() => new Worker(new URL('./x.worker.ts',
 * import.meta.url), { type: 'module' })`, in the calling module: Vite finds and bundles a worker
 * only from that literal pattern.
 */
import { expose, proxy, wrap, type Endpoint, type Remote } from 'comlink';

/** Marks an argument's buffers to be moved to the worker rather than copied. */
export { transfer } from 'comlink';

/** What a worker exposes: functions whose arguments and results are structured-cloneable, or callbacks. */
export type WorkerApi<T> = { [K in keyof T]: (...args: never[]) => unknown };

/** What `workerRpc` needs of a worker: a `Worker`, or a stand-in for one in tests. */
export interface WorkerLike extends Endpoint {
	terminate(): void;
}

type Fn = (...args: never[]) => unknown;
type Method<T> = { [K in keyof T]: T[K] extends Fn ? K : never }[keyof T] & string;
type Args<F> = F extends (...args: infer A) => unknown ? A : never;
type Result<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never;

export interface WorkerRpc<T> {
	/**
	 * Calls `method` in the worker, starting one if none runs. A function argument reaches the
	 * worker as a callback into the page; its calls stop once this call has settled.
	 */
	call<K extends Method<T>>(method: K, ...args: Args<T[K]>): Promise<Result<T[K]>>;
	/**
	 * Terminates the worker (a busy worker cannot be interrupted otherwise) and rejects every call
	 * still pending with `options.cancelled()`. With nothing pending it just lets the worker go.
	 */
	cancel(): void;
	/** Calls not settled yet. */
	readonly pending: number;
}

export interface WorkerRpcOptions {
	/** The error every pending call rejects with on `cancel()` (the caller's own class, to tell apart). */
	cancelled: () => Error;
	/** The message of a crash that carries none. */
	crashed: string;
}

interface Running<T> {
	worker: WorkerLike;
	remote: Remote<T>;
	/** The pending calls' rejecters. */
	pending: Set<(error: Error) => void>;
	onError: (event: Event) => void;
}

export function workerRpc<T extends WorkerApi<T>>(start: () => WorkerLike, options: WorkerRpcOptions): WorkerRpc<T> {
	let running: Running<T> | null = null;

	function stop(error: () => Error): void {
		const current = running;
		if (!current) return;
		running = null;
		current.worker.removeEventListener('error', current.onError);
		current.worker.terminate();
		const rejects = [...current.pending];
		current.pending.clear();
		for (const reject of rejects) reject(error());
	}

	function ensure(): Running<T> {
		if (running) return running;
		const worker = start();
		const current: Running<T> = {
			worker,
			remote: wrap<T>(worker),
			pending: new Set(),
			onError: (event) => {
				// Handled here: the page's own error reporting should not see it as uncaught.
				event.preventDefault();
				const message = (event as ErrorEvent).message || options.crashed;
				if (running === current) stop(() => new Error(message));
			}
		};
		worker.addEventListener('error', current.onError);
		running = current;
		return current;
	}

	return {
		call(method, ...args) {
			const current = ensure();
			return new Promise((resolve, reject) => {
				let settled = false;
				const fail = (error: Error) => {
					settled = true;
					current.pending.delete(fail);
					reject(error);
				};
				current.pending.add(fail);
				// A fresh wrapper per call: Comlink marks the function it proxies, and a callback's
				// messages travel on their own channel, so one may land after the result: drop it.
				// Nothing goes back but undefined (the callback's own result might not clone).
				const wired = (args as unknown[]).map((arg) =>
					typeof arg === 'function'
						? proxy((...a: unknown[]): void => {
								if (!settled) (arg as (...a: unknown[]) => unknown)(...a);
							})
						: arg
				);
				const remote = current.remote[method] as unknown as (...a: unknown[]) => Promise<Result<T[typeof method]>>;
				remote(...wired).then(
					(value) => {
						if (settled) return;
						settled = true;
						current.pending.delete(fail);
						resolve(value);
					},
					(e: unknown) => {
						if (!settled) fail(e instanceof Error ? e : new Error(String(e)));
					}
				);
			});
		},
		cancel() {
			stop(options.cancelled);
		},
		get pending() {
			return running?.pending.size ?? 0;
		}
	};
}

/** The worker's side: answers `workerRpc` calls with `api` (on the worker's own scope unless told). */
export function serve<T extends WorkerApi<T>>(api: T, endpoint?: Endpoint): void {
	expose(api, endpoint);
}
