import { describe, expect, it } from 'vitest';
import { parseCell } from '../../src/lib/domain/import/values';
import { TABLES, type TableName } from '../../src/lib/domain/tables';

const column = (table: TableName, name: string) => {
	const spec = TABLES[table].columns.find((c) => c.name === name);
	if (!spec) throw new Error(`${table}.${name}`);
	return spec;
};
const parse = (table: TableName, name: string, raw: string) => parseCell(column(table, name), raw);
const value = (table: TableName, name: string, raw: string) => {
	const r = parse(table, name, raw);
	if (!r.ok) throw new Error(`${raw}: expected ${r.expected}`);
	return r.value;
};

describe('blank cells', () => {
	it.each(['', '   ', '\u3000'])('%j is null', (raw) => {
		expect(parse('schools', 'school_code', raw)).toEqual({ ok: true, value: null });
		expect(parse('schools', 'students', raw)).toEqual({ ok: true, value: null });
	});
});

describe('text and codes', () => {
	it('trims and NFKC-normalises text', () => {
		expect(value('schools', 'name', '  ｶｼﾜ第一小学校 ')).toBe('カシワ第一小学校');
	});

	it.each(['130001', '131016', '122173', '462012', '141500', '092011'])('accepts municipality code %s', (code) => {
		expect(value('schools', 'municipality_code', code)).toBe(code);
		expect(value('municipalities', 'municipality_code', code)).toBe(code);
		expect(value('staff', 'employer_code', code)).toBe(code);
	});

	it('adds the check digit to a 5-digit code, also full-width', () => {
		expect(value('schools', 'municipality_code', '12217')).toBe('122173');
		expect(value('schools', 'employer_code', '０９２０１')).toBe('092011');
		expect(value('ict_environment', 'scope_code', '46201')).toBe('462012');
	});

	it('rejects a wrong check digit and a malformed code', () => {
		expect(parse('schools', 'municipality_code', '122174')).toEqual({
			ok: false,
			expected: 'check_digit',
			rule: 'check_digit'
		});
		expect(parse('ict_environment', 'scope_code', '131017')).toEqual({
			ok: false,
			expected: 'check_digit',
			rule: 'check_digit'
		});
		expect(parse('schools', 'municipality_code', '1221')).toMatchObject({ ok: false, rule: 'type' });
		// Excel lost the leading zero of 092011: prefecture 92 does not exist.
		expect(parse('schools', 'municipality_code', '92011')).toMatchObject({ ok: false, rule: 'type' });
	});

	it('reports spreadsheet-damaged codes instead of fixing them', () => {
		for (const raw of ['122173.0', '1.22E+05', '1.22173e5']) {
			expect(parse('schools', 'municipality_code', raw)).toEqual({ ok: false, expected: 'text code', rule: 'type' });
		}
		expect(parse('staff', 'staff_id', '1.0E+3')).toEqual({ ok: false, expected: 'text code', rule: 'type' });
		expect(value('schools', 'name', '1.22E+05')).toBe('1.22E+05');
	});

	it('checks MEXT-shaped school codes only', () => {
		expect(value('schools', 'school_code', 'B110210000017')).toBe('B110210000017');
		expect(value('schools', 'school_code', 'Ｂ１１０２１０００００１７')).toBe('B110210000017');
		expect(parse('schools', 'school_code', 'B110210000018')).toEqual({
			ok: false,
			expected: 'check_digit',
			rule: 'check_digit'
		});
		expect(parse('support_requests', 'school_code', 'B110210000018')).toMatchObject({ ok: false, rule: 'check_digit' });
		expect(value('schools', 'school_code', 'SCH-0001')).toBe('SCH-0001');
		expect(value('ict_environment', 'scope_code', 'B110210000017')).toBe('B110210000017');
	});

	it('pads and checks prefecture codes', () => {
		expect(value('municipalities', 'prefecture_code', '1')).toBe('01');
		expect(value('municipalities', 'prefecture_code', '47')).toBe('47');
		expect(value('municipalities', 'prefecture_code', '１３')).toBe('13');
		expect(parse('municipalities', 'prefecture_code', '48')).toEqual({ ok: false, expected: '01–47', rule: 'range' });
		expect(parse('municipalities', 'prefecture_code', '0')).toMatchObject({ ok: false, expected: '01–47' });
		expect(parse('municipalities', 'prefecture_code', '130')).toMatchObject({ ok: false, expected: '01–47' });
	});
});

