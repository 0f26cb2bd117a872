/**
 * The review step of an import: inspectFile shows what was recognised in a file (format, encoding,
 * sheets, header, first rows, table, column mapping), and prepareCsv/prepareFile honour what the
 * user chose there (table, sheet, mapping), generate request ids, cap the issues kept and report
 * progress.
 */
import { describe, expect, it } from 'vitest';
import Encoding from 'encoding-japanese';
import writeXlsxFile from 'write-excel-file/node';
import { inspectFile, KEPT_ISSUES, prepareCsv, prepareFile, PREVIEW_ROWS } from '../../src/lib/files/prepare-csv';
import { describeMapping, matchColumns } from '../../src/lib/domain/import/headers';
import { REQUEST_CATEGORIES } from '../../src/lib/domain/tables';

const sjis = (text: string) =>
	new Uint8Array(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' }));
const utf8 = (text: string) => new TextEncoder().encode(text);
const lines = (rows: readonly (readonly string[])[], sep = ',', eol = '\n') =>
	rows.map((r) => r.join(sep)).join(eol) + eol;
const canonical = (bytes: Uint8Array) => new TextDecoder().decode(bytes).split('\n');

/** A school of the sample (valid check digit). */
const SCHOOL = 'B146290000017';
/** The sample's prefecture, employer of staff. */
const EMPLOYER = '460001';

async function workbook(sheets: { name: string; rows: (string | number | null)[][] }[]): Promise<Uint8Array> {
	const file = writeXlsxFile(
		sheets.map((s) => ({
			sheet: s.name,
			data: s.rows.map((r) => r.map((value) => (value === null ? null : { value })))
		}))
	);
	return new Uint8Array(await file.toBuffer());
}

const REQUEST_HEADER = ['受付番号', '受付日', '学校コード', '区分', '対応方法', '対応時間（分）', '備考'];
const REQUEST_MAPPING = ['request_id', 'requested_at', 'school_code', 'category', 'mode', 'minutes', null];
const requestRows = (n: number) =>
	Array.from({ length: n }, (_, k) => [
		`R-${k + 1}`,
		`2025-04-${String(k + 1).padStart(2, '0')}`,
		SCHOOL,
		'授業支援',
		'訪問',
		String(10 + k),
		`メモ${k + 1}`
	]);

describe('inspectFile', () => {
	it('reads the start of a Shift_JIS TSV: format, encoding, delimiter, header, first rows, table and mapping', async () => {
		const rows = requestRows(8);
		const bytes = sjis(lines([REQUEST_HEADER, ...rows], '\t', '\r\n'));
		const inspection = await inspectFile('依頼.tsv', bytes);
		expect(PREVIEW_ROWS).toBe(5);
		expect(inspection).toEqual({
			name: '依頼.tsv',
			size: bytes.length,
			format: 'csv',
			encoding: 'shift_jis',
			delimiter: '\t',
			sheets: [],
			header: REQUEST_HEADER,
			preview: rows.slice(0, PREVIEW_ROWS),
			table: 'support_requests',
			candidates: [],
			mapping: REQUEST_MAPPING,
			source: null,
			refers: [],
			problem: null
		});
	});

	it('shows every row of a file shorter than the preview', async () => {
		const rows = requestRows(2);
		const inspection = await inspectFile('r.csv', utf8(lines([REQUEST_HEADER, ...rows])));
		expect(inspection.preview).toEqual(rows);
		expect(inspection.encoding).toBe('utf-8');
		expect(inspection.delimiter).toBe(',');
	});

	it('uses the table the user chose, with that table’s column match', async () => {
		const bytes = utf8(lines([REQUEST_HEADER, ...requestRows(3)]));
		const inspection = await inspectFile('r.csv', bytes, { table: 'assignments' });
		expect(inspection.table).toBe('assignments');
		expect(inspection.mapping).toEqual([null, null, 'school_code', null, null, null, null]);
		expect(inspection.mapping).toEqual(matchColumns('assignments', REQUEST_HEADER).mapping);
		expect(inspection.problem).toBeNull();
	});

	it('an unrecognised header has no table until the user picks one', async () => {
		const header = ['スタッフ番号', '配置自治体コード'];
		const bytes = utf8(lines([header, ['S-1', EMPLOYER]]));
		expect(await inspectFile('s.csv', bytes)).toMatchObject({
			table: null,
			mapping: [null, null],
			header,
			preview: [['S-1', EMPLOYER]],
			problem: null
		});
		expect(await inspectFile('s.csv', bytes, { table: 'staff' })).toMatchObject({
			table: 'staff',
			mapping: [null, 'employer_code']
		});
		// The mapping the user adjusted is shown back as it is.
		expect(await inspectFile('s.csv', bytes, { table: 'staff', mapping: ['staff_id', 'employer_code'] })).toMatchObject(
			{
				table: 'staff',
				mapping: ['staff_id', 'employer_code']
			}
		);
	});

	it('a forced encoding is used for the preview', async () => {
		const bytes = sjis(lines([REQUEST_HEADER, ...requestRows(1)]));
		const inspection = await inspectFile('r.csv', bytes, { encoding: 'utf-8' });
		expect(inspection.problem).toEqual({ file: 'r.csv', severity: 'error', rule: 'file', expected: 'encoding' });
		expect(inspection.header).toEqual([]);
		expect(inspection.table).toBeNull();
	});

	describe('a workbook of two sheets', () => {
		const staffSheet = {
			name: 'スタッフ',
			rows: [
				['支援員ID', '配置自治体コード', '勤務日数'],
				['S-1', EMPLOYER, 5],
				['S-2', EMPLOYER, 3]
			]
		};
		const requestSheet = {
			name: '依頼',
			rows: [REQUEST_HEADER, ...requestRows(7).map((r) => [...r.slice(0, 5), Number(r[5]), r[6]!])]
		};

		it('lists both sheets and shows the first that names a table', async () => {
			const bytes = await workbook([staffSheet, requestSheet]);
			const inspection = await inspectFile('book.xlsx', bytes);
			expect(inspection).toEqual({
				name: 'book.xlsx',
				size: bytes.length,
				format: 'xlsx',
				encoding: null,
				delimiter: null,
				sheets: ['スタッフ', '依頼'],
				sheet: 'スタッフ',
				header: ['支援員ID', '配置自治体コード', '勤務日数'],
				preview: [
					['S-1', EMPLOYER, '5'],
					['S-2', EMPLOYER, '3']
				],
				table: 'staff',
				candidates: [],
				mapping: ['staff_id', 'employer_code', 'days_per_week'],
				source: null,
				refers: [],
				problem: null
			});
		});

		it('the sheet the user picks is the one shown and prepared', async () => {
			const bytes = await workbook([staffSheet, requestSheet]);
			const inspection = await inspectFile('book.xlsx', bytes, { sheet: '依頼' });
			expect(inspection).toMatchObject({
				sheets: ['スタッフ', '依頼'],
				sheet: '依頼',
				header: REQUEST_HEADER,
				preview: requestRows(PREVIEW_ROWS),
				table: 'support_requests',
				mapping: REQUEST_MAPPING,
				problem: null
			});

			const progress: number[] = [];
			const prepared = await prepareFile('book.xlsx', bytes, { sheet: '依頼' }, (d) => progress.push(d));
			expect(prepared).toMatchObject({ format: 'xlsx', sheet: '依頼', table: 'support_requests', rows: 7, errors: 0 });
			expect(canonical(prepared.file!.bytes)[1]).toBe(`R-1,2025-04-01 00:00:00,${SCHOOL},lesson,onsite,10,`);
			expect(progress.at(-1)).toBe(1);

			// Without a choice the first sheet is prepared.
			expect(await prepareFile('book.xlsx', bytes)).toMatchObject({
				sheet: 'スタッフ',
				table: 'staff',
				rows: 2,
				errors: 0
			});
		});
	});

	it('an unreadable file is a problem with rule "file", nothing to review', async () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
		expect(await inspectFile('photo.csv', png)).toEqual({
			name: 'photo.csv',
			size: png.length,
			format: 'csv',
			encoding: null,
			delimiter: null,
			sheets: [],
			header: [],
			preview: [],
			table: null,
			candidates: [],
			mapping: [],
			source: null,
			refers: [],
			problem: { file: 'photo.csv', severity: 'error', rule: 'file', expected: 'binary' }
		});
		// UTF-16 is read, not refused; a file that is not text in any encoding is.
		expect(await inspectFile('u16.csv', new Uint8Array([0xff, 0xfe, 0x61, 0]))).toMatchObject({
			encoding: 'utf-16le',
			header: ['a'],
			problem: null
		});
		expect((await inspectFile('nul.csv', new TextEncoder().encode('a,b\n1,\u0000\n'))).problem).toEqual({
			file: 'nul.csv',
			severity: 'error',
			rule: 'file',
			expected: 'nul',
			line: 2
		});
		expect((await inspectFile('empty.csv', new Uint8Array())).problem).toEqual({
			file: 'empty.csv',
			severity: 'error',
			rule: 'file',
			expected: 'empty'
		});
		const broken = await inspectFile('broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
		expect(broken).toMatchObject({
			format: 'xlsx',
			sheets: [],
			header: [],
			problem: { file: 'broken.xlsx', severity: 'error', rule: 'file', expected: 'xlsx' }
		});
	});
});

describe('prepareCsv with the user’s choices', () => {
	const header = ['スタッフ番号', '配置自治体コード', '勤務日数'];
	const bytes = utf8(lines([header, ['S-1', EMPLOYER, '5'], ['S-2', EMPLOYER, '']]));

	it('an unrecognised header is missing its column until the user maps it', () => {
		const unmapped = prepareCsv('staff.csv', bytes, { table: 'staff' });
		expect(unmapped.errors).toBe(1);
		expect(unmapped.issues.filter((i) => i.severity === 'error')).toEqual([
			{
				file: 'staff.csv',
				line: 1,
				column: 'staff_id',
				rule: 'missing_column',
				expected: '支援員ID / 職員番号',
				severity: 'error'
			}
		]);
		expect(unmapped.file).toBeNull();
	});

	it('a header the user mapped to staff_id loads without a missing_column error', () => {
		const prepared = prepareCsv('staff.csv', bytes, {
			table: 'staff',
			mapping: ['staff_id', 'employer_code', 'days_per_week']
		});
		expect(prepared).toMatchObject({
			name: 'staff.csv',
			table: 'staff',
			format: 'csv',
			encoding: 'utf-8',
			delimiter: ',',
			rows: 2,
			errors: 0,
			warnings: 0
		});
		expect(prepared.issues).toEqual([]);
		expect(canonical(prepared.file!.bytes)).toEqual([
			'staff_id,name,employer_code,employment,days_per_week,hours_per_day,base_lat,base_lon,annual_cost',
			`S-1,,${EMPLOYER},,5,7.75,,,`,
			`S-2,,${EMPLOYER},,5,7.75,,,`,
			''
		]);
	});

	it('a mapping that leaves a required column out gives exactly one missing_column error for it', () => {
		const prepared = prepareCsv('staff.csv', bytes, { table: 'staff', mapping: ['staff_id', null, 'days_per_week'] });
		expect(prepared.errors).toBe(1);
		expect(prepared.issues.filter((i) => i.rule === 'missing_column')).toEqual([
			{
				file: 'staff.csv',
				line: 1,
				column: 'employer_code',
				rule: 'missing_column',
				expected: '配置自治体コード',
				severity: 'error'
			}
		]);
		// The header left out is named once, as a warning; the rows add nothing.
		expect(prepared.issues).toHaveLength(2);
		expect(prepared.issues[1]).toEqual({
			file: 'staff.csv',
			line: 1,
			column: '配置自治体コード',
			value: '配置自治体コード',
			rule: 'unknown_column',
			severity: 'warning'
		});
		expect(prepared.file).toBeNull();
	});

	it('a mapping of the wrong length is ignored: the headers are matched again', () => {
		const recognised = utf8(
			lines([
				['支援員ID', '配置自治体コード'],
				['S-1', EMPLOYER]
			])
		);
		const prepared = prepareCsv('staff.csv', recognised, { mapping: ['staff_id'] });
		expect(prepared).toMatchObject({ table: 'staff', errors: 0, rows: 1 });
	});

	it('rows with a blank request_id get idPrefix + their line', () => {
		const file = utf8(
			lines([
				['受付番号', '受付日', '学校コード', '区分'],
				['', '2025-04-01', SCHOOL, '授業支援'],
				['R-9', '2025-04-02', SCHOOL, '校務支援'],
				['', '2025-04-03 10:15', SCHOOL, '環境整備']
			])
		);
		const prepared = prepareCsv('log.csv', file, {}, undefined, 'auto-20250401120000-');
		expect(prepared).toMatchObject({ table: 'support_requests', rows: 3, errors: 0 });
		expect(canonical(prepared.file!.bytes)).toEqual([
			'request_id,requested_at,school_code,category,mode,minutes,resolved_at',
			`auto-20250401120000-2,2025-04-01 00:00:00,${SCHOOL},lesson,,,`,
			`R-9,2025-04-02 00:00:00,${SCHOOL},admin,,,`,
			`auto-20250401120000-4,2025-04-03 10:15:00,${SCHOOL},environment,,,`,
			''
		]);
		// Without a prefix: 'auto-'.
		expect(canonical(prepareCsv('log.csv', file).file!.bytes)[1]).toBe(
			`auto-2,2025-04-01 00:00:00,${SCHOOL},lesson,,,`
		);
	});

	it(`keeps the first ${KEPT_ISSUES} issues, counts them all, and gives no file`, () => {
		const bad = 1205;
		const rows = Array.from({ length: bad }, (_, k) => [`R-${k + 1}`, '2025-04-01', SCHOOL, 'x']);
		const prepared = prepareCsv(
			'many.csv',
			utf8(lines([['request_id', 'requested_at', 'school_code', 'category'], ...rows]))
		);
		expect(KEPT_ISSUES).toBe(1000);
		expect(prepared.rows).toBe(bad);
		expect(prepared.errors).toBe(bad);
		expect(prepared.warnings).toBe(0);
		expect(prepared.issues).toHaveLength(KEPT_ISSUES);
		expect(prepared.file).toBeNull();
		expect(prepared.issues[0]).toEqual({
			file: 'many.csv',
			line: 2,
			column: 'category',
			value: 'x',
			rule: 'enum',
			expected: REQUEST_CATEGORIES.join(', '),
			severity: 'error'
		});
		expect(prepared.issues.at(-1)).toMatchObject({ line: KEPT_ISSUES + 1, rule: 'enum' });
	});

	it('exactly KEPT_ISSUES bad rows keep them all', () => {
		const rows = Array.from({ length: KEPT_ISSUES }, (_, k) => [`R-${k + 1}`, '2025-04-01', SCHOOL, 'x']);
		const prepared = prepareCsv(
			'many.csv',
			utf8(lines([['request_id', 'requested_at', 'school_code', 'category'], ...rows]))
		);
		expect(prepared.errors).toBe(KEPT_ISSUES);
		expect(prepared.issues).toHaveLength(KEPT_ISSUES);
	});

	it('reports progress up to 1', () => {
		const progress: number[] = [];
		const prepared = prepareCsv('r.csv', utf8(lines([REQUEST_HEADER, ...requestRows(20)])), {}, (d) =>
			progress.push(d)
		);
		expect(prepared.errors).toBe(0);
		expect(progress.length).toBeGreaterThan(0);
		for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]!);
		expect(progress.at(-1)).toBe(1);
	});
});

