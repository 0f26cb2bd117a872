/**
 * The compare screen's logic: rows for the filters, attainment of each plan indicator,
 * sorting with missing values last, the municipalities deploying none, boundaries from GeoJSON,
 * and the ranking's worst-first order.
 */
import { describe, expect, it } from 'vitest';
import { compareRows, sortRows, withoutStaff, NO_FILTER, type CompareEmployer } from '../../src/lib/domain/compare';
import { BoundaryError, parseBoundaries } from '../../src/lib/domain/boundaries';
import { worstFirst } from '../../src/lib/charts/ranking-chart';
import { dateLabel } from '../../src/lib/domain/fiscal-year';

const employer = (
	code: string,
	kind: CompareEmployer['kind'],
	schools: CompareEmployer['schoolsByType'],
	staff: number,
	indicators: CompareEmployer['indicators'] = {}
): CompareEmployer => ({
	code,
	name: `N${code}`,
	kind,
	prefecture: code.slice(0, 2),
	at: { lat: 35, lon: 139 },
	schoolsByType: schools,
	staff,
	staffDays: staff * 5,
	indicators
});

const EMPLOYERS = [
	employer('011002', 'city', { elementary: 10, junior_high: 5 }, 3, { wireless_lan: 0.5, hs_spare_devices: 0.2 }),
	employer('012025', 'town', { elementary: 4 }, 0),
	employer('130001', 'prefecture', { high: 8 }, 2),
	employer('131016', 'ward', { elementary: 6, junior_high: 2 }, 2, { helpdesk: 1 }),
	employer('132012', 'city', {}, 1)
];

describe('compare rows', () => {
	it('counts the school types shown, leaves out employers without such schools, and works out the plan figures', () => {
		const rows = compareRows(EMPLOYERS, NO_FILTER);
		expect(rows.map((r) => r.code)).toEqual(['011002', '012025', '130001', '131016']);
		const city = rows[0]!;
		expect(city.schools).toBe(15);
		expect(city.schoolsPerStaff).toBe(5);
		expect(city.staffNeeded).toBe(4);
		expect(city.gap).toBe(1);
		expect(city.attainment.staff).toBe(0.75);
		expect(city.attainment.wireless_lan).toBe(0.5);
		// High-school spares: the target is a third of the students, so 0.2 is 60% of the way.
		expect(city.attainment.hs_spare_devices).toBeCloseTo(0.6);
		expect(city.attainment.helpdesk).toBeNull();
		const town = rows[1]!;
		expect(town.schoolsPerStaff).toBeNull();
		expect(town.attainment.staff).toBe(0);
		const ward = rows[3]!;
		expect(ward.attainment.staff).toBe(1);
	});

	it('filters by kind, school type, prefecture and name or code', () => {
		expect(compareRows(EMPLOYERS, { ...NO_FILTER, kinds: ['city'] }).map((r) => r.code)).toEqual(['011002']);
		const juniorHigh = compareRows(EMPLOYERS, { ...NO_FILTER, schoolTypes: ['junior_high'] });
		expect(juniorHigh.map((r) => [r.code, r.schools])).toEqual([
			['011002', 5],
			['131016', 2]
		]);
		expect(compareRows(EMPLOYERS, { ...NO_FILTER, prefectures: ['13'] }).map((r) => r.code)).toEqual([
			'130001',
			'131016'
		]);
		expect(compareRows(EMPLOYERS, { ...NO_FILTER, search: 'n0120' }).map((r) => r.code)).toEqual(['012025']);
		expect(compareRows(EMPLOYERS, { ...NO_FILTER, search: '1310' }).map((r) => r.code)).toEqual(['131016']);
	});

	it('sorts either way with missing values last, ties by code', () => {
		const rows = compareRows(EMPLOYERS, NO_FILTER);
		expect(sortRows(rows, 'schoolsPerStaff', 'descending').map((r) => r.code)).toEqual([
			'011002',
			'130001',
			'131016',
			'012025'
		]);
		// 130001 and 131016 both have 4 schools per staff member: the code decides, whichever the direction.
		expect(sortRows(rows, 'schoolsPerStaff', 'ascending').map((r) => r.code)).toEqual([
			'130001',
			'131016',
			'011002',
			'012025'
		]);
		expect(sortRows(rows, 'wireless_lan', 'descending').map((r) => r.code)).toEqual([
			'011002',
			'012025',
			'130001',
			'131016'
		]);
		expect(sortRows(rows, 'gap', 'descending').map((r) => [r.code, r.gap])).toEqual([
			['011002', 1],
			['012025', 1],
			['130001', 0],
			['131016', 0]
		]);
	});

	it('lists the municipalities (not prefectures) with schools and no staff', () => {
		expect(withoutStaff(compareRows(EMPLOYERS, NO_FILTER)).map((r) => r.code)).toEqual(['012025']);
	});

	it('ranks the furthest from the target first: those deploying no one (most schools first), then by ratio', () => {
		const ranked = worstFirst([
			{ name: 'a', schoolsPerStaff: 3, schools: 3, staff: 1 },
			{ name: 'b', schoolsPerStaff: null, schools: 2, staff: 0 },
			{ name: 'c', schoolsPerStaff: 6, schools: 6, staff: 1 },
			{ name: 'd', schoolsPerStaff: null, schools: 5, staff: 0 }
		]);
		expect(ranked.map((r) => r.name)).toEqual(['d', 'b', 'c', 'a']);
	});
});

describe('boundaries from GeoJSON', () => {
	const square = (lon: number, lat: number) => [
		[
			[lon, lat],
			[lon + 0.1, lat],
			[lon + 0.1, lat + 0.1],
			[lon, lat]
		]
	];
	const collection = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

	it('matches 5-digit N03 codes and 6-digit codes to the employers, joining the parts of one municipality', () => {
		const text = collection([
			{
				type: 'Feature',
				properties: { N03_007: '01100' },
				geometry: { type: 'Polygon', coordinates: square(141, 43) }
			},
			{
				type: 'Feature',
				properties: { N03_007: '01100' },
				geometry: { type: 'MultiPolygon', coordinates: [square(141.5, 43), square(141.7, 43)] }
			},
			{
				type: 'Feature',
				properties: { code: 131016 },
				geometry: { type: 'Polygon', coordinates: square(139.7, 35.6) }
			},
			{ type: 'Feature', properties: { N03_007: '99999' }, geometry: { type: 'Polygon', coordinates: square(0, 0) } }
		]);
		const found = parseBoundaries(text, ['011002', '131016']);
		expect(found.map((b) => [b.code, b.rings.length])).toEqual([
			['011002', 3],
			['131016', 1]
		]);
	});

	it('says why a file cannot be used', () => {
		const reason = (text: string) => {
			try {
				parseBoundaries(text, ['011002']);
				return null;
			} catch (e) {
				return e instanceof BoundaryError ? e.reason : 'other';
			}
		};
		expect(reason('{')).toBe('not_json');
		expect(reason('{"type":"Feature"}')).toBe('not_geojson');
		expect(reason(collection([{ type: 'Feature', properties: { name: 'x' }, geometry: null }]))).toBe('no_match');
	});
});

describe('dates on a report', () => {
	it('writes local dates in 和暦 with the era change on 1 May 2019, or in English', () => {
		expect(dateLabel('2026-11-27', 'ja')).toBe('令和8年11月27日');
		expect(dateLabel('2019-05-01', 'ja')).toBe('令和元年5月1日');
		expect(dateLabel('2019-04-30', 'ja')).toBe('平成31年4月30日');
		expect(dateLabel('2026-11-27', 'en')).toBe('27 Nov 2026');
	});
});
