// @ts-check
/**
 * Land polygons of Japan for the schedule map's basemap, cut at build time from Natural Earth's
 * 1:50m land (the world-atlas npm package, public domain): only polygons within Japan's bounds,
 * coordinates rounded to about 100 m. Served as the virtual module `virtual:japan-land`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const BOUNDS = { lonMin: 122, lonMax: 154, latMin: 20, latMax: 46 };
const round = (/** @type {number} */ x) => Math.round(x * 1000) / 1000;

/** @returns {number[][][]} rings of [lon, lat] */
export function japanLandRings() {
	const path = createRequire(import.meta.url).resolve('world-atlas/land-50m.json');
	const topology = JSON.parse(readFileSync(path, 'utf8'));
	const land = /** @type {import('geojson').FeatureCollection} */ (
		/** @type {unknown} */ (feature(topology, topology.objects.land))
	);
	/** @type {number[][][]} */
	const rings = [];
	for (const f of land.features) {
		const g = f.geometry;
		const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
		for (const polygon of polygons)
			for (const ring of polygon) {
				const inside = ring.some(
					([lon = NaN, lat = NaN]) =>
						lon >= BOUNDS.lonMin && lon <= BOUNDS.lonMax && lat >= BOUNDS.latMin && lat <= BOUNDS.latMax
				);
				if (!inside) continue;
				// Drop points closer than the rounding: the outline keeps its shape at a tenth of the size.
				const kept = [];
				for (const [lon = NaN, lat = NaN] of ring) {
					const p = [round(lon), round(lat)];
					const last = kept[kept.length - 1];
					if (!last || last[0] !== p[0] || last[1] !== p[1]) kept.push(p);
				}
				if (kept.length >= 4) rings.push(kept);
			}
	}
	return rings;
}

/** @returns {import('vite').Plugin} */
export function japanLand() {
	const ID = 'virtual:japan-land';
	const RESOLVED = '\0' + ID;
	return {
		name: 'haichi:japan-land',
		resolveId: (id) => (id === ID ? RESOLVED : undefined),
		load: (id) => (id === RESOLVED ? `export const rings = ${JSON.stringify(japanLandRings())};` : undefined)
	};
}
