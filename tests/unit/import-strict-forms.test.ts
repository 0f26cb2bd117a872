/**
 * The import's fast path (domain/import/strict-forms.ts, files/strict-csv.ts, files/strict-cells.ts,
 * db/direct-read.ts) against the row checks it stands in for: a corpus of cells (good and bad — full width, 和暦,
 * blanks, out of range, time zones, enumeration variants, leading zeros in codes and numbers) is
 * put in every column of every table, one cell at a time. Whenever the worker's checks find the
 * file strict, the row checks must accept it too and write the very same canonical CSV, and
 * native DuckDB must read the same rows from the file itself; a whole log loads into the same
 * table either way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLE_NAMES, TABLES, type TableName } from '../../src/lib/domain/tables';
import {
	DISTINCT_LIMIT,
	STABLE_TEXT_RANGES,
	STRICT_PATTERNS,
	strictTable
} from '../../src/lib/domain/import/strict-forms';
import { ByteValues } from '../../src/lib/files/byte-values';
import { UniqueKeys } from '../../src/lib/files/unique-keys';
import type { DataIssue } from '../../src/lib/domain/issues';
import {
	directReadOf,
	prepareCsv,
	prepareStrict,
	type FastCsv,
	type PreparedCsv
} from '../../src/lib/files/prepare-csv';
import { canonicalBlob } from '../../src/lib/files/prepared-import';
import { dropChecked, readDirect } from '../../src/lib/db/direct-read';
import { DataLoadError, loadCsvTables, type CheckedRows, type CsvBlob } from '../../src/lib/db/load-csv';
import { qualified, type SchemaName } from '../../src/lib/db/schema';
import { NodeRunner } from '../support/node-runner';
import { tempFileStage } from '../support/node-stage';
import { SAMPLE_DIR } from '../support/sample-files';
import { largeRequestLog } from '../bench/fixtures/large-request-log';

/** One row each table accepts, cell by cell in its strict form. */
const GOOD: Record<TableName, Record<string, string>> = {
	municipalities: {
		municipality_code: '011002',
		name: '札幌市',
		prefecture_code: '01',
		kind: 'city',
		office_lat: '43.06',
		office_lon: '141.35'
	},
	schools: {
		school_code: 'S1',
		name: '第一小学校',
		school_type: 'elementary',
		municipality_code: '011002',
		employer_code: '011002',
		lat: '43.06',
		lon: '141.35',
		students: '300',
		classes: '12',
		teachers: '20',
		island: 'false'
	},
	staff: {
		staff_id: 'S001',
		name: '山田',
		employer_code: '011002',
		employment: 'contract',
		days_per_week: '5',
		hours_per_day: '7.75',
		base_lat: '43.06',
		base_lon: '141.35',
		annual_cost: '3000000'
	},
	assignments: { staff_id: 'S001', school_code: 'SCH1', days_per_week: '2', weekday: 'mon' },
	support_requests: {
		request_id: 'R1',
		requested_at: '2025-04-01 09:00:00',
		school_code: 'SCH1',
		category: 'lesson',
		mode: 'onsite',
		minutes: '30',
		resolved_at: '2025-04-01 10:00:00'
	},
	ict_environment: { scope_code: '011002', fiscal_year: '2024', indicator: 'helpdesk', value: '1' },
	travel_times: { from_id: 'A', to_id: 'B', minutes: '12.5', mode: 'road' },
	ferries: { school_code: 'SCH1', port_lat: '34.5', port_lon: '135.5', crossing_minutes: '40', wait_minutes: '10' },
	school_counts: {
		municipality_code: '011002',
		fiscal_year: '2024',
		school_type: 'elementary',
		schools: '12',
		teachers: '300',
		students: '5000',
		founders: 'public',
		source: 'MEXT'
	},
	staff_counts: { employer_code: '011002', fiscal_year: '2024', headcount: '12', fte: '10.5' }
};

/** Cells tried in every column. */
const ANY = [
	'',
	' ',
	'0',
	'007',
	'-5',
	'５',
	'5 ',
	' 5',
	'abc',
	'山田 太郎',
	'山田\u3000太郎',
	'ｱｲｳ',
	'Ａ',
	'1.0',
	'令和7年4月1日'
];

