/** The overview's SQL on native DuckDB against figures computed here from the sample files. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { TableName } from '../../src/lib/domain/tables';
import { checkIntegrity } from '../../src/lib/db/integrity';
import { DataLoadError, loadCsvTables, type CsvBytes } from '../../src/lib/db/load-csv';
import { employerPlacements, requestsByMonth } from '../../src/lib/db/queries/overview';
import { summarisePlacement } from '../../src/lib/domain/placement';
import { NodeRunner } from '../support/node-runner';
import { tempFileStage } from '../support/node-stage';
import { SAMPLE_DIR, expectedEmployers, readSample } from '../support/sample-files';
import manifest from '../../data/sample/manifest.json';

let db: NodeRunner;
const files = Object.fromEntries(Object.entries(manifest.files).map(([table, f]) => [table, f.file]));

const sampleFiles = (): CsvBytes[] =>
	Object.entries(manifest.files).map(([table, f]) => ({
		table: table as TableName,
		name: f.file,
		bytes: readFileSync(`${SAMPLE_DIR}${f.file}`)
	}));
const stage = tempFileStage();

beforeAll(async () => {
	db = await NodeRunner.open();
	await loadCsvTables(stage, db, sampleFiles(), { replacing: false });
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

it('the manifest digests are those of the shipped files, which pass every rule (so the app may skip re-checking them)', async () => {
	const { createHash } = await import('node:crypto');
	for (const f of Object.values(manifest.files))
		expect(
			createHash('sha256')
				.update(readFileSync(`${SAMPLE_DIR}${f.file}`))
				.digest('hex'),
			f.file
		).toBe(f.sha256);
});

it('the precomputed sample overview shown while DuckDB-wasm starts is what the SQL gives today', async () => {
	const { loadOverview } = await import('../../src/lib/state/overview-data');
	const precomputed = JSON.parse(
		readFileSync(new URL('../../src/lib/state/sample-overview.json', import.meta.url), 'utf8')
	);
	expect(await loadOverview(db, manifest.fiscal_year)).toEqual(precomputed);
});

describe('overview queries', () => {
	it('count schools, staff, staff-days and requests per employer as the files say', async () => {
		const rows = await db.rows(employerPlacements(manifest.fiscal_year));
		const expected = expectedEmployers();
		expect(
			rows.map(({ code, kind, schools, staff, staffDays, requests }) => ({
				code,
				kind,
				schools,
				staff,
				staffDays,
				requests
			}))
		).toEqual([...expected].sort((a, b) => a.code.localeCompare(b.code)));
	});

	it('give the summary figures the files imply', async () => {
		const summary = summarisePlacement(await db.rows(employerPlacements(manifest.fiscal_year)));
		const schools = readSample('schools').length;
		const staff = readSample('staff').length;
		expect(summary.schools).toBe(schools);
		expect(summary.staff).toBe(staff);
		expect(summary.schoolsPerStaff).toBeCloseTo(schools / staff, 10);
		expect(summary.staffNeeded).toBe(Math.ceil(schools / 4));
		const municipal = expectedEmployers().filter((e) => e.kind !== 'prefecture' && e.schools > 0);
		expect(summary.municipalities).toBe(municipal.length);
		expect(summary.municipalitiesWithoutStaff).toBe(municipal.filter((e) => e.staff === 0).length);
		expect(summary.municipalitiesAtTarget).toBe(
			municipal.filter((e) => e.staff > 0 && e.schools / e.staff <= 4).length
		);
	});

	it('count requests per month and category, each month in its fiscal year', async () => {
		const rows = await db.rows(requestsByMonth());
		const counts = new Map<string, number>();
		for (const r of readSample('support_requests')) {
			const year = Number(r.requested_at!.slice(0, 4));
			const month = Number(r.requested_at!.slice(5, 7));
			const key = `${month < 4 ? year - 1 : year}/${year}-${month}-${r.category}`;
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		expect(
			Object.fromEntries(rows.map((r) => [`${r.fiscalYear}/${r.year}-${r.month}-${r.category}`, r.requests]))
		).toEqual(Object.fromEntries(counts));
		expect(new Set(rows.map((r) => r.fiscalYear))).toEqual(new Set([manifest.fiscal_year]));
	});
});

describe('integrity rules catch broken data', () => {
	it('names file, line, column and value', async () => {
		await db.exec(`CREATE OR REPLACE TEMP TABLE backup AS SELECT * FROM schools`);
		await db.exec(`UPDATE schools SET municipality_code = '469999', lat = 10 WHERE rowid = 0`);
		await db.exec(`UPDATE schools SET school_code = (SELECT school_code FROM schools WHERE rowid = 2) WHERE rowid = 3`);
		try {
			const issues = await checkIntegrity(db, files);
			expect(issues).toContainEqual(
				expect.objectContaining({ file: files.schools, line: 2, column: 'lat', value: '10.0', rule: 'range' })
			);
			expect(issues).toContainEqual(
				expect.objectContaining({
					file: files.schools,
					line: 2,
					column: 'municipality_code',
					value: '469999',
					rule: 'reference'
				})
			);
			expect(issues).toContainEqual(
				expect.objectContaining({ file: files.schools, line: 5, column: 'school_code', rule: 'duplicate' })
			);
		} finally {
			await db.exec(`CREATE OR REPLACE TABLE schools AS SELECT * FROM backup`);
		}
	});
});

describe('loading is all or nothing', () => {
	const count = async (table: string) =>
		(await db.rows<{ n: number }>({ sql: `SELECT count(*)::INTEGER AS n FROM "${table}"`, params: [] }))[0]!.n;

	it('rejects a file that breaks a rule, names the line, and keeps what was loaded', async () => {
		const files = sampleFiles();
		const schools = files.find((f) => f.table === 'schools')!;
		const lines = new TextDecoder().decode(schools.bytes).split('\n');
		lines[4] = lines[4]!.replace(/,(elementary|junior_high|compulsory|high|special_needs|secondary),/, ',university,');
		schools.bytes = new TextEncoder().encode(lines.slice(0, 50).join('\n'));
		const error = await loadCsvTables(stage, db, files, { replacing: true }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DataLoadError);
		const issues = (error as DataLoadError).issues;
		expect(issues).toContainEqual(
			expect.objectContaining({
				file: 'schools.csv',
				line: 5,
				column: 'school_type',
				value: 'university',
				rule: 'enum'
			})
		);
		// Requests of the schools cut from the file now dangle.
		expect(issues.some((i) => i.file === 'support_requests.csv' && i.rule === 'reference')).toBe(true);
		expect(await count('schools')).toBe(manifest.files.schools.rows);
		expect(await count('support_requests')).toBe(manifest.files.support_requests.rows);
	});

	it('rejects a file DuckDB cannot parse and names it', async () => {
		const files = sampleFiles();
		files.find((f) => f.table === 'staff')!.bytes = new TextEncoder().encode(
			'staff_id,name,employer_code,employment,days_per_week\nS1,x,460001,contract,five\n'
		);
		const error = await loadCsvTables(stage, db, files, { replacing: true }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DataLoadError);
		expect((error as DataLoadError).issues[0]).toMatchObject({ file: 'staff.csv', rule: 'type' });
		expect(await count('staff')).toBe(manifest.files.staff.rows);
	});
});

describe('a first load that fails', () => {
	it('leaves empty tables behind, never half a dataset', async () => {
		const fresh = await NodeRunner.open();
		const files = sampleFiles();
		files.find((f) => f.table === 'ferries')!.bytes = new TextEncoder().encode(
			'school_code,port_lat,port_lon,crossing_minutes,wait_minutes\nNOPE,10,130,60,10\n'
		);
		await expect(loadCsvTables(stage, fresh, files, { replacing: false })).rejects.toBeInstanceOf(DataLoadError);
		const [row] = await fresh.rows<{ n: number }>({ sql: 'SELECT count(*)::INTEGER AS n FROM schools', params: [] });
		expect(row!.n).toBe(0);
	});
});

describe('the fiscal year of the monthly chart', () => {
	it("is the dataset's year when the log covers it, else the newest year in the log", async () => {
		const { loadOverview } = await import('../../src/lib/state/overview-data');
		const { createTableSql } = await import('../../src/lib/db/schema');
		const { TABLE_NAMES } = await import('../../src/lib/domain/tables');
		const small = await NodeRunner.open();
		for (const t of TABLE_NAMES) await small.exec(createTableSql(t));
		await small.exec(`INSERT INTO municipalities (municipality_code, name, kind) VALUES ('122173', '柏市', 'city')`);
		await small.exec(
			`INSERT INTO schools (school_code, name, school_type, municipality_code) VALUES ('S1', '第一小学校', 'elementary', '122173')`
		);
		await small.exec(`INSERT INTO support_requests (requested_at, school_code, category) VALUES
			('2024-04-01 09:00:00', 'S1', 'lesson'), ('2025-03-31 23:59:00', 'S1', 'admin'), ('2025-04-01 00:00:00', 'S1', 'training')`);
		const covered = await loadOverview(small, 2024);
		expect(covered.requestYear).toBe(2024);
		expect(covered.monthlyRequests.map((m) => `${m.year}-${m.month} ${m.category}`)).toEqual([
			'2024-4 lesson',
			'2025-3 admin'
		]);
		const newest = await loadOverview(small, 2030);
		expect(newest.requestYear).toBe(2025);
		expect(newest.employers[0]).toMatchObject({ code: '122173', schools: 1, staff: 0, requests: 3 });
		await small.exec('DELETE FROM support_requests');
		expect((await loadOverview(small, 2024)).requestYear).toBeNull();
	});
});
