/**
 * Changes of the workspace this page made that the browser has not yet confirmed as written:
 * while there is one, leaving the page is warned about, and a pending write starts at once.
 */
import { SvelteMap } from 'svelte/reactivity';

/** Per entry, what starts its pending write now (a debounced save) or nothing (already writing). */
const pending = new SvelteMap<string, (() => void) | null>();

export const unsaved = {
	/** Something is not yet kept. */
	get any(): boolean {
		return pending.size > 0;
	},
	has(key: string): boolean {
		return pending.has(key);
	},
	/** `key` holds a change not yet confirmed; `flush` starts its write at once. */
	mark(key: string, flush: (() => void) | null = null): void {
		pending.set(key, flush);
	},
	/** The write of `key` was confirmed (or failed and was reported). */
	done(key: string): void {
		pending.delete(key);
	},
	/** Starts every write still waiting, before the page goes. */
	flush(): void {
		for (const flush of [...pending.values()]) flush?.();
	}
};
