/**
 * A screen's data, read from the loaded dataset: the one way every screen gets its data. In the
 * spirit of Mosaic's client/coordinator, the session coordinates (it knows when the data is ready
 * and when it changed) and each reader says what it reads; `follow` reads again after every change
 * of the data or of the reader's own inputs, and an answer that arrives after a newer read started
 * is dropped, so a screen never shows figures of data it no longer has.
 */
import { untrack } from 'svelte';
import { session, type DataSource } from '$lib/session/session.svelte';

export type ReadData<T, I> = (source: DataSource, inputs: I) => Promise<T>;

export interface ReaderOptions<T, I> {
	/** What else the read depends on (assumptions, settings); read reactively, so a change reads again. */
	inputs?: () => I | null;
	/** After each fresh value, e.g. to keep a choice that the new data still offers; `source` is what it was read from. */
	onRead?: (value: T, source: DataSource) => void;
}

export class DatasetReader<T, I = undefined> {
	value = $state.raw<T | null>(null);
	failure = $state<string | null>(null);
	#generation = 0;

	constructor(
		private readonly read: ReadData<T, I>,
		private readonly options: ReaderOptions<T, I> = {}
	) {}

	/** Called while a screen starts: reads once the data is ready, and again whenever it or the inputs change. */
	follow(): void {
		$effect(() => {
			const source = session.source;
			const inputs = this.options.inputs ? this.options.inputs() : (undefined as I);
			if (!source || inputs === null) return;
			// Only the source and the inputs are dependencies, not what the read happens to touch.
			untrack(() => void this.#refresh(source, inputs));
		});
	}

	async #refresh(source: DataSource, inputs: I): Promise<void> {
		const generation = ++this.#generation;
		try {
			const value = await this.read(source, inputs);
			if (generation !== this.#generation) return;
			this.value = value;
			this.failure = null;
			this.options.onRead?.(value, source);
		} catch (e) {
			if (generation === this.#generation) this.failure = e instanceof Error ? e.message : String(e);
		}
	}
}
