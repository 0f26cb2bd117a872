/**
 * docs/data-formats.md and the page /data/formats describe the input files from the importer's own
 * table definitions: the committed file is what `npm run docs` makes now, and every claim the
 * description adds to the table specs holds in the real import — each example file is recognised
 * and accepted with no issue (as UTF-8 with BOM, Shift_JIS and tab-separated), all of them load
 * together into DuckDB with every reference met, each documented label and yes/no word is read as
 * its value, and a blank cell becomes what the description says (and nothing else is filled in).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Encoding from 'encoding-japanese';
import { DOC_PATH, dataFormatsMarkdown } from '../../scripts/data-formats-doc';
import {
	BLANK_RULES,
	BOOLEAN_WORDS,
	EXAMPLES,
	VALUE_LABELS,
	describeTables,
	exampleCsv,
	exampleFileName,
	exampleFileText
} from '../../src/routes/data/formats/formats';
import { TABLES, TABLE_NAMES, type TableName } from '../../src/lib/domain/tables';
import { parseCell } from '../../src/lib/domain/import/values';
import { matchColumns } from '../../src/lib/domain/import/headers';
import { validateRows } from '../../src/lib/domain/import/validate-rows';
import { prepareCsv } from '../../src/lib/files/prepare-csv';
import { loadCsvTables, type CsvBytes } from '../../src/lib/db/load-csv';
import { ja } from '../../src/lib/i18n/ja';
import { en } from '../../src/lib/i18n/en';
import { NodeRunner } from '../support/node-runner';
import { tempFileStage } from '../support/node-stage';

const utf8 = (text: string) => new TextEncoder().encode(text);
const sjis = (text: string) =>
	new Uint8Array(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' }));

const stage = tempFileStage();
afterAll(() => stage.dispose());

it('docs/data-formats.md is what `npm run docs` makes from the code now', () => {
	expect(readFileSync(DOC_PATH, 'utf8'), 'docs/data-formats.md is out of date: run `npm run docs`').toBe(
		dataFormatsMarkdown()
	);
});

it('describes every table and column in both languages', () => {
	for (const messages of [ja, en]) {
		const tables = describeTables(messages);
		expect(tables.map((t) => t.name)).toEqual([...TABLE_NAMES]);
		for (const table of tables) {
			expect(Object.keys(messages.formats.column[table.name]).sort(), `${table.name} columns`).toEqual(
				TABLES[table.name].columns.map((c) => c.name).sort()
			);
			expect(table.purpose).toMatch(/\S/);
			for (const c of table.columns) {
				expect(c.description, `${table.name}.${c.name}`).toMatch(/\S/);
				for (const v of c.values) expect(v.meaning, `${table.name}.${c.name} = ${v.value}`).toMatch(/\S/);
			}
		}
	}
});

describe.each(TABLE_NAMES)('the example of %s', (table) => {
	const variants: [string, Uint8Array][] = [
		['UTF-8 with BOM, CRLF', utf8(exampleFileText(table))],
		['Shift_JIS', sjis(exampleCsv(table) + '\r\n')],
		['tab-separated', utf8(exampleCsv(table).replaceAll(',', '\t'))]
	];

	it('is recognised and accepted with no error and no warning, as UTF-8, Shift_JIS and TSV alike', () => {
		const canonical = variants.map(([label, bytes]) => {
			const prepared = prepareCsv(exampleFileName(table), bytes);
			expect(prepared.table, label).toBe(table);
			expect(prepared.issues, label).toEqual([]);
			expect(prepared.rows, label).toBe(EXAMPLES[table].rows.length);
			return new TextDecoder().decode(prepared.file!.bytes);
		});
		expect(new Set(canonical).size).toBe(1);
	});

	it('maps every header to a column', () => {
		const match = matchColumns(table, EXAMPLES[table].header);
		expect(match.unknown).toEqual([]);
		expect(match.missingRequired).toEqual([]);
	});
});

it('all examples load together into DuckDB, every reference between them met', async () => {
	const db = await NodeRunner.open();
	const files: CsvBytes[] = TABLE_NAMES.map(
		(table) => prepareCsv(exampleFileName(table), utf8(exampleFileText(table))).file!
	);
	await loadCsvTables(stage, db, files, { replacing: false });
	for (const table of TABLE_NAMES) {
		const [row] = await db.rows<{ n: number }>({ sql: `SELECT count(*)::INTEGER AS n FROM "${table}"`, params: [] });
		expect(row!.n, table).toBe(EXAMPLES[table].rows.length);
	}
	// And again over what is loaded, as the data screen does: all or nothing, nothing rejected.
	await loadCsvTables(stage, db, files, { replacing: true, tables: 'given', existing: {} });
});

it('reads every documented label and yes/no word as its value', () => {
	const enumColumns = TABLE_NAMES.flatMap((t) => TABLES[t].columns).filter((c) => c.type.kind === 'enum');
	for (const [value, labels] of Object.entries(VALUE_LABELS)) {
		const columns = enumColumns.filter((c) => c.type.kind === 'enum' && c.type.values.includes(value));
		expect(columns.length, `${value} is an allowed value somewhere`).toBeGreaterThan(0);
		for (const column of columns)
			for (const label of [value, ...labels])
				expect(parseCell(column, label), `${column.name}: ${label}`).toEqual({ ok: true, value });
	}
	const island = TABLES.schools.columns.find((c) => c.name === 'island')!;
	for (const word of BOOLEAN_WORDS.true) expect(parseCell(island, word), word).toEqual({ ok: true, value: true });
	for (const word of BOOLEAN_WORDS.false) expect(parseCell(island, word), word).toEqual({ ok: true, value: false });
});

describe.each(TABLE_NAMES)('a blank cell in %s', (table: TableName) => {
	it('becomes what the description says, and only there', () => {
		const columns = TABLES[table].columns;
		const header = columns.map((c) => c.name);
		const example = EXAMPLES[table];
		const mapping = matchColumns(table, example.header).mapping;
		const full = header.map((name) => example.rows[0]![mapping.indexOf(name)] ?? '');
		const rules = BLANK_RULES[table] ?? {};
		for (const rule of Object.keys(rules)) expect(header, `${table}.${rule}`).toContain(rule);
		for (const [i, column] of columns.entries()) {
			if (column.required) continue;
			const row = full.map((v, j) => (j === i ? '' : v));
			const { records, issues } = validateRows(table, 'f.csv', header, [row], matchColumns(table, header).mapping);
			expect(
				issues.filter((x) => x.severity === 'error'),
				`${table}.${column.name}`
			).toEqual([]);
			const record = records[0]!;
			const rule = rules[column.name];
			const got = record[column.name];
			if (!rule) expect(got, `${table}.${column.name} stays blank`).toBeNull();
			else if (rule.kind === 'value') expect(got).toBe(rule.value);
			else if (rule.kind === 'column') expect(got).toBe(record[rule.column]);
			else if (rule.kind === 'prefecture_of') expect(got).toBe(String(record[rule.column]).slice(0, 2));
			else expect(String(got)).toMatch(/2$/);
		}
	});
});
