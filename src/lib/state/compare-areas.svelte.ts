/**
 * The built-in municipal boundaries for the compare screen's choropleth (docs/reference-data.md):
 * loaded, one prefecture at a time, for own data of real prefectures; the fictional sample keeps
 * its point map. Only areas of employers in the data are kept, so the codes are the rows'.
 */
import { untrack } from 'svelte';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { session } from '$lib/session/session.svelte';
import { loadPrefectureBoundaries } from '$lib/workspace/reference';
import type { CompareView } from './compare-view.svelte';

export type Areas = FeatureCollection<Polygon | MultiPolygon, { name: string }>;

export class CompareAreas {
	/** Every area of the data's prefectures, null while loading or when the data has none (the sample). */
	#loaded = $state.raw<Areas['features'] | null>(null);
	/** Boundaries asked for and not yet in: the map waits for them rather than drawing points first. */
	loading = $state(false);
	#key = '';

	constructor(private readonly view: CompareView) {}

	/** The employers' codes as one value: typing staff reads the rows again, not the areas. */
	readonly #codes = $derived.by(() => this.view.employers.map((e) => e.code).join(' '));
	/** The loaded areas of employers in the data. */
	readonly all = $derived.by((): Areas | null => {
		const codes = new Set(this.#codes.split(' '));
		const features = this.#loaded?.filter((f) => codes.has(f.properties.name)) ?? [];
		return features.length > 0 ? { type: 'FeatureCollection', features } : null;
	});

	/** The areas of the prefectures the filter shows, under a name that changes with them (ECharts registers maps by name). */
	readonly shown = $derived.by(() => {
		if (!this.all) return null;
		const chosen = this.view.filter.prefectures;
		const features = chosen.length
			? this.all.features.filter((f) => chosen.includes(f.properties.name.slice(0, 2)))
			: this.all.features;
		return features.length ? { name: `areas-${chosen.join('-') || 'all'}`, geoJSON: { ...this.all, features } } : null;
	});

	follow(): void {
		$effect(() => {
			const dataset = session.dataset;
			// The dataset's own prefecture at once, while the rows are still being read (its boundaries were fetched
			// while it loaded); other prefectures as the rows name them.
			const prefectures =
				!dataset || dataset.fictional ? [] : [...new Set([dataset.prefecture.code, ...this.view.prefectures])].sort();
			const key = prefectures.join(' ');
			if (key === this.#key) return;
			this.#key = key;
			untrack(() => void this.#load(prefectures, key));
		});
	}

	async #load(prefectures: readonly string[], key: string): Promise<void> {
		if (prefectures.length === 0) {
			this.#loaded = null;
			this.loading = false;
			return;
		}
		this.loading = true;
		const collections = await Promise.all(prefectures.map((p) => loadPrefectureBoundaries(p).catch(() => null)));
		if (key !== this.#key) return;
		this.#loaded = collections.flatMap((c) => c?.features ?? []);
		this.loading = false;
	}
}
