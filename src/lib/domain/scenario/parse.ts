/**
 * A scenario book read back from this browser's storage or from a file a user brings: accepted
 * only when every field has the right shape and a sensible range, else the reason is given.
 */
import { EMPLOYMENT_TYPES, REQUEST_CATEGORIES } from '../tables';
import { parseVisitPolicy } from '../schedule/settings';
import { inRange, isObject } from '../shape';
import { DEFAULT_REMOTE } from './assumptions';
import {
	MAX_SCENARIOS,
	type AddedStaff,
	type HelpDesk,
	type RemoteSupport,
	type Scenario,
	type ScenarioAssumptions,
	type ScenarioBook,
	type StaffBase
} from './types';

const MAX_COST = 1e11;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;

function isBase(v: unknown): v is StaffBase {
	if (!isObject(v)) return false;
	if (v.kind === 'office') return isText(v.employer);
	if (v.kind === 'school') return isText(v.school);
	return v.kind === 'point' && inRange(v.lat, 20, 46) && inRange(v.lon, 122, 154);
}

function isAdded(v: unknown): v is AddedStaff {
	return (
		isObject(v) &&
		Number.isInteger(v.count) &&
		inRange(v.count, 1, 200) &&
		isBase(v.base) &&
		Number.isInteger(v.days) &&
		inRange(v.days, 1, 5) &&
		EMPLOYMENT_TYPES.includes(v.employment as never) &&
		(v.unitCost === null || inRange(v.unitCost, 0, MAX_COST))
	);
}

/** Remote support as kept; a book kept before office days were counted takes their default. */
function parseRemote(v: unknown): RemoteSupport | null {
	if (
		!isObject(v) ||
		!isObject(v.shares) ||
		!REQUEST_CATEGORIES.every((c) => inRange((v.shares as Record<string, unknown>)[c], 0, 1)) ||
		!inRange(v.staffSlotsPerDay, 0, 100) ||
		(v.officeSlotsPerDay !== undefined && !inRange(v.officeSlotsPerDay, 0, 100))
	)
		return null;
	return {
		shares: { ...(v.shares as RemoteSupport['shares']) },
		staffSlotsPerDay: v.staffSlotsPerDay as number,
		officeSlotsPerDay: (v.officeSlotsPerDay as number | undefined) ?? DEFAULT_REMOTE.officeSlotsPerDay
	};
}

function isHelpDesk(v: unknown): v is HelpDesk {
	return (
		isObject(v) &&
		(v.mode === 'none' || v.mode === 'own' || v.mode === 'shared') &&
		inRange(v.capacityPerDay, 0, 10_000) &&
		inRange(v.annualCost, 0, MAX_COST) &&
		Number.isInteger(v.members) &&
		inRange(v.members, 1, 2000)
	);
}

function parseScenario(v: unknown): Scenario | null {
	if (!isObject(v) || !isText(v.id) || typeof v.name !== 'string' || v.name.length > 200) return null;
	if (
		!Array.isArray(v.addStaff) ||
		!v.addStaff.every(isAdded) ||
		!Array.isArray(v.removeStaff) ||
		!v.removeStaff.every(isText)
	)
		return null;
	const visitPolicy = v.visitPolicy === null ? null : parseVisitPolicy(v.visitPolicy);
	if (v.visitPolicy !== null && !visitPolicy) return null;
	const remote = v.remote === null ? null : parseRemote(v.remote);
	if (v.remote !== null && !remote) return null;
	if (v.helpDesk !== null && !isHelpDesk(v.helpDesk)) return null;
	if (v.poolStaff !== undefined && typeof v.poolStaff !== 'boolean') return null;
	return {
		id: v.id,
		name: v.name,
		addStaff: v.addStaff,
		removeStaff: v.removeStaff,
		visitPolicy,
		remote,
		helpDesk: v.helpDesk as HelpDesk | null,
		...(v.poolStaff ? { poolStaff: true } : {})
	};
}

