/**
 * Municipal boundaries a user brings as GeoJSON or TopoJSON (for instance 国土数値情報 N03, whose
 * N03_007 is the 5-digit municipality code, or the Digital Agency's TopoJSON of N03 with lg_code):
 * each feature matched to an employer of the data by its code, 5 or 6 digits, so the compare map
 * can shade areas instead of drawing circles.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { isObject } from './shape';

export interface Boundary {
	/** The employer's code as in the data (6 digits). */
	code: string;
	/** Outer and inner rings of [lon, lat]. */
	rings: number[][][];
}

export class BoundaryError extends Error {
	constructor(readonly reason: 'not_json' | 'not_geojson' | 'bad_topology' | 'bad_geometry' | 'no_match') {
		super(reason);
	}
}

/** Properties that carry the municipality code in common boundary files. */
const CODE_PROPERTIES = [
	'N03_007',
	'lg_code',
	'lg_code_5',
	'code',
	'municipality_code',
	'JCODE',
	'CITYCODE',
	'citycode',
	'KEY_CODE'
];

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

/**
 * The features of a TopoJSON topology, all its objects together. topojson-client trusts its input:
 * an arc index out of range, a polygon without arcs or a point without coordinates throws a
 * TypeError deep inside it. The shape it needs is checked first and anything it still cannot
 * convert is the same reason: the topology is damaged. Coordinates are checked as GeoJSON's are.
 */
function topologyFeatures(json: Record<string, unknown>): unknown[] {
	const { arcs, objects, transform } = json;
	const transformOk =
		transform === undefined || (isObject(transform) && isPosition(transform.scale) && isPosition(transform.translate));
	if (
		!Array.isArray(arcs) ||
		!arcs.every((a) => Array.isArray(a) && a.every(isPosition)) ||
		!isObject(objects) ||
		!transformOk
	)
		throw new BoundaryError('bad_topology');
	const topology = json as unknown as Topology;
	try {
		return Object.values(objects).flatMap((object) => {
			const collection =
				isObject(object) && object.type === 'GeometryCollection'
					? object
					: { type: 'GeometryCollection', geometries: [object] };
			return feature(topology, collection as unknown as GeometryCollection).features;
		});
	} catch {
		throw new BoundaryError('bad_topology');
	}
}

/** The features of a GeoJSON FeatureCollection or a TopoJSON Topology. */
function featuresOf(json: unknown): unknown[] {
	if (isObject(json) && json.type === 'Topology') return topologyFeatures(json);
	if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features))
		throw new BoundaryError('not_geojson');
	return json.features;
}

export function parseBoundaries(text: string, codes: readonly string[]): Boundary[] {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw new BoundaryError('not_json');
	}
	const features = featuresOf(json);
	const byPrefix = new Map(codes.map((c) => [c.slice(0, 5), c]));
	const found = new Map<string, number[][][]>();
	for (const feature of features) {
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