/** Cells tried in the columns of their kind, besides. */
const BY_KIND: Record<string, readonly string[]> = {
	number: [
		'00',
		'7',
		'-0',
		'－5',
		'−5',
		'１２',
		'12.50',
		'12.5',
		'0.000001',
		'0.0000001',
		'1e3',
		'999999999999999',
		'9999999999999999',
		'100001',
		'43.0',
		'43.06',
		'46.000001',
		'19.999999',
		'20',
		'1988',
		'1989',
		'2100',
		'2101',
		'1,234'
	],
	timestamp: [
		'2025-04-01',
		'2025-04-01 09:00:00',
		'2025-04-01 9:00:00',
		'2025/04/01 09:00:00',
		'2025-4-1 09:00:00',
		'２０２５-04-01 09:00:00',
		'2025年4月1日 09:00:00',
		'2025-02-29 09:00:00',
		'2024-02-29 23:59:59',
		'2025-04-31 09:00:00',
		'2025-04-01 24:00:00',
		'2025-04-01 09:60:00',
		'2025-04-01 09:00:60',
		'2025-04-01T09:00:00',
		'2025-04-01 09:00:00+09:00',
		'2025-04-01 09:00:00Z',
		'2025-04-01 09:00:00.5',
		'2025-04-01 09:00',
		'0000-01-01 00:00:00',
		'2025-04-01 08:00:00'
	],
	label: [
		'onsite',
		'Onsite',
		'訪問',
		'lesson',
		'LESSON',
		'mon',
		'月',
		'public',
		'公立',
		'road',
		'city',
		'市',
		'contract',
		'elementary',
		'小学校',
		'true',
		'TRUE',
		'はい',
		'false'
	],
	text: [
		'ABC',
		'a b',
		'山田',
		'㈱',
		'ＳＣＨ１',
		'122173.0',
		'1.22E+05',
		'011002',
		'01100',
		'011001',
		'１１００２',
		'1',
		'47',
		'48',
		'B146290000017',
		'B146290000018',
		'R-1',
		'=1+2'
	]
};

const kindOf = (kind: string) =>
	kind === 'integer' || kind === 'number'
		? 'number'
		: kind === 'enum' || kind === 'boolean'
			? 'label'
			: kind === 'text'
				? 'text'
				: 'timestamp';

const csvOf = (table: TableName, rows: readonly Record<string, string>[]) => {
	const names = TABLES[table].columns.map((c) => c.name);
	return new TextEncoder().encode(
		[names.join(','), ...rows.map((r) => names.map((n) => r[n]).join(','))].join('\n') + '\n'
	);
};
const text = (p: PreparedCsv) => (p.file ? new TextDecoder().decode(p.file.bytes) : null);

const stage = tempFileStage();
let db: NodeRunner;

beforeAll(async () => {
	db = await NodeRunner.open();
});
afterAll(() => stage.dispose());

const blobOf = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);
/** The canonical CSV the import hands the load for a file checked fast (prepared-import.ts), its rows maybe sliced from the file. */
const handed = (p: PreparedCsv<FastCsv>, source: Uint8Array): CsvBlob => canonicalBlob(p.file!, blobOf(source));
/** The same, in memory again: what the row checks would have written, to compare. */
async function inMemory(p: PreparedCsv<FastCsv>, source: Uint8Array): Promise<PreparedCsv> {
	const file = p.file && handed(p, source);
	const bytes = file && new Uint8Array(await file.blob.arrayBuffer());
	return { ...p, file: file && bytes && { table: file.table, name: file.name, bytes } };
}
const rowsOf = (table: TableName, schema: SchemaName = 'main') =>
	db.rows<Record<string, unknown>>({ sql: `SELECT * FROM ${qualified(table, schema)} ORDER BY rowid`, params: [] });

/**
 * Whether the file takes the fast path end to end: every cell found strict by the worker's check,
 * and then DuckDB reads from the file itself the very rows its canonical CSV loads.
 */
async function fast(name: string, bytes: Uint8Array): Promise<PreparedCsv | null> {
	const prepared = prepareStrict(name, bytes);
	if (!prepared?.file || !prepared.direct) return null;
	const { table } = prepared.direct;
	// Whatever the worker finds strict, DuckDB reads as it does.
	expect(await readDirect(stage, db, blobOf(bytes), prepared.direct), name).toBe(prepared.rows);
	const direct = await rowsOf(table, 'checking');
	await dropChecked(db);
	await loadCsvTables(stage, db, [handed(prepared, bytes)], { replacing: false, tables: 'given', verified: true });
	expect(direct, name).toEqual(await rowsOf(table));
	return inMemory(prepared, bytes);
}

