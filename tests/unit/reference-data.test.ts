import { describe, expect, it } from 'vitest';
import { buildReferenceIndex, prefectureBoundaries } from '../../scripts/japan-reference';
import { hasValidCheckDigit, prefectureTables } from '$lib/domain/reference';
import { normaliseMunicipalityCode, prefectureEntityCode } from '$lib/domain/codes';

const index = buildReferenceIndex();

describe('reference data built from data/public', () => {
	it('holds the 1,741 municipalities of SSDSE-A and N03, each code with a valid check digit', () => {
		expect(index.municipalities).toHaveLength(1741);
		expect(new Set(index.municipalities.map((m) => m.code)).size).toBe(1741);
		const invalid = index.municipalities.filter((m) => !hasValidCheckDigit(m.code));
		expect(invalid).toEqual([]);
		for (const m of index.municipalities)
			expect(normaliseMunicipalityCode(m.code.slice(0, 5))).toEqual({ ok: true, code: m.code });
		expect(index.prefectures).toHaveLength(47);
		expect(index.prefectures[22]).toEqual({ code: '23', name: '愛知県' });
	});

	it('gives every municipality a boundary in its prefecture, and a point inside Japan', () => {
		for (const p of index.prefectures) {
			const codes = new Set(prefectureBoundaries(p.code).features.map((f) => f.properties.name));
			const members = index.municipalities.filter((m) => m.prefecture === p.code);
			expect(members.length).toBeGreaterThan(0);
			expect(members.filter((m) => !codes.has(m.code))).toEqual([]);
			expect(codes.size).toBe(members.length);
		}
		for (const m of index.municipalities) {
			expect(m.at[0]).toBeGreaterThan(122);
			expect(m.at[0]).toBeLessThan(154);
			expect(m.at[1]).toBeGreaterThan(20);
			expect(m.at[1]).toBeLessThan(46);
		}
	});

	it('reads kinds from the names and school counts from SSDSE-A (学校基本調査 2023, 国公私立計)', () => {
		const kinds: Record<string, number> = {};
		for (const m of index.municipalities) kinds[m.kind] = (kinds[m.kind] ?? 0) + 1;
		expect(kinds).toEqual({ city: 792, ward: 23, town: 743, village: 183 });
		const tsushima = index.municipalities.find((m) => m.code === '232084');
		expect(tsushima).toMatchObject({ name: '津島市', kind: 'city', prefecture: '23' });
		expect(tsushima?.counts.elementary).toEqual({ schools: 8, teachers: 187, students: 2496 });
		expect(tsushima?.counts.junior_high).toEqual({ schools: 4, teachers: 113, students: 1548 });
		expect(tsushima?.counts.compulsory).toBeUndefined();
		expect(index.sources.counts.fiscalYear).toBe(2023);
		expect(index.sources.boundaries.licence).toBe('CC BY 4.0');
	});

	it('starts a prefecture with its municipalities, itself, and counts marked 国公私立計', () => {
		const aichi = prefectureTables(index, '23');
		expect(aichi).not.toBeNull();
		expect(aichi!.municipalities).toHaveLength(54 + 1);
		expect(aichi!.municipalities[0]).toMatchObject({
			municipality_code: prefectureEntityCode('23'),
			kind: 'prefecture'
		});
		expect(aichi!.schoolCounts.every((r) => r.founders === 'all' && r.fiscal_year === 2023)).toBe(true);
		const high = aichi!.schoolCounts.filter((r) => r.school_type === 'high');
		expect(high).toHaveLength(1);
		const members = index.municipalities.filter((m) => m.prefecture === '23');
		expect(high[0]!.schools).toBe(members.reduce((n, m) => n + (m.counts.high?.schools ?? 0), 0));
		const elementary = aichi!.schoolCounts.filter((r) => r.school_type === 'elementary');
		expect(elementary.reduce((n, r) => n + r.schools, 0)).toBe(
			members.reduce((n, m) => n + (m.counts.elementary?.schools ?? 0), 0)
		);
		expect(prefectureTables(index, '99')).toBeNull();
	});
});
