/**
 * 国土数値情報「学校データ」(P29) as MLIT publishes it (GeoJSON, one point per school), read as
 * schools. The 2021 edition holds numeric attributes (P29_001: 23101, P29_003: 16001), the 2023
 * edition strings ("23101", "16001"); both are read alike. docs/data-formats.md, "Public files".
 */
import { isObject } from '../shape';
import type { SchoolType } from '../tables';
import type { MunicipalityLookup } from '../municipality-lookup';
import type { PublicSchool, SchoolManager } from './public-schools';

/** The line to show wherever a figure from a P29 file appears. */
export const P29_CREDIT = '出典：国土数値情報（学校データ）（国土交通省）';

/** 学校分類 (P29_003) of the school types the plan covers; 幼稚園, 大学, 専修学校 … are not planned for. */
export const P29_SCHOOL_TYPES: Readonly<Record<string, SchoolType>> = {
	'16001': 'elementary',
	'16002': 'junior_high',
	'16003': 'secondary',
	'16004': 'high',
	'16012': 'special_needs',
	'16014': 'compulsory'
};

/** 管理者 (P29_006): 1 国, 2 都道府県, 3 市区町村, 4 民間, 0 その他. */
export const P29_MANAGERS: Readonly<Record<string, SchoolManager>> = {
	'1': 'national',
	'2': 'prefecture',
	'3': 'municipality',
	'4': 'private'
};

export interface P29Problem {
	/** 1-based number of the feature in the file. */
	feature: number;
	/** What is wrong: the attribute, or 'geometry'. */
	field: 'P29_001' | 'P29_002' | 'geometry';
	value: string;
}

/** Whether a parsed JSON document is a P29 FeatureCollection (its features carry P29_001 and P29_003). */
export function isP29(json: unknown): json is { features: unknown[] } {
	if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) return false;
	const first: unknown = json.features[0];
	return (
		isObject(first) && isObject(first.properties) && 'P29_001' in first.properties && 'P29_003' in first.properties
	);
}

/** An attribute as text whether written as a string or a number: a number loses its leading 0 (1101 for 01101). */
function attribute(props: Record<string, unknown>, key: string, digits = 0): string {
	const v = props[key];
	const text = typeof v === 'number' && Number.isFinite(v) ? String(v) : typeof v === 'string' ? v.trim() : '';
	return digits > 0 && /^\d+$/u.test(text) ? text.padStart(digits, '0') : text;
}

function pointOf(geometry: unknown): [number, number] | null {
	if (!isObject(geometry) || geometry.type !== 'Point' || !Array.isArray(geometry.coordinates)) return null;
	const [lon, lat] = geometry.coordinates as unknown[];
	return typeof lon === 'number' && typeof lat === 'number' && Number.isFinite(lon) && Number.isFinite(lat)
		? [lon, lat]
		: null;
}

/**
 * Every school of the file, with the municipality found in the reference from P29_001's 5 digits
 * (the check digit added, a ward mapped to its city), and what could not be read, per feature.
 */
export function readP29(
	features: readonly unknown[],
	lookup: MunicipalityLookup
): { schools: PublicSchool[]; problems: P29Problem[] } {
	const schools: PublicSchool[] = [];
	const problems: P29Problem[] = [];
	features.forEach((f, i) => {
		const feature = i + 1;
		const props = isObject(f) && isObject(f.properties) ? f.properties : {};
		const area = attribute(props, 'P29_001', 5);
		const municipality = lookup.byCode(area);
		const point = pointOf(isObject(f) ? f.geometry : null);
		const code = attribute(props, 'P29_002');
		if (!municipality) problems.push({ feature, field: 'P29_001', value: area });
		else if (!point) problems.push({ feature, field: 'geometry', value: '' });
		else if (!code) problems.push({ feature, field: 'P29_002', value: '' });
		else
			schools.push({
				line: feature,
				code,
				name: attribute(props, 'P29_004'),
				type: P29_SCHOOL_TYPES[attribute(props, 'P29_003', 5)] ?? null,
				manager: P29_MANAGERS[attribute(props, 'P29_006')] ?? 'other',
				municipality: municipality.code,
				lon: point[0],
				lat: point[1],
				located: 'file'
			});
	});
	return { schools, problems };
}