describe('the strict forms', () => {
	it('keep only text NFKC leaves as it is', () => {
		for (const [lo, hi] of STABLE_TEXT_RANGES)
			for (let c = lo; c <= hi; c++) expect(String.fromCodePoint(c).normalize('NFKC')).toBe(String.fromCodePoint(c));
	});

	it('cover every table but those with row rules DuckDB does not check', () => {
		expect(TABLE_NAMES.filter((t) => strictTable(t) === null)).toEqual(['schools', 'ict_environment']);
	});

	it('strict implies accepted by the row checks with the identical canonical CSV, and read alike by DuckDB from the file, for every cell of the corpus in every column', async () => {
		const verdicts: Record<string, string[]> = {};
		let strict = 0;
		let refused = 0;
		for (const table of TABLE_NAMES) {
			for (const column of TABLES[table].columns) {
				for (const cell of [...ANY, ...BY_KIND[kindOf(column.type.kind)]!]) {
					const bytes = csvOf(table, [GOOD[table], { ...GOOD[table], [column.name]: cell }]);
					const name = `${table}.csv`;
					const taken = await fast(name, bytes);
					if (!taken) {
						refused++;
						continue;
					}
					strict++;
					(verdicts[`${table}.${column.name}`] ??= []).push(cell);
					const checked = prepareCsv(name, bytes);
					expect(checked.errors, `${table}.${column.name} = ${JSON.stringify(cell)}`).toBe(0);
					expect(checked.issues).toEqual(taken.issues);
					expect(checked.rows).toBe(taken.rows);
					expect(text(checked)).toBe(text(taken));
				}
			}
		}
		// Neither side of the corpus is empty: the property is not met by refusing everything.
		expect(strict).toBeGreaterThan(200);
		expect(refused).toBeGreaterThan(strict);
		expect(verdicts['support_requests.requested_at']).toEqual([
			'2025-04-01 09:00:00',
			'2024-02-29 23:59:59',
			'2025-04-01 08:00:00'
		]);
		expect(verdicts['support_requests.minutes']).toEqual([
			'',
			'0',
			'7',
			'999999999999999',
			'100001',
			'20',
			'1988',
			'1989',
			'2100',
			'2101'
		]);
		expect(verdicts['support_requests.category']).toEqual(['lesson']);
		expect(verdicts['support_requests.mode']).toEqual(['', 'onsite']);
		expect(verdicts['support_requests.request_id']).toContain('山田 太郎');
		expect(verdicts['support_requests.request_id']).not.toContain('122173.0');
		expect(verdicts['staff.employer_code']).toEqual(['011002']);
		// A zero there is warned about: the row checks must see it.
		expect(verdicts['staff.days_per_week']).toEqual(['0.000001']);
		expect(verdicts['ferries.port_lat']).toEqual(['43.06', '20']);
		expect(verdicts['staff_counts.fte']).toContain('0.000001');
		expect(verdicts['staff_counts.fte']).not.toContain('0.0000001');
	});

	it('patterns are anchored whole-cell forms', () => {
		expect(new RegExp(`^(?:${STRICT_PATTERNS.integer})$`).test('0012')).toBe(false);
		expect(new RegExp(`^(?:${STRICT_PATTERNS.timestamp})$`).test('2025-04-01 09:00:00')).toBe(true);
	});
});

