/**
 * Boundaries as TopoJSON (issue 13): the Digital Agency's TopoJSON of N03 as published
 * (data/public/ja_municipality_area.topojson.json, codes in lg_code), and the reasons a damaged
 * topology is refused with, instead of a TypeError from inside topojson-client.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BoundaryError, parseBoundaries } from '../../src/lib/domain/boundaries';
import { PUBLIC_DATA_DIR } from '../support/own-data';

const reason = (text: string, codes = ['232084']) => {
	try {
		parseBoundaries(text, codes);
		return null;
	} catch (e) {
		return e instanceof BoundaryError ? e.reason : String(e);
	}
};

/** A unit square as one arc, quantised or not. */
const topology = (extra: Record<string, unknown> = {}, geometry: Record<string, unknown> = {}) =>
	JSON.stringify({
		type: 'Topology',
		arcs: [
			[
				[136.7, 35.17],
				[136.75, 35.17],
				[136.75, 35.2],
				[136.7, 35.2],
				[136.7, 35.17]
			]
		],
		objects: {
			cities: {
				type: 'GeometryCollection',
				geometries: [{ type: 'Polygon', arcs: [[0]], properties: { N03_007: '23208' }, ...geometry }]
			}
		},
		...extra
	});

describe('boundaries as TopoJSON', () => {
	it('reads the N03 TopoJSON as published, matched by lg_code', () => {
		const text = readFileSync(`${PUBLIC_DATA_DIR}ja_municipality_area.topojson.json`, 'utf8');
		const found = parseBoundaries(text, ['232084', '231002', '011002']);
		expect(found.map((b) => b.code).sort()).toEqual(['011002', '231002', '232084']);
		const tsushima = found.find((b) => b.code === '232084')!;
		const [lon, lat] = tsushima.rings[0]![0]!;
		// 津島市 lies around 136.73° E, 35.18° N.
		expect(lon).toBeGreaterThan(136.6);
		expect(lon).toBeLessThan(136.8);
		expect(lat).toBeGreaterThan(35.1);
		expect(lat).toBeLessThan(35.25);
	});

	it('reads a topology without a transform, and a geometry given as the object itself', () => {
		expect(parseBoundaries(topology(), ['232084'])).toEqual([
			{
				code: '232084',
				rings: [
					[
						[136.7, 35.17],
						[136.75, 35.17],
						[136.75, 35.2],
						[136.7, 35.2],
						[136.7, 35.17]
					]
				]
			}
		]);
		const single = JSON.parse(topology()) as { objects: { cities: { geometries: unknown[] } } };
		const text = JSON.stringify({ ...single, objects: { city: single.objects.cities.geometries[0] } });
		expect(parseBoundaries(text, ['232084'])).toHaveLength(1);
	});

	it('says why a damaged topology cannot be used', () => {
		expect(reason('{"type":"Topology"}')).toBe('bad_topology');
		expect(reason(topology({ arcs: [[[136.7, 'x']]] }))).toBe('bad_topology');
		expect(reason(topology({ objects: [] }))).toBe('bad_topology');
		expect(reason(topology({ transform: { scale: [1], translate: [0, 0] } }))).toBe('bad_topology');
		// An arc that does not exist, and a polygon without arcs.
		expect(reason(topology({}, { arcs: [[5]] }))).toBe('bad_topology');
		expect(reason(topology({}, { arcs: undefined }))).toBe('bad_topology');
		expect(reason(topology(), ['011002'])).toBe('no_match');
	});
});
