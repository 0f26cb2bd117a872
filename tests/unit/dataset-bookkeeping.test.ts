import { describe, expect, it } from 'vitest';
import {
	datasetAfterImport,
	datasetAfterRevert,
	fileOfTable,
	fiscalYearAfterImport,
	fictionalRows,
	withFiscalYear,
	withChangedSampleFiles,
	keptAfterImport,
	replacedTables,
	sampleConflicts,
	tablesPickedTwice,
	type DatasetInfo
} from '../../src/lib/domain/dataset';
import type { TableName } from '../../src/lib/domain/tables';

const sample: DatasetInfo = {
	id: 'sample',
	fictional: true,
	fiscalYear: 2025,
	prefecture: { code: '99', name_ja: '汐見県', name_en: 'Shiomi' },
	files: [
		{ table: 'municipalities', file: 'municipalities.csv', rows: 26, origin: 'sample', sha256: 'a' },
		{ table: 'schools', file: 'schools.csv', rows: 404, origin: 'sample', sha256: 'b' },
		{ table: 'staff', file: 'staff.csv', rows: 90, origin: 'sample', sha256: 'c' }
	]
};

const file = (table: TableName, name: string) => ({ table, name });

describe('dataset bookkeeping', () => {
	it('a sample file that is not the sample’s any more makes its table the user’s own, however valid it is', () => {
		expect(withChangedSampleFiles(sample, [])).toBe(sample);
		const after = withChangedSampleFiles(sample, ['schools']);
		expect(after).toMatchObject({ id: 'workspace', fictional: false });
		expect(after.files.map((f) => [f.table, f.origin, f.sha256])).toEqual([
			['municipalities', 'sample', 'a'],
			['schools', 'import', undefined],
			['staff', 'sample', 'c']
		]);
		expect(fictionalRows(after).map((f) => f.table)).toEqual(['municipalities', 'staff']);
	});

	it('an import replaces the sources of its tables and marks the data as the user’s', () => {
		const after = datasetAfterImport(
			sample,
			[{ table: 'staff', file: '支援員.csv', rows: 12 }],
			[],
			'2026-12-01 09:00',
			2026
		);
		expect(after).toMatchObject({ id: 'workspace', fictional: false, fiscalYear: 2026 });
		expect(after.files.map((f) => [f.table, f.file, f.origin])).toEqual([
			['municipalities', 'municipalities.csv', 'sample'],
			['schools', 'schools.csv', 'sample'],
			['staff', '支援員.csv', 'import']
		]);
		expect(after.files.at(-1)?.loadedAt).toBe('2026-12-01 09:00');
	});

	it('an import keeps the record’s prefecture unless it says which it is of (a start from the built-in reference)', () => {
		const files = [{ table: 'municipalities' as const, file: '愛知県の市区町村.csv', rows: 55 }];
		expect(datasetAfterImport(sample, files, [], 't', 2026).prefecture).toEqual(sample.prefecture);
		const aichi = { code: '23', name_ja: '愛知県', name_en: 'Aichi' };
		expect(datasetAfterImport(sample, files, [], 't', 2026, aichi).prefecture).toEqual(aichi);
	});

	it('an appended table keeps its old source beside the new one', () => {
		const after = datasetAfterImport(
			sample,
			[{ table: 'staff', file: 'more.csv', rows: 3 }],
			['staff'],
			'2026-12-01 09:00',
			2025
		);
		expect(after.files.filter((f) => f.table === 'staff').map((f) => f.file)).toEqual(['staff.csv', 'more.csv']);
	});

	it('reverting the last imported table gives back the sample itself, fictional again', () => {
		const imported = datasetAfterImport(
			sample,
			[{ table: 'staff', file: 'x.csv', rows: 1 }],
			[],
			'2026-12-01 09:00',
			2026
		);
		expect(datasetAfterRevert(imported, 'staff', sample, 2030)).toEqual(sample);
	});

	it('reverting one of two imported tables keeps the other and takes the log’s year when it has one', () => {
		let d = datasetAfterImport(sample, [{ table: 'staff', file: 'x.csv', rows: 1 }], [], 't', 2026);
		d = datasetAfterImport(d, [{ table: 'support_requests', file: 'log.csv', rows: 9 }], [], 't', 2026);
		const back = datasetAfterRevert(d, 'staff', sample, null);
		expect(back.fictional).toBe(false);
		expect(back.fiscalYear).toBe(2026);
		expect(back.files.find((f) => f.table === 'staff')?.origin).toBe('sample');
		expect(datasetAfterRevert(d, 'staff', sample, 2027).fiscalYear).toBe(2027);
		// A table the sample does not have goes away on revert.
		expect(
			datasetAfterRevert(d, 'support_requests', sample, null).files.some((f) => f.table === 'support_requests')
		).toBe(false);
	});

	it('keeps the user’s files of tables not replaced; appended tables keep their files ahead of the new ones', () => {
		const a = file('staff', 'a.csv');
		const b = file('schools', 'b.csv');
		const c = file('staff', 'c.csv');
		expect(keptAfterImport([a, b], [], [c], [])).toEqual([b, c]);
		expect(keptAfterImport([a, b], [a], [c], ['staff'])).toEqual([b, a, c]);
	});

	it('names tables replaced, tables picked twice and each table’s file', () => {
		expect([...replacedTables([file('staff', 'x'), file('schools', 'y')], ['schools'])]).toEqual(['staff']);
		expect(tablesPickedTwice([{ table: 'staff' }, { table: null }, { table: 'staff' }, { table: null }])).toEqual([
			{ index: 2, table: 'staff' }
		]);
		expect(fileOfTable(sample)).toEqual({
			municipalities: 'municipalities.csv',
			schools: 'schools.csv',
			staff: 'staff.csv'
		});
	});
});