describe('layouts of a file', () => {
	const names = TABLES.support_requests.columns.map((c) => c.name);
	const row = (r: Record<string, string>, order: readonly string[]) => order.map((n) => r[n] ?? '');
	const second = { ...GOOD.support_requests, request_id: 'R2', mode: '' };
	const lines = (order: readonly string[], sep = ',') => [
		order.join(sep),
		...[GOOD.support_requests, second].map((r) => row(r, order).join(sep))
	];
	const bytesOf = (s: string) => new TextEncoder().encode(s);
	const reordered = [...names].reverse();
	const extra = [...names.slice(0, 3), 'note', ...names.slice(3)];
	const japanese = TABLES.support_requests.columns.map((c) => c.ja[0]!);
	/** `sliced`: its rows are canonical as they are, so the canonical CSV is a slice of the file. */
	const layouts: Record<string, { text: string; strict: boolean; sliced?: true }> = {
		lf: { text: lines(names).join('\n') + '\n', strict: true, sliced: true },
		'Japanese headers in the spec order': {
			text: [japanese.join(','), ...lines(names).slice(1)].join('\n') + '\n',
			strict: true,
			sliced: true
		},
		crlf: { text: lines(names).join('\r\n') + '\r\n', strict: true },
		'no line break at the end': { text: lines(names).join('\n'), strict: true, sliced: true },
		'crlf, none at the end': { text: lines(names).join('\r\n'), strict: true },
		'byte order mark': { text: '\ufeff' + lines(names).join('\n') + '\n', strict: true, sliced: true },
		'columns in another order': { text: lines(reordered).join('\n') + '\n', strict: true },
		'a column not loaded': {
			text:
				[
					extra.join(','),
					...[GOOD.support_requests, second].map((r) => row({ ...r, note: '記録 1' }, extra).join(','))
				].join('\n') + '\n',
			strict: true
		},
		'an optional column missing': { text: lines(names.filter((n) => n !== 'mode')).join('\n') + '\n', strict: true },
		'tabs, a comma in a text cell': {
			text: lines(names, '\t').join('\n').replace('R2', 'R,2') + '\n',
			strict: true
		},
		'a lone CR': { text: lines(names).join('\n').replace('R2', 'R\r2') + '\n', strict: false },
		'a lone CR in a CRLF file': { text: lines(names).join('\r\n').replace('R2', 'R\r2') + '\r\n', strict: false },
		'crlf, a CR of its own at the end': { text: lines(names).join('\r\n') + '\r', strict: false },
		'a NUL in a row': { text: lines(names).join('\n').replace('R2', 'R\u00002') + '\n', strict: false },
		'CR and LF mixed': { text: lines(names).join('\r\n').replace('\r\nR2', '\nR2') + '\r\n', strict: false },
		'a blank line': { text: lines(names).join('\n\n') + '\n', strict: false },
		'a quoted cell': { text: lines(names).join('\n').replace('R2', '"R2"') + '\n', strict: false },
		'a line one cell short': { text: lines(names).join('\n').replace('\nR2,', '\n') + '\n', strict: false },
		'a line one cell long': { text: lines(names).join('\n') + ',x\n', strict: false },
		'a space at the end of a loaded cell': { text: lines(names).join('\n').replace('R2', 'R2 ') + '\n', strict: false }
	};

	for (const [layout, { text: csv, strict, sliced }] of Object.entries(layouts))
		it(`${layout}: ${strict ? `strict, read alike by both paths${sliced ? ', its rows not copied' : ''}` : 'not strict'}`, async () => {
			const bytes = bytesOf(csv);
			const file = prepareStrict('log.csv', bytes)?.file;
			if (file) expect('from' in file, layout).toBe(sliced === true);
			const taken = await fast('log.csv', bytes);
			expect(taken !== null, layout).toBe(strict);
			if (!taken) return;
			const checked = prepareCsv('log.csv', bytes);
			expect(checked.errors).toBe(0);
			expect(checked.issues).toEqual(taken.issues);
			expect(text(taken)).toBe(text(checked));
		});

	it('the header alone says how DuckDB reads the file, as the whole file does', () => {
		const bytes = bytesOf(layouts['a column not loaded']!.text);
		const plan = directReadOf('log.csv', bytes.subarray(0, 80));
		expect(plan).toEqual(prepareStrict('log.csv', bytes)!.direct);
		expect(plan?.fields).toEqual([0, 1, 2, 4, 5, 6, 7]);
		expect(directReadOf('log.csv', bytes.subarray(0, 20))).toBeNull();
	});
});