const SEASONS = ['spring_break', 'summer_break', 'winter_break'];
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function isBreak(v: unknown): boolean {
	return (
		isObject(v) &&
		SEASONS.includes(v.season as string) &&
		typeof v.from === 'string' &&
		MONTH_DAY.test(v.from) &&
		typeof v.to === 'string' &&
		MONTH_DAY.test(v.to)
	);
}

function parseAssumptions(v: unknown): ScenarioAssumptions | null {
	if (
		!isObject(v) ||
		!isObject(v.unitCosts) ||
		!EMPLOYMENT_TYPES.every((e) => inRange((v.unitCosts as Record<string, unknown>)[e], 0, MAX_COST))
	)
		return null;
	const remote = parseRemote(v.remote);
	if (
		!remote ||
		!isHelpDesk(v.helpDesk) ||
		typeof v.spreadStaffDays !== 'boolean' ||
		!inRange(v.visitsPerStaffDay, 1, 3)
	)
		return null;
	if (!Array.isArray(v.breaks) || v.breaks.length > 10 || !v.breaks.every(isBreak)) return null;
	if (
		!Number.isInteger(v.seed) ||
		!inRange(v.seed, 0, 2 ** 31 - 1) ||
		!Number.isInteger(v.runs) ||
		!inRange(v.runs, 1, 1000)
	)
		return null;
	return { ...(v as unknown as ScenarioAssumptions), remote };
}

/** The book in `value`, or null when anything is missing, of the wrong type or out of range. */
export function parseScenarioBook(value: unknown): ScenarioBook | null {
	if (!isObject(value) || !Array.isArray(value.scope) || !value.scope.every(isText)) return null;
	const assumptions = parseAssumptions(value.assumptions);
	const scenarios = parseScenarios(value.scenarios);
	const shelved = parseShelved(value.shelved);
	if (!assumptions || !scenarios || !shelved) return null;
	const ids = [...scenarios, ...Object.values(shelved).flat()].map((s) => s.id);
	if (new Set(ids).size !== ids.length) return null;
	return { scope: value.scope, assumptions, scenarios, ...(value.shelved === undefined ? {} : { shelved }) };
}

/** One scope's scenarios: at most MAX_SCENARIOS, each well formed. */
function parseScenarios(value: unknown): Scenario[] | null {
	if (!Array.isArray(value) || value.length > MAX_SCENARIOS) return null;
	const scenarios = value.map(parseScenario);
	return scenarios.some((s) => s === null) ? null : (scenarios as Scenario[]);
}

/** Enough for every employer of Japan, and a bound on what a damaged entry can make the app read. */
const MAX_SHELVED_SCOPES = 2000;

/** Other scopes' scenarios by scope key; absent in books written before each scope kept its own. */
function parseShelved(value: unknown): Record<string, Scenario[]> | null {
	if (value === undefined) return {};
	if (!isObject(value) || Object.keys(value).length > MAX_SHELVED_SCOPES) return null;
	const shelved: Record<string, Scenario[]> = {};
	for (const [key, list] of Object.entries(value)) {
		const scenarios = parseScenarios(list);
		if (!key.split(',').every(isText) || !scenarios) return null;
		shelved[key] = scenarios;
	}
	return shelved;
}

const FILE_FORMAT = 'haichi-scenarios';

/** The book as a file of its own (JSON), to keep, mail or open in another browser. */
export function encodeScenarioFile(book: ScenarioBook): string {
	// The file is about the book's scope: other scopes' scenarios stay in this browser.
	const { shelved: _, ...own } = book;
	return JSON.stringify({ format: FILE_FORMAT, version: 1, ...own }, null, 2);
}

export class ScenarioFileError extends Error {
	constructor(readonly reason: 'not_json' | 'not_scenarios' | 'damaged') {
		super(reason);
	}
}

export function decodeScenarioFile(text: string): ScenarioBook {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw new ScenarioFileError('not_json');
	}
	if (!isObject(json) || json.format !== FILE_FORMAT || json.version !== 1)
		throw new ScenarioFileError('not_scenarios');
	const book = parseScenarioBook(json);
	if (!book) throw new ScenarioFileError('damaged');
	return book;
}
