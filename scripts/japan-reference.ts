/**
 * Vite plugin: converts the public data of data/public/ (docs/reference-data.md), at build time,
 * into what the app loads fastest, only when a screen asks for it:
 * - `virtual:japan-reference`: every prefecture and municipality with its kind, a point inside it
 *   and its SSDSE-A school counts (about 60 kB compressed);
 * - `virtual:japan-boundaries/NN`: the municipal boundaries of prefecture NN as GeoJSON for ECharts'
 *   map, coordinates rounded to about 10 m.
 * Both are JSON parsed from a string (faster than the same data as a JavaScript literal).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import {
	hasValidCheckDigit,
	municipalityKindOfName,
	type ReferenceCount,
	type ReferenceIndex,
	type ReferenceMunicipality,
	type ReferenceSchoolType
} from '../src/lib/domain/reference';

const PUBLIC = fileURLToPath(new URL('../data/public/', import.meta.url));
export const MUNICIPALITY_TOPOLOGY = `${PUBLIC}ja_municipality_area.topojson.json`;
export const PREFECTURE_TOPOLOGY = `${PUBLIC}ja_prefecture_area.topojson.json`;
export const SSDSE_A = `${PUBLIC}SSDSE-A-2025.csv`;

const COUNTS_CREDIT = '出典：独立行政法人統計センター SSDSE-A-2025（学校基本調査 2023年）';
const BOUNDARIES_CREDIT = '出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成';

interface Properties {
	lg_code: string;
	city_name: string;
	county_name: string;
	is_hoppo_city: boolean;
	prefecture_code: string;
	prefecture_name: string;
}

/** SSDSE-A's indicator codes of each school type: schools, teachers, students (both stages for 義務教育学校). */
const SSDSE_COLUMNS: Record<ReferenceSchoolType, { schools: string; teachers: string | null; students: string[] }> = {
	elementary: { schools: 'E2101', teachers: 'E2401', students: ['E2501'] },
	junior_high: { schools: 'E3101', teachers: 'E3401', students: ['E3501'] },
	compulsory: { schools: 'E3901', teachers: 'E3904', students: ['E3905', 'E3906'] },
	high: { schools: 'E4101', teachers: null, students: ['E4501'] }
};

type Areas = FeatureCollection<Polygon | MultiPolygon, Properties>;

function areasOf(path: string): Areas {
	const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
	const object = Object.values(topology.objects)[0] as GeometryCollection<Properties>;
	return feature(topology, object) as Areas;
}

/** The inhabited municipalities: the six 北方 villages have no schools and are left out, as SSDSE does. */
let areas: Feature<Polygon | MultiPolygon, Properties>[] | null = null;
const municipalAreas = (): Feature<Polygon | MultiPolygon, Properties>[] =>
	(areas ??= areasOf(MUNICIPALITY_TOPOLOGY).features.filter((f) => !f.properties.is_hoppo_city));

/** Signed area and centroid of one ring (shoelace), in degrees: good enough to place a symbol. */
function ringCentroid(ring: Position[]): { area: number; x: number; y: number } {
	let area = 0;
	let x = 0;
	let y = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [x0 = 0, y0 = 0] = ring[j]!;
		const [x1 = 0, y1 = 0] = ring[i]!;
		const cross = x0 * y1 - x1 * y0;
		area += cross;
		x += (x0 + x1) * cross;
		y += (y0 + y1) * cross;
	}
	return area === 0
		? { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 }
		: { area: area / 2, x: x / (3 * area), y: y / (3 * area) };
}

