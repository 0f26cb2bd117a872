/**
 * Travel minutes between places (docs/domain.md, "Travel time"): road minutes = great-circle km
 * × circuity ÷ speed × 60, plus a stop overhead on arrival; a leg to or from an island adds the
 * ferry's crossing and wait. A matrix the user imported overrides the estimate pair by pair.
 */
import type { GeoPoint, Place } from './types';

export interface TravelParams {
	/** Road distance ÷ straight-line distance. */
	circuity: number;
	speedKmh: number;
	/** Parking, walking in, signing in: added to every arrival. */
	stopMinutes: number;
}

/** Assumptions (docs/domain.md, "Travel time"), editable by the user. */
export const DEFAULT_TRAVEL: TravelParams = { circuity: 1.3, speedKmh: 30, stopMinutes: 5 };

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

export function haversineKm(a: GeoPoint, b: GeoPoint): number {
	const dLat = rad(b.lat - a.lat);
	const dLon = rad(b.lon - a.lon);
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function roadMinutes(a: GeoPoint, b: GeoPoint, params: TravelParams): number {
	return ((haversineKm(a, b) * params.circuity) / params.speedKmh) * 60;
}

const sameFerry = (a: Place, b: Place) =>
	a.ferry !== null &&
	b.ferry !== null &&
	a.ferry.port.lat === b.ferry.port.lat &&
	a.ferry.port.lon === b.ferry.port.lon;

/** Estimated minutes from `from` to `to`, stop overhead included; 0 to the same place. */
export function estimateMinutes(from: Place, to: Place, params: TravelParams): number {
	if (from.id === to.id) return 0;
	if (sameFerry(from, to) || (!from.ferry && !to.ferry))
		return roadMinutes(from.at, to.at, params) + params.stopMinutes;
	// Off an island and onto another (or the mainland): drive between the ports, cross each way.
	const start = from.ferry ? from.ferry.port : from.at;
	const end = to.ferry ? to.ferry.port : to.at;
	const crossings = [from.ferry, to.ferry].reduce((n, f) => n + (f ? f.crossingMinutes + f.waitMinutes : 0), 0);
	return roadMinutes(start, end, params) + crossings + params.stopMinutes;
}

/** Imported travel minutes by `from → to` ids (docs/data-formats.md, travel_times); used in both directions. */
export type TravelMatrix = ReadonlyMap<string, number>;

export const matrixKey = (from: string, to: string) => `${from}\u0000${to}`;

export class TravelTimes {
	constructor(
		readonly params: TravelParams = DEFAULT_TRAVEL,
		readonly matrix: TravelMatrix = new Map()
	) {}

	minutes(from: Place, to: Place): number {
		if (from.id === to.id) return 0;
		return (
			this.matrix.get(matrixKey(from.id, to.id)) ??
			this.matrix.get(matrixKey(to.id, from.id)) ??
			estimateMinutes(from, to, this.params)
		);
	}

	/** Base → each school in order → base. */
	routeMinutes(base: Place, schools: readonly Place[]): number {
		let total = 0;
		let at = base;
		for (const s of schools) {
			total += this.minutes(at, s);
			at = s;
		}
		return total + this.minutes(at, base);
	}
}
