/**
 * The overview screen's state: the overview read from the loaded data. While DuckDB starts, a
 * result computed before from exactly the same data stands in: the build's own for the verified
 * sample (same SQL, same files), and for the user's own data the one this browser kept at its
 * last read (workspace/result-cache.ts, under the data's content key and this build).
 */
import { tick, untrack } from 'svelte';
import { version } from '$app/environment';
import { session } from '$lib/session/session.svelte';
import { readResult, writeResult } from '$lib/workspace/result-cache';
import { DatasetReader } from './dataset-reader.svelte';
import { loadOverview, type OverviewData } from './overview-data';
import sampleOverview from './sample-overview.json';

const RESULT = 'overview';

export class OverviewScreen {
	/** The result kept for the user's data, with the key it was kept under. */
	#kept = $state.raw<{ key: string; value: OverviewData } | null>(null);
	readonly reader = new DatasetReader<OverviewData>((s) => loadOverview(s.runner, s.dataset.fiscalYear), {
		onRead: (value, source) => {
			// For the bench: the moment the browser's own figures are on screen.
			void tick().then(() => performance.mark('haichi:overview-live'));
			if (source.key && this.#kept?.key !== source.key) {
				this.#kept = { key: source.key, value };
				void writeResult(RESULT, source.key, version, value);
			}
		}
	});
	/** The kept result, only while it is the one of the data being loaded or in use. */
	readonly #standIn = $derived(
		session.keyed && this.#kept?.key === session.keyed.key ? { ...session.keyed, value: this.#kept.value } : null
	);
	readonly data = $derived(
		this.reader.value ?? (session.verifiedSample ? (sampleOverview as OverviewData) : (this.#standIn?.value ?? null))
	);
	/** The figures come from the browser's own DuckDB (not a stand-in). */
	readonly live = $derived(this.reader.value !== null);
	/** What stands in while DuckDB starts: the build's sample overview, or this browser's kept one. */
	readonly precomputed = $derived<'sample' | 'kept' | null>(
		this.live ? null : session.verifiedSample ? 'sample' : this.#standIn ? 'kept' : null
	);
	readonly dataset = $derived(session.dataset ?? session.verifiedSample ?? this.#standIn?.dataset ?? null);

	follow(): void {
		this.reader.follow();
		$effect(() => {
			const keyed = session.keyed;
			if (!keyed || untrack(() => this.reader.value !== null || this.#kept?.key === keyed.key)) return;
			void readResult<OverviewData>(RESULT, keyed.key, version).then((value) => {
				if (value && this.reader.value === null && session.keyed?.key === keyed.key)
					this.#kept = { key: keyed.key, value };
			});
		});
	}
}