describe('cells mutated at random', () => {
	// A seeded generator, so that a failure can be replayed.
	let seed = 20261202;
	const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
	const ALPHABET = [...'0123456789-: .Ee+/TZ', '５', 'Ａ', '山', '\u3000', 'ｱ', '\u00e9', '\u{20b9f}'];
	const mutate = (cell: string) => {
		const chars = [...cell];
		const at = Math.floor(random() * (chars.length + 1));
		const c = ALPHABET[Math.floor(random() * ALPHABET.length)]!;
		const kind = random();
		if (kind < 0.4) chars[at] = c;
		else if (kind < 0.7) chars.splice(at, 0, c);
		else chars.splice(at, 1);
		return chars.join('');
	};
	const columns: [TableName, string][] = [
		['support_requests', 'requested_at'],
		['support_requests', 'minutes'],
		['support_requests', 'request_id'],
		['ferries', 'port_lat'],
		['staff', 'days_per_week'],
		['school_counts', 'schools']
	];

	it('are strict only when the row checks accept them and write them back as they are', async () => {
		let strict = 0;
		for (const [table, column] of columns)
			for (let i = 0; i < 400; i++) {
				let cell = GOOD[table][column]!;
				for (let k = 1 + Math.floor(random() * 3); k > 0; k--) cell = mutate(cell);
				const bytes = csvOf(table, [GOOD[table], { ...GOOD[table], [column]: cell }]);
				const strictly = prepareStrict(`${table}.csv`, bytes);
				if (!strictly) continue;
				const taken = await inMemory(strictly, bytes);
				strict++;
				const checked = prepareCsv(`${table}.csv`, bytes);
				expect(checked.errors, `${table}.${column} = ${JSON.stringify(cell)}`).toBe(0);
				expect(checked.issues).toEqual(taken.issues);
				expect(text(checked), `${table}.${column} = ${JSON.stringify(cell)}`).toBe(text(taken));
			}
		// Many mutations keep a strict cell (another digit, another letter): both verdicts are tried.
		expect(strict).toBeGreaterThan(300);
		expect(strict).toBeLessThan(columns.length * 400 - 300);
	});
});

describe('bytes in a column not loaded', () => {
	it('are strict exactly when the whole file is valid UTF-8, as the reader decodes it', () => {
		let seed = 7;
		const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
		// Lead and continuation bytes of every kind, and a few ASCII ones.
		const pool = [
			0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe3, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff
		];
		const head = new TextEncoder().encode(
			'request_id,requested_at,school_code,category,note\nR1,2025-04-01 09:00:00,SCH1,lesson,'
		);
		const fatal = new TextDecoder('utf-8', { fatal: true });
		let valid = 0;
		for (let i = 0; i < 3000; i++) {
			const note = Array.from(
				{ length: 1 + Math.floor(random() * 4) },
				() => pool[Math.floor(random() * pool.length)]!
			);
			const bytes = new Uint8Array([...head, ...note, 0x0a]);
			let decodes = true;
			try {
				fatal.decode(bytes);
			} catch {
				decodes = false;
			}
			if (decodes) valid++;
			expect(prepareStrict('log.csv', bytes) !== null, note.map((b) => b.toString(16)).join(' ')).toBe(decodes);
		}
		expect(valid).toBeGreaterThan(50);
	});
});

describe('a request resolved before it was made', () => {
	it('is not strict: the row checks name it', async () => {
		const row = { ...GOOD.support_requests, resolved_at: '2025-04-01 08:59:59' };
		const bytes = csvOf('support_requests', [GOOD.support_requests, row]);
		expect(prepareStrict('log.csv', bytes)).toBeNull();
		expect(prepareCsv('log.csv', bytes).issues.map((i) => [i.line, i.column, i.rule])).toEqual([
			[3, 'resolved_at', 'order']
		]);
	});
});

