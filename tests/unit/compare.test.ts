/**
 * The compare screen's logic: rows for the filters, attainment of each plan indicator,
 * sorting with missing values last, the municipalities deploying none, boundaries from GeoJSON,
 * and the ranking's worst-first order.
 */
import { describe, expect, it } from 'vitest';
import {
	compareRows,
	filterRows,
	sortRows,
	typedRows,
	staffDigits,
	withoutStaff,
	NO_FILTER,
	type CompareEmployer
} from '../../src/lib/domain/compare';
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
	// Nobody's assignments known unless a test says so.
	staffByType: {},
	staffUnassigned: staff,
	indicators,
	from: { schools: 'rows', staff: staff > 0 ? 'rows' : null }
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

	it('filters the rows of the school types counted by kind, prefecture and search, keeping the same row objects', () => {
		const rows = typedRows(EMPLOYERS, ['junior_high']);
		const cities = filterRows(rows, { kinds: ['city'], prefectures: [], search: '' });
		expect(cities.map((r) => [r.code, r.schools])).toEqual([['011002', 5]]);
		expect(cities[0]).toBe(rows.find((r) => r.code === '011002'));
		expect(filterRows(rows, { kinds: [], prefectures: ['13'], search: '' })).toEqual(
			compareRows(EMPLOYERS, { ...NO_FILTER, schoolTypes: ['junior_high'], prefectures: ['13'] })
		);
		// No filter: every row, in a list of its own (sorting it leaves `rows` as it is).
		const all = filterRows(rows, { kinds: [], prefectures: [], search: '' });
		expect(all).toEqual(rows);
		expect(all).not.toBe(rows);
	});

	it('counts only the staff who serve the school types shown, from their assignments', () => {
		// 東雲町 of the sample: 7 elementary and 3 junior high schools; staff A assigned to 3 elementary and 2 junior
		// high, staff B to 4 elementary and 1 junior high. All 2 staff over 7 schools would read 3.5 (at target).
		const town: CompareEmployer = {
			...employer('469297', 'town', { elementary: 7, junior_high: 3 }, 2),
			staffByType: { elementary: 3 / 5 + 4 / 5, junior_high: 2 / 5 + 1 / 5 },
			staffUnassigned: 0
		};
		const [all] = compareRows([town], NO_FILTER);
		expect([all!.staff, all!.schoolsPerStaff, all!.staffBasis]).toEqual([2, 5, 'headcount']);
		const [elementary] = compareRows([town], { ...NO_FILTER, schoolTypes: ['elementary'] });
		expect(elementary!.schools).toBe(7);
		expect(elementary!.staff).toBe(1.4);
		expect(elementary!.staffHeadcount).toBe(2);
		expect(elementary!.staffBasis).toBe('assignments');
		expect(elementary!.schoolsPerStaff).toBeCloseTo(5, 9);
		expect(elementary!.staffNeeded).toBe(2);
		expect(elementary!.gap).toBe(0.6);
		expect(elementary!.attainment.staff).toBeCloseTo(0.7, 9);
		// Shares that add up to whole people are those people, not 1.9999999 (which would miss 1 per 4 by a hair).
		const [both] = compareRows([town], { ...NO_FILTER, schoolTypes: ['elementary', 'junior_high'] });
		expect([both!.staff, both!.schoolsPerStaff, both!.staffBasis]).toEqual([2, 5, 'assignments']);
		// Every type ticked is the same as none ticked: the head count.
		expect(
			compareRows([town], {
				...NO_FILTER,
				schoolTypes: ['elementary', 'junior_high', 'compulsory', 'high', 'special_needs', 'secondary']
			})[0]!.staffBasis
		).toBe('headcount');
	});

	it('apportions staff without assignments by the employer school mix, so the ratio stays that of all types', () => {
		const city = employer('011002', 'city', { elementary: 10, junior_high: 5 }, 3);
		const [elementary] = compareRows([city], { ...NO_FILTER, schoolTypes: ['elementary'] });
		expect(elementary!.staff).toBe(2);
		expect(elementary!.schoolsPerStaff).toBe(5);
		expect(elementary!.staffBasis).toBe('schoolMix');
		// One assigned to junior high only, two unknown: 2 × 10/15 for the elementary schools.
		const mixed = { ...city, staffByType: { junior_high: 1 }, staffUnassigned: 2 };
		const [m] = compareRows([mixed], { ...NO_FILTER, schoolTypes: ['elementary'] });
		expect(m!.staff).toBeCloseTo(4 / 3, 6);
		expect(m!.staffBasis).toBe('mixed');
		// Staff there, none serving the types shown: not a municipality without staff, but no ratio either.
		const juniorOnly = { ...city, staffByType: { junior_high: 3 }, staffUnassigned: 0 };
		const rows = compareRows([juniorOnly], { ...NO_FILTER, schoolTypes: ['elementary'] });
		expect([rows[0]!.staff, rows[0]!.schoolsPerStaff, rows[0]!.gap]).toEqual([0, null, 3]);
		expect(withoutStaff(rows)).toEqual([]);
	});

	it('shows whole staff without decimals and apportioned staff with as many as they need', () => {
		expect([staffDigits(2), staffDigits(1.4), staffDigits(4 / 3), staffDigits(0)]).toEqual([0, 1, 2, 0]);
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

	it('keeps only the first of the furthest when limited, as a whole sort would', () => {
		const rows = Array.from({ length: 300 }, (_, i) => ({
			name: `第${(i * 37) % 300}町`,
			schoolsPerStaff: i % 7 === 0 ? null : ((i * 13) % 17) / 2,
			schools: (i * 11) % 9,
			staff: i % 7 === 0 ? 0 : 1
		}));
		const whole = worstFirst(rows).map((r) => r.name);
		expect(worstFirst(rows, 40).map((r) => r.name)).toEqual(whole.slice(0, 40));
		expect(worstFirst(rows, 1).map((r) => r.name)).toEqual(whole.slice(0, 1));
		expect(worstFirst(rows, 500)).toHaveLength(300);
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
		// Malformed coordinates of a matched municipality: said here, not a TypeError while the map draws.
		const broken = (coordinates: unknown) =>
			collection([{ type: 'Feature', properties: { N03_007: '01100' }, geometry: { type: 'Polygon', coordinates } }]);
		for (const coordinates of [
			[1, 2],
			[[1, 2]],
			[[[141, 43], [141.1]]],
			'x',
			[
				[
					[141, 'a'],
					[1, 2],
					[3, 4],
					[141, 43]
				]
			]
		])
			expect(reason(broken(coordinates)), JSON.stringify(coordinates)).toBe('bad_geometry');
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
