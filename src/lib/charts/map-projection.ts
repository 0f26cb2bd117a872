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
	/** The lon/lat box the map shows, for cutting the basemap. */
	bounds: { lonMin: number; lonMax: number; latMin: number; latMax: number };
}

export function fitProjection(points: readonly GeoPoint[], width: number, maxHeight: number, margin = 0.08): Projection {
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
	const height = Math.min(maxHeight, spanY * scale / (1 - 2 * margin));
	const cx = (lonMin + lonMax) / 2;
	const cy = (latMin + latMax) / 2;
	const x = (p: GeoPoint) => width / 2 + (p.lon - cx) * k * scale;
	const y = (p: GeoPoint) => height / 2 - (p.lat - cy) * scale;
	const halfLon = width / 2 / (k * scale);
	const halfLat = height / 2 / scale;
	return { width, height, x, y, bounds: { lonMin: cx - halfLon, lonMax: cx + halfLon, latMin: cy - halfLat, latMax: cy + halfLat } };
}