describe('a support log of 20,000 rows', () => {
	const log = largeRequestLog(SAMPLE_DIR, 20_000);
	// The schools the log points at, loaded before it.
	beforeAll(async () => {
		const schools = {
			table: 'schools',
			name: 'schools.csv',
			bytes: readFileSync(join(SAMPLE_DIR, 'schools.csv'))
		} as const;
		await loadCsvTables(stage, db, [schools], { replacing: false, tables: 'given', verified: true });
	});
	it('loads the same rows from the checked cells as from the row checks, and keeps the same file', async () => {
		const taken = await fast('log.csv', log);
		expect(taken).not.toBeNull();
		const checked = prepareCsv('log.csv', log);
		expect(text(checked)).toBe(text(taken!));
		expect(taken!.issues).toEqual(checked.issues);
		// As the app loads it: the rows DuckDB read from the file itself, waiting in `checking`.
		expect(await readDirect(stage, db, blobOf(log), taken!.direct!)).toBe(20_000);
		expect(taken!.uniqueKey).toBe(true);
		// Replacing what is loaded, as an import does: the read rows become the table by renames.
		const rows: CheckedRows = { table: 'support_requests', name: 'log.csv', checked: { uniqueKey: true } };
		await loadCsvTables(stage, db, [rows], { replacing: true, tables: 'given', verified: true });
		expect(
			await db.rows({
				sql: `SELECT * FROM information_schema.tables WHERE starts_with(table_name, 'checking__') OR starts_with(table_name, 'staging__')`,
				params: []
			})
		).toEqual([]);
		const viaChecks = await rowsOf('support_requests');
		await loadCsvTables(stage, db, [checked.file!], { replacing: false, tables: 'given', verified: true });
		expect(await rowsOf('support_requests')).toEqual(viaChecks);
		expect(viaChecks).toHaveLength(20_000);
		await dropChecked(db);
	});

	/** What a load of the rows read fast is refused with, the file taken as the app takes it. */
	async function refusedIssues(taken: PreparedCsv<FastCsv>): Promise<DataIssue[]> {
		const rows: CheckedRows = { table: taken.table!, name: taken.name, checked: { uniqueKey: taken.uniqueKey! } };
		const refused = await loadCsvTables(stage, db, [rows], { replacing: true, tables: 'given' }).catch(
			(e: unknown) => e
		);
		expect(refused).toBeInstanceOf(DataLoadError);
		return (refused as DataLoadError).issues;
	}

	it('with a request id repeated: read fast, its key found not unique, and the load names the repeat at its line', async () => {
		const lines = new TextDecoder().decode(log).trimEnd().split('\n');
		const at = lines.length - 3;
		lines[at] = lines[at]!.replace(/^[^,]+,/, `${lines[5]!.split(',')[0]},`);
		const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
		const taken = prepareStrict('log.csv', bytes)!;
		expect(taken.direct).toBeDefined();
		expect(await readDirect(stage, db, blobOf(bytes), taken.direct!)).toBe(20_000);
		expect(taken.uniqueKey).toBe(false);
		expect((await refusedIssues(taken)).map((i) => [i.file, i.line, i.rule])).toEqual([
			['log.csv', at + 1, 'duplicate']
		]);
		await dropChecked(db);
	});

	it('pointing at a school that is not there: read fast, and the load still names the row whose reference is missing', async () => {
		const lines = new TextDecoder().decode(log).trimEnd().split('\n');
		const at = lines.length - 2;
		const school = lines[at]!.split(',')[2]!;
		lines[at] = lines[at]!.replace(`,${school},`, ',NO-SUCH-SCHOOL,');
		const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
		const taken = prepareStrict('log.csv', bytes)!;
		expect(await readDirect(stage, db, blobOf(bytes), taken.direct!)).toBe(20_000);
		expect(taken.uniqueKey).toBe(true);
		expect((await refusedIssues(taken)).map((i) => [i.line, i.column, i.rule, i.value])).toEqual([
			[at + 1, 'school_code', 'reference', 'NO-SUCH-SCHOOL']
		]);
		await dropChecked(db);
	});

	it('with one full-width digit 3 rows from the end: not strict, nothing kept in DuckDB; the row checks read it as always', async () => {
		const lines = new TextDecoder().decode(log).trimEnd().split('\n');
		const at = lines.length - 3;
		lines[at] = lines[at]!.replace(
			/,(\d+),2025-/,
			(_, m: string) => `,${m.slice(0, -1)}${String.fromCharCode(0xff10 + Number(m.at(-1)))},2025-`
		);
		const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
		expect(prepareStrict('log.csv', bytes)).toBeNull();
		// DuckDB, reading the file beside the worker, cannot type it either, and keeps nothing of it.
		expect(await readDirect(stage, db, blobOf(bytes), prepareStrict('log.csv', log)!.direct!)).toBeNull();
		expect(
			await db.rows({
				sql: `SELECT * FROM information_schema.tables WHERE starts_with(table_name, 'checking__')`,
				params: []
			})
		).toEqual([]);
		// The row checks read a full-width digit as its ASCII digit: the file is what the clean log is.
		expect(text(prepareCsv('log.csv', bytes))).toBe(text(prepareCsv('log.csv', log)));
	});

	it('with a day that does not exist 3 rows from the end: not strict, and the row checks name its line and column', async () => {
		const lines = new TextDecoder().decode(log).trimEnd().split('\n');
		const at = lines.length - 3;
		lines[at] = lines[at]!.replace(/,2025-(\d\d)-(\d\d) /, ',2025-02-30 ');
		const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
		expect(await fast('log.csv', bytes)).toBeNull();
		const checked = prepareCsv('log.csv', bytes);
		expect(checked.file).toBeNull();
		expect(checked.issues.filter((i) => i.severity === 'error').map((i) => [i.line, i.column, i.rule])).toEqual([
			[at + 1, 'requested_at', 'type']
		]);
	});

	it('with a label written as a person writes it (授業支援) 3 rows from the end: not strict; the row checks read it as lesson', () => {
		const lines = new TextDecoder().decode(log).trimEnd().split('\n');
		const at = lines.findLastIndex((l) => l.includes(',lesson,'));
		lines[at] = lines[at]!.replace(',lesson,', ',授業支援,');
		const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
		expect(prepareStrict('log.csv', bytes)).toBeNull();
		expect(text(prepareCsv('log.csv', bytes))).toBe(text(prepareCsv('log.csv', log)));
	});

	it(`with more distinct school codes than ${DISTINCT_LIMIT.toLocaleString('en')}: not a log to take fast`, () => {
		const rows = (n: number) =>
			Array.from({ length: n }, (_, i) => ({ ...GOOD.support_requests, request_id: `R${i}`, school_code: `S${i}` }));
		expect(prepareStrict('log.csv', csvOf('support_requests', rows(DISTINCT_LIMIT)))).not.toBeNull();
		expect(prepareStrict('log.csv', csvOf('support_requests', rows(DISTINCT_LIMIT + 1)))).toBeNull();
	});
});

