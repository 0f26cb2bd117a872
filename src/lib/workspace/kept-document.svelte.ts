/**
 * A small document the workspace keeps in this browser (the schedule's assumptions, the scenario
 * book): read back once per page when it has the right shape (else the defaults), saved a moment
 * after each change. An edit counts as kept only once the browser confirmed its write; until then
 * it is pending (shown, and leaving the page is warned about). Tabs share the document: a write
 * another tab announces is read back here, and an edit made meanwhile is applied again on top of
 * what that tab stored, never written over it.
 */
import { readEntry, StorageWriteError, writeEntry } from './idb';
import { announce, exclusive, onWritten } from './tabs';
import { unsaved } from './unsaved.svelte';

export class KeptDocument<T> {
	value: T = $state() as T;
	/** The last write failed: the document is in use but not kept. */
	saveError = $state<StorageWriteError | null>(null);
	/** What this browser kept has been read: only then may a change be saved over it. */
	loaded = $state(false);
	/** Another tab's changes were read in here since this tab's last edit. */
	changedElsewhere = $state(false);
	#loaded: Promise<void> | null = null;
	/** The stored revision `value` builds on. */
	#revision = 0;
	/** This tab's edits not yet confirmed as written, to apply again over another tab's write. */
	#changes: ((value: T) => T)[] = [];
	#timer: ReturnType<typeof setTimeout> | null = null;

	constructor(
		readonly key: string,
		private readonly defaults: () => T,
		private readonly parse: (stored: unknown) => T | null
	) {
		this.value = defaults();
	}

	/** An edit of this tab waits for its write (or its write failed). */
	get pending(): boolean {
		return unsaved.has(this.key);
	}

	/** Once per page: what this browser kept (a damaged entry gives the defaults), then other tabs' writes. */
	load(): Promise<void> {
		return (this.#loaded ??= this.#read()
			.catch(() => undefined)
			.finally(() => {
				this.loaded = true;
				onWritten(({ key, revision }) => {
					if (key === this.key && revision !== this.#revision) void this.#refresh();
				});
			}));
	}

	/** The one way to change the document: `change` gets a plain copy and returns the new value. */
	update(change: (value: T) => T): void {
		this.value = change($state.snapshot(this.value) as T);
		this.#changes.push(change);
		this.changedElsewhere = false;
		this.#schedule();
	}

	/** Writes the document now (a moment after the last edit otherwise); resolves once kept or failed. */
	async save(): Promise<void> {
		this.#clearTimer();
		await this.load();
		unsaved.mark(this.key);
		try {
			await exclusive(this.key, async () => {
				const stored = await readEntry(this.key);
				if (stored.revision !== this.#revision) {
					this.value = this.#rebase(stored.value);
					this.changedElsewhere = true;
				}
				const applied = this.#changes.length;
				const revision = stored.revision + 1;
				await writeEntry(this.key, $state.snapshot(this.value), revision);
				this.#revision = revision;
				this.#changes.splice(0, applied);
				announce({ key: this.key, revision });
			});
			this.saveError = null;
		} catch (e) {
			this.saveError = e instanceof StorageWriteError ? e : new StorageWriteError('blocked', String(e));
		}
		if (this.saveError) unsaved.mark(this.key, () => void this.save());
		else if (this.#changes.length > 0) this.#schedule();
		else if (!this.#timer) unsaved.done(this.key);
	}

	/** A document from a workspace file (already checked), kept in this browser too. */
	async replace(value: T): Promise<void> {
		this.update(() => value);
		await this.save();
	}

	/** Called while a component starts: loads the document in the browser (pages are prerendered, without IndexedDB). */
	keepWhileMounted(): void {
		$effect(() => void this.load());
	}

	async #read(): Promise<void> {
		const stored = await readEntry(this.key);
		this.#revision = stored.revision;
		this.value = this.#rebase(stored.value);
	}

	/** The stored value with this tab's pending edits applied again. */
	#rebase(stored: unknown): T {
		return this.#changes.reduce((value, change) => change(value), this.parse(stored) ?? this.defaults());
	}

	/** Another tab wrote: read it in, unless an edit of this tab is pending (its write merges). */
	async #refresh(): Promise<void> {
		if (this.#changes.length > 0) return this.#schedule();
		await exclusive(this.key, async () => {
			const stored = await readEntry(this.key);
			if (stored.revision === this.#revision || this.#changes.length > 0) return;
			this.#revision = stored.revision;
			this.value = this.#rebase(stored.value);
			this.changedElsewhere = true;
		}).catch(() => undefined);
	}

	#schedule(): void {
		this.#clearTimer();
		unsaved.mark(this.key, () => void this.save());
		this.#timer = setTimeout(() => void this.save(), 400);
	}

	#clearTimer(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
	}
}
