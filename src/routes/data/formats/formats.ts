/**
 * The input files, described from the code's own table definitions (src/lib/domain/tables.ts):
 * one model for the in-app page (/data/formats) and for docs/data-formats.md
 * (scripts/data-formats-doc.ts). The texts come from the messages of the UI language; what the
 * importer fills in for a blank cell, the labels it reads for each value and the example files
 * are listed here, and tests/unit/data-formats-doc.test.ts runs every one of them through the
 * real import path.
 */
import { TABLES, TABLE_NAMES, type ColumnSpec, type TableName } from '$lib/domain/tables';
import type { Messages } from '$lib/i18n/ja';

/** What the row check puts in a blank cell (validate-rows.ts, applyDefaults). */
export type BlankRule =
	| { kind: 'value'; value: number }
	| { kind: 'column'; column: string }
	| { kind: 'prefecture_of'; column: string }
	| { kind: 'line_number' };

export const BLANK_RULES: Partial<Record<TableName, Readonly<Record<string, BlankRule>>>> = {
	municipalities: { prefecture_code: { kind: 'prefecture_of', column: 'municipality_code' } },
	schools: { employer_code: { kind: 'column', column: 'municipality_code' } },
	staff: { days_per_week: { kind: 'value', value: 5 }, hours_per_day: { kind: 'value', value: 7.75 } },
	support_requests: { request_id: { kind: 'line_number' } }
};

/** Labels the importer reads for each allowed value, besides the value itself (values.ts). */
export const VALUE_LABELS: Readonly<Record<string, readonly string[]>> = {
	city: ['市'],
	ward: ['区', '特別区'],
	town: ['町'],
	village: ['村'],
	prefecture: ['都道府県', '都', '道', '府', '県'],
	elementary: ['小学校', '小'],
	junior_high: ['中学校', '中'],
	compulsory: ['義務教育学校', '義務'],
	high: ['高等学校', '高校', '高'],
	special_needs: ['特別支援学校', '特支'],
	secondary: ['中等教育学校', '中等'],
	contract: ['委託'],
	appointed: ['会計年度任用職員', '会計年度任用'],
	regular: ['正規', '正規職員'],
	lesson: ['授業支援'],
	admin: ['校務支援'],
	environment: ['環境整備'],
	training: ['校内研修'],
	onsite: ['訪問'],
	remote: ['遠隔'],
	road: ['道路'],
	ferry: ['フェリー', '船'],
	mon: ['月', '月曜', '月曜日'],
	tue: ['火', '火曜', '火曜日'],
	wed: ['水', '水曜', '水曜日'],
	thu: ['木', '木曜', '木曜日'],
	fri: ['金', '金曜', '金曜日']
};

/** Words read as yes and no in a boolean column (values.ts). */
export const BOOLEAN_WORDS = {
	true: ['true', '1', 'yes', 'y', 'はい', '○', '〇', '◯', '有', 'あり', '有り'],
	false: ['false', '0', 'no', 'n', 'いいえ', '×', '✕', '無', 'なし', '無し']
} as const;

/**
 * One small file per table with Japanese headers, as a board would type it: 鹿児島市 with a
 * school on 桜島 reached by ferry (docs/domain.md, "Cases") and a school run by 鹿児島県. The schools and
 * people are made up; the codes carry correct check digits. Loaded together they are a whole
 * dataset: every reference between the tables is met.
 */
export const EXAMPLES: Record<TableName, { header: readonly string[]; rows: readonly (readonly string[])[] }> = {
	municipalities: {
		header: ['団体コード', '市区町村名', '区分', '緯度', '経度'],
		rows: [
			['462012', '鹿児島市', '市', '31.5966', '130.5571'],
			['460001', '鹿児島県', '都道府県', '31.5602', '130.5581']
		]
	},
	schools: {
		header: [
			'学校コード',
			'学校名',
			'学校種',
			'所在市区町村コード',
			'設置者コード',
			'緯度',
			'経度',
			'児童生徒数',
			'学級数',
			'教員数',
			'離島'
		],
		rows: [
			['B146200000016', '市立みなと小学校', '小学校', '462012', '', '31.5901', '130.5523', '612', '21', '30', ''],
			['C146200000023', '市立しろやま中学校', '中学校', '462012', '', '31.6010', '130.5432', '455', '14', '28', ''],
			['B146200000034', '市立さくらじま小学校', '小学校', '462012', '', '31.5860', '130.6010', '48', '6', '11', 'はい'],
			[
				'E146200000046',
				'県立みどり特別支援学校',
				'特別支援学校',
				'462012',
				'460001',
				'31.5750',
				'130.5350',
				'160',
				'32',
				'70',
				''
			]
		]
	},
	staff: {
		header: [
			'支援員ID',
			'氏名',
			'配置自治体コード',
			'雇用形態',
			'勤務日数',
			'勤務時間',
			'拠点緯度',
			'拠点経度',
			'年間費用（円）'
		],
		rows: [
			['S001', '支援員A', '462012', '委託', '5', '7.75', '', '', '5400000'],
			['S002', '支援員B', '462012', '会計年度任用職員', '4', '6', '31.5901', '130.5523', ''],
			['P001', '支援員C', '460001', '委託', '', '', '31.5750', '130.5350', '']
		]
	},
	assignments: {
		header: ['支援員ID', '担当校', '訪問日数', '訪問曜日'],
		rows: [
			['S001', 'B146200000016', '2', ''],
			['S001', 'B146200000034', '', '水'],
			['S002', 'C146200000023', '', '火曜日'],
			['P001', 'E146200000046', '5', '']
		]
	},
	support_requests: {
		header: ['受付番号', '受付日', '学校コード', '区分', '対応方法', '対応時間（分）', '完了日'],
		rows: [
			['R0001', '2025-04-08 09:15', 'B146200000016', '授業支援', '訪問', '45', '2025-04-08 10:00'],
			['R0002', '2025/4/9 13:30', 'C146200000023', '校務支援', '遠隔', '20', '2025/4/9 14:00'],
			['R0003', '令和7年4月10日', 'B146200000034', '環境整備', '', '', '']
		]
	},
	ict_environment: {
		header: ['対象コード', '年度', '指標', '値'],
		rows: [
			['462012', '2025', 'wireless_lan', '1'],
			['462012', '2025', 'helpdesk', '0'],
			['462012', '2025', 'teacher_devices', '0.92'],
			['B146200000016', '2025', 'large_displays', '0.8']
		]
	},
	travel_times: {
		header: ['出発地', '到着地', '所要時間', '交通手段'],
		rows: [
			['S001', 'B146200000016', '12', '道路'],
			['B146200000016', 'C146200000023', '9', '道路'],
			['B146200000016', 'B146200000034', '55', 'フェリー']
		]
	},
	ferries: {
		header: ['学校コード', '港緯度', '港経度', '航路所要時間', '待ち時間'],
		rows: [['B146200000034', '31.5921', '130.5631', '15', '15']]
	},
	school_counts: {
		header: ['団体コード', '年度', '学校種', '学校数', '教員数', '児童生徒数', '設置者区分', '出典'],
		rows: [
			['462012', '2025', '小学校', '78', '', '31000', '公立', '学校基本調査'],
			['462012', '2025', '中学校', '39', '', '15000', '公立', '学校基本調査'],
			['460001', '2025', '高等学校', '51', '', '', '公立', '学校基本調査']
		]
	},
	staff_counts: {
		header: ['団体コード', '年度', '支援員数', '常勤換算'],
		rows: [
			['462012', '2025', '20', '16.5'],
			['460001', '2025', '6', '6']
		]
	}
};

