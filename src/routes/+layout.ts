import { browser } from '$app/environment';
import { session } from '$lib/db/session.svelte';
import { restoreLocale } from '$lib/i18n/locale.svelte';

export const prerender = true;
export const trailingSlash = 'never';

export function load() {
	// Start DuckDB and the sample download before any component renders: they are the long pole.
	if (browser) {
		restoreLocale();
		session.start();
	}
}
