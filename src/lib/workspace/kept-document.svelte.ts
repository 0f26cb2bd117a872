/**
 * A small document the workspace keeps in this browser (the schedule's assumptions, the scenario
 * book): read back once per page when it has the right shape (else the defaults), saved a moment
 * after each change; a failure to save is reported and the document stays in use.
 */
import { createStore, get, set } from 'idb-keyval';

let store: ReturnType<typeof createStore> | null = null;
const db = () => (store ??= createStore('haichi', 'workspace'));

export class KeptDocument<T> {
	value: T = $state() as T;
	saveError = $state<string | null>(null);
	/** What this browser kept has been read: only then may a change be saved over it. */
	loaded = $state(false);
	#loaded: Promise<void> | null = null;

	constructor(
		private readonly key: string,
		defaults: () => T,
		private readonly parse: (stored: unknown) => T | null
	) {
		this.value = defaults();
	}

	/** Once per page: what this browser kept (a damaged entry gives the defaults). */
	load(): Promise<void> {
		return (this.#loaded ??= get(this.key, db())
			.then((stored) => {
				const parsed = this.parse(stored);
				if (parsed) this.value = parsed;
			})
			.catch(() => undefined)
			.finally(() => (this.loaded = true)));
	}

	/** The one way to change the document: `change` gets a plain copy and returns the new value. */
	update(change: (value: T) => T): void {
		this.value = change($state.snapshot(this.value) as T);
	}

	async save(): Promise<void> {
		try {
			await set(this.key, $state.snapshot(this.value), db());
			this.saveError = null;
		} catch (e) {
			this.saveError = e instanceof Error ? e.message : String(e);
		}
	}

	/** A document from a workspace file (already checked), kept in this browser too. */
	async replace(value: T): Promise<void> {
		this.value = value;
		await this.save();
	}

	/**
	 * Called while a component starts: loads the document in the browser (pages are prerendered,
	 * where there is no IndexedDB) and keeps every change a moment after the last keystroke — or at
	 * once when the page is left or hidden before that moment.
	 */
	keepWhileMounted(): void {
		let pending = false;
		const flush = () => {
			if (!pending) return;
			pending = false;
			void this.save();
		};
		$effect(() => void this.load());
		$effect(() => {
			JSON.stringify(this.value);
			if (!this.loaded) return;
			pending = true;
			const timer = setTimeout(flush, 400);
			return () => clearTimeout(timer);
		});
		$effect(() => {
			addEventListener('pagehide', flush);
			return () => {
				removeEventListener('pagehide', flush);
				flush();
			};
		});
	}
}
