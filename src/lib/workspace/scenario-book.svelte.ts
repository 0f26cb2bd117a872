/** The scenario book (scope, assumptions, scenarios), kept in this browser with the workspace. */
import { emptyBook } from '$lib/domain/scenario/assumptions';
import { parseScenarioBook } from '$lib/domain/scenario/parse';
import type { ScenarioBook } from '$lib/domain/scenario/types';
import { KeptDocument } from './kept-document.svelte';

export const scenarioBook = new KeptDocument<ScenarioBook>('scenario-book', emptyBook, parseScenarioBook);
