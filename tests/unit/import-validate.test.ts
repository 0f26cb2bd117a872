import { describe, expect, it } from 'vitest';
import { matchColumns } from '../../src/lib/domain/import/headers';
import { headerIssues, validateRows } from '../../src/lib/domain/import/validate-rows';
import { TABLES, type TableName } from '../../src/lib/domain/tables';

const run = (table: TableName, header: string[], rows: string[][]) =>
	validateRows(table, 'f.csv', header, rows, matchColumns(table, header).mapping);

const SCHOOL_HEADER = [
	'学校コード',
	'学校名',
	'学校種',
	'所在市区町村コード',
	'設置者コード',
	'緯度',
	'経度',
	'児童生徒数',
	'離島'
];

describe('validateRows', () => {
	it('builds one typed record per row with every spec column', () => {
		const { records, issues } = run('schools', SCHOOL_HEADER, [
			['B110210000017', '柏第一小学校', '小学校', '12217', '', '35.86', '139.97', '１，２３４', '無']
		]);
		expect(issues).toEqual([]);
		expect(records).toEqual([
			{
				school_code: 'B110210000017',
				name: '柏第一小学校',
				school_type: 'elementary',
				municipality_code: '122173',
				employer_code: '122173',
				lat: 35.86,
				lon: 139.97,
				students: 1234,
				classes: null,
				teachers: null,
				island: false
			}
		]);
	});

	it('keeps an explicit employer code (a prefecture running the school)', () => {
		const { records } = run('schools', SCHOOL_HEADER, [
			['SCH-1', '県立特別支援学校', '特別支援学校', '122173', '120006', '', '', '', '']
		]);
		expect(records[0]?.employer_code).toBe('120006');
	});

	it('locates type, check-digit, range and enum errors by line, column and value', () => {
		const { records, issues } = run('schools', SCHOOL_HEADER, [
			['B110210000017', 'A', '小学校', '122173', '', '', '', '10', ''],
			['B110210000018', 'B', '幼稚園', '122173.0', '', '139.9', '', '-3', '']
		]);
		expect(records).toHaveLength(2);
		expect(issues).toEqual([
			{
				file: 'f.csv',
				line: 3,
				column: 'school_code',
				value: 'B110210000018',
				rule: 'check_digit',
				expected: 'check_digit',
				severity: 'error'
			},
			{
				file: 'f.csv',
				line: 3,
				column: 'school_type',
				value: '幼稚園',
				rule: 'enum',
				expected: 'elementary, junior_high, compulsory, high, special_needs, secondary',
				severity: 'error'
			},
			{
				file: 'f.csv',
				line: 3,
				column: 'municipality_code',
				value: '122173.0',
				rule: 'type',
				expected: 'text code',
				severity: 'error'
			},
			{ file: 'f.csv', line: 3, column: 'lat', value: '139.9', rule: 'range', expected: '20–46', severity: 'error' },
			{ file: 'f.csv', line: 3, column: 'students', value: '-3', rule: 'range', expected: '≥ 0', severity: 'error' }
		]);
	});

	it('reports blank required values once, and not for columns missing from the header', () => {
		const { issues } = run('schools', ['学校コード', '学校名', '学校種'], [['', '\u3000', '中']]);
		expect(issues).toEqual([
			{ file: 'f.csv', line: 2, column: 'school_code', value: '', rule: 'required', severity: 'error' },
			{ file: 'f.csv', line: 2, column: 'name', value: '\u3000', rule: 'required', severity: 'error' }
		]);
	});

	it('reports a row with the wrong number of fields once and skips blank rows', () => {
		const { records, issues } = run(
			'staff',
			['支援員ID', '配置自治体コード'],
			[['S1', '131016', 'extra'], ['', ''], [''], ['S2']]
		);
		expect(records).toEqual([]);
		expect(issues).toEqual([
			{ file: 'f.csv', line: 2, rule: 'field_count', value: '3', expected: '2', severity: 'error' },
			{ file: 'f.csv', line: 5, rule: 'field_count', value: '1', expected: '2', severity: 'error' }
		]);
	});

	it('fills staff defaults and warns about 0 working days', () => {
		const header = ['支援員ID', '氏名', '配置自治体コード', '雇用形態', '勤務日数'];
		const { records, issues } = run('staff', header, [
			['S1', '支援員A', '131016', '委託', ''],
			['S2', '', '462012', '会計年度任用職員', '０']
		]);
		expect(records[0]).toMatchObject({
			staff_id: 'S1',
			employer_code: '131016',
			employment: 'contract',
			days_per_week: 5,
			hours_per_day: 7.75
		});
		expect(records[1]).toMatchObject({
			staff_id: 'S2',
			name: null,
			employment: 'appointed',
			days_per_week: 0,
			hours_per_day: 7.75
		});
		expect(issues).toEqual([
			{ file: 'f.csv', line: 3, column: 'days_per_week', value: '０', rule: 'zero_value', severity: 'warning' }
		]);
	});

	it('warns about a school with 0 students but not about a blank count', () => {
		const { issues } = run('schools', SCHOOL_HEADER, [
			['S1', 'A', '小', '122173', '', '', '', '0', ''],
			['S2', 'B', '小', '122173', '', '', '', '', '']
		]);
		expect(issues).toEqual([
			{ file: 'f.csv', line: 2, column: 'students', value: '0', rule: 'zero_value', severity: 'warning' }
		]);
	});

	it('parses a support request log with 和暦 dates and units in the header', () => {
		const header = ['受付番号', '受付日', '学校コード', '区分', '対応方法', '対応時間（分）'];
		const { records, issues } = run('support_requests', header, [
			['R1', '令和7年4月1日', 'B110210000017', '授業支援', '訪問', '90'],
			['R2', '2025/2/30', 'B110210000017', '区', '遠隔', '1.5']
		]);
		expect(records[0]).toEqual({
			request_id: 'R1',
			requested_at: '2025-04-01 00:00:00',
			school_code: 'B110210000017',
			category: 'lesson',
			mode: 'onsite',
			minutes: 90,
			resolved_at: null
		});
		expect(issues.map((i) => [i.line, i.column, i.rule])).toEqual([
			[3, 'requested_at', 'type'],
			[3, 'category', 'enum'],
			[3, 'minutes', 'type']
		]);
	});

	it('derives the prefecture code of a municipality', () => {
		const { records, issues } = run(
			'municipalities',
			['団体コード', '市区町村名', '区分'],
			[
				['092011', '宇都宮市', '市'],
				['13000', '東京都', '都']
			]
		);
		expect(issues).toEqual([]);
		expect(records.map((r) => [r.municipality_code, r.prefecture_code, r.kind])).toEqual([
			['092011', '09', 'city'],
			['130001', '13', 'prefecture']
		]);
	});

	it('never throws on ragged or empty input', () => {
		expect(() => validateRows('ferries', 'f.csv', [], [[], ['x']], [])).not.toThrow();
		expect(validateRows('schools', 'f.csv', ['a'], [['1']], [null, null])).toEqual({
			records: [
				{
					school_code: null,
					name: null,
					school_type: null,
					municipality_code: null,
					employer_code: null,
					lat: null,
					lon: null,
					students: null,
					classes: null,
					teachers: null,
					island: null
				}
			],
			issues: []
		});
	});
});

