// @ts-check
/**
 * Vite plugin: converts the public data of data/public/ (docs/reference-data.md), at build time,
 * into what the app loads fastest, only when a screen asks for it:
 * - `virtual:japan-reference`: every prefecture and municipality with its kind, a point inside it
 *   and its SSDSE-A school counts (about 60 kB compressed);
 * - `virtual:japan-boundaries`: `loadBoundaries(code)`, one chunk per prefecture holding its
 *   municipal boundaries as GeoJSON for ECharts' map, coordinates rounded to about 10 m.
 * Data is JSON parsed from a string, which a browser reads faster than the same JavaScript literal.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { feature } from 'topojson-client';
import { SSDSE_SCHOOL_COLUMNS, ssdseCounts, ssdseNumber } from '../src/lib/domain/import/ssdse-columns.js';

/**
 * @typedef {import('../src/lib/domain/reference').ReferenceIndex} ReferenceIndex
 * @typedef {import('../src/lib/domain/reference').ReferenceMunicipality} ReferenceMunicipality
 * @typedef {import('geojson').Polygon | import('geojson').MultiPolygon} Area
 * @typedef {import('geojson').Position} Position
 * @typedef {{ lg_code: string; city_name: string; county_name: string; is_hoppo_city: boolean;
 *   prefecture_code: string; prefecture_name: string }} Properties
 * @typedef {import('geojson').Feature<Area, Properties>} AreaFeature
 */

const PUBLIC = fileURLToPath(new URL('../data/public/', import.meta.url));
const MUNICIPALITY_TOPOLOGY = `${PUBLIC}ja_municipality_area.topojson.json`;
const PREFECTURE_TOPOLOGY = `${PUBLIC}ja_prefecture_area.topojson.json`;
const SSDSE_A = `${PUBLIC}SSDSE-A-2025.csv`;

const COUNTS_CREDIT = '出典：独立行政法人統計センター SSDSE-A-2025（学校基本調査 2023年）';
const BOUNDARIES_CREDIT = '出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成';

/** @type {Record<string, ReferenceMunicipality['kind']>} */
const KIND_OF_LAST_CHARACTER = { 市: 'city', 区: 'ward', 町: 'town', 村: 'village' };

/** @param {string} path @returns {AreaFeature[]} */
function areasOf(path) {
	const topology = JSON.parse(readFileSync(path, 'utf8'));
	const object = Object.values(topology.objects)[0];
	return /** @type {import('geojson').FeatureCollection<Area, Properties>} */ (
		/** @type {unknown} */ (feature(topology, object))
	).features;
}

/** @type {AreaFeature[] | null} */
let areas = null;
/** The inhabited municipalities: the six 北方 villages have no schools and are left out, as SSDSE does. */
const municipalAreas = () => (areas ??= areasOf(MUNICIPALITY_TOPOLOGY).filter((f) => !f.properties.is_hoppo_city));

/** @param {number} x @param {number} digits */
const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Signed area and centroid of one ring (shoelace), in degrees: good enough to place a symbol.
 * @param {Position[]} ring
 */
function ringCentroid(ring) {
	let area = 0;
	let x = 0;
	let y = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [x0 = 0, y0 = 0] = ring[j] ?? [];
		const [x1 = 0, y1 = 0] = ring[i] ?? [];
		const cross = x0 * y1 - x1 * y0;
		area += cross;
		x += (x0 + x1) * cross;
		y += (y0 + y1) * cross;
	}
	if (area === 0) return { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 };
	return { area: area / 2, x: x / (3 * area), y: y / (3 * area) };
}

/**
 * The centroid of the largest outer ring: islands do not pull the point into the sea.
 * @param {Area} geometry @returns {[number, number]}
 */
function mainPoint(geometry) {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const largest = polygons
		.map((p) => ringCentroid(p[0] ?? []))
		.reduce((a, b) => (Math.abs(b.area) > Math.abs(a.area) ? b : a));
	return [round(largest.x, 4), round(largest.y, 4)];
}

/**
 * SSDSE-A rows by 5-digit municipality code: three header rows (code, year, name), then data.
 * @param {string} path
 */