/** The centroid of the largest outer ring: islands do not pull the point into the sea. */
function mainPoint(geometry: Polygon | MultiPolygon): [number, number] {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const outer = polygons.map((p) => ringCentroid(p[0] ?? []));
	const largest = outer.reduce((a, b) => (Math.abs(b.area) > Math.abs(a.area) ? b : a));
	return [round(largest.x, 4), round(largest.y, 4)];
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** SSDSE-A rows by 5-digit municipality code: three header rows (code, year, name), then data. */
function ssdseRows(path: string): { fiscalYear: number | null; byCode: Map<string, Record<string, string>> } {
	const text = new TextDecoder('shift_jis').decode(readFileSync(path));
	const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
	const [codes = [], years = []] = rows;
	const byCode = new Map<string, Record<string, string>>();
	for (const row of rows.slice(3)) {
		const code = /^R(\d{5})$/.exec(row[0] ?? '')?.[1];
		if (code) byCode.set(code, Object.fromEntries(codes.map((c, i) => [c, row[i] ?? ''])));
	}
	const year = Number(years[codes.indexOf(SSDSE_COLUMNS.elementary.schools)]);
	return { fiscalYear: Number.isInteger(year) ? year : null, byCode };
}

function countsOf(row: Record<string, string> | undefined): ReferenceMunicipality['counts'] {
	const counts: ReferenceMunicipality['counts'] = {};
	if (!row) return counts;
	const value = (code: string) => {
		const n = Number(row[code]);
		return Number.isFinite(n) && row[code] !== '' ? n : null;
	};
	for (const [type, columns] of Object.entries(SSDSE_COLUMNS) as [
		ReferenceSchoolType,
		(typeof SSDSE_COLUMNS)[ReferenceSchoolType]
	][]) {
		const schools = value(columns.schools);
		// A type the municipality has none of is left out: most have no 義務教育学校.
		if (!schools) continue;
		const count: ReferenceCount = {
			schools,
			teachers: columns.teachers ? value(columns.teachers) : null,
			students: columns.students.reduce((n, c) => n + (value(c) ?? 0), 0)
		};
		counts[type] = count;
	}
	return counts;
}

export function buildReferenceIndex(): ReferenceIndex {
	const ssdse = ssdseRows(SSDSE_A);
	const prefectures = areasOf(PREFECTURE_TOPOLOGY)
		.features.map((f) => ({ code: f.properties.prefecture_code, name: f.properties.prefecture_name }))
		.sort((a, b) => a.code.localeCompare(b.code));
	const municipalities = municipalAreas().map((f): ReferenceMunicipality => {
		const p = f.properties;
		const kind = municipalityKindOfName(p.city_name);
		if (!kind || !hasValidCheckDigit(p.lg_code)) throw new Error(`unexpected municipality ${p.lg_code} ${p.city_name}`);
		return {
			code: p.lg_code,
			name: p.city_name,
			county: p.county_name,
			kind,
			prefecture: p.prefecture_code,
			at: mainPoint(f.geometry),
			counts: countsOf(ssdse.byCode.get(p.lg_code.slice(0, 5)))
		};
	});
	municipalities.sort((a, b) => a.code.localeCompare(b.code));
	return {
		prefectures,
		municipalities,
		sources: {
			counts: { credit: COUNTS_CREDIT, fiscalYear: ssdse.fiscalYear, licence: null },
			boundaries: { credit: BOUNDARIES_CREDIT, fiscalYear: 2025, licence: 'CC BY 4.0' }
		}
	};
}

/** GeoJSON of one prefecture's municipalities for ECharts' map: `properties.name` is the 6-digit code. */
export function prefectureBoundaries(
	prefectureCode: string
): FeatureCollection<Polygon | MultiPolygon, { name: string }> {
	const roundRing = (ring: Position[]) => {
		const kept: Position[] = [];
		for (const [lon = 0, lat = 0] of ring) {
			const p = [round(lon, 4), round(lat, 4)];
			const last = kept[kept.length - 1];
			if (!last || last[0] !== p[0] || last[1] !== p[1]) kept.push(p);
		}
		return kept;
	};
	const features = municipalAreas()
		.filter((f) => f.properties.prefecture_code === prefectureCode)
		.map((f): Feature<Polygon | MultiPolygon, { name: string }> => ({
			type: 'Feature',
			properties: { name: f.properties.lg_code },
			geometry:
				f.geometry.type === 'Polygon'
					? { type: 'Polygon', coordinates: f.geometry.coordinates.map(roundRing) }
					: { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map((p) => p.map(roundRing)) }
		}));
	return { type: 'FeatureCollection', features };
}

const asModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

/** One chunk per prefecture, reached through `loadBoundaries(code)` of `virtual:japan-boundaries`. */
function boundaryLoader(prefectures: readonly string[]): string {
	const entries = prefectures.map((c) => `'${c}': () => import('virtual:japan-boundaries/${c}')`);
	return `const loaders = {${entries.join(', ')}};
export const loadBoundaries = (code) => (loaders[code] ? loaders[code]().then((m) => m.default) : Promise.resolve(null));`;
}

export function japanReference(): import('vite').Plugin {
	const INDEX = 'virtual:japan-reference';
	const LOADER = 'virtual:japan-boundaries';
	const BOUNDARIES = 'virtual:japan-boundaries/';
	return {
		name: 'haichi:japan-reference',
		resolveId: (id) => (id === INDEX || id === LOADER || id.startsWith(BOUNDARIES) ? '\0' + id : undefined),
		load(id) {
			if (id === '\0' + INDEX) return asModule(buildReferenceIndex());
			if (id === '\0' + LOADER) return boundaryLoader(buildReferenceIndex().prefectures.map((p) => p.code));
			if (id.startsWith('\0' + BOUNDARIES)) {
				const code = id.slice(BOUNDARIES.length + 1);
				if (!/^\d{2}$/.test(code)) throw new Error(`prefecture code expected: ${id}`);
				return asModule(prefectureBoundaries(code));
			}
		}
	};
}