describe('integers', () => {
	it.each([
		['0', 0],
		['1234', 1234],
		['1,234', 1234],
		['１，２３４', 1234],
		['１２', 12],
		[' 7 ', 7]
	])('%j → %d', (raw, n) => {
		expect(value('schools', 'students', raw)).toBe(n);
	});

	it.each(['12.5', '12.0', '1,23', 'abc', '1e3', '12人'])('%j is not an integer', (raw) => {
		expect(parse('schools', 'students', raw)).toEqual({ ok: false, expected: 'integer', rule: 'type' });
	});

	it('checks the range', () => {
		expect(parse('schools', 'students', '-1')).toEqual({ ok: false, expected: '≥ 0', rule: 'range' });
		expect(parse('schools', 'students', '−1')).toEqual({ ok: false, expected: '≥ 0', rule: 'range' });
		expect(parse('ict_environment', 'fiscal_year', '1900')).toEqual({
			ok: false,
			expected: '1989–2100',
			rule: 'range'
		});
		expect(value('ict_environment', 'fiscal_year', '2025')).toBe(2025);
	});
});

describe('numbers', () => {
	it.each([
		['35.6', 35.6],
		['３５．６８', 35.68],
		['46', 46],
		['20.0', 20]
	])('%j → %d', (raw, n) => {
		expect(value('schools', 'lat', raw)).toBe(n);
	});

	it('accepts a minus sign and a leading-dot decimal where the range allows', () => {
		expect(value('ict_environment', 'value', '-0.5')).toBe(-0.5);
		expect(value('ict_environment', 'value', '.5')).toBe(0.5);
		expect(value('staff', 'days_per_week', '2.5')).toBe(2.5);
	});

	it('rejects non-numbers and values outside the range', () => {
		expect(parse('schools', 'lat', '35,6')).toEqual({ ok: false, expected: 'number', rule: 'type' });
		expect(parse('schools', 'lat', '北緯35度')).toEqual({ ok: false, expected: 'number', rule: 'type' });
		expect(parse('schools', 'lat', '139.7')).toEqual({ ok: false, expected: '20–46', rule: 'range' });
		expect(parse('schools', 'lon', '35.6')).toEqual({ ok: false, expected: '122–154', rule: 'range' });
		expect(parse('staff', 'days_per_week', '6')).toEqual({ ok: false, expected: '0–5', rule: 'range' });
	});
});

describe('booleans', () => {
	it.each(['true', 'TRUE', '1', 'yes', 'Yes', 'はい', '○', '有', 'あり'])('%j is true', (raw) => {
		expect(value('schools', 'island', raw)).toBe(true);
	});
	it.each(['false', 'False', '0', 'no', 'いいえ', '×', '無', 'なし'])('%j is false', (raw) => {
		expect(value('schools', 'island', raw)).toBe(false);
	});
	it('rejects anything else', () => {
		expect(parse('schools', 'island', 'maybe')).toEqual({ ok: false, expected: 'true, false', rule: 'enum' });
	});
});

describe('timestamps', () => {
	it.each([
		['2025-04-01', '2025-04-01 00:00:00'],
		['2025/4/1', '2025-04-01 00:00:00'],
		['２０２５／４／１', '2025-04-01 00:00:00'],
		['2025/4/1 9:05', '2025-04-01 09:05:00'],
		['2025-04-01 13:45:30', '2025-04-01 13:45:30'],
		['2025-04-01T13:45:30', '2025-04-01 13:45:30'],
		['2025年4月1日', '2025-04-01 00:00:00'],
		['令和7年4月1日', '2025-04-01 00:00:00'],
		['令和元年5月1日', '2019-05-01 00:00:00'],
		['令和６年２月２９日', '2024-02-29 00:00:00'],
		['平成31年4月30日', '2019-04-30 00:00:00'],
		['2024-02-29 23:59:59', '2024-02-29 23:59:59'],
		// Late-evening and midnight times stay on their local date (no UTC shift).
		['2025-03-31 23:30', '2025-03-31 23:30:00'],
		['2025-04-01 00:00', '2025-04-01 00:00:00']
	])('%j → %j', (raw, expected) => {
		expect(value('support_requests', 'requested_at', raw)).toBe(expected);
	});

	it.each([
		'2025-02-30',
		'2025-02-29',
		'2023-13-01',
		'2025-04-00',
		'2025-04-01 24:00',
		'2025-04-01 12:60',
		'45748',
		'yesterday',
		'25/4/1',
		'2025-04-01Z'
	])('%j is rejected', (raw) => {
		expect(parse('support_requests', 'requested_at', raw)).toEqual({
			ok: false,
			expected: 'date or date-time',
			rule: 'type'
		});
	});

	it('handles date-only columns', () => {
		const date = { name: 'd', type: { kind: 'date' }, required: false, ja: [] } as const;
		expect(parseCell(date, '令和7年4月1日')).toEqual({ ok: true, value: '2025-04-01' });
		expect(parseCell(date, '2025-04-01 10:00')).toEqual({ ok: false, expected: 'date', rule: 'type' });
	});
});

