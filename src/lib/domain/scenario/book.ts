/** Edits of a scenario book: each returns a new book, so the screen can keep the old one for undo. */
import { MAX_SCENARIOS, type Scenario, type ScenarioAssumptions, type ScenarioBook, type StaffBase } from './types';
import { applyScenarioChange, changeAssumptions, type ScenarioChange } from './edit';

/**
 * A new scenario's id: unique in the book and across an undo that brings a deleted one back.
 * getRandomValues, not randomUUID, which a page served over plain http on a school network lacks.
 */
export const scenarioId = () =>
	`s${Array.from(crypto.getRandomValues(new Uint8Array(5)), (b) => b.toString(16).padStart(2, '0')).join('')}`;

export const blankScenario = (id: string, name: string): Scenario => ({
	id,
	name,
	addStaff: [],
	removeStaff: [],
	visitPolicy: null,
	remote: null,
	helpDesk: null
});

/** "+N staff": the baseline with N full-time contracted staff at the base given (as a rule the board's office). */
export function plusStaff(book: ScenarioBook, id: string, name: string, count: number, base: StaffBase): ScenarioBook {
	if (book.scenarios.length >= MAX_SCENARIOS) return book;
	const scenario = blankScenario(id, name);
	if (count > 0) scenario.addStaff = [{ count, base, days: 5, employment: 'contract', unitCost: null }];
	return { ...book, scenarios: [...book.scenarios, scenario] };
}

export function duplicateScenario(book: ScenarioBook, sourceId: string, id: string, name: string): ScenarioBook {
	const source = book.scenarios.find((s) => s.id === sourceId);
	if (!source || book.scenarios.length >= MAX_SCENARIOS) return book;
	const copy: Scenario = { ...structuredClone(source), id, name };
	const at = book.scenarios.indexOf(source) + 1;
	return { ...book, scenarios: [...book.scenarios.slice(0, at), copy, ...book.scenarios.slice(at)] };
}

export function updateScenario(book: ScenarioBook, scenario: Scenario): ScenarioBook {
	return { ...book, scenarios: book.scenarios.map((s) => (s.id === scenario.id ? scenario : s)) };
}

/** One change to the scenario `id` (see edit.ts). */
export function editScenario(book: ScenarioBook, id: string, change: ScenarioChange): ScenarioBook {
	const scenario = book.scenarios.find((s) => s.id === id);
	return scenario ? updateScenario(book, applyScenarioChange(scenario, change)) : book;
}

export function editAssumptions(book: ScenarioBook, patch: Partial<ScenarioAssumptions>): ScenarioBook {
	return { ...book, assumptions: changeAssumptions(book.assumptions, patch) };
}

/** One key per scope, whatever the order its employer codes were given in. */
export const scopeKey = (scope: readonly string[]): string => [...scope].sort().join(',');

/** The scenarios the book holds for `scope`: its own when it is the book's scope, else the shelved ones. */
export function scenariosOf(book: ScenarioBook, scope: readonly string[]): Scenario[] {
	return scopeKey(scope) === scopeKey(book.scope) ? book.scenarios : (book.shelved?.[scopeKey(scope)] ?? []);
}

/**
 * The book turned to other employers (several = pooled): the scenarios of the scope left are
 * shelved, those made before for the new one come back.
 */
export function setScope(book: ScenarioBook, scope: string[]): ScenarioBook {
	const from = scopeKey(book.scope);
	const to = scopeKey(scope);
	if (from === to) return { ...book, scope };
	const { [to]: back = [], ...others } = book.shelved ?? {};
	const shelved = book.scenarios.length > 0 ? { ...others, [from]: book.scenarios } : others;
	return { ...book, scope, scenarios: back, shelved };
}

/**
 * The book turned to these employers with scenarios added to it: the oldest of that scope's
 * scenarios give way when it would hold more than it may.
 */
export function scopeWithScenarios(book: ScenarioBook, scope: string[], added: Scenario[]): ScenarioBook {
	const turned = setScope(book, scope);
	const kept = turned.scenarios.slice(0, Math.max(0, MAX_SCENARIOS - added.length));
	return { ...turned, scenarios: [...kept, ...added] };
}

/** The book turned to the scope of the scenario `id` (it may be shelved); unchanged when no scope holds it. */
export function openScenario(book: ScenarioBook, id: string): ScenarioBook {
	if (book.scenarios.some((s) => s.id === id)) return book;
	const key = Object.entries(book.shelved ?? {}).find(([, list]) => list.some((s) => s.id === id))?.[0];
	return key === undefined ? book : setScope(book, key.split(','));
}

/**
 * The scenarios of a file, opened for the scope the file names (never for the one chosen now):
 * they take the place of that scope's scenarios; the other scopes' stay as they were. A file's
 * scenario whose id another scope already uses gets a new one from `newId`, so ids stay unique.
 */
export function openScenarioFile(book: ScenarioBook, file: ScenarioBook, newId: () => string): ScenarioBook {
	const turned = setScope(book, file.scope);
	const taken = new Set(Object.values(turned.shelved ?? {}).flatMap((list) => list.map((s) => s.id)));
	const scenarios = file.scenarios.map((s) => (taken.has(s.id) ? { ...s, id: newId() } : s));
	return { ...turned, assumptions: file.assumptions, scenarios };
}

export function deleteScenario(book: ScenarioBook, id: string): ScenarioBook {
	return { ...book, scenarios: book.scenarios.filter((s) => s.id !== id) };
}

/** Names like "+3 staff (2)" when "+3 staff" is taken. */
export function uniqueName(book: ScenarioBook, name: string): string {
	const taken = new Set(book.scenarios.map((s) => s.name));
	if (!taken.has(name)) return name;
	for (let n = 2; ; n++) if (!taken.has(`${name} (${n})`)) return `${name} (${n})`;
}
