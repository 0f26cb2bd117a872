/**
 * The key results of the user's own data are kept under (workspace/digest.ts) and the check of a
 * kept result (workspace/result-cache.ts): the same files and fiscal year give the same key,
 * stored as bytes or as a Blob; any changed byte, file name, table, order or fiscal year gives
 * another key, and a result kept for another key or build is never given back.
 */
import { describe, expect, it } from 'vitest';
import type { CsvFile } from '../../src/lib/db/load-csv';
import { dataKey } from '../../src/lib/workspace/digest';
import { resultFor } from '../../src/lib/workspace/result-cache';

const bytes = (text: string) => new TextEncoder().encode(text);
const schools = (text = 'school_code,name\nS1,第一小\n'): CsvFile => ({
	table: 'schools',
	name: 'schools.csv',
	bytes: bytes(text)
});
const log = (text = 'request_id\nL1\n'): CsvFile => ({
	table: 'support_requests',
	name: 'log.csv',
	bytes: bytes(text)
});

describe('dataKey', () => {
	it('is the same for the same files and fiscal year, as bytes or as a Blob', async () => {
		const key = await dataKey([schools(), log()], 2025);
		expect(key).toMatch(/^[0-9a-f]{64}$/);
		expect(await dataKey([schools(), log()], 2025)).toBe(key);
		const blob: CsvFile = { table: 'support_requests', name: 'log.csv', blob: new Blob([bytes('request_id\nL1\n')]) };
		expect(await dataKey([schools(), blob], 2025)).toBe(key);
	});

	it('changes with one byte, a file name, a table, the order or the fiscal year', async () => {
		const key = await dataKey([schools(), log()], 2025);
		const others = await Promise.all([
			dataKey([schools('school_code,name\nS1,第二小\n'), log()], 2025),
			dataKey([schools(), log('request_id\nL2\n')], 2025),
			dataKey([schools(), { ...log(), name: 'log2.csv' }], 2025),
			dataKey([schools(), { ...log(), table: 'assignments' }], 2025),
			dataKey([log(), schools()], 2025),
			dataKey([schools()], 2025),
			dataKey([schools(), log()], 2026)
		]);
		for (const other of others) expect(other).not.toBe(key);
		expect(new Set(others).size).toBe(others.length);
	});
});

describe('resultFor', () => {
	const kept = { key: 'k1', build: 'b1', value: { staff: 3 } };

	it('gives the kept value for its own key and build only', () => {
		expect(resultFor(kept, 'k1', 'b1')).toEqual({ staff: 3 });
		expect(resultFor(kept, 'k2', 'b1')).toBeNull();
		expect(resultFor(kept, 'k1', 'b2')).toBeNull();
	});

	it('gives nothing for an entry that is missing or not one', () => {
		expect(resultFor(undefined, 'k1', 'b1')).toBeNull();
		expect(resultFor(null, 'k1', 'b1')).toBeNull();
		expect(resultFor('k1', 'k1', 'b1')).toBeNull();
		expect(resultFor({ key: 'k1', build: 'b1' }, 'k1', 'b1')).toBeNull();
	});
});