function ssdseRows(path) {
	const text = new TextDecoder('shift_jis').decode(readFileSync(path));
	const rows = /** @type {string[][]} */ (Papa.parse(text, { skipEmptyLines: true }).data);
	const [codes = [], years = []] = rows;
	/** @type {Map<string, Record<string, string>>} */
	const byCode = new Map();
	for (const row of rows.slice(3)) {
		const code = /^R(\d{5})$/.exec(row[0] ?? '')?.[1];
		if (code) byCode.set(code, Object.fromEntries(codes.map((c, i) => [c, row[i] ?? ''])));
	}
	const year = Number(years[codes.indexOf(SSDSE_SCHOOL_COLUMNS.elementary.schools)]);
	return { fiscalYear: Number.isInteger(year) ? year : null, byCode };
}

/** @param {Record<string, string> | undefined} row @returns {ReferenceMunicipality['counts']} */
function countsOf(row) {
	return row ? ssdseCounts((code) => ssdseNumber(row[code])) : {};
}

/** @returns {ReferenceIndex} */
export function buildReferenceIndex() {
	const ssdse = ssdseRows(SSDSE_A);
	const prefectures = areasOf(PREFECTURE_TOPOLOGY)
		.map((f) => ({ code: f.properties.prefecture_code, name: f.properties.prefecture_name }))
		.sort((a, b) => a.code.localeCompare(b.code));
	const municipalities = municipalAreas().map((f) => {
		const p = f.properties;
		const kind = KIND_OF_LAST_CHARACTER[p.city_name.slice(-1)];
		if (!kind) throw new Error(`no kind for ${p.lg_code} ${p.city_name}`);
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

/**
 * GeoJSON of one prefecture's municipalities for ECharts' map: `properties.name` is the 6-digit code.
 * @param {string} prefectureCode
 * @returns {import('geojson').FeatureCollection<Area, { name: string }>}
 */
export function prefectureBoundaries(prefectureCode) {
	/** @param {Position[]} ring */
	const roundRing = (ring) => {
		/** @type {Position[]} */
		const kept = [];
		for (const [lon = 0, lat = 0] of ring) {
			const p = [round(lon, 4), round(lat, 4)];
			const last = kept[kept.length - 1];
			if (!last || last[0] !== p[0] || last[1] !== p[1]) kept.push(p);
		}
		return kept;
	};
	/** @type {import('geojson').Feature<Area, { name: string }>[]} */
	const features = municipalAreas()
		.filter((f) => f.properties.prefecture_code === prefectureCode)
		.map((f) => ({
			type: 'Feature',
			properties: { name: f.properties.lg_code },
			geometry:
				f.geometry.type === 'Polygon'
					? { type: 'Polygon', coordinates: f.geometry.coordinates.map(roundRing) }
					: { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map((p) => p.map(roundRing)) }
		}));
	return { type: 'FeatureCollection', features };
}

/** @param {unknown} value */
const asModule = (value) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

/** @param {readonly string[]} prefectures */
function boundaryLoader(prefectures) {
	const entries = prefectures.map((c) => `'${c}': () => import('virtual:japan-boundaries/${c}')`);
	return `const loaders = {${entries.join(', ')}};
export const loadBoundaries = (code) => (loaders[code] ? loaders[code]().then((m) => m.default) : Promise.resolve(null));`;
}

/** @returns {import('vite').Plugin} */
export function japanReference() {
	const INDEX = 'virtual:japan-reference';
	const LOADER = 'virtual:japan-boundaries';
	const BOUNDARIES = 'virtual:japan-boundaries/';
	/** @type {ReferenceIndex | null} */
	let index = null;
	// Both modules read the index: it is built (SSDSE parsed, topology converted) once per build.
	const built = () => (index ??= buildReferenceIndex());
	return {
		name: 'haichi:japan-reference',
		resolveId: (id) => (id === INDEX || id === LOADER || id.startsWith(BOUNDARIES) ? '\0' + id : undefined),
		load(id) {
			if (id === '\0' + INDEX) return asModule(built());
			if (id === '\0' + LOADER) return boundaryLoader(built().prefectures.map((p) => p.code));
			if (id.startsWith('\0' + BOUNDARIES)) {
				const code = id.slice(BOUNDARIES.length + 1);
				if (!/^\d{2}$/.test(code)) throw new Error(`prefecture code expected: ${id}`);
				return asModule(prefectureBoundaries(code));
			}
		}
	};
}
