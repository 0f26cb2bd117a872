/**
 * The tables of docs/data-formats.md (generated from these definitions): canonical columns, their types, whether they are required,
 * and the Japanese headers an importer must understand. The DuckDB schema is derived from this.
 */

export const SCHOOL_TYPES = ['elementary', 'junior_high', 'compulsory', 'high', 'special_needs', 'secondary'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

export const MUNICIPALITY_KINDS = ['city', 'ward', 'town', 'village', 'prefecture'] as const;
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number];

/**
 * Whose schools a count covers: 'public' (公立, what the plan's targets are set against) or 'all'
 * (国公私立計, as 学校基本調査 publishes per municipality). A count without it is of public schools.
 */
export const SCHOOL_FOUNDERS = ['public', 'all'] as const;
export type SchoolFounders = (typeof SCHOOL_FOUNDERS)[number];

export const EMPLOYMENT_TYPES = ['contract', 'appointed', 'regular'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** The four areas of work of the MEXT leaflet, used as request categories. */
export const REQUEST_CATEGORIES = ['lesson', 'admin', 'environment', 'training'] as const;
export type RequestCategory = (typeof REQUEST_CATEGORIES)[number];

export const REQUEST_MODES = ['onsite', 'remote'] as const;
export type RequestMode = (typeof REQUEST_MODES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const PLAN_INDICATORS = [
	'wireless_lan',
	'recommended_bandwidth',
	'teacher_devices',
	'work_displays',
	'admin_system',
	'large_displays',
	'document_cameras',
	'helpdesk',
	'hs_spare_devices'
] as const;
export type PlanIndicator = (typeof PLAN_INDICATORS)[number];

export type ColumnType =
	| { kind: 'text' }
	| { kind: 'integer' }
	| { kind: 'number' }
	| { kind: 'boolean' }
	| { kind: 'date' }
	| { kind: 'timestamp' }
	| { kind: 'enum'; values: readonly string[] };

export interface ColumnSpec {
	name: string;
	type: ColumnType;
	required: boolean;
	/** Japanese headers accepted besides the canonical name. */
	ja: readonly string[];
	/** Inclusive numeric range, where the spec sets one. */
	range?: readonly [number, number];
}

export interface TableSpec {
	name: TableName;
	columns: readonly ColumnSpec[];
	/** Columns whose values must be unique together. */
	key?: readonly string[];
}

export const TABLE_NAMES = [
	'municipalities',
	'schools',
	'staff',
	'assignments',
	'support_requests',
	'ict_environment',
	'travel_times',
	'ferries',
	'school_counts',
	'staff_counts'
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const text = { kind: 'text' } as const;
const integer = { kind: 'integer' } as const;
const number = { kind: 'number' } as const;
const enumOf = (values: readonly string[]): ColumnType => ({ kind: 'enum', values });

const col = (
	name: string,
	type: ColumnType,
	required: boolean,
	ja: readonly string[],
	range?: readonly [number, number]
): ColumnSpec => (range ? { name, type, required, ja, range } : { name, type, required, ja });

const LAT: readonly [number, number] = [20, 46];
const LON: readonly [number, number] = [122, 154];

export const TABLES: Record<TableName, TableSpec> = {
	municipalities: {
		name: 'municipalities',
		key: ['municipality_code'],
		columns: [
			col('municipality_code', text, true, [
				'団体コード',
				'市区町村コード',
				'市町村コード',
				'全国地方公共団体コード',
				'地方公共団体コード',
				'自治体コード',
				'行政区域コード'
			]),
			col('name', text, true, ['市区町村名', '団体名', '市町村名', '自治体名']),
			col('prefecture_code', text, false, ['都道府県コード']),
			col('kind', enumOf(MUNICIPALITY_KINDS), false, ['区分']),
			col('office_lat', number, false, ['緯度', 'latitude'], LAT),
			col('office_lon', number, false, ['経度', 'longitude', 'lng'], LON)
		]
	},
	schools: {
		name: 'schools',
		key: ['school_code'],
		columns: [
			col('school_code', text, true, ['学校コード']),
			col('name', text, true, ['学校名', '学校名称', '名称']),
			col('school_type', enumOf(SCHOOL_TYPES), true, ['学校種', '学校種別', '学校の種類', '校種']),
			col('municipality_code', text, true, [
				'所在市区町村コード',
				'市区町村コード',
				'市町村コード',
				'所在地コード',
				'行政区域コード',
				'団体コード'
			]),
			col('employer_code', text, false, ['設置者コード', '設置者']),
			col('lat', number, false, ['緯度', 'latitude'], LAT),
			col('lon', number, false, ['経度', 'longitude', 'lng'], LON),
			col('students', integer, false, ['児童生徒数'], [0, Number.MAX_SAFE_INTEGER]),
			col('classes', integer, false, ['学級数'], [0, Number.MAX_SAFE_INTEGER]),
			col('teachers', integer, false, ['教員数'], [0, Number.MAX_SAFE_INTEGER]),
			col('island', { kind: 'boolean' }, false, ['離島'])
		]
	},
	staff: {
		name: 'staff',
		key: ['staff_id'],
		columns: [
			col('staff_id', text, true, ['支援員ID', '職員番号']),
			col('name', text, false, ['氏名']),
			col('employer_code', text, true, ['配置自治体コード']),
			col('employment', enumOf(EMPLOYMENT_TYPES), false, ['雇用形態']),
			col('days_per_week', number, false, ['勤務日数'], [0, 5]),
			col('hours_per_day', number, false, ['勤務時間'], [0, 24]),
			col('base_lat', number, false, ['拠点緯度'], LAT),
			col('base_lon', number, false, ['拠点経度'], LON),
			col('annual_cost', integer, false, ['年間費用'], [0, Number.MAX_SAFE_INTEGER])
		]
	},
	assignments: {
		name: 'assignments',
		columns: [
			col('staff_id', text, true, ['支援員ID']),
			col('school_code', text, true, ['担当校', '学校コード']),
			col('days_per_week', number, false, ['訪問日数'], [0, 5]),
			col('weekday', enumOf(WEEKDAYS), false, ['訪問曜日'])
		]
	},
	support_requests: {
		name: 'support_requests',
		key: ['request_id'],
		columns: [
			col('request_id', text, false, ['受付番号']),
			col('requested_at', { kind: 'timestamp' }, true, ['受付日', '日時']),
			col('school_code', text, true, ['学校コード']),
			col('category', enumOf(REQUEST_CATEGORIES), true, ['区分']),
			col('mode', enumOf(REQUEST_MODES), false, ['対応方法']),
			col('minutes', integer, false, ['対応時間'], [0, Number.MAX_SAFE_INTEGER]),
			col('resolved_at', { kind: 'timestamp' }, false, ['完了日'])
		]
	},
	ict_environment: {
		name: 'ict_environment',
		key: ['scope_code', 'fiscal_year', 'indicator'],
		columns: [
			col('scope_code', text, true, ['対象コード']),
			col('fiscal_year', integer, true, ['年度'], [1989, 2100]),
			col('indicator', enumOf(PLAN_INDICATORS), true, ['指標']),
			col('value', number, true, ['値'])
		]
	},
	travel_times: {
		name: 'travel_times',
		key: ['from_id', 'to_id', 'mode'],
		columns: [
			col('from_id', text, true, ['出発地']),
			col('to_id', text, true, ['到着地']),
			col('minutes', number, true, ['所要時間'], [0, 24 * 60]),
			col('mode', enumOf(['road', 'ferry']), false, ['交通手段'])
		]
	},
	ferries: {
		name: 'ferries',
		columns: [
			col('school_code', text, true, ['学校コード', '地域']),
			col('port_lat', number, true, ['港緯度'], LAT),
			col('port_lon', number, true, ['港経度'], LON),
			col('crossing_minutes', number, true, ['航路所要時間'], [0, 24 * 60]),
			col('wait_minutes', number, false, ['待ち時間'], [0, 24 * 60])
		]
	},
	school_counts: {
		name: 'school_counts',
		key: ['municipality_code', 'fiscal_year', 'school_type'],
		columns: [
			col('municipality_code', text, true, ['団体コード', '市区町村コード', '設置者コード']),
			col('fiscal_year', integer, true, ['年度'], [1989, 2100]),
			col('school_type', enumOf(SCHOOL_TYPES), true, ['学校種']),
			col('schools', integer, true, ['学校数'], [0, Number.MAX_SAFE_INTEGER]),
			col('teachers', integer, false, ['教員数'], [0, Number.MAX_SAFE_INTEGER]),
			col('students', integer, false, ['児童生徒数'], [0, Number.MAX_SAFE_INTEGER]),
			col('founders', enumOf(SCHOOL_FOUNDERS), false, ['設置者区分']),
			col('source', text, false, ['出典'])
		]
	},
	staff_counts: {
		name: 'staff_counts',
		key: ['employer_code', 'fiscal_year'],
		columns: [
			col('employer_code', text, true, ['団体コード', '配置自治体コード']),
			col('fiscal_year', integer, true, ['年度'], [1989, 2100]),
			col('headcount', integer, true, ['支援員数', 'ICT支援員数', '人数'], [0, 100_000]),
			col('fte', number, false, ['常勤換算', '常勤換算数'], [0, 100_000])
		]
	}
};
