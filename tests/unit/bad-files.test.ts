/**
 * Bad files a user may bring (tests/fixtures/bad/, expected outcomes in expected.json): each is
 * rejected by prepareCsv or, for cross-row rules, by loadCsvTables over the loaded sample, with an
 * issue that names the line, column, value and a Japanese message; a rejected load leaves the
 * sample as it was (all or nothing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { TableName } from '../../src/lib/domain/tables';
import type { DataIssue } from '../../src/lib/domain/issues';
import { prepareCsv, prepareFile } from '../../src/lib/files/prepare-csv';
import { appendDuplicates } from '../../src/lib/files/append-duplicates';
import { BoundaryError, parseBoundaries } from '../../src/lib/domain/boundaries';
import { DataLoadError, loadCsvTables, type CsvFile } from '../../src/lib/db/load-csv';
import { toCsv } from '../../src/lib/domain/csv-export';
import { ja } from '../../src/lib/i18n/ja';
import { en } from '../../src/lib/i18n/en';
import { NodeRunner } from '../support/node-runner';
import { tempFileStage } from '../support/node-stage';
import { SAMPLE_DIR, parseCsv } from '../support/sample-files';
import manifest from '../../data/sample/manifest.json';
import expectations from '../fixtures/bad/expected.json';

type Expected = {
	stage: 'prepare' | 'load' | 'ok' | 'boundaries';
	table?: TableName;
	forcedTable?: TableName;
	encoding?: string;
	delimiter?: string;
	issues?: Partial<DataIssue>[];
	/** The exact number of issues, when nothing else may be reported. */
	onlyIssues?: number;
	/** Issues naming the fixture itself (the others come from loaded tables that refer to it). */
	ownIssues?: number;
	rows?: number;
	canonical?: Record<string, string>;
	verbatim?: { column: string; value: string; exported: string };
	/** Text the first error's message contains, in each language. */
	messages?: { ja: string; en: string };
	/** Rows the file shares with itself when it is appended to the table it was loaded into. */
	appendedTwice?: number;
	/** Why a boundaries file (stage 'boundaries') cannot be used. */
	reason?: BoundaryError['reason'];
};

const BAD_DIR = new URL('../fixtures/bad/', import.meta.url);
const fixtures = Object.entries(expectations.fixtures as Record<string, Expected>);
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

const stage = tempFileStage();
let db: NodeRunner;

async function rowCounts(runner: NodeRunner): Promise<Record<string, number>> {
	const [row] = await runner.rows<Record<string, number>>({
		sql: `SELECT ${sampleTables.map(([t]) => `(SELECT count(*)::INTEGER FROM "${t}") AS "${t}"`).join(', ')}`,
		params: []
	});
	return row!;
}
const sampleCounts = Object.fromEntries(sampleTables.map(([t, f]) => [t, f.rows]));

beforeAll(async () => {
	db = await NodeRunner.open();
	await loadCsvTables(
		stage,
		db,
		sampleTables.map(([t]) => sampleFile(t)),
		{ replacing: false }
	);
	expect(await rowCounts(db)).toEqual(sampleCounts);
});
afterAll(() => stage.dispose());

/** The user-facing message of an issue, in both languages: never blank, never "undefined". */
function expectMessages(issue: DataIssue): void {
	for (const messages of [ja, en]) {
		const text = messages.issue.rule[issue.rule](issue.expected ?? '');
		expect(text, `${issue.rule} message`).toMatch(/\S/);
		expect(text).not.toContain('undefined');
	}
}

async function loadRejection(file: CsvFile): Promise<DataIssue[]> {
	try {
		await loadCsvTables(stage, db, [file], { replacing: true, tables: 'given', existing });
	} catch (e) {
		expect(e).toBeInstanceOf(DataLoadError);
		return (e as DataLoadError).issues;
	}
	throw new Error(`${file.name} loaded, expected a DataLoadError`);
}

it('every file in the folder has an expected outcome', async () => {
	const { readdirSync } = await import('node:fs');
	const named = new Set(fixtures.map(([key]) => key.split('#')[0]));
	// Workspace files have their own expectations (tests/unit/bad-workspace-files.test.ts).
	for (const name of Object.keys(expectations.workspaces)) if (name !== '$comment') named.add(name);
	expect(
		readdirSync(BAD_DIR)
			.filter((f) => f !== 'expected.json')
			.sort()
	).toEqual([...named].sort());
	expect(fixtures.length).toBeGreaterThanOrEqual(32);
});

