/**
 * Starting a workspace from a real prefecture (docs/reference-data.md): the built-in list of
 * prefectures and municipalities, loaded when the choice is first shown, the counts a start
 * would bring, and the start itself — every table replaced, the sample's with nothing.
 */
import { session } from '$lib/session/session.svelte';
import { loadPrefectureBoundaries, loadReference, prefectureStart } from '$lib/workspace/reference';
import { TABLE_NAMES } from '$lib/domain/tables';
import type { ReferenceIndex, ReferenceMunicipality } from '$lib/domain/reference';

export class ReferenceStart {
	index = $state.raw<ReferenceIndex | null>(null);
	failed = $state(false);
	prefecture = $state('');
	/** The user's own municipality, optional: the compare screen opens with it picked. */
	municipality = $state('');
	starting = $state(false);
	#asked = false;

	readonly municipalities = $derived<ReferenceMunicipality[]>(
		this.index?.municipalities.filter((m) => m.prefecture === this.prefecture) ?? []
	);
	/** What a start would load: municipalities and their schools (国公私立計). */
	readonly preview = $derived(
		this.prefecture
			? {
					municipalities: this.municipalities.length,
					schools: this.municipalities.reduce(
						(n, m) => n + Object.values(m.counts).reduce((k, c) => k + (c?.schools ?? 0), 0),
						0
					)
				}
			: null
	);

	/** Loads the list once, the first time the choice is shown. */
	open(): void {
		if (this.#asked) return;
		this.#asked = true;
		loadReference().then(
			(index) => (this.index = index),
			() => (this.failed = true)
		);
	}

	choosePrefecture(code: string): void {
		this.prefecture = code;
		this.municipality = '';
	}

	/** Replaces the data with the prefecture's; false when the load was refused (the session says why). */
	async start(): Promise<boolean> {
		if (!this.index || !this.prefecture) return false;
		const start = prefectureStart(this.index, this.prefecture);
		if (!start) return false;
		this.starting = true;
		// The compare screen opens next on these boundaries: fetched while the data loads.
		void loadPrefectureBoundaries(this.prefecture).catch(() => null);
		try {
			const given = new Set(start.files.map((f) => f.table));
			const loaded = await session.loadPrepared(
				start.files,
				[],
				TABLE_NAMES.filter((t) => !given.has(t)),
				start.prefecture
			);
			// For the bench: the prefecture's data is in; what follows is the compare screen's.
			if (loaded) performance.mark('haichi:prefecture-loaded');
			return loaded;
		} finally {
			this.starting = false;
		}
	}
}
