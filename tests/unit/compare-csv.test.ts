/** The compare screen's CSV: its 前年度比 columns are the screen's, and absent while no other year is kept. */
import { describe, expect, it } from 'vitest';
import { compareRows, NO_FILTER, type CompareEmployer } from '../../src/lib/domain/compare';
import { employerStaffPaths } from '../../src/lib/domain/staff-path';
import { compareCsv } from '../../src/lib/exports/compare-csv';
import { ja } from '../../src/lib/i18n/ja';

const employer = (code: string, schools: number, staff: number): CompareEmployer => ({
	code,
	name: `N${code}`,
	kind: 'city',
	prefecture: '23',
	at: { lat: 35, lon: 137 },
	schoolsByType: { elementary: schools },
	staff,
	staffDays: staff * 5,
	staffByType: {},
	staffUnassigned: staff,
	indicators: {},
	from: { schools: 'counts', staff: 'counts' }
});

const rows = compareRows([employer('231002', 400, 80), employer('232017', 76, 19)], NO_FILTER);
/** CSV text without its BOM, as lines of cells (no cell here holds a comma). */
const table = (csv: string) =>
	csv
		.replace(/^\uFEFF/, '')
		.trim()
		.split(/\r\n/)
		.map((l) => l.split(','));

describe('the compare CSV', () => {
	it('gives each row its year before, its head count then and its change, blank where the year before is missing', () => {
		const paths = employerStaffPaths(
			rows.map((r) => ({ code: r.code, staff: r.staffHeadcount, schools: r.schools })),
			[{ code: '231002', year: 2025, staff: 70 }],
			2026
		);
		const [header, ...body] = table(compareCsv(rows, 2026, ja, paths));
		const at = (name: string) => header!.indexOf(name);
		expect(at('前年度比（人）')).toBeGreaterThan(0);
		const nagoya = body.find((r) => r[at('団体コード')] === '231002')!;
		expect([nagoya[at('前年度（西暦）')], nagoya[at('前年度の支援員数（人）')], nagoya[at('前年度比（人）')]]).toEqual([
			'2025',
			'70',
			'10'
		]);
		const toyohashi = body.find((r) => r[at('団体コード')] === '232017')!;
		expect(toyohashi[at('前年度比（人）')]).toBe('');
	});

	it('has no such columns while only one year is kept', () => {
		const [header] = table(compareCsv(rows, 2026, ja));
		expect(header).not.toContain('前年度比（人）');
		expect(header).toContain('不足人数（人）');
	});
});