/** The example as shown: CSV lines (none of its cells needs quoting). */
export function exampleCsv(table: TableName): string {
	const { header, rows } = EXAMPLES[table];
	return [header, ...rows].map((r) => r.join(',')).join('\n');
}

/** The example as a file for Excel: UTF-8 with BOM, CRLF line ends. */
export function exampleFileText(table: TableName): string {
	return `\uFEFF${exampleCsv(table).replaceAll('\n', '\r\n')}\r\n`;
}

export const exampleFileName = (table: TableName) => `haichi-example-${table}.csv`;

export interface ColumnDoc {
	name: string;
	/** Japanese headers accepted besides the canonical name. */
	headers: readonly string[];
	required: boolean;
	type: string;
	/** Allowed values with the labels read for them (enums, booleans); empty for the rest. */
	values: { value: string; meaning: string | null; labels: readonly string[] }[];
	/** What a blank cell becomes, or null when it stays blank. */
	blank: string | null;
	description: string;
}

export interface TableDoc {
	name: TableName;
	title: string;
	purpose: string;
	/** Columns whose values may not repeat (together), as text; null when rows may repeat. */
	key: string | null;
	columns: ColumnDoc[];
	example: string;
	exampleFile: string;
}

const MAX = Number.MAX_SAFE_INTEGER;

function typeText(column: ColumnSpec, m: Messages['formats']): string {
	const base = m.type[column.type.kind];
	if (!column.range) return base;
	const [lo, hi] = column.range;
	return `${base}${m.rangeNote(hi >= MAX ? m.atLeast(String(lo)) : m.range(String(lo), String(hi)))}`;
}

function blankText(rule: BlankRule | undefined, m: Messages['formats']): string | null {
	if (!rule) return null;
	switch (rule.kind) {
		case 'value':
			return m.blank.value(String(rule.value));
		case 'column':
			return m.blank.column(rule.column);
		case 'prefecture_of':
			return m.blank.prefectureOf(rule.column);
		case 'line_number':
			return m.blank.lineNumber;
	}
}

/** What an allowed value means, in the messages' language. */
function meaningOf(value: string, messages: Messages): string | null {
	const names: readonly Readonly<Record<string, string>>[] = [
		messages.schoolType,
		messages.kind,
		messages.category,
		messages.indicators.name,
		messages.formats.valueMeaning
	];
	for (const n of names) if (Object.hasOwn(n, value)) return n[value]!;
	return null;
}

function valuesOf(column: ColumnSpec, messages: Messages): ColumnDoc['values'] {
	const doc = (value: string, labels: readonly string[]) => ({ value, meaning: meaningOf(value, messages), labels });
	if (column.type.kind === 'enum') return column.type.values.map((value) => doc(value, VALUE_LABELS[value] ?? []));
	if (column.type.kind === 'boolean')
		return [doc('true', BOOLEAN_WORDS.true.slice(1)), doc('false', BOOLEAN_WORDS.false.slice(1))];
	return [];
}

/** Every table the importer accepts, in the order of TABLE_NAMES, described in the messages' language. */
export function describeTables(messages: Messages): TableDoc[] {
	const m = messages.formats;
	return TABLE_NAMES.map((name) => {
		const spec = TABLES[name];
		const texts = m.column[name] as Readonly<Record<string, string>>;
		return {
			name,
			title: messages.data.tableName[name],
			purpose: m.purpose[name],
			key: spec.key?.join(', ') ?? null,
			columns: spec.columns.map((c) => ({
				name: c.name,
				headers: c.ja,
				required: c.required,
				type: typeText(c, m),
				values: valuesOf(c, messages),
				blank: blankText(BLANK_RULES[name]?.[c.name], m),
				description: texts[c.name] ?? ''
			})),
			example: exampleCsv(name),
			exampleFile: exampleFileName(name)
		};
	});
}
