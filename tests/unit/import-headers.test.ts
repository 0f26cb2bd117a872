import { describe, expect, it } from 'vitest';
import {
	describeMapping,
	likeliestTables,
	matchColumns,
	normaliseHeader,
	recogniseTable,
	renamedHeaders
} from '../../src/lib/domain/import/headers';
import { headerIssues } from '../../src/lib/domain/import/validate-rows';

describe('normaliseHeader', () => {
	it.each([
		['対応時間（分）', '対応時間'],
		['対応時間(分)', '対応時間'],
		['児童生徒数［人］', '児童生徒数'],
		['児童生徒数[人]', '児童生徒数'],
		['設置者コード【任意】', '設置者コード'],
		[' School_Code ', 'school_code'],
		['学校コード', '学校コード'],
		['学校\u3000コード', '学校コード'],
		['\uFEFF団体コード', '団体コード'],
		['支援員ＩＤ', '支援員id'],
		['ＳＣＨＯＯＬ＿ＣＯＤＥ', 'school_code'],
		['緯度（世界測地系）', '緯度'],
		['経度(10進)', '経度'],
		['※学校コード', '学校コード'],
		['【必須】学校名', '学校名'],
		['＊市区町村コード', '市区町村コード']
	])('%s → %s', (raw, expected) => {
		expect(normaliseHeader(raw)).toBe(expected);
	});
});

describe('matchColumns', () => {
	it('maps Japanese and English headers to canonical names, in header order', () => {
		const m = matchColumns('support_requests', [
			'受付番号',
			'受付日',
			'学校コード',
			'区分',
			'対応方法',
			'対応時間（分）'
		]);
		expect(m.mapping).toEqual(['request_id', 'requested_at', 'school_code', 'category', 'mode', 'minutes']);
		expect(m.missingRequired).toEqual([]);
		expect(m.unknown).toEqual([]);
	});

	it('accepts spaced or hyphenated English names', () => {
		expect(matchColumns('schools', ['School Code', 'school-type']).mapping).toEqual(['school_code', 'school_type']);
	});

	it('maps the first of two headers for one column and reports both as a duplicate, and the unknown headers', () => {
		const m = matchColumns('schools', ['学校コード', 'school_code', '学校名', '備考', '']);
		expect(m.mapping).toEqual(['school_code', null, 'name', null, null]);
		expect(m.duplicates).toEqual([{ column: 'school_code', headers: ['学校コード', 'school_code'] }]);
		expect(m.unknown).toEqual(['備考']);
		expect(m.missingRequired).toEqual(['school_type', 'municipality_code']);
	});

	it('turns two 配置自治体コード columns into one error naming both, never a silent choice', () => {
		const m = matchColumns('staff', ['支援員ID', '配置自治体コード', '氏名', '配置自治体コード']);
		expect(m.duplicates).toEqual([{ column: 'employer_code', headers: ['配置自治体コード', '配置自治体コード'] }]);
		expect(headerIssues('staff', 'staff.csv', m)).toContainEqual({
			file: 'staff.csv',
			line: 1,
			column: 'employer_code',
			value: '配置自治体コード / 配置自治体コード',
			rule: 'duplicate_column',
			expected: '配置自治体コード / employer_code',
			severity: 'error'
		});
		// The user leaving the second out on purpose settles it; mapping both to the column does not.
		const header = ['支援員ID', '配置自治体コード', '氏名', '配置自治体コード'];
		expect(describeMapping('staff', header, ['staff_id', 'employer_code', 'name', null], true).duplicates).toEqual([]);
		expect(
			describeMapping('staff', header, ['staff_id', 'employer_code', 'name', 'employer_code'], true).duplicates
		).toEqual([{ column: 'employer_code', headers: ['配置自治体コード', '配置自治体コード'] }]);
	});
});

describe('recogniseTable', () => {
	it.each([
		[
			'schools',
			['学校コード', '学校名', '学校種', '所在市区町村コード', '設置者コード', '緯度', '経度', '児童生徒数', '離島']
		],
		['staff', ['支援員ID', '氏名', '配置自治体コード', '雇用形態', '勤務日数']],
		['support_requests', ['受付番号', '受付日', '学校コード', '区分', '対応方法', '対応時間（分）']],
		['municipalities', ['団体コード', '市区町村名', '区分', '緯度', '経度']],
		['assignments', ['支援員ID', '担当校', '訪問曜日']],
		['ict_environment', ['対象コード', '年度', '指標', '値']],
		['travel_times', ['from_id', 'to_id', 'minutes', 'mode']],
		['ferries', ['学校コード', '港緯度', '港経度', '航路所要時間', '待ち時間']],
		['schools', ['school_code', 'name', 'school_type', 'municipality_code', 'lat', 'lon']],
		['municipalities', ['municipality_code', 'name', 'kind', 'office_lat', 'office_lon']]
	] as const)('%s: %j', (table, headers) => {
		expect(recogniseTable(headers)).toBe(table);
	});

	it('returns null when no table has all its required columns', () => {
		expect(recogniseTable(['学校コード', '区分'])).toBeNull();
		expect(recogniseTable([])).toBeNull();
	});
});

describe('headers as people write them', () => {
	it.each([
		// The issue's file: 市区町村コード rather than 所在市区町村コード.
		[
			['学校コード', '学校名', '学校種', '市区町村コード', '設置者コード', '緯度', '経度'],
			['school_code', 'name', 'school_type', 'municipality_code', 'employer_code', 'lat', 'lon']
		],
		// A prefecture's open-data list.
		[
			['学校コード', '学校名称', '学校種別', '所在地コード', '設置者', '緯度（世界測地系）', '経度（世界測地系）'],
			['school_code', 'name', 'school_type', 'municipality_code', 'employer_code', 'lat', 'lon']
		],
		// P29's own headings written out, half-width, and English.
		[
			['行政区域コード', '学校コード', '名称', '校種', 'latitude', 'longitude'],
			['municipality_code', 'school_code', 'name', 'school_type', 'lat', 'lon']
		],
		[
			['学校コード', '学校名', '学校種', '市町村コード', 'ｲﾄﾞ', '経度'],
			['school_code', 'name', 'school_type', 'municipality_code', null, 'lon']
		]
	])('%j is a schools file', (headers, mapping) => {
		expect(recogniseTable(headers)).toBe('schools');
		expect(matchColumns('schools', headers).mapping).toEqual(mapping);
	});

	it.each([
		[['市町村コード', '市町村名', '緯度', '経度'], 'municipalities'],
		[['行政区域コード', '自治体名'], 'municipalities'],
		[['地方公共団体コード', '団体名', '区分'], 'municipalities']
	] as const)('%j is a municipalities file', (headers, table) => {
		expect(recogniseTable(headers)).toBe(table);
	});

	it('names the headers read as another name of their column, for the review to show', () => {
		const headers = ['学校コード', '学校名称', '学校種', '市区町村コード', '緯度（世界測地系）'];
		expect(renamedHeaders('schools', headers, matchColumns('schools', headers).mapping)).toEqual([
			{ header: '学校名称', column: 'name' },
			{ header: '市区町村コード', column: 'municipality_code' }
		]);
	});

	it('asks rather than guesses when two tables fit equally well', () => {
		// A list of schools with a count per row fits schools and school counts alike.
		const headers = ['学校コード', '学校名', '学校種', '市区町村コード', '年度', '学校数'];
		expect(likeliestTables(headers)).toEqual(['schools', 'school_counts']);
		expect(recogniseTable(headers)).toBeNull();
	});
});