describe('enums', () => {
	it.each([
		['elementary', 'elementary'],
		['Elementary', 'elementary'],
		['小学校', 'elementary'],
		['小', 'elementary'],
		['中学校', 'junior_high'],
		['中', 'junior_high'],
		['義務教育学校', 'compulsory'],
		['義務', 'compulsory'],
		['高等学校', 'high'],
		['高', 'high'],
		['特別支援学校', 'special_needs'],
		['特支', 'special_needs'],
		['中等教育学校', 'secondary'],
		['中等', 'secondary']
	])('school type %j → %s', (raw, v) => {
		expect(value('schools', 'school_type', raw)).toBe(v);
	});

	it.each([
		['市', 'city'],
		['区', 'ward'],
		['町', 'town'],
		['村', 'village'],
		['都道府県', 'prefecture'],
		['県', 'prefecture'],
		['都', 'prefecture'],
		['道', 'prefecture'],
		['府', 'prefecture']
	])('municipality kind %j → %s', (raw, v) => {
		expect(value('municipalities', 'kind', raw)).toBe(v);
	});

	it('maps employment, categories, modes, weekdays and travel modes', () => {
		expect(value('staff', 'employment', '委託')).toBe('contract');
		expect(value('staff', 'employment', '会計年度任用職員')).toBe('appointed');
		expect(value('staff', 'employment', '正規')).toBe('regular');
		expect(value('staff', 'employment', '正規職員')).toBe('regular');
		expect(value('support_requests', 'category', '授業支援')).toBe('lesson');
		expect(value('support_requests', 'category', '校務支援')).toBe('admin');
		expect(value('support_requests', 'category', '環境整備')).toBe('environment');
		expect(value('support_requests', 'category', '校内研修')).toBe('training');
		expect(value('support_requests', 'mode', '訪問')).toBe('onsite');
		expect(value('support_requests', 'mode', '遠隔')).toBe('remote');
		expect(value('assignments', 'weekday', '月')).toBe('mon');
		expect(value('assignments', 'weekday', '火曜')).toBe('tue');
		expect(value('assignments', 'weekday', '水曜日')).toBe('wed');
		expect(value('assignments', 'weekday', '木')).toBe('thu');
		expect(value('assignments', 'weekday', '金曜日')).toBe('fri');
		expect(value('travel_times', 'mode', '道路')).toBe('road');
		expect(value('travel_times', 'mode', 'フェリー')).toBe('ferry');
		expect(value('travel_times', 'mode', '船')).toBe('ferry');
		expect(value('ict_environment', 'indicator', 'wireless_lan')).toBe('wireless_lan');
	});

	it('accepts a label only in its own column and lists the canonical values otherwise', () => {
		expect(parse('support_requests', 'category', '区')).toEqual({
			ok: false,
			expected: 'lesson, admin, environment, training',
			rule: 'enum'
		});
		expect(parse('assignments', 'weekday', '土')).toEqual({
			ok: false,
			expected: 'mon, tue, wed, thu, fri',
			rule: 'enum'
		});
		expect(parse('ict_environment', 'indicator', '無線LAN')).toMatchObject({ ok: false, rule: 'enum' });
		expect(parse('schools', 'school_type', 'constructor')).toMatchObject({ ok: false, rule: 'enum' });
		expect(parse('schools', 'school_type', '幼稚園')).toEqual({
			ok: false,
			expected: 'elementary, junior_high, compulsory, high, special_needs, secondary',
			rule: 'enum'
		});
	});
});