describe('sample tables in the way of a load', () => {
	const withAssignments: DatasetInfo = {
		...sample,
		files: [...sample.files, { table: 'assignments', file: 'assignments.csv', rows: 120, origin: 'sample' }]
	};
	const error = (file: string) => ({ file, severity: 'error' as const });

	it('names the untouched sample tables when every error lies in them, with their error counts', () => {
		const issues = [
			error('assignments.csv'),
			error('assignments.csv'),
			{ file: 'x.csv', severity: 'warning' as const }
		];
		expect(sampleConflicts(withAssignments, ['schools', 'staff'], issues)).toEqual([
			{ table: 'assignments', file: 'assignments.csv', rows: 120, errors: 2 }
		]);
	});

	it('names every sample table left when the municipalities are replaced: they describe fictional employers', () => {
		const withIndicators: DatasetInfo = {
			...withAssignments,
			files: [
				...withAssignments.files,
				{ table: 'ict_environment', file: 'ict_environment.csv', rows: 50, origin: 'sample' }
			]
		};
		expect(sampleConflicts(withIndicators, ['municipalities', 'schools', 'staff'], [error('assignments.csv')])).toEqual(
			[
				{ table: 'assignments', file: 'assignments.csv', rows: 120, errors: 1 },
				{ table: 'ict_environment', file: 'ict_environment.csv', rows: 50, errors: 0 }
			]
		);
		expect(sampleConflicts(withIndicators, ['schools', 'staff'], [error('assignments.csv')])).toHaveLength(1);
	});

	it('says nothing when an error is in the user’s own files, in a table being loaded, or there is none', () => {
		expect(sampleConflicts(withAssignments, ['schools'], [error('assignments.csv'), error('学校.csv')])).toBeNull();
		expect(sampleConflicts(withAssignments, ['assignments'], [error('assignments.csv')])).toBeNull();
		expect(sampleConflicts(withAssignments, ['schools'], [])).toBeNull();
		const imported = datasetAfterImport(
			withAssignments,
			[{ table: 'assignments', file: 'assignments.csv', rows: 3 }],
			[],
			't',
			2025
		);
		expect(sampleConflicts(imported, ['schools'], [error('assignments.csv')])).toBeNull();
	});
});

describe('the fiscal year of imported data', () => {
	const imported = datasetAfterImport(sample, [{ table: 'staff', file: 'x.csv', rows: 1 }], [], 't', 2026);

	it('is the user’s when set (within the range), and later imports and undos keep it', () => {
		expect(withFiscalYear(imported, 2018)).toBeNull();
		expect(withFiscalYear(imported, 2025.5)).toBeNull();
		const set = withFiscalYear(imported, 2024)!;
		expect(set).toMatchObject({ fiscalYear: 2024, fiscalYearSet: true });
		expect(fiscalYearAfterImport(set, 2025, 2026)).toBe(2024);
		const more = datasetAfterImport(set, [{ table: 'schools', file: 's.csv', rows: 2 }], [], 't', 2024);
		expect(more.fiscalYearSet).toBe(true);
		expect(datasetAfterRevert(more, 'staff', sample, 2025).fiscalYear).toBe(2024);
	});

	it('else comes from the log, else from the day of the import', () => {
		expect(fiscalYearAfterImport(imported, 2025, 2026)).toBe(2025);
		expect(fiscalYearAfterImport(imported, null, 2026)).toBe(2026);
	});
});
