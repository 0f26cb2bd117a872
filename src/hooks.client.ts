import { session } from '$lib/session/session.svelte';
import { restoreLocale } from '$lib/i18n/locale.svelte';

// DuckDB's start-up and the data download are the long pole: they begin as soon as this module
// is evaluated, before the router starts.
session.start();

export function init(): void {
	restoreLocale();
}
