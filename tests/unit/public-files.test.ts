/**
 * Public files read as published (docs/data-formats.md, "Public files"): 国土数値情報 P29 in both
 * attribute styles, MEXT's 学校コード一覧 with addresses only, SSDSE-A's three header rows, and
 * municipalities found from codes and addresses in the built-in reference.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReferenceIndex } from '../../scripts/japan-reference.js';
import { MunicipalityLookup } from '../../src/lib/domain/municipality-lookup';
import { P29_SCHOOL_TYPES, readP29 } from '../../src/lib/domain/import/p29';
import { keepSchool, schoolEmployer } from '../../src/lib/domain/import/public-schools';
import { inspectFile, prepareFile } from '../../src/lib/files/prepare-csv';
import { PUBLIC_DATA_DIR } from '../support/own-data';

const reference = buildReferenceIndex();
const lookup = new MunicipalityLookup(reference);
const codeOf = (name: string, prefecture: string) =>
	reference.municipalities.find((m) => m.name === name && m.prefecture === prefecture)!.code;
const P29_2023 = new Uint8Array(readFileSync(`${PUBLIC_DATA_DIR}P29-23_23.geojson`));
const P29_2021 = new Uint8Array(readFileSync(new URL('../fixtures/public/P29-21-style.geojson', import.meta.url)));
const csvLines = (bytes: Uint8Array) => new TextDecoder().decode(bytes).trimEnd().split('\n');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('municipalities by code and by address', () => {
	it.each([
		['23101', '231002'], // 名古屋市千種区 → 名古屋市
		['231061', '231002'], // 名古屋市中区, 6 digits
		['14131', '141305'], // 川崎市川崎区 → 川崎市, not 横浜市
		['22140', '221309'], // 浜松市天竜区 (2024) → 浜松市
		['13101', '131016'], // 千代田区 is itself in the list
		['23208', '232084']
	])('%s → %s', (code, city) => {
		expect(lookup.byCode(code)?.code).toBe(city);
	});

	it('refuses a code of no municipality, or a wrong check digit', () => {
		expect(lookup.byCode('99999')).toBeNull();
		expect(lookup.byCode('232085')).toBeNull();
	});

	it.each([
		['群馬県前橋市大手町2-12-1', '102016'],
		['愛知県名古屋市中区三の丸3-1-1', '231002'],
		['愛知県海部郡蟹江町大字蟹江本町字海門1', codeOf('蟹江町', '23')],
		['愛知県蟹江町学戸3丁目1', codeOf('蟹江町', '23')],
		['埼玉県鶴ケ島市大字三ツ木16-1', codeOf('鶴ヶ島市', '11')],
		['千葉県袖ヶ浦市坂戸市場1-1', codeOf('袖ケ浦市', '12')],
		['茨城県竜ヶ崎市3710', codeOf('龍ケ崎市', '08')],
		['山梨県西八代郡市川三郷町市川大門1790-3', codeOf('市川三郷町', '19')],
		['千葉県市川市八幡1-1-1', codeOf('市川市', '12')],
		['愛知県 津島市 立込町2-21', '232084'],
		['石川県野々市市三納1-1', codeOf('野々市市', '17')]
	])('%s', (address, code) => {
		const match = lookup.fromAddress(address);
		expect(match.ok && match.municipality.code).toBe(code);
	});

	it('needs the prefecture for a name two prefectures share, and says when nothing fits', () => {
		expect(lookup.fromAddress('府中市宮西町2-24')).toEqual({ ok: false, reason: 'ambiguous' });
		const hinted = lookup.fromAddress('府中市宮西町2-24', '13');
		expect(hinted.ok && hinted.municipality.code).toBe(codeOf('府中市', '13'));
		expect(lookup.fromAddress('愛知県どこか町1')).toEqual({ ok: false, reason: 'not_found' });
	});
});

describe('国土数値情報 P29', () => {
	it('maps 学校分類 to the planned school types', () => {
		expect(P29_SCHOOL_TYPES).toEqual({
			'16001': 'elementary',
			'16002': 'junior_high',
			'16003': 'secondary',
			'16004': 'high',
			'16012': 'special_needs',
			'16014': 'compulsory'
		});
	});

	it('reads the 2021 style (numeric attributes) like the 2023 one', () => {
		const { schools, problems } = readP29(
			(JSON.parse(new TextDecoder().decode(P29_2021)) as { features: unknown[] }).features,
			lookup
		);
		expect(schools.map((s) => [s.code, s.type, s.manager, s.municipality, schoolEmployer(s)])).toEqual([
			['B101110000010', 'elementary', 'municipality', '011002', '011002'],
			['D101200000015', 'high', 'prefecture', '012025', '010006'],
			['A101310000018', null, 'private', '012025', '012025']
		]);
		expect(schools.filter((s) => keepSchool(s)).map((s) => s.code)).toEqual(['B101110000010', 'D101200000015']);
		expect(problems).toEqual([{ feature: 4, field: 'P29_001', value: '99999' }]);
	});

	it('reads 愛知県 2023 as published: public schools of the planned types, counted before loading', async () => {
		const inspection = await inspectFile('P29-23_23.geojson', P29_2023, {}, { reference });
		expect(inspection.format).toBe('geojson');
		expect(inspection.table).toBe('schools');
		const source = inspection.source!;
		expect(source.kind).toBe('p29');
		if (source.kind !== 'p29') return;
		expect(source.features).toBe(2641);
		expect(source.credit).toBe('出典：国土数値情報（学校データ）（国土交通省）');
		// 961 + 411 + 2 市区町村立の小・中・義務教育学校, 149 + 16 公立高校, 30 + 12 公立特別支援学校, less one code
		// published with a wrong check digit.
		expect(source.kept).toBe(1580);
		expect(source.names['231002']).toBe('名古屋市');
		expect(inspection.refers).toContain('230006'); // 愛知県 itself, employer of its high schools

		const prepared = await prepareFile('P29-23_23.geojson', P29_2023, {}, undefined, undefined, { reference });
		expect([prepared.rows, prepared.errors, prepared.warnings]).toEqual([1580, 0, 1]);
		// Published with a wrong check digit: left out and named, not a silent drop nor a refused file.
		expect(prepared.issues[0]).toMatchObject({
			line: 2545,
			rule: 'public_feature',
			value: 'E123210000418 千種聾学校ひがしうら校舎'
		});
		const lines = csvLines(prepared.file!.bytes);
		expect(lines[0]).toBe(
			'school_code,name,school_type,municipality_code,employer_code,lat,lon,students,classes,teachers,island'
		);
		expect(lines).toContain('B123210000003,名古屋市立内山小学校,elementary,231002,231002,35.17425,136.937735,,,,');
	});

	it('keeps one municipality and the types chosen', async () => {
		const keep = { municipalities: ['232084'], types: ['elementary', 'junior_high'] as const };
		const prepared = await prepareFile('P29-23_23.geojson', P29_2023, { keep }, undefined, undefined, { reference });
		expect([prepared.rows, prepared.errors]).toEqual([12, 0]);
		const rows = csvLines(prepared.file!.bytes).slice(1);
		expect(rows.every((r) => r.split(',')[3] === '232084')).toBe(true);
		expect(rows.filter((r) => r.includes(',junior_high,'))).toHaveLength(4);
	});

	it('is an ordinary unreadable file without the reference', async () => {
		const prepared = await prepareFile('P29-23_23.geojson', P29_2023);
		expect(prepared.errors).toBe(1);
		expect(prepared.table).toBeNull();
	});
});

describe('MEXT 学校コード一覧', () => {
	const HEADER =
		'学校コード,学校種,都道府県番号,設置区分,本分校,学校名,学校所在地,郵便番号,属性情報設定年月日,属性情報廃止年月日';
	const list = [
		HEADER,
		'B123210000003,B1,23,2,1,名古屋市立内山小学校,愛知県名古屋市千種区内山三丁目7番7号,4640075,,',
		'C123220800011,C1,23,2,1,津島市立藤浪中学校,愛知県津島市藤浪町1丁目1,4960000,,',
		'D123200000019,D1,23,2,1,愛知県立テスト高等学校,愛知県海部郡蟹江町大字蟹江新田1,4970000,,',
		'B123310000010,B1,23,3,1,私立テスト小学校,愛知県どこにもない市1,4600000,,',
		'B123210000012,B1,23,2,1,閉校した小学校,愛知県津島市1,4960000,2000-04-01,2020-03-31',
		'B123210000021,B1,23,2,1,所在地の分からない小学校,愛知県どこにもない町1,4600000,,'
	].join('\r\n');

	it('finds each school’s municipality from its address and its point from a loaded P29 school', async () => {
		const locations = [['B123210000003', 136.937735, 35.17425] as const];
		const bytes = utf8(
			list
				.split('\r\n')
				.filter((l) => !l.includes('分からない'))
				.join('\r\n')
		);
		const inspection = await inspectFile('学校コード一覧.csv', bytes, {}, { reference, locations });
		expect(inspection.table).toBe('schools');
		expect(inspection.source).toMatchObject({
			kind: 'school_list',
			closed: 1,
			kept: 3,
			located: { loaded: 1, municipality: 2 }
		});
		const prepared = await prepareFile('学校コード一覧.csv', bytes, {}, undefined, undefined, { reference, locations });
		expect([prepared.rows, prepared.errors, prepared.warnings]).toEqual([3, 0, 2]);
		const rows = csvLines(prepared.file!.bytes)
			.slice(1)
			.map((r) => r.split(','));
		expect(rows.map((r) => r.slice(0, 5))).toEqual([
			['B123210000003', '名古屋市立内山小学校', 'elementary', '231002', '231002'],
			['C123220800011', '津島市立藤浪中学校', 'junior_high', '232084', '232084'],
			['D123200000019', '愛知県立テスト高等学校', 'high', codeOf('蟹江町', '23'), '230006']
		]);
		expect(rows[0]!.slice(5, 7)).toEqual(['35.17425', '136.937735']);
		// Without a point of its own, at the municipality's, and the rows named.
		const tsushima = reference.municipalities.find((m) => m.code === '232084')!;
		expect(rows[1]!.slice(5, 7).map(Number)).toEqual([tsushima.at[1], tsushima.at[0]]);
		expect(prepared.issues.map((i) => [i.line, i.rule, i.value])).toEqual([
			[3, 'located_at_municipality', '津島市立藤浪中学校'],
			[4, 'located_at_municipality', '愛知県立テスト高等学校']
		]);
	});

	it('refuses a public school whose address it cannot place, naming the row', async () => {
		const prepared = await prepareFile('学校コード一覧.csv', utf8(list), {}, undefined, undefined, { reference });
		expect(prepared.issues.filter((i) => i.severity === 'error')).toEqual([
			{
				file: '学校コード一覧.csv',
				line: 7,
				column: 'address',
				value: '愛知県どこにもない町1',
				rule: 'address',
				expected: 'not_found',
				severity: 'error'
			}
		]);
	});
});

describe('SSDSE-A and other files with several header rows', () => {
	it('reads SSDSE-A-2025 as school counts of every municipality (国公私立計), the year from its year row', async () => {
		const bytes = new Uint8Array(readFileSync(`${PUBLIC_DATA_DIR}SSDSE-A-2025.csv`));
		const inspection = await inspectFile('SSDSE-A-2025.csv', bytes, {}, { reference });
		expect(inspection.source).toMatchObject({
			kind: 'ssdse_a',
			credit: '出典：独立行政法人統計センター SSDSE-A-2025',
			fiscalYear: 2023,
			municipalities: 1741
		});
		const keep = { prefectures: ['23'] };
		const prepared = await prepareFile('SSDSE-A-2025.csv', bytes, { keep }, undefined, undefined, { reference });
		expect([prepared.table, prepared.errors, prepared.encoding]).toEqual(['school_counts', 0, 'shift_jis']);
		const lines = csvLines(prepared.file!.bytes);
		expect(lines[0]).toBe('municipality_code,fiscal_year,school_type,schools,teachers,students,founders,source');
		const nagoya = lines.filter((l) => l.startsWith('231002,'));
		expect(nagoya[0]).toMatch(/^231002,2023,elementary,\d+,\d+,\d+,all,独立行政法人統計センター SSDSE-A-2025$/u);
		// High schools are the prefecture's, summed over its municipalities, as in the built-in reference.
		expect(lines.filter((l) => l.includes(',high,')).map((l) => l.split(',')[0])).toEqual(['230006']);
	});

	it('takes the first row that names a table as the header, keeping the lines of the file', async () => {
		const csv = [
			'令和7年度 学校一覧（教育委員会調べ）',
			'',
			'学校コード,学校名,学校種,市区町村コード',
			'X1,津島小,小学校,23208',
			'X2,,小学校,23208'
		].join('\n');
		const inspection = await inspectFile('学校一覧.csv', utf8(csv), {}, { reference });
		expect([inspection.table, inspection.source]).toEqual(['schools', { kind: 'header_row', row: 1, rows: 2 }]);
		const prepared = await prepareFile('学校一覧.csv', utf8(csv), {}, undefined, undefined, { reference });
		expect(prepared.issues.map((i) => [i.line, i.column, i.rule])).toEqual([[5, 'name', 'required']]);
	});
});
