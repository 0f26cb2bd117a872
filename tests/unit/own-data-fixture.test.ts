/**
 * The own-data fixture (tests/fixtures/own-data/, two cities of 愛知県 from 国土数値情報 P29) is
 * exactly what its script makes from the public files, so it cannot drift from them; and it is
 * what the importer takes as a user's files: Shift_JIS, Japanese headers, P29's 5-digit codes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { prepareCsv } from '../../src/lib/files/prepare-csv';
import { loadCsvTables } from '../../src/lib/db/load-csv';
import { NodeRunner } from '../support/node-runner';
import { tempFileStage } from '../support/node-stage';
import { OWN_CITIES, OWN_DATA_DIR, OWN_FILES, PUBLIC_DATA_DIR, cityCode, ownDataFiles } from '../support/own-data';

const p29 = `${PUBLIC_DATA_DIR}P29-23_23.geojson`;
const ssdse = `${PUBLIC_DATA_DIR}SSDSE-A-2025.csv`;
const committed = (name: string) => readFileSync(new URL(name, OWN_DATA_DIR));

describe('the own-data fixture', () => {
	it('is byte for byte what tests/fixtures/make-own-data.ts makes from P29 and SSDSE', () => {
		expect(existsSync(p29), `${p29} (data/public/README.md)`).toBe(true);
		const made = ownDataFiles(readFileSync(p29, 'utf8'), readFileSync(ssdse));
		expect(readdirSync(OWN_DATA_DIR).sort()).toEqual(Object.keys(made).sort());
		for (const [name, bytes] of Object.entries(made)) expect(committed(name).equals(bytes), name).toBe(true);
	});

	it('holds every public 小・中学校 of the two cities, with the counts of 学校基本調査', () => {
		const geo = JSON.parse(readFileSync(p29, 'utf8')) as { features: { properties: Record<string, string> }[] };
		const schools = prepareCsv(OWN_FILES.schools, committed(OWN_FILES.schools));
		expect(schools.file).not.toBeNull();
		// SSDSE-A-2025 counts 津島市 8 + 4, 愛西市 12 + 6: P29's public schools are all of them.
		expect(schools.rows).toBe(30);
		const privateOnes = geo.features.filter(
			(f) =>
				OWN_CITIES.some((c) => c.code5 === f.properties.P29_001) &&
				['16001', '16002'].includes(f.properties.P29_003!) &&
				f.properties.P29_006 === '4'
		);
		expect(privateOnes).toEqual([]);
	});

	const stage = tempFileStage();
	afterAll(() => stage.dispose());

	it('is read as Shift_JIS with every header recognised, and loads as the whole dataset', async () => {
		const prepared = Object.values(OWN_FILES).map((name) => prepareCsv(name, committed(name)));
		expect(prepared.map((p) => [p.table, p.encoding])).toEqual([
			['municipalities', 'shift_jis'],
			['schools', 'shift_jis'],
			['staff', 'shift_jis']
		]);
		for (const p of prepared) expect(p.issues, p.name).toEqual([]);
		const db = await NodeRunner.open();
		await loadCsvTables(
			stage,
			db,
			prepared.map((p) => p.file!),
			{ replacing: false }
		);
		const rows = await db.rows<{ code: string; name: string; schools: number; staff: number; students: number }>({
			sql: `SELECT m.municipality_code AS code, m.name,
				(SELECT count(*)::INTEGER FROM schools s WHERE s.employer_code = m.municipality_code) AS schools,
				(SELECT count(*)::INTEGER FROM staff t WHERE t.employer_code = m.municipality_code) AS staff,
				(SELECT sum(students)::INTEGER FROM schools s WHERE s.municipality_code = m.municipality_code) AS students
				FROM municipalities m ORDER BY code`,
			params: []
		});
		// The 5-digit P29 codes of the schools file point at the 6-digit codes of the municipalities file.
		expect(rows).toEqual([
			{ code: cityCode('23208'), name: '津島市', schools: 12, staff: 2, students: 2496 + 1548 },
			{ code: cityCode('23232'), name: '愛西市', schools: 18, staff: 0, students: 2737 + 1581 }
		]);
		expect(rows.map((r) => r.code)).toEqual(['232084', '232327']);
	});
});
