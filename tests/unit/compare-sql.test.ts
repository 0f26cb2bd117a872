/**
 * The compare screen's SQL on native DuckDB against the sample files: staff apportioned by the school types of their
 * assigned schools (docs/domain.md, "Formulas"), counted here from the CSVs without the code under test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { TableName } from '../../src/lib/domain/tables';
import { loadCsvTables, type CsvBytes } from '../../src/lib/db/load-csv';
import { loadCompare } from '../../src/lib/state/compare-data';
import { compareRows, NO_FILTER, type CompareEmployer } from '../../src/lib/domain/compare';
import { NodeRunner } from '../support/node-runner';
import { tempFileStage } from '../support/node-stage';
import { SAMPLE_DIR, readSample } from '../support/sample-files';
import manifest from '../../data/sample/manifest.json';

const stage = tempFileStage();
let employers: CompareEmployer[];
let db: NodeRunner;

const sampleFiles = (skip: TableName[] = []): CsvBytes[] =>
	Object.entries(manifest.files)
		.filter(([table]) => !skip.includes(table as TableName))
		.map(([table, f]) => ({ table: table as TableName, name: f.file, bytes: readFileSync(`${SAMPLE_DIR}${f.file}`) }));

beforeAll(async () => {
	db = await NodeRunner.open();
	await loadCsvTables(stage, db, sampleFiles(), { replacing: false });
	employers = await loadCompare(db, manifest.fiscal_year);
});

/** Per employer and school type: Σ over its staff of their assigned schools of the type ÷ their assigned schools. */
function expectedShares(): Map<string, Record<string, number>> {
	const typeOf = new Map(readSample('schools').map((s) => [s.school_code!, s.school_type!]));
	const schoolsOf = new Map<string, Set<string>>();
	for (const a of readSample('assignments'))
		(schoolsOf.get(a.staff_id!) ?? schoolsOf.set(a.staff_id!, new Set()).get(a.staff_id!)!).add(a.school_code!);
	const out = new Map<string, Record<string, number>>();
	for (const s of readSample('staff')) {
		const schools = [...(schoolsOf.get(s.staff_id!) ?? [])];
		const shares = out.get(s.employer_code!) ?? out.set(s.employer_code!, {}).get(s.employer_code!)!;
		for (const code of schools) shares[typeOf.get(code)!] = (shares[typeOf.get(code)!] ?? 0) + 1 / schools.length;
	}
	return out;
}

describe('staff by the school types they serve', () => {
	it('apportions each staff member by their assigned schools, as counted from the sample files', () => {
		const expected = expectedShares();
		const headcount = new Map<string, number>();
		for (const s of readSample('staff')) headcount.set(s.employer_code!, (headcount.get(s.employer_code!) ?? 0) + 1);
		for (const e of employers) {
			const want = expected.get(e.code) ?? {};
			expect(Object.keys(e.staffByType).sort(), e.name).toEqual(Object.keys(want).sort());
			for (const [type, n] of Object.entries(want)) expect(e.staffByType[type as 'high'], e.name).toBeCloseTo(n, 9);
			const apportioned = Object.values(e.staffByType).reduce((a, b) => a + (b ?? 0), 0);
			// Every staff member is either apportioned in full or unassigned: the two add up to the head count.
			expect(apportioned + e.staffUnassigned, e.name).toBeCloseTo(headcount.get(e.code) ?? 0, 9);
		}
	});

	it('gives 東雲町 1.4 staff for its 7 elementary schools (5 per staff, short of the target), not 2 (3.5)', () => {
		const town = employers.find((e) => e.name === '東雲町')!;
		expect(town.staff).toBe(2);
		expect(town.staffUnassigned).toBe(0);
		const [row] = compareRows([town], { ...NO_FILTER, schoolTypes: ['elementary'] });
		expect([row!.schools, row!.staff, row!.staffBasis]).toEqual([7, 1.4, 'assignments']);
		expect(row!.schoolsPerStaff).toBeCloseTo(5, 9);
		expect(row!.gap).toBe(0.6);
	});

	it('counts every staff member as unassigned when the assignments table is empty', async () => {
		const empty = await NodeRunner.open();
		await loadCsvTables(stage, empty, sampleFiles(['assignments']), { replacing: false });
		const without = await loadCompare(empty, manifest.fiscal_year);
		for (const e of without) {
			expect(e.staffByType, e.name).toEqual({});
			expect(e.staffUnassigned, e.name).toBe(e.staff);
		}
	});
});
