import { describe, expect, it } from 'vitest';
import { applyScenarioChange, changeAssumptions, type ScenarioChange } from '../../src/lib/domain/scenario/edit';
import {
	blankScenario,
	editAssumptions,
	editScenario,
	openScenario,
	openScenarioFile,
	plusStaff,
	scenariosOf,
	scopeWithScenarios,
	setScope
} from '../../src/lib/domain/scenario/book';
import { encodeScenarioFile, parseScenarioBook } from '../../src/lib/domain/scenario/parse';
import { emptyBook } from '../../src/lib/domain/scenario/assumptions';
import { DEFAULT_VISIT_POLICY } from '../../src/lib/domain/schedule/visit-policy';
import type { Scenario } from '../../src/lib/domain/scenario/types';
import {
	changeScheduleSettings,
	defaultScheduleSettings,
	parseScheduleSettings
} from '../../src/lib/domain/schedule/settings';

const office = { kind: 'office' as const, employer: '462012' };

function scenarioWithGroup(): Scenario {
	return plusStaff({ ...emptyBook(), scope: ['462012'] }, 's1', '+2', 2, office).scenarios[0]!;
}

/** Deep-frozen, so a change that wrote into the old document would throw. */
function frozen<T>(value: T): T {
	if (value && typeof value === 'object') {
		for (const v of Object.values(value)) frozen(v);
		Object.freeze(value);
	}
	return value;
}

describe('scenario changes', () => {
	const changes: ScenarioChange[] = [
		{ kind: 'add_group', employer: '462012' },
		{ kind: 'remove_group', index: 0 },
		{ kind: 'group', index: 0, patch: { count: 5, days: 3 } },
		{ kind: 'base', index: 0, base: { kind: 'point', lat: 31.6, lon: 130.55 } },
		{ kind: 'remove_staff', staff: 'A-01', removed: true },
		{ kind: 'visit_policy', policy: { ...DEFAULT_VISIT_POLICY, overrides: {}, baseVisits: 2 } },
		{ kind: 'remote', remote: null },
		{ kind: 'help_desk', helpDesk: { mode: 'shared', capacityPerDay: 10, annualCost: 1_000_000, members: 3 } },
		{ kind: 'pool_staff', pooled: true },
		{ kind: 'rename', name: ' 新しい名前 ' }
	];

	it.each(changes)('$kind gives a new scenario and leaves the old one as it was', (change) => {
		const before = frozen(scenarioWithGroup());
		const copy = structuredClone(before);
		const after = applyScenarioChange(before, change);
		expect(after).not.toBe(before);
		expect(before).toEqual(copy);
		expect(after.id).toBe(before.id);
	});

	it('edits the group it names and no other', () => {
		const two = applyScenarioChange(scenarioWithGroup(), { kind: 'add_group', employer: '462012' });
		expect(two.addStaff).toHaveLength(2);
		expect(two.addStaff[1]).toEqual({ count: 1, base: office, days: 5, employment: 'contract', unitCost: null });
		const changed = applyScenarioChange(two, {
			kind: 'group',
			index: 1,
			patch: { employment: 'regular', unitCost: 6_000_000 }
		});
		expect(changed.addStaff[0]).toEqual(two.addStaff[0]);
		expect(changed.addStaff[1]).toMatchObject({ employment: 'regular', unitCost: 6_000_000, count: 1 });
		expect(applyScenarioChange(changed, { kind: 'remove_group', index: 0 }).addStaff).toEqual([changed.addStaff[1]]);
	});

	it('pools the staff of a scope and takes the pooling back, leaving no field behind', () => {
		const pooled = applyScenarioChange(scenarioWithGroup(), { kind: 'pool_staff', pooled: true });
		expect(pooled.poolStaff).toBe(true);
		const back = applyScenarioChange(pooled, { kind: 'pool_staff', pooled: false });
		expect('poolStaff' in back).toBe(false);
		expect(back).toEqual(scenarioWithGroup());
	});

	it('removes a staff member once and puts them back', () => {
		let s = scenarioWithGroup();
		s = applyScenarioChange(s, { kind: 'remove_staff', staff: 'A-01', removed: true });
		s = applyScenarioChange(s, { kind: 'remove_staff', staff: 'A-01', removed: true });
		expect(s.removeStaff).toEqual(['A-01']);
		expect(applyScenarioChange(s, { kind: 'remove_staff', staff: 'A-01', removed: false }).removeStaff).toEqual([]);
	});

	it('a blank name keeps the old one; names are trimmed', () => {
		const s = scenarioWithGroup();
		expect(applyScenarioChange(s, { kind: 'rename', name: '   ' }).name).toBe(s.name);
		expect(applyScenarioChange(s, { kind: 'rename', name: ' 案A ' }).name).toBe('案A');
	});
});

