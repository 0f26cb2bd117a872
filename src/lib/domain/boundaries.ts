/**
 * Municipal boundaries a user brings as GeoJSON (for instance 国土数値情報 N03, whose N03_007 is the
 * 5-digit municipality code): each feature matched to an employer of the data by its code, 5 or 6
 * digits, so the compare map can shade areas instead of drawing circles.
 */
import { isObject } from './shape';

export interface Boundary {
	/** The employer's code as in the data (6 digits). */
	code: string;
	/** Outer and inner rings of [lon, lat]. */
	rings: number[][][];
}

export class BoundaryError extends Error {
	constructor(readonly reason: 'not_json' | 'not_geojson' | 'bad_geometry' | 'no_match') {
		super(reason);
	}
}

/** Properties that carry the municipality code in common boundary files. */
const CODE_PROPERTIES = ['N03_007', 'code', 'municipality_code', 'JCODE', 'CITYCODE', 'citycode', 'KEY_CODE'];

const isPosition = (p: unknown) => Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);
/** A closed ring of RFC 7946: at least four positions of finite numbers. */
const isRing = (r: unknown) => Array.isArray(r) && r.length >= 4 && r.every(isPosition);
const isPolygon = (p: unknown) => Array.isArray(p) && p.every(isRing);

/** The rings of a polygon or multipolygon; the map draws them, so a malformed one is refused here. */
function ringsOf(geometry: unknown): number[][][] {
	if (!isObject(geometry) || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return [];
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	if (!Array.isArray(polygons) || !polygons.every(isPolygon)) throw new BoundaryError('bad_geometry');
	return (polygons as number[][][][]).flat();
}

export function parseBoundaries(text: string, codes: readonly string[]): Boundary[] {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw new BoundaryError('not_json');
	}
	if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features))
		throw new BoundaryError('not_geojson');
	const byPrefix = new Map(codes.map((c) => [c.slice(0, 5), c]));
	const found = new Map<string, number[][][]>();
	for (const feature of json.features) {
		if (!isObject(feature) || !isObject(feature.properties)) continue;
		const props = feature.properties;
		const raw = CODE_PROPERTIES.map((k) => props[k]).find((v) => typeof v === 'string' || typeof v === 'number');
		if (raw === undefined) continue;
		const digits = String(raw).padStart(5, '0');
		const code = byPrefix.get(digits.slice(0, 5));
		if (!code) continue;
		// One municipality may come as several features (islands): their rings are joined.
		found.set(code, [...(found.get(code) ?? []), ...ringsOf(feature.geometry)]);
	}
	if (found.size === 0) throw new BoundaryError('no_match');
	return [...found].map(([code, rings]) => ({ code, rings }));
}