describe('headerIssues', () => {
	it('turns missing required columns into errors and unknown ones into warnings', () => {
		const match = matchColumns('staff', ['支援員ID', '氏名', '備考']);
		expect(headerIssues('staff', 'staff.csv', match)).toEqual([
			{
				file: 'staff.csv',
				line: 1,
				column: 'employer_code',
				rule: 'missing_column',
				expected: '配置自治体コード',
				severity: 'error'
			},
			{ file: 'staff.csv', line: 1, column: '備考', value: '備考', rule: 'unknown_column', severity: 'warning' }
		]);
		expect(headerIssues('municipalities', 'm.csv', matchColumns('municipalities', []))[0]).toMatchObject({
			column: 'municipality_code',
			// Every Japanese header the column is known by, as the spec lists them.
			expected: TABLES.municipalities.columns.find((c) => c.name === 'municipality_code')!.ja.join(' / ')
		});
		expect(TABLES.municipalities.columns[0]!.ja.slice(0, 2)).toEqual(['団体コード', '市区町村コード']);
	});
});

describe('rules across the cells of a row', () => {
	it('refuses a request resolved before it was made, naming both times', () => {
		const header = ['受付番号', '受付日', '学校コード', '区分', '対応方法', '対応時間（分）', '完了日'];
		const { issues } = run('support_requests', header, [
			['R1', '2025-04-01 09:00', 'B110210000017', '授業支援', '訪問', '30', '2025-04-01 08:30'],
			['R2', '2025-04-01 09:00', 'B110210000017', '授業支援', '訪問', '30', '2025-04-01 09:30']
		]);
		expect(issues).toEqual([
			{
				file: 'f.csv',
				line: 2,
				column: 'resolved_at',
				value: '2025-04-01 08:30',
				rule: 'order',
				expected: '2025-04-01 09:00',
				severity: 'error'
			}
		]);
	});

	it('keeps shares of schools within 0–1 and the help desk at 0 or 1', () => {
		const header = ['対象コード', '年度', '指標', '値'];
		const { issues } = run('ict_environment', header, [
			['462012', '2025', 'wireless_lan', '1.2'],
			['462012', '2025', 'helpdesk', '0.5'],
			['462012', '2025', 'teacher_devices', '1.3'],
			['462012', '2025', 'teacher_devices', '-1'],
			['462039', '2025', 'helpdesk', '1']
		]);
		expect(issues.map((i) => [i.line, i.rule, i.expected])).toEqual([
			[2, 'range', '0–1'],
			[3, 'range', '0, 1'],
			[5, 'range', '0–']
		]);
	});

	it('refuses a school whose MEXT code says another type than its 学校種, and lets a board’s own ids be', () => {
		const { issues } = run('schools', SCHOOL_HEADER, [
			['C110210000015', '中学校のコード', '小', '122173', '', '', '', '', ''],
			['B110210000017', '小学校', '小', '122173', '', '', '', '', ''],
			['S1', '独自の番号', '中', '122173', '', '', '', '', '']
		]);
		expect(issues).toEqual([
			{
				file: 'f.csv',
				line: 2,
				column: 'school_type',
				value: '小',
				rule: 'code_type',
				expected: 'C1',
				severity: 'error'
			}
		]);
	});
});
