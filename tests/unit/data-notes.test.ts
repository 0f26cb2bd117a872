/**
 * What the screens say about the data they show: the fictional rows still mixed in with the
 * user's (e.g. "404 of 409 schools"), and the tables the data lacks with what each screen does
 * without them — decided from the dataset's record alone, through the same imports as the app.
 */
import { describe, expect, it } from 'vitest';
import {
	datasetAfterImport,
	datasetAfterRevert,
	fictionalRows,
	tableRows,
	type DatasetInfo
} from '../../src/lib/domain/dataset';
import { dataGaps, type DataScreen } from '../../src/lib/domain/data-gaps';
import { ja } from '../../src/lib/i18n/ja';
import { en } from '../../src/lib/i18n/en';
import { SAMPLE_DATASET } from '../../src/lib/workspace/sample';

/** The sample as the app records it (workspace/sample.ts): every figure fictional. */
const sample: DatasetInfo = SAMPLE_DATASET;
const at = '2026-12-01 09:00';
const SCREENS: DataScreen[] = ['overview', 'compare', 'schedule', 'scenarios', 'report'];
const effects = (d: DatasetInfo, screen: DataScreen) => dataGaps(d, screen).map((g) => `${g.table}:${g.effect}`);

/** Own data as the whole dataset: three files, the sample's other tables emptied as the data screen offers. */
const ownOnly = datasetAfterImport(
	sample,
	[
		{ table: 'municipalities', file: '市区町村一覧.csv', rows: 2 },
		{ table: 'schools', file: '学校一覧.csv', rows: 30 },
		{ table: 'staff', file: '支援員一覧.csv', rows: 2 },
		...(['assignments', 'support_requests', 'ict_environment', 'ferries'] as const).map((table) => ({
			table,
			file: `${table}.csv`,
			rows: 0
		}))
	],
	[],
	at,
	2026
);

describe('fictional rows beside the user’s', () => {
	it('the sample alone is labelled as a whole, not table by table', () => {
		expect(fictionalRows(sample)).toEqual([]);
	});

	it('schools added to the sample: 404 of 409 schools, and every other table wholly fictional', () => {
		const added = datasetAfterImport(
			sample,
			[
				{ table: 'municipalities', file: 'town.csv', rows: 1 },
				{ table: 'schools', file: 'schools.csv', rows: 5 }
			],
			['municipalities', 'schools'],
			at,
			2025
		);
		expect(tableRows(added).schools).toBe(409);
		const rows = fictionalRows(added);
		expect(rows.find((r) => r.table === 'schools')).toEqual({ table: 'schools', fictional: 404, total: 409 });
		expect(rows.find((r) => r.table === 'municipalities')).toEqual({
			table: 'municipalities',
			fictional: 26,
			total: 27
		});
		expect(rows.find((r) => r.table === 'staff')).toEqual({ table: 'staff', fictional: 90, total: 90 });
		// A table the sample never had (no travel matrix) has nothing fictional in it.
		expect(rows.map((r) => r.table)).not.toContain('travel_times');
		expect(ja.dataNotes.mixedTable(ja.data.tableName.schools, '404', '409')).toBe(
			'学校: 409 件中 404 件が架空のサンプル'
		);
		expect(en.dataNotes.mixedTable(en.data.tableName.schools, '404', '409')).toBe(
			'Schools: 404 of 409 rows are fictional sample rows'
		);
	});

	it('one table replaced leaves the sample’s others named; reverting it makes the sample whole again', () => {
		const staff = datasetAfterImport(sample, [{ table: 'staff', file: 's.csv', rows: 4 }], [], at, 2025);
		expect(fictionalRows(staff).map((r) => r.table)).toEqual([
			'municipalities',
			'schools',
			'assignments',
			'support_requests',
			'ict_environment',
			'ferries'
		]);
		expect(fictionalRows(datasetAfterRevert(staff, 'staff', sample, null))).toEqual([]);
	});

	it('own data in place of every sample table has nothing fictional left', () => {
		expect(fictionalRows(ownOnly)).toEqual([]);
	});
});

describe('what each screen says is missing', () => {
	it('own files alone: no log, no indicators, no travel matrix, no assignments — each where it counts', () => {
		expect(effects(ownOnly, 'overview')).toEqual(['support_requests:requestsEmpty', 'ict_environment:indicatorsBlank']);
		expect(effects(ownOnly, 'compare')).toEqual(['assignments:staffApportioned', 'ict_environment:indicatorsBlank']);
		expect(effects(ownOnly, 'schedule')).toEqual(['travel_times:travelFromDistance']);
		expect(effects(ownOnly, 'scenarios')).toEqual([
			'support_requests:demandFromPupils',
			'travel_times:travelFromDistance',
			'ict_environment:helpDeskNone'
		]);
		expect(effects(ownOnly, 'report')).toEqual(effects(ownOnly, 'scenarios'));
	});

	it('the sample lacks only a travel matrix, which only the screens that travel mention', () => {
		for (const screen of SCREENS)
			expect(effects(sample, screen), screen).toEqual(
				['schedule', 'scenarios', 'report'].includes(screen) ? ['travel_times:travelFromDistance'] : []
			);
	});

	it('a log loaded later takes its note away; no staff at all is said on the overview and the schedule', () => {
		const withLog = datasetAfterImport(
			ownOnly,
			[{ table: 'support_requests', file: 'log.csv', rows: 120 }],
			[],
			at,
			2025
		);
		expect(effects(withLog, 'scenarios')).not.toContain('support_requests:demandFromPupils');
		expect(effects(withLog, 'overview')).not.toContain('support_requests:requestsEmpty');
		const noStaff = datasetAfterImport(ownOnly, [{ table: 'staff', file: 'none.csv', rows: 0 }], [], at, 2025);
		expect(effects(noStaff, 'overview')[0]).toBe('staff:noStaff');
		expect(effects(noStaff, 'schedule')[0]).toBe('staff:staffListNeeded');
	});

	it('a prefecture started from counts: typed staff numbers stand in for staff rows on the overview and compare, not on the schedule', () => {
		const counts = datasetAfterImport(
			ownOnly,
			[
				{ table: 'schools', file: 'none.csv', rows: 0 },
				{ table: 'staff', file: 'none.csv', rows: 0 },
				{ table: 'school_counts', file: 'ssdse.csv', rows: 109 }
			],
			[],
			at,
			2026
		);
		expect(effects(counts, 'compare')[0]).toBe('staff:noStaff');
		const typed = datasetAfterImport(counts, [{ table: 'staff_counts', file: 'typed.csv', rows: 3 }], [], at, 2026);
		expect(effects(typed, 'compare')).not.toContain('staff:noStaff');
		expect(effects(typed, 'overview')).not.toContain('staff:noStaff');
		expect(effects(typed, 'schedule').slice(0, 2)).toEqual(['schools:schoolsNeeded', 'staff:staffListNeeded']);
		expect(effects(typed, 'scenarios')[0]).toBe('schools:schoolsNeeded');
	});

	it('every note reads as a sentence in both languages', () => {
		for (const screen of SCREENS)
			for (const g of dataGaps(ownOnly, screen))
				for (const m of [ja, en]) {
					const text = m.dataNotes.gap(m.data.tableName[g.table], m.dataNotes.effect[g.effect]);
					expect(text).toMatch(/^.{30,}[。.]$/);
					expect(text).not.toContain('undefined');
				}
		expect(ja.dataNotes.gap(ja.data.tableName.support_requests, ja.dataNotes.effect.demandFromPupils)).toContain(
			'支援依頼の記録がありません: 支援依頼の数は、児童生徒数'
		);
	});
});
