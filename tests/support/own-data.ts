/**
 * A board's own three files, as its staff would write them from public data: two neighbouring
 * cities of 愛知県, 津島市 and 愛西市, with their public 小学校 and 中学校 as 国土数値情報 P29 (2023)
 * lists them, and ICT staff we define (津島市 2, 愛西市 none). Shift_JIS with CRLF and Japanese
 * headers, as Japanese Excel saves "CSV (comma delimited)".
 *
 * Taken as they are from P29: the school code (P29_002, MEXT 学校コード with its check digit), the
 * name (P29_004), the type (P29_003 16001 小学校 / 16002 中学校), the municipality (P29_001, its
 * 5-digit code: the importer adds the check digit, as it would for a user pasting P29's column) and
 * the point (JGD2011, which the app reads as WGS84: they differ by well under a metre here).
 * Public schools only: P29_006 管理者 2 (都道府県) or 3 (市区町村).
 *
 * Not in P29, so derived and said so:
 * - 児童生徒数: P29 has no pupils. SSDSE-A-2025 (学校基本調査 2023) gives each city's 小学校児童数
 *   and 中学校生徒数; they are shared equally among the city's schools of that type (the first
 *   schools by code take the remainder). A board would write each school's own count.
 * - The office (緯度・経度 of the municipalities file): the mean of the city's school points, to 4
 *   decimals, standing in for the 教育委員会's address.
 * Run: npx tsx tests/fixtures/make-own-data.ts (writes tests/fixtures/own-data/).
 */
import Encoding from 'encoding-japanese';
import { municipalityCheckDigit } from '../../src/lib/domain/codes';

/** The public files as published, kept unchanged in the repository (data/public/README.md). */
export const PUBLIC_DATA_DIR = new URL('../../data/public/', import.meta.url).pathname;
export const OWN_DATA_DIR = new URL('../fixtures/own-data/', import.meta.url);

/** The two cities: P29's 5-digit 行政区域コード, and the staff we give each. */
export const OWN_CITIES = [
	{ code5: '23208', name: '津島市', staff: 2 },
	{ code5: '23232', name: '愛西市', staff: 0 }
] as const;
export const cityCode = (code5: string) => code5 + municipalityCheckDigit(code5);

export const OWN_FILES = {
	municipalities: '市区町村一覧.csv',
	schools: '学校一覧.csv',
	staff: '支援員一覧.csv'
} as const;

const SCHOOL_TYPES = { '16001': '小学校', '16002': '中学校' } as const;
const PUBLIC_ADMINISTRATORS = new Set(['2', '3']);
const SSDSE_PUPILS = { '16001': 'E2501', '16002': 'E3501' } as const;

interface P29Feature {
	properties: Record<string, string | null>;
	geometry: { type: string; coordinates: [number, number] };
}

export interface OwnSchool {
	code: string;
	name: string;
	type: '小学校' | '中学校';
	municipality5: string;
	lat: number;
	lon: number;
	students: number;
}

/** The public 小・中学校 of the two cities, by code. */
export function ownSchools(geojson: string, ssdse: Uint8Array): OwnSchool[] {
	const features = (JSON.parse(geojson) as { features: P29Feature[] }).features;
	const pupils = ssdsePupils(ssdse);
	const schools: OwnSchool[] = [];
	for (const city of OWN_CITIES)
		for (const type of ['16001', '16002'] as const) {
			const picked = features
				.filter(
					(f) =>
						f.properties.P29_001 === city.code5 &&
						f.properties.P29_003 === type &&
						PUBLIC_ADMINISTRATORS.has(f.properties.P29_006 ?? '')
				)
				.sort((a, b) => (a.properties.P29_002! < b.properties.P29_002! ? -1 : 1));
			const total = pupils.get(`${city.code5}:${SSDSE_PUPILS[type]}`);
			if (total === undefined) throw new Error(`SSDSE has no ${SSDSE_PUPILS[type]} for ${city.code5}`);
			const each = Math.floor(total / picked.length);
			const rest = total - each * picked.length;
			picked.forEach((f, i) => {
				const [lon, lat] = f.geometry.coordinates;
				schools.push({
					code: f.properties.P29_002!,
					name: f.properties.P29_004!,
					type: SCHOOL_TYPES[type],
					municipality5: city.code5,
					lat: round(lat, 6),
					lon: round(lon, 6),
					students: each + (i < rest ? 1 : 0)
				});
			});
		}
	return schools;
}

function ssdsePupils(bytes: Uint8Array): Map<string, number> {
	const text = Encoding.codeToString(Encoding.convert(bytes, { to: 'UNICODE', from: 'SJIS' }));
	const [codes, , , ...rows] = text.split(/\r?\n/).map((l) => l.split(','));
	const out = new Map<string, number>();
	for (const row of rows)
		for (const column of Object.values(SSDSE_PUPILS)) {
			const at = codes!.indexOf(column);
			if (row[0]?.startsWith('R') && row[at]) out.set(`${row[0].slice(1)}:${column}`, Number(row[at]));
		}
	return out;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The three files, byte for byte, named as a board might name them. */
export function ownDataFiles(geojson: string, ssdse: Uint8Array): Record<string, Uint8Array> {
	const schools = ownSchools(geojson, ssdse);
	const municipalities = [
		'団体コード,市区町村名,区分,緯度,経度',
		...OWN_CITIES.map((c) => {
			const own = schools.filter((s) => s.municipality5 === c.code5);
			const lat = round(mean(own.map((s) => s.lat)), 4);
			const lon = round(mean(own.map((s) => s.lon)), 4);
			return [cityCode(c.code5), c.name, '市', lat, lon].join(',');
		})
	];
	const schoolLines = [
		'学校コード,学校名,学校種,所在市区町村コード,緯度,経度,児童生徒数',
		...schools.map((s) => [s.code, s.name, s.type, s.municipality5, s.lat, s.lon, s.students].join(','))
	];
	// Office-based staff (no base of their own): a 委託 full-timer and a 会計年度任用職員 on four days.
	const staff = [
		'支援員ID,氏名,配置自治体コード,雇用形態,勤務日数,勤務時間',
		...OWN_CITIES.flatMap((c) =>
			Array.from({ length: c.staff }, (_, i) =>
				[
					`${c.code5}-S${i + 1}`,
					`支援員${'AB'[i]}`,
					cityCode(c.code5),
					i === 0 ? '委託' : '会計年度任用職員',
					i === 0 ? 5 : 4,
					i === 0 ? 7.75 : 6
				].join(',')
			)
		)
	];
	return {
		[OWN_FILES.municipalities]: sjis(municipalities),
		[OWN_FILES.schools]: sjis(schoolLines),
		[OWN_FILES.staff]: sjis(staff)
	};
}

function sjis(lines: string[]): Uint8Array {
	const text = lines.join('\r\n') + '\r\n';
	const bytes = new Uint8Array(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' }));
	// A character Shift_JIS lacks would come back as '?': the file would not say what P29 says.
	const back = Encoding.codeToString(Encoding.convert(bytes, { to: 'UNICODE', from: 'SJIS' }));
	if (back !== text) throw new Error('a name has a character Shift_JIS cannot hold');
	return bytes;
}
