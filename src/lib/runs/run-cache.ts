/**
 * Runs finished in this page, by request: shared by every screen that runs scenarios (the
 * scenarios screen and the budget pack), so that opening the pack after the scenarios does not run
 * them again. A change of data or of any assumption changes the request, and so the key.
 */

/** FNV-1a over the request's JSON: the key of a run, so an unchanged request keeps its result. */
export function requestKey(request: unknown): string {
	const text = JSON.stringify(request);
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return `${(h >>> 0).toString(36)}-${text.length}`;
}

export class RunCache<R> {
	readonly #results = new Map<string, { result: Promise<R>; owner: object }>();

	constructor(
		private readonly maxKept: number,
		/** A run stopped on purpose (its screen closed): not an answer to keep. */
		private readonly isCancelled: (e: unknown) => boolean
	) {}

	/** The result of the request keyed `key`: the kept one, else what `start` starts for `owner`. */
	run(key: string, owner: object, start: () => Promise<R>): Promise<R> {
		const kept = this.#results.get(key);
		// Another screen's run, still going when that screen closed and stopped its workers: run it here.
		if (kept && kept.owner !== owner)
			return kept.result.catch((e: unknown) => (this.isCancelled(e) ? this.run(key, owner, start) : Promise.reject(e)));
		if (kept) return kept.result;
		const result = start();
		this.#results.set(key, { result, owner });
		// The oldest go first: a long session of edits keeps the last ones only.
		if (this.#results.size > this.maxKept) this.#results.delete(this.#results.keys().next().value!);
		// A failed or cancelled run is tried again next time.
		result.catch(() => {
			if (this.#results.get(key)?.result === result) this.#results.delete(key);
		});
		return result;
	}
}