describe.each(fixtures)('%s', (key, expected) => {
	const name = key.split('#')[0]!;

	it(`${expected.stage === 'prepare' ? 'is rejected by prepareCsv' : expected.stage === 'load' ? 'is rejected by the load, which changes nothing' : expected.stage === 'boundaries' ? 'is refused as boundaries' : 'loads'}`, async () => {
		const bytes = readFileSync(new URL(name, BAD_DIR));
		if (expected.stage === 'boundaries') {
			const codes = parseCsv(readFileSync(`${SAMPLE_DIR}municipalities.csv`, 'utf8')).map((m) => m.municipality_code!);
			expect(() => parseBoundaries(new TextDecoder().decode(bytes), codes)).toThrow(BoundaryError);
			try {
				parseBoundaries(new TextDecoder().decode(bytes), codes);
			} catch (e) {
				expect((e as BoundaryError).reason).toBe(expected.reason);
			}
			expect(ja.compare.boundariesReasons[expected.reason!]).toContain(expected.messages!.ja);
			expect(en.compare.boundariesReasons[expected.reason!]).toContain(expected.messages!.en);
			return;
		}
		// A text file is read as CSV whatever its first bytes (xlsx-renamed.csv); a workbook or Parquet file by its format.
		const prepared = /\.(csv|tsv)$/.test(name)
			? prepareCsv(name, bytes, { table: expected.forcedTable })
			: await prepareFile(name, bytes, { table: expected.forcedTable });
		expect(prepared).toMatchObject({
			name,
			...(expected.table !== undefined && { table: expected.table }),
			...(expected.encoding !== undefined && { encoding: expected.encoding }),
			...(expected.delimiter !== undefined && { delimiter: expected.delimiter })
		});
		for (const issue of prepared.issues) expect(issue.file).toBe(name);

		if (expected.stage === 'prepare') {
			expect(prepared.file).toBeNull();
			const errors = prepared.issues.filter((i) => i.severity === 'error');
			expect(errors.slice(0, expected.issues!.length)).toMatchObject(expected.issues!);
			if (expected.onlyIssues !== undefined) expect(prepared.issues).toHaveLength(expected.onlyIssues);
			expectMessages(errors[0]!);
			if (expected.messages)
				for (const [messages, text] of [
					[ja, expected.messages.ja],
					[en, expected.messages.en]
				] as const)
					expect(messages.issue.rule[errors[0]!.rule](errors[0]!.expected ?? '')).toContain(text);
			return;
		}

		// The rows themselves are clean: no error before the load (warnings allowed).
		expect(prepared.issues.filter((i) => i.severity === 'error')).toEqual([]);
		expect(prepared.file).not.toBeNull();
		const file = prepared.file!;

		if (expected.stage === 'load') {
			const issues = await loadRejection(file);
			expect(issues).toEqual(expect.arrayContaining(expected.issues!.map((i) => expect.objectContaining(i))));
			for (const issue of issues)
				expect(issue.severity === 'error' ? [name, ...Object.values(existing)] : []).toContain(issue.file);
			if (expected.onlyIssues !== undefined) expect(issues).toHaveLength(expected.onlyIssues);
			if (expected.ownIssues !== undefined)
				expect(issues.filter((i) => i.file === name)).toHaveLength(expected.ownIssues);
			expectMessages(issues.find((i) => i.file === name) ?? issues[0]!);
			// All or nothing: the sample is as it was.
			expect(await rowCounts(db)).toEqual(sampleCounts);
			expect(
				await db.rows({
					sql: `SELECT count(*) AS n FROM information_schema.tables WHERE starts_with(table_name, 'staging__')`,
					params: []
				})
			).toEqual([{ n: 0n }]);
		} else {
			const records = parseCsv(new TextDecoder().decode(file.bytes));
			expect(records).toHaveLength(expected.rows!);
			if (expected.canonical) expect(records[0]).toMatchObject(expected.canonical);
			await loadCsvTables(stage, db, [file], { replacing: true, tables: 'given', existing });
			expect(await rowCounts(db)).toEqual({ ...sampleCounts, [file.table]: expected.rows });
			// Put the sample back for the next files.
			await loadCsvTables(stage, db, [sampleFile(file.table)], { replacing: true, tables: 'given', existing });
			expect(await rowCounts(db)).toEqual(sampleCounts);
		}

		if (expected.appendedTwice !== undefined) {
			// Its ids, if generated, differ from one import to the next; the rows are still the same.
			const again = prepareCsv(name, bytes, {}, undefined, 'auto-again-').file!;
			const found = appendDuplicates(file.table, [file.bytes], { name, bytes: again.bytes });
			expect(found.duplicates).toBe(expected.appendedTwice);
			const n = String(found.duplicates);
			const rows = String(found.rows);
			expect(ja.data.duplicates.found(name, ja.data.tableName[file.table], n, rows)).toContain(expected.messages!.ja);
			expect(en.data.duplicates.found(name, en.data.tableName[file.table], n, rows)).toContain(expected.messages!.en);
		}

		if (expected.verbatim) {
			// Into an empty database with the sample's municipalities, the school row loads as is.
			const fresh = await NodeRunner.open();
			await loadCsvTables(stage, fresh, [sampleFile('municipalities'), file], { replacing: false });
			const { column, value, exported } = expected.verbatim;
			expect(await fresh.rows({ sql: `SELECT "${column}" AS v FROM "${file.table}"`, params: [] })).toEqual([
				{ v: value }
			]);
			// Exported for Excel, a formula is neutralised with a leading apostrophe; other text is kept.
			expect(toCsv([column], [[value]])).toBe(`\uFEFF${column}\r\n${exported}\r\n`);
		}
	});
});