describe('the distinct values of cells (byte-values.ts)', () => {
	it('numbers each distinct byte string once, in the order first seen, as a Map of the strings does', () => {
		let seed = 7;
		const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
		// Short values over few letters: many repeats, many shared prefixes, lengths on both sides of
		// the four bytes compared at a time, and the table grows from its smallest.
		const values = Array.from({ length: 60_000 }, () =>
			Array.from({ length: 1 + Math.floor(random() ** 2 * 9) }, () => 'abcé'[Math.floor(random() * 4)]).join('')
		);
		const text = values.join(',');
		const bytes = new TextEncoder().encode(text);
		const set = new ByteValues(bytes, 1);
		const expected = new Map<string, number>();
		let at = 0;
		for (const v of values) {
			const length = new TextEncoder().encode(v).length;
			if (!expected.has(v)) expected.set(v, expected.size);
			expect(set.entry(at, at + length), v).toBe(expected.get(v));
			at += length + 1;
		}
		expect(set.size).toBe(expected.size);
		expect(expected.size).toBeGreaterThan(100);
	});
});

describe('whether a key repeats (unique-keys.ts)', () => {
	/** Whether UniqueKeys finds `keys` free of repeats. */
	function unique(keys: string[]): boolean {
		const encoder = new TextEncoder();
		const bytes = encoder.encode(keys.join(','));
		const seen = new UniqueKeys(bytes);
		let at = 0;
		for (const k of keys) {
			const length = encoder.encode(k).length;
			seen.add(at, at + length);
			at += length + 1;
		}
		return seen.unique;
	}
	const ids = (n: number, id: (i: number) => string) => Array.from({ length: n }, (_, i) => id(i));

	it('tells a repeat wherever it is, in key order or not, as a Set of the keys does', () => {
		let seed = 11;
		const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
		const cases: Record<string, string[]> = {
			padded: ids(5000, (i) => `L${String(i).padStart(7, '0')}`),
			'unpadded numbers': ids(5000, (i) => `R${i}`),
			'a repeat right after': [...ids(100, (i) => `R${i}`), 'R99'],
			'a repeat of the first, last': [...ids(100, (i) => `R${i}`), 'R0'],
			'out of order, then a repeat': [...ids(100, (i) => `R${i}`), 'R5', 'R200', 'R5'],
			'out of order, no repeat': [...ids(100, (i) => `R${100 - i}`)],
			'two-byte characters': ['あ', 'い', 'う', 'あ']
		};
		for (let trial = 0; trial < 200; trial++)
			cases[`random ${trial}`] = ids(1 + Math.floor(random() * 60), () =>
				String(Math.floor(random() * 400)).padStart(Math.floor(random() * 3), 'x')
			);
		for (const [name, keys] of Object.entries(cases))
			expect(unique(keys), name).toBe(new Set(keys).size === keys.length);
	});
});
