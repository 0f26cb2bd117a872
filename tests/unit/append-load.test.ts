/**
 * Appending to a table: the files of one table (what it holds now, then the new file) are loaded
 * one after the other into it, through the same checks as any load, all or nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { TableName } from '../../src/lib/domain/tables';
import type { DataIssue } from '../../src/lib/domain/issues';
import { prepareCsv } from '../../src/lib/files/prepare-csv';
import { DataLoadError, loadCsvTables, type CsvFile } from '../../src/lib/db/load-csv';
import { NodeRunner } from '../support/node-runner';
import { tempFileStage } from '../support/node-stage';
import { SAMPLE_DIR, readSample } from '../support/sample-files';
import manifest from '../../data/sample/manifest.json';

const sampleTables = Object.entries(manifest.files) as [
	TableName,
	(typeof manifest.files)[keyof typeof manifest.files]
][];
const existing = Object.fromEntries(sampleTables.map(([table, f]) => [table, f.file])) as Partial<
	Record<TableName, string>
>;
const sampleFile = (table: TableName): CsvFile => ({
	table,
	name: existing[table]!,
	bytes: readFileSync(`${SAMPLE_DIR}${existing[table]}`)
});
const sampleCounts = Object.fromEntries(sampleTables.map(([t, f]) => [t, f.rows])) as Record<string, number>;
const SAMPLE_REQUESTS = manifest.files.support_requests.rows;

const HEADER = 'request_id,requested_at,school_code,category,mode,minutes,resolved_at';
const requests = (name: string, rows: string[]): CsvFile => ({
	table: 'support_requests',
	name,
	bytes: new TextEncoder().encode([HEADER, ...rows].join('\n') + '\n')
});

const sample = readSample('support_requests');
const firstSampleId = sample[0]!.request_id!;
const school = sample[0]!.school_code!;

const stage = tempFileStage();
let db: NodeRunner;

async function rowCounts(): Promise<Record<string, number>> {
	const [row] = await db.rows<Record<string, number>>({
		sql: `SELECT ${sampleTables.map(([t]) => `(SELECT count(*)::INTEGER FROM "${t}") AS "${t}"`).join(', ')}`,
		params: []
	});
	return row!;
}

async function rejection(files: CsvFile[]): Promise<DataIssue[]> {
	try {
		await loadCsvTables(stage, db, files, { replacing: true, tables: 'given', existing });
	} catch (e) {
		expect(e).toBeInstanceOf(DataLoadError);
		return (e as DataLoadError).issues;
	}
	throw new Error('loaded, expected a DataLoadError');
}

/** Staged tables left behind (schema.ts: they sit in `main` under a prefix). */
async function stagedTables(): Promise<unknown[]> {
	return db.rows({
		sql: `SELECT table_name FROM information_schema.tables WHERE starts_with(table_name, 'staging__')`,
		params: []
	});
}

beforeAll(async () => {
	db = await NodeRunner.open();
	await loadCsvTables(
		stage,
		db,
		sampleTables.map(([t]) => sampleFile(t)),
		{ replacing: false }
	);
	expect(await rowCounts()).toEqual(sampleCounts);
});
afterAll(() => stage.dispose());

const extra = requests('追加.csv', [
	`X-0001,2026-03-30 09:00:00,${school},lesson,onsite,25,2026-03-30 10:00:00`,
	`X-0002,2026-03-31 14:30:00,${school},admin,remote,,`
]);

