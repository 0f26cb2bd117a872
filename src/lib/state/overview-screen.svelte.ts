/**
 * The overview screen's state: the overview read from the loaded data, with the build's own
 * result for the verified sample standing in while DuckDB starts (same SQL, same files).
 */
import { tick } from 'svelte';
import { session } from '$lib/session/session.svelte';
import { DatasetReader } from './dataset-reader.svelte';
import { loadOverview, type OverviewData } from './overview-data';
import sampleOverview from './sample-overview.json';

export class OverviewScreen {
	readonly reader = new DatasetReader<OverviewData>((s) => loadOverview(s.runner, s.dataset.fiscalYear), {
		// For the bench: the moment the browser's own figures are on screen.
		onRead: () => void tick().then(() => performance.mark('haichi:overview-live'))
	});
	readonly data = $derived(this.reader.value ?? (session.verifiedSample ? (sampleOverview as OverviewData) : null));
	/** The figures come from the browser's own DuckDB (not the build's stand-in). */
	readonly live = $derived(this.reader.value !== null);
	readonly dataset = $derived(session.dataset ?? session.verifiedSample);

	follow(): void {
		this.reader.follow();
	}
}
