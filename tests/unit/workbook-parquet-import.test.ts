import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { inspectFile, prepareFile } from '../../src/lib/files/prepare-csv';

async function workbook(sheets: { name: string; rows: (string | number | Date | null)[][] }[]): Promise<Uint8Array> {
	const file = writeXlsxFile(
		sheets.map((s) => ({
			sheet: s.name,
			dateFormat: 'yyyy-mm-dd hh:mm',
			data: s.rows.map((r) => r.map((value) => (value === null ? null : { value })))
		}))
	);
	return new Uint8Array(await file.toBuffer());
}

describe('Excel workbooks', () => {
	it('takes the first sheet that names a table, with Japanese headers, numbers and dates', async () => {
		const bytes = await workbook([
			{ name: '説明', rows: [['この表について'], ['学校の一覧です']] },
			{
				name: '支援依頼',
				rows: [
					['受付番号', '受付日', '学校コード', '区分', '対応方法', '対応時間（分）'],
					['R-1', new Date(Date.UTC(2025, 3, 1, 9, 30)), 'B110210000017', '授業支援', '訪問', 30],
					['R-2', new Date(Date.UTC(2026, 2, 31)), 'B110210000017', '環境整備', '遠隔', 15]
				]
			}
		]);
		const prepared = await prepareFile('依頼記録.xlsx', bytes);
		expect(prepared).toMatchObject({ table: 'support_requests', sheet: '支援依頼', rows: 2 });
		expect(prepared.issues.filter((i) => i.severity === 'error')).toEqual([]);
		const csv = new TextDecoder().decode(prepared.file!.bytes).split('\n');
		// Excel's wall-clock times come through as written, never shifted by a time zone.
		expect(csv[1]).toBe('R-1,2025-04-01 09:30:00,B110210000017,lesson,onsite,30,');
		expect(csv[2]).toBe('R-2,2026-03-31 00:00:00,B110210000017,environment,remote,15,');
	});

	it("names a sheet's bad cells like a CSV file's", async () => {
		const bytes = await workbook([
			{
				name: 'Sheet1',
				rows: [
					['支援員ID', '配置自治体コード', '勤務日数'],
					['S1', 122174, 5],
					['S2', 122173, 6]
				]
			}
		]);
		const prepared = await prepareFile('staff.xlsx', bytes);
		expect(prepared.file).toBeNull();
		expect(prepared.issues).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					file: 'staff.xlsx',
					line: 2,
					column: 'employer_code',
					value: '122174',
					rule: 'check_digit'
				}),
				expect.objectContaining({ file: 'staff.xlsx', line: 3, column: 'days_per_week', value: '6', rule: 'range' })
			])
		);
	});

	it('names a formula cell saved without its value instead of loading a blank', async () => {
		const file = writeXlsxFile([
			{
				sheet: '学校一覧',
				data: [
					['学校コード', '学校名', '学校種', '所在市区町村コード', '児童生徒数'].map((value) => ({ value })),
					[
						{ value: 'B146290000017' },
						{ value: '汐見市立第一小学校' },
						{ value: '小学校' },
						{ value: '469017' },
						// write-excel-file writes the formula alone, as a program that does not calculate does.
						{ type: 'Formula', value: '=SUM(F2:G2)' }
					]
				]
			}
		]);
		const prepared = await prepareFile('学校.xlsx', new Uint8Array(await file.toBuffer()));
		expect(prepared.file).toBeNull();
		expect(prepared.issues).toEqual([
			expect.objectContaining({
				file: '学校.xlsx',
				line: 2,
				column: 'students',
				value: '=SUM(F2:G2)',
				rule: 'formula',
				expected: '学校一覧',
				severity: 'error'
			})
		]);
	});

	it('refuses a damaged workbook with a reason', async () => {
		const prepared = await prepareFile('broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
		expect(prepared.issues[0]).toMatchObject({ file: 'broken.xlsx', rule: 'file', expected: 'xlsx' });
	});
});

describe('Parquet files', () => {
	it('reads an aggregate written elsewhere, with typed columns, through the same checks', async () => {
		const { parquetWriteBuffer } = await import('hyparquet-writer');
		const buffer = parquetWriteBuffer({
			columnData: [
				{ name: 'school_code', data: ['B110210000017', 'B110210000017'], type: 'STRING' },
				{
					name: 'requested_at',
					data: [new Date(Date.UTC(2025, 3, 1, 9, 30)), new Date(Date.UTC(2025, 3, 2))],
					type: 'TIMESTAMP'
				},
				{ name: 'category', data: ['lesson', '校内研修'], type: 'STRING' },
				{ name: 'minutes', data: [30, 45], type: 'INT32' }
			]
		});
		const prepared = await prepareFile('requests.parquet', new Uint8Array(buffer));
		expect(prepared).toMatchObject({ table: 'support_requests', format: 'parquet', rows: 2 });
		expect(prepared.issues.filter((i) => i.severity === 'error')).toEqual([]);
		const csv = new TextDecoder().decode(prepared.file!.bytes).split('\n');
		expect(csv[1]).toBe('auto-2,2025-04-01 09:30:00,B110210000017,lesson,,30,');
		expect(csv[2]).toBe('auto-3,2025-04-02 00:00:00,B110210000017,training,,45,');
	});

	it('refuses a column of lists by its name, never joining the values into one string', async () => {
		const { parquetWriteBuffer } = await import('hyparquet-writer');
		// A LIST column as DuckDB writes one (a group of a repeated element).
		const buffer = parquetWriteBuffer({
			columnData: [
				{ name: 'school_code', data: ['B146290000017'] },
				{ name: 'requested_at', data: ['2025-04-01'] },
				{ name: 'category', data: [['lesson', 'training']] },
				{ name: 'minutes', data: [30] }
			],
			schema: [
				{ name: 'root', num_children: 4 },
				{ name: 'school_code', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
				{ name: 'requested_at', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
				{ name: 'category', repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
				{ name: 'list', repetition_type: 'REPEATED', num_children: 1 },
				{ name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
				{ name: 'minutes', type: 'INT32', repetition_type: 'REQUIRED' }
			]
		});
		const inspection = await inspectFile('nested.parquet', new Uint8Array(buffer));
		expect(inspection.preview[0]).toEqual(['B146290000017', '2025-04-01', '', '30']);
		const prepared = await prepareFile('nested.parquet', new Uint8Array(buffer));
		expect(prepared.file).toBeNull();
		expect(prepared.issues[0]).toMatchObject({
			file: 'nested.parquet',
			line: 1,
			column: 'category',
			value: 'category',
			rule: 'nested_column',
			severity: 'error'
		});
	});

	it('refuses a damaged Parquet file with a reason', async () => {
		const prepared = await prepareFile('broken.parquet', new TextEncoder().encode('PAR1 not really'));
		expect(prepared.issues[0]).toMatchObject({ file: 'broken.parquet', rule: 'file', expected: 'parquet' });
	});
});
