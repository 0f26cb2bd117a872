/**
 * The tabs of the app share one workspace. A change is written under a lock held across tabs
 * (Web Locks), so two writes never interleave and each one starts from what the other stored;
 * once written, the other tabs are told (BroadcastChannel) and read it back.
 */

/** What one tab tells the others: the entry `key` now has `revision`. */
export interface Written {
	key: string;
	revision: number;
}

const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('haichi-workspace');

/** Tells the other tabs that `key` was written. */
export function announce(written: Written): void {
	channel?.postMessage(written);
}

/** Calls `listener` for every write another tab announces; returns the way to stop. */
export function onWritten(listener: (written: Written) => void): () => void {
	if (!channel) return () => undefined;
	const handler = (event: MessageEvent<Written>) => listener(event.data);
	channel.addEventListener('message', handler);
	return () => channel.removeEventListener('message', handler);
}

/** Without Web Locks (an insecure origin), the tab at least keeps its own writes in order. */
const localQueues = new Map<string, Promise<unknown>>();

/** Runs `task` while this tab alone, of all the app's tabs, holds the lock `name`. */
export function exclusive<T>(name: string, task: () => Promise<T>): Promise<T> {
	const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
	if (locks) return locks.request(`haichi:${name}`, task) as Promise<T>;
	const run = (localQueues.get(name) ?? Promise.resolve()).then(task, task);
	localQueues.set(
		name,
		run.catch(() => undefined)
	);
	return run;
}
