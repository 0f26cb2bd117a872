/**
 * Counts-only data (a prefecture started from the built-in reference, staff typed for two 年度) read by the overview
 * and the compare screen on native DuckDB: each employer's change and way to 2027 (the compare screen) adds up to the
 * overview's, so both screens tell one story (docs/reference-data.md, "Several fiscal years").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TableName } from '../../src/lib/domain/tables';
import { loadCsvTables } from '../../src/lib/db/load-csv';
import { staffCountsOtherYears } from '../../src/lib/db/queries/counts';
import { loadCompare } from '../../src/lib/state/compare-data';
import { loadOverview, type OverviewData } from '../../src/lib/state/overview-data';
import { employerStaffPaths, type StaffPath } from '../../src/lib/domain/staff-path';
import { SCHOOL_TYPES } from '../../src/lib/domain/tables';
import { NodeRunner } from '../support/node-runner';
import { tempFileStage } from '../support/node-stage';

const FY = 2025;
const csv = (table: TableName, lines: string[]) => ({
	table,
	name: `${table}.csv`,
	bytes: new TextEncoder().encode(lines.join('\n') + '\n')
});
const FILES = [
	csv('municipalities', [
		'municipality_code,name,prefecture_code,kind,office_lat,office_lon',
		'230006,愛知県,23,prefecture,35.18,136.91',
		'232017,豊橋市,23,city,34.77,137.39',
		'232025,岡崎市,23,city,34.95,137.17',
		'233421,豊山町,23,town,35.25,136.91'
	]),
	csv('school_counts', [
		'municipality_code,fiscal_year,school_type,schools,teachers,students,founders,source',
		'230006,2023,high,150,,,all,学校基本調査',
		'232017,2023,elementary,52,,,all,学校基本調査',
		'232017,2023,junior_high,23,,,all,学校基本調査',
		'232025,2023,elementary,47,,,all,学校基本調査',
		'232025,2023,junior_high,21,,,all,学校基本調査',
		'233421,2023,elementary,1,,,all,学校基本調査',
		'233421,2023,junior_high,1,,,all,学校基本調査'
	]),
	csv('staff_counts', [
		'employer_code,fiscal_year,headcount,fte',
		'232017,2024,8,6.5',
		'232025,2024,5,',
		'233421,2024,1,',
		'232017,2025,11,9',
		'232025,2025,5,',
		'230006,2025,20,20'
	])
];

let overview: OverviewData;
let paths: Map<string, StaffPath>;

beforeAll(async () => {
	const db = await NodeRunner.open();
	await loadCsvTables(tempFileStage(), db, FILES, { replacing: false });
	overview = await loadOverview(db, FY);
	const employers = await loadCompare(db, FY);
	const other = await db.rows(staffCountsOtherYears(FY));
	const now = employers.map((e) => ({
		code: e.code,
		staff: e.staff,
		schools: SCHOOL_TYPES.reduce((n, t) => n + (e.schoolsByType[t] ?? 0), 0)
	}));
	paths = employerStaffPaths(now, other, FY);
});

describe('staff of two 年度 from counts only', () => {
	it('gives each employer its change from the year before, 0 where nothing was entered this year', () => {
		expect(paths.get('232017')!.change).toMatchObject({ from: { year: 2024, staff: 8 }, staff: 3 });
		expect(paths.get('232025')!.change!.staff).toBe(0);
		expect(paths.get('233421')!.change!.staff).toBe(-1);
		// The prefecture has no earlier year: no change, but its way to ⌈150 ÷ 4⌉ = 38.
		expect(paths.get('230006')!.change).toBeNull();
		expect(paths.get('230006')!.toTarget).toMatchObject({ needed: 38, staff: 18 });
	});

	it('adds up to the overview’s staff per year and its change', () => {
		expect(overview.staffPath.years).toMatchObject([
			{ year: 2024, staff: 14 },
			{ year: 2025, staff: 36 }
		]);
		const fromEmployers = [...paths.values()].reduce((n, p) => n + (p.years.find((y) => y.year === FY)?.staff ?? 0), 0);
		expect(fromEmployers).toBe(36);
		// The whole's change is like for like: the sum of the changes of the employers with a 2024 figure, not 36 less
		// 2024's total (an employer entered for this year only is no growth).
		const compared = [...paths.values()].filter((p) => p.change);
		const sumOfChanges = compared.reduce((n, p) => n + p.change!.staff, 0);
		expect(overview.staffPath.change!.staff).toBe(sumOfChanges);
		expect(overview.staffPath.change!.from.staff).toBe(14);
		expect(overview.staffPath.change!.employers).toEqual({ compared: compared.length, of: paths.size });
		expect(compared.length).toBeLessThan(paths.size);
		// The overview's target is the whole's ⌈schools ÷ 4⌉ (295 schools → 74); each employer's its own.
		expect(overview.staffPath.toTarget).toMatchObject({ needed: 74, staff: 38 });
		expect(overview.summary.schools).toBe(295);
	});
});
