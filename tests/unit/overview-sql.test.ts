/** The overview's SQL on native DuckDB against figures computed here from the sample files. */
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../src/lib/domain/tables';
import { createTableSql, insertCsvSql } from '../../src/lib/db/schema';
import { checkIntegrity } from '../../src/lib/db/integrity';
import { employerPlacements, requestFiscalYears, requestsByMonth } from '../../src/lib/db/queries/overview';
import { summarisePlacement } from '../../src/lib/domain/placement';
import { NodeRunner } from '../support/node-runner';
import { SAMPLE_DIR, expectedEmployers, readSample } from '../support/sample-files';
import manifest from '../../data/sample/manifest.json';

let db: NodeRunner;
const files = Object.fromEntries(Object.entries(manifest.files).map(([table, f]) => [table, f.file]));

beforeAll(async () => {
	db = await NodeRunner.open();
	for (const table of TABLE_NAMES) await db.exec(createTableSql(table));
	for (const [table, f] of Object.entries(manifest.files))
		await db.exec(insertCsvSql(table as (typeof TABLE_NAMES)[number], `${SAMPLE_DIR}${f.file}`));
});

describe('sample loaded through the app schema', () => {
	it('loads every row of every file', async () => {
		for (const [table, f] of Object.entries(manifest.files)) {
			const [row] = await db.rows<{ n: number }>({ sql: `SELECT count(*)::INTEGER AS n FROM "${table}"`, params: [] });
			expect(row!.n, table).toBe(f.rows);
			expect(readSample(table).length, table).toBe(f.rows);
		}
	});

	it('passes every integrity rule', async () => {
		expect(await checkIntegrity(db, files)).toEqual([]);
	});
});

describe('overview queries', () => {
	it('count schools, staff, staff-days and requests per employer as the files say', async () => {
		const rows = await db.rows(employerPlacements());
		const expected = expectedEmployers();
		expect(rows.map(({ code, kind, schools, staff, staffDays, requests }) => ({ code, kind, schools, staff, staffDays, requests }))).toEqual(
			[...expected].sort((a, b) => a.code.localeCompare(b.code))
		);
	});

	it('give the summary figures the files imply', async () => {
		const summary = summarisePlacement(await db.rows(employerPlacements()));
		const schools = readSample('schools').length;
		const staff = readSample('staff').length;
		expect(summary.schools).toBe(schools);
		expect(summary.staff).toBe(staff);
		expect(summary.schoolsPerStaff).toBeCloseTo(schools / staff, 10);
		expect(summary.staffNeeded).toBe(Math.ceil(schools / 4));
		const municipal = expectedEmployers().filter((e) => e.kind !== 'prefecture' && e.schools > 0);
		expect(summary.municipalities).toBe(municipal.length);
		expect(summary.municipalitiesWithoutStaff).toBe(municipal.filter((e) => e.staff === 0).length);
		expect(summary.municipalitiesAtTarget).toBe(municipal.filter((e) => e.staff > 0 && e.schools / e.staff <= 4).length);
	});

	it('count requests per month and category within the fiscal year', async () => {
		const [latest] = await db.rows(requestFiscalYears());
		expect(latest!.fiscalYear).toBe(manifest.fiscal_year);
		const rows = await db.rows(requestsByMonth(manifest.fiscal_year));
		const counts = new Map<string, number>();
		for (const r of readSample('support_requests')) {
			const key = `${Number(r.requested_at!.slice(0, 4))}-${Number(r.requested_at!.slice(5, 7))}-${r.category}`;
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		expect(Object.fromEntries(rows.map((r) => [`${r.year}-${r.month}-${r.category}`, r.requests]))).toEqual(Object.fromEntries(counts));
		expect(await db.rows(requestsByMonth(manifest.fiscal_year + 1))).toEqual([]);
	});
});

describe('integrity rules catch broken data', () => {
	it('names file, line, column and value', async () => {
		await db.exec(`CREATE OR REPLACE TEMP TABLE backup AS SELECT * FROM schools`);
		await db.exec(`UPDATE schools SET municipality_code = '469999', lat = 10 WHERE rowid = 0`);
		await db.exec(`UPDATE schools SET school_code = (SELECT school_code FROM schools WHERE rowid = 2) WHERE rowid = 3`);
		try {
			const issues = await checkIntegrity(db, files);
			expect(issues).toContainEqual(expect.objectContaining({ file: files.schools, line: 2, column: 'lat', value: '10.0', rule: 'range' }));
			expect(issues).toContainEqual(expect.objectContaining({ file: files.schools, line: 2, column: 'municipality_code', value: '469999', rule: 'reference' }));
			expect(issues).toContainEqual(expect.objectContaining({ file: files.schools, line: 4, column: 'school_code', rule: 'duplicate' }));
		} finally {
			await db.exec(`CREATE OR REPLACE TABLE schools AS SELECT * FROM backup`);
		}
	});
});
