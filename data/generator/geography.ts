/**
 * Where points may go: a land mask from Natural Earth land polygons (world-atlas, via
 * topojson-client) with an even-odd point-in-polygon test, plus the small geodesy the generator
 * needs (offsets in km, great-circle distance). Coordinates are rounded to the 5 decimals printed
 * in the CSV before they are tested, so the point in the file is the point that was checked.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Rng } from './random';

export interface LatLon {
	lat: number;
	lon: number;
}

export interface Box {
	latMin: number;
	latMax: number;
	lonMin: number;
	lonMax: number;
}

const KM_PER_DEG_LAT = 111.32;

/** Rounds to the 5 decimals (about 1 m) the CSV files carry. */
export function round5(x: number): number {
	return Math.round(x * 1e5) / 1e5;
}

export function roundPoint(p: LatLon): LatLon {
	return { lat: round5(p.lat), lon: round5(p.lon) };
}

/** The point dx km east and dy km north of p (local flat approximation, fine below ~50 km). */
export function offsetKm(p: LatLon, dxKm: number, dyKm: number): LatLon {
	return {
		lat: p.lat + dyKm / KM_PER_DEG_LAT,
		lon: p.lon + dxKm / (KM_PER_DEG_LAT * Math.cos((p.lat * Math.PI) / 180))
	};
}

export function haversineKm(a: LatLon, b: LatLon): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLon = (b.lon - a.lon) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A polygon's edges bucketed by latitude band: a horizontal ray at latitude y can only cross
 * edges whose latitude range contains y, so a test reads one band instead of every vertex of
 * Kyushu's outline (~100× faster; the sample draws thousands of points).
 */
interface Polygon {
	box: Box;
	bandHeight: number;
	/** Per band: flat [x1, y1, x2, y2, …] of the edges (outer ring and holes alike) touching it. */
	bands: Float64Array[];
}

type Position = number[];

const BAND_DEGREES = 0.01;

function toPolygon(rings: Position[][]): Polygon {
	const box: Box = { latMin: Infinity, latMax: -Infinity, lonMin: Infinity, lonMax: -Infinity };
	for (const ring of rings)
		for (const [lon, lat] of ring) {
			box.latMin = Math.min(box.latMin, lat!);
			box.latMax = Math.max(box.latMax, lat!);
			box.lonMin = Math.min(box.lonMin, lon!);
			box.lonMax = Math.max(box.lonMax, lon!);
		}
	const count = Math.max(1, Math.ceil((box.latMax - box.latMin) / BAND_DEGREES));
	const lists: number[][] = Array.from({ length: count }, () => []);
	const bandOf = (lat: number) => Math.min(count - 1, Math.max(0, Math.floor((lat - box.latMin) / BAND_DEGREES)));
	for (const ring of rings)
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [x1, y1] = ring[j]!;
			const [x2, y2] = ring[i]!;
			for (let b = bandOf(Math.min(y1!, y2!)); b <= bandOf(Math.max(y1!, y2!)); b++) lists[b]!.push(x1!, y1!, x2!, y2!);
		}
	return { box, bandHeight: BAND_DEGREES, bands: lists.map((l) => Float64Array.from(l)) };
}

const overlaps = (a: Box, b: Box) =>
	a.latMin <= b.latMax && b.latMin <= a.latMax && a.lonMin <= b.lonMax && b.lonMin <= a.lonMax;

/** Even-odd rule over all rings, so holes (lakes in the data) count as outside. */
function inPolygon(poly: Polygon, lon: number, lat: number): boolean {
	const b = poly.box;
	if (lat < b.latMin || lat > b.latMax || lon < b.lonMin || lon > b.lonMax) return false;
	const band = poly.bands[Math.min(poly.bands.length - 1, Math.floor((lat - b.latMin) / poly.bandHeight))]!;
	let inside = false;
	for (let k = 0; k < band.length; k += 4) {
		const xj = band[k]!;
		const yj = band[k + 1]!;
		const xi = band[k + 2]!;
		const yi = band[k + 3]!;
		if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

export type LandResolution = '10m' | '50m';

const topologyCache = new Map<LandResolution, Topology>();

function loadTopology(resolution: LandResolution): Topology {
	let t = topologyCache.get(resolution);
	if (!t) {
		const path = createRequire(import.meta.url).resolve(`world-atlas/land-${resolution}.json`);
		t = JSON.parse(readFileSync(path, 'utf8')) as Topology;
		topologyCache.set(resolution, t);
	}
	return t;
}

/** Land polygons overlapping a region; points outside the region are never land. */
export class LandMask {
	private constructor(
		private readonly polygons: readonly Polygon[],
		readonly region: Box
	) {}

	static load(region: Box, resolution: LandResolution = '10m'): LandMask {
		const topology = loadTopology(resolution);
		const land = feature(topology, topology.objects.land as GeometryCollection);
		const polygons: Polygon[] = [];
		for (const f of land.features) {
			const g = f.geometry;
			const parts: Position[][][] =
				g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
			for (const p of parts) {
				const poly = toPolygon(p);
				if (overlaps(poly.box, region)) polygons.push(poly);
			}
		}
		return new LandMask(polygons, region);
	}

	contains(p: LatLon): boolean {
		const r = this.region;
		if (p.lat < r.latMin || p.lat > r.latMax || p.lon < r.lonMin || p.lon > r.lonMax) return false;
		return this.polygons.some((poly) => inPolygon(poly, p.lon, p.lat));
	}

	/**
	 * Land all along the straight line from a to b (checked every stepKm). Keeps a municipality's
	 * schools on its own shore: a point across a bay or on another island is land but not reachable.
	 */
	connected(a: LatLon, b: LatLon, stepKm = 0.5): boolean {
		const steps = Math.max(1, Math.ceil(haversineKm(a, b) / stepKm));
		for (let i = 0; i <= steps; i++) {
			const t = i / steps;
			if (!this.contains({ lat: a.lat + (b.lat - a.lat) * t, lon: a.lon + (b.lon - a.lon) * t })) return false;
		}
		return true;
	}
}

export interface ScatterOptions {
	/** Points already placed that a new one should keep away from (soft: given up after a while). */
	avoid?: readonly LatLon[];
	minSpacingKm?: number;
	maxTries?: number;
}

/**
 * A point on land within radiusKm of the centre, reachable from it over land. Rejection sampling:
 * redraw points in the sea. The radius is drawn as u^0.75 so points thin out towards the edge, as
 * schools do around a town centre.
 */
export function scatterOnLand(
	rng: Rng,
	mask: LandMask,
	centre: LatLon,
	radiusKm: number,
	options: ScatterOptions = {}
): LatLon {
	const { avoid = [], minSpacingKm = 0, maxTries = 4000 } = options;
	let fallback: LatLon | null = null;
	for (let attempt = 0; attempt < maxTries; attempt++) {
		const r = radiusKm * Math.pow(rng.float(), 0.75);
		const angle = rng.float() * 2 * Math.PI;
		const p = roundPoint(offsetKm(centre, r * Math.cos(angle), r * Math.sin(angle)));
		if (!mask.contains(p) || !mask.connected(centre, p)) continue;
		// Spacing is a nicety (markers that do not sit on top of each other); give it up after a while.
		if (attempt < maxTries / 4 && avoid.some((q) => haversineKm(p, q) < minSpacingKm)) {
			fallback ??= p;
			continue;
		}
		return p;
	}
	if (fallback) return fallback;
	throw new Error(`no land point found within ${radiusKm} km of ${centre.lat},${centre.lon}`);
}