describe('book edits', () => {
	const book = frozen({
		...plusStaff({ ...emptyBook(), scope: ['462012'] }, 's1', '+2', 2, office),
		scope: ['462012']
	});

	it('editScenario changes only the scenario named; an unknown id changes nothing', () => {
		const other = { ...book, scenarios: [...book.scenarios, blankScenario('s2', 'B')] };
		const after = editScenario(other, 's2', { kind: 'rename', name: 'C' });
		expect(after.scenarios.map((s) => s.name)).toEqual(['+2', 'C']);
		expect(after.scenarios[0]).toBe(other.scenarios[0]);
		expect(editScenario(other, 'nope', { kind: 'rename', name: 'C' })).toBe(other);
	});

	it('editAssumptions replaces the values given and keeps the rest', () => {
		const after = editAssumptions(book, { seed: 7, unitCosts: { ...book.assumptions.unitCosts, contract: 1 } });
		expect(after.assumptions.seed).toBe(7);
		expect(after.assumptions.unitCosts.contract).toBe(1);
		expect(after.assumptions.runs).toBe(book.assumptions.runs);
		expect(changeAssumptions(book.assumptions, {})).toEqual(book.assumptions);
	});

	it('scenarios belong to their scope: another scope shelves them, coming back brings them back', () => {
		const other = setScope(book, ['462039']);
		expect(other.scope).toEqual(['462039']);
		expect(other.scenarios).toEqual([]);
		expect(scenariosOf(other, ['462012'])).toEqual(book.scenarios);
		const back = setScope(other, ['462012']);
		expect(back.scenarios).toEqual(book.scenarios);
		expect(back.shelved).toEqual({});
		// The order codes come in does not make another scope.
		const pooled = setScope(book, ['2', '1']);
		expect(setScope(pooled, ['1', '2']).scope).toEqual(['1', '2']);
		expect(scenariosOf(setScope(book, ['1', '2']), ['2', '1'])).toEqual([]);
	});

	it('scopeWithScenarios adds to the scope named; its oldest give way past four, other scopes keep theirs', () => {
		const full = { ...setScope(book, ['1', '2']), scenarios: ['a', 'b', 'c', 'd'].map((id) => blankScenario(id, id)) };
		const elsewhere = setScope(full, ['462012']);
		const pooled = scopeWithScenarios(elsewhere, ['2', '1'], [blankScenario('x', 'x'), blankScenario('y', 'y')]);
		expect(pooled.scope).toEqual(['2', '1']);
		expect(pooled.scenarios.map((s) => s.id)).toEqual(['a', 'b', 'x', 'y']);
		expect(scenariosOf(pooled, ['462012'])).toEqual(book.scenarios);
		expect(scopeWithScenarios(full, ['1', '2'], []).scenarios).toHaveLength(4);
	});

	it('a scenario opened by its id turns the book to its scope; an unknown id changes nothing', () => {
		const other = setScope(book, ['462039']);
		const opened = openScenario(other, 's1');
		expect(opened.scope).toEqual(['462012']);
		expect(opened.scenarios.map((s) => s.id)).toEqual(['s1']);
		expect(openScenario(other, 'nope')).toBe(other);
		expect(openScenario(book, 's1')).toBe(book);
	});

	it('a scenario file opens for the scope it names, keeping the scenarios of the others', () => {
		const file = { ...emptyBook(), scope: ['462039'], scenarios: [blankScenario('f1', 'file')] };
		const opened = openScenarioFile(book, file, () => 'new');
		expect(opened.scope).toEqual(['462039']);
		expect(opened.scenarios.map((s) => s.id)).toEqual(['f1']);
		expect(scenariosOf(opened, ['462012'])).toEqual(book.scenarios);
		// An id another scope holds is given anew: the book never holds one id twice.
		const clash = openScenarioFile(book, { ...file, scenarios: [blankScenario('s1', 'same id')] }, () => 'new');
		expect(clash.scenarios.map((s) => s.id)).toEqual(['new']);
		expect(parseScenarioBook(JSON.parse(JSON.stringify(clash)))).toEqual(clash);
	});

	it('a stored book with shelved scopes reads back as it was; a shelf over four or with a repeated id is refused', () => {
		const shelvedBook = setScope(book, ['462039']);
		expect(parseScenarioBook(JSON.parse(JSON.stringify(shelvedBook)))).toEqual(shelvedBook);
		const five = ['a', 'b', 'c', 'd', 'e'].map((id) => blankScenario(id, id));
		expect(parseScenarioBook({ ...shelvedBook, shelved: { '1': five } })).toBeNull();
		expect(parseScenarioBook({ ...shelvedBook, scenarios: [blankScenario('s1', 'again')] })).toBeNull();
		expect(JSON.parse(encodeScenarioFile(shelvedBook)).shelved).toBeUndefined();
	});
});

describe('schedule settings changes', () => {
	it('replace the values given, keep the rest and leave the old settings as they were', () => {
		const before = frozen(defaultScheduleSettings());
		const after = changeScheduleSettings(before, {
			travel: { speedKmh: 40 },
			policy: { baseVisits: 2 },
			maxSchoolsPerDay: 2
		});
		expect(after.travel).toEqual({ ...before.travel, speedKmh: 40 });
		expect(after.policy).toEqual({ ...before.policy, baseVisits: 2 });
		expect(after.maxSchoolsPerDay).toBe(2);
		expect(after.minOnsiteMinutes).toBe(before.minOnsiteMinutes);
		expect(after.pins).toBe(before.pins);
		expect(parseScheduleSettings(after)).toEqual(after);
	});

	it('pins and per-school overrides are given whole', () => {
		const pins = [{ school: 'B146200000016', staff: 'S001', day: 'tue' as const }];
		const after = changeScheduleSettings(defaultScheduleSettings(), {
			pins,
			policy: { overrides: { B146200000016: 3 } }
		});
		expect(after.pins).toEqual(pins);
		expect(after.policy.overrides).toEqual({ B146200000016: 3 });
		expect(changeScheduleSettings(after, { policy: { overrides: {} } }).policy.overrides).toEqual({});
	});
});
