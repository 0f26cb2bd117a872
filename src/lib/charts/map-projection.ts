/**
 * A local map projection for one employer's area: equirectangular around the area's centre with
 * longitudes shrunk by cos(latitude), which keeps distances true to a few percent over a prefecture,
 * fitted with a margin into a box of the given width.
 */
import type { GeoPoint } from '$lib/domain/schedule/types';

export interface Projection {
	width: number;
	height: number;
	x(p: GeoPoint): number;
	y(p: GeoPoint): number;
	/** The point drawn at (x, y): for a click on the map. */
	invert(x: number, y: number): GeoPoint;
	/** The lon/lat box the map shows, for cutting the basemap. */
	bounds: { lonMin: number; lonMax: number; latMin: number; latMax: number };
}

export function fitProjection(
	points: readonly GeoPoint[],
	width: number,
	maxHeight: number,
	margin = 0.08
): Projection {
	const lats = points.map((p) => p.lat);
	const lons = points.map((p) => p.lon);
	const latMin = Math.min(...lats);
	const latMax = Math.max(...lats);
	const lonMin = Math.min(...lons);
	const lonMax = Math.max(...lons);
	const k = Math.cos((((latMin + latMax) / 2) * Math.PI) / 180);
	// At least about 2 km across, so a single school is not drawn on an infinite scale.
	const spanX = Math.max((lonMax - lonMin) * k, 0.02);
	const spanY = Math.max(latMax - latMin, 0.02);
	const scale = Math.min((width * (1 - 2 * margin)) / spanX, (maxHeight * (1 - 2 * margin)) / spanY);
	const height = Math.min(maxHeight, (spanY * scale) / (1 - 2 * margin));
	const cx = (lonMin + lonMax) / 2;
	const cy = (latMin + latMax) / 2;
	const x = (p: GeoPoint) => width / 2 + (p.lon - cx) * k * scale;
	const y = (p: GeoPoint) => height / 2 - (p.lat - cy) * scale;
	const halfLon = width / 2 / (k * scale);
	const halfLat = height / 2 / scale;
	const invert = (px: number, py: number): GeoPoint => ({
		lat: cy - (py - height / 2) / scale,
		lon: cx + (px - width / 2) / (k * scale)
	});
	return {
		width,
		height,
		x,
		y,
		invert,
		bounds: { lonMin: cx - halfLon, lonMax: cx + halfLon, latMin: cy - halfLat, latMax: cy + halfLat }
	};
}

/** SVG path of the land rings near the projected area (the basemap from virtual:japan-land). */
export function landPath(rings: readonly number[][][], projection: Projection): string {
	const b = projection.bounds;
	const near = (ring: readonly number[][]) =>
		ring.some(
			([lon = NaN, lat = NaN]) => lon > b.lonMin - 1 && lon < b.lonMax + 1 && lat > b.latMin - 1 && lat < b.latMax + 1
		);
	return rings
		.filter(near)
		.map(
			(ring) =>
				'M' +
				ring
					.map(
						([lon = 0, lat = 0]) => `${projection.x({ lat, lon }).toFixed(1)},${projection.y({ lat, lon }).toFixed(1)}`
					)
					.join('L') +
				'Z'
		)
		.join('');
}