describe('appending support requests', () => {
	it('the sample file followed by a file of 2 new rows gives the sample rows + 2, other tables untouched', async () => {
		expect(sample[0]).toMatchObject({ request_id: 'R2025-000001' });
		expect(sample).toHaveLength(SAMPLE_REQUESTS);
		await loadCsvTables(stage, db, [sampleFile('support_requests'), extra], {
			replacing: true,
			tables: 'given',
			existing
		});
		expect(await rowCounts()).toEqual({ ...sampleCounts, support_requests: SAMPLE_REQUESTS + 2 });
		expect(
			await db.rows({
				sql: `SELECT request_id, strftime(requested_at, '%Y-%m-%d %H:%M:%S') AS requested_at, school_code, category, mode, minutes::INTEGER AS minutes, resolved_at IS NULL AS open
				FROM support_requests WHERE request_id LIKE 'X-%' ORDER BY request_id`,
				params: []
			})
		).toEqual([
			{
				request_id: 'X-0001',
				requested_at: '2026-03-30 09:00:00',
				school_code: school,
				category: 'lesson',
				mode: 'onsite',
				minutes: 25,
				open: false
			},
			{
				request_id: 'X-0002',
				requested_at: '2026-03-31 14:30:00',
				school_code: school,
				category: 'admin',
				mode: 'remote',
				minutes: null,
				open: true
			}
		]);
		// The sample's rows are all still there, once each.
		expect(
			await db.rows({
				sql: `SELECT count(DISTINCT request_id)::INTEGER AS n FROM support_requests WHERE request_id LIKE 'R2025-%'`,
				params: []
			})
		).toEqual([{ n: SAMPLE_REQUESTS }]);
		expect(await stagedTables()).toEqual([]);
	});

	it('a file prepared from a user CSV (Japanese headers, generated ids) appends too', async () => {
		const prepared = prepareCsv(
			'依頼追加.csv',
			new TextEncoder().encode(
				`受付日,学校コード,区分\n2026-03-31,${school},授業支援\n2026-03-31,${school},環境整備\n`
			),
			{},
			undefined,
			'auto-20260401090000-'
		);
		expect(prepared.errors).toBe(0);
		await loadCsvTables(stage, db, [sampleFile('support_requests'), extra, prepared.file!], {
			replacing: true,
			tables: 'given',
			existing
		});
		expect(await rowCounts()).toEqual({ ...sampleCounts, support_requests: SAMPLE_REQUESTS + 4 });
		expect(
			await db.rows({
				sql: `SELECT request_id, category FROM support_requests WHERE request_id LIKE 'auto-%' ORDER BY request_id`,
				params: []
			})
		).toEqual([
			{ request_id: 'auto-20260401090000-2', category: 'lesson' },
			{ request_id: 'auto-20260401090000-3', category: 'environment' }
		]);
		// Back to sample + 2 for what follows.
		await loadCsvTables(stage, db, [sampleFile('support_requests'), extra], {
			replacing: true,
			tables: 'given',
			existing
		});
		expect(await rowCounts()).toEqual({ ...sampleCounts, support_requests: SAMPLE_REQUESTS + 2 });
	});

	it('an appended file that repeats a request_id of the sample is rejected as a duplicate, and nothing changes', async () => {
		const before = await rowCounts();
		expect(before.support_requests).toBe(SAMPLE_REQUESTS + 2);
		const repeat = requests('重複.csv', [
			`X-0003,2026-03-31 15:00:00,${school},lesson,onsite,10,`,
			`${firstSampleId},2026-03-31 16:00:00,${school},lesson,onsite,10,`
		]);
		const issues = await rejection([sampleFile('support_requests'), extra, repeat]);
		const duplicates = issues.filter((i) => i.rule === 'duplicate');
		expect(duplicates).toHaveLength(1);
		expect(duplicates[0]).toMatchObject({ column: 'request_id', value: firstSampleId, severity: 'error' });
		// The repeat is named where it is: the appended file's second data row.
		expect(duplicates[0]).toMatchObject({ file: '重複.csv', line: 3 });
		expect(issues.filter((i) => i.severity === 'error')).toHaveLength(1);
		// All or nothing: the 2 rows of the first append stay, the new file's rows are not there.
		expect(await rowCounts()).toEqual(before);
		expect(
			await db.rows({
				sql: `SELECT count(*)::INTEGER AS n FROM support_requests WHERE request_id = 'X-0003'`,
				params: []
			})
		).toEqual([{ n: 0 }]);
		expect(await stagedTables()).toEqual([]);
	});

	it('a repeat inside the appended file alone is a duplicate too', async () => {
		const twice = requests('二重.csv', [
			`X-0009,2026-03-31 15:00:00,${school},lesson,,,`,
			`X-0009,2026-03-31 16:00:00,${school},admin,,,`
		]);
		const issues = await rejection([sampleFile('support_requests'), extra, twice]);
		expect(issues.filter((i) => i.rule === 'duplicate').map((i) => i.value)).toEqual(['X-0009']);
		expect(await rowCounts()).toEqual({ ...sampleCounts, support_requests: SAMPLE_REQUESTS + 2 });
	});

	it('an appended row pointing at an unknown school is a reference error, and nothing changes', async () => {
		const unknown = requests('未知.csv', [`X-0010,2026-03-31 15:00:00,B999999999999,lesson,,,`]);
		const issues = await rejection([sampleFile('support_requests'), extra, unknown]);
		expect(issues.filter((i) => i.severity === 'error')).toEqual([
			expect.objectContaining({ rule: 'reference', column: 'school_code', value: 'B999999999999', expected: 'schools' })
		]);
		expect(await rowCounts()).toEqual({ ...sampleCounts, support_requests: SAMPLE_REQUESTS + 2 });
	});
});