describe('describeMapping', () => {
	it('names required columns no header fills and headers that fill nothing (blank headers aside)', () => {
		const header = ['スタッフ番号', '配置自治体コード', '', ' メモ '];
		expect(describeMapping('staff', header, ['staff_id', null, null, null], true)).toEqual({
			mapping: ['staff_id', null, null, null],
			missingRequired: ['employer_code'],
			unknown: ['配置自治体コード', ' メモ '],
			duplicates: []
		});
		expect(describeMapping('staff', header, [null, null, null, null]).missingRequired).toEqual([
			'staff_id',
			'employer_code'
		]);
		expect(describeMapping('staff', header, ['staff_id', 'employer_code', null, 'name'])).toEqual({
			mapping: ['staff_id', 'employer_code', null, 'name'],
			missingRequired: [],
			unknown: [],
			duplicates: []
		});
	});

	it('agrees with matchColumns on the mapping matchColumns found', () => {
		const header = [...REQUEST_HEADER, '学校コード'];
		const match = matchColumns('support_requests', header);
		// A second 学校コード is not unknown: it is a duplicate of the first, an error until the user leaves one out.
		expect(match).toEqual({
			mapping: [...REQUEST_MAPPING, null],
			missingRequired: [],
			unknown: ['備考'],
			duplicates: [{ column: 'school_code', headers: ['学校コード', '学校コード'] }]
		});
		expect(describeMapping('support_requests', header, match.mapping)).toEqual(match);
		expect(
			describeMapping(
				'support_requests',
				header,
				[null, ...match.mapping.slice(1, 2), null, ...match.mapping.slice(3)],
				true
			)
		).toMatchObject({
			duplicates: [],
			missingRequired: ['school_code'],
			unknown: ['受付番号', '学校コード', '備考', '学校コード']
		});
	});

	it('returns a copy of the mapping', () => {
		const mapping = ['staff_id', 'employer_code'];
		const described = describeMapping('staff', ['a', 'b'], mapping);
		expect(described.mapping).not.toBe(mapping);
		expect(described.mapping).toEqual(mapping);
	});
});

describe('lines named in messages', () => {
	it('are the lines of the file, counting blank lines and line breaks inside quoted fields', () => {
		const text =
			['支援員ID,氏名,配置自治体コード,勤務日数', '', 'S-1,"山田\n太郎",469017,5', 'S-2,佐藤,469017,九'].join('\r\n') +
			'\r\n';
		const prepared = prepareCsv('staff.csv', new TextEncoder().encode(text));
		expect(prepared.issues).toEqual([expect.objectContaining({ line: 5, column: 'days_per_week', value: '九' })]);
	});

	it('are the rows of the sheet in a workbook, blank rows included', async () => {
		const cells = (values: (string | number)[]) => values.map((value) => ({ value }));
		const file = await writeXlsxFile([
			cells(['支援員ID', '配置自治体コード', '勤務日数']),
			cells(['S-1', '469017', 5]),
			[null, null, null],
			cells(['S-2', '469017', 9])
		]).toBuffer();
		const prepared = await prepareFile('staff.xlsx', new Uint8Array(file));
		expect(prepared.rows).toBe(2);
		expect(prepared.issues).toEqual([expect.objectContaining({ line: 4, column: 'days_per_week', value: '9' })]);
	});
});
