/**
 * The survey workbook (調査票, issue 13): what a municipality's sheet holds, that the .xlsx has its
 * drop-down, number checks, marked and unlocked input cells and a protection without password,
 * and that returned workbooks are read back with each problem named by file, sheet, row and column.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/universal';
import { mergeAnswers, readSurveyAnswers, surveySheet, type SurveySubject } from '../../src/lib/domain/survey';
import { readSurveyWorkbook, surveyArchive, surveyWorkbook } from '../../src/lib/files/survey-workbook';
import { setSurveyCell as setCell } from '../support/survey-cells';

const TSUSHIMA: SurveySubject = {
	code: '232084',
	name: '津島市',
	fiscalYear: 2026,
	schools: [
		{ code: 'B123210004973', name: '津島市立東小学校', type: 'elementary' },
		{ code: 'C123210002125', name: '津島市立天王中学校', type: 'junior_high' }
	],
	counts: [
		{ type: 'elementary', schools: 1 },
		{ type: 'junior_high', schools: 1 }
	],
	current: { headcount: 2, fte: null, helpdesk: null }
};
const MUNICIPALITIES = new Map([
	['232084', '津島市'],
	['232327', '愛西市']
]);

describe('survey workbook', () => {
	it('writes a sheet of fixed cells, unlocked yellow input cells, drop-downs and a protection without password', () => {
		const book = surveyWorkbook([surveySheet(TSUSHIMA)]);
		const files = unzipSync(book);
		const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
		const styles = strFromU8(files['xl/styles.xml']!);
		expect(sheet).toContain('<sheetProtection sheet="1" objects="1" scenarios="1"/>');
		expect(sheet).not.toMatch(/password/i);
		expect(sheet).toMatch(/<dataValidation type="list"[^>]*sqref="B10"[^>]*><formula1>"あり,なし"<\/formula1>/);
		expect(sheet).toMatch(/<dataValidation type="whole"[^>]*sqref="B8"[^>]*><formula1>0<\/formula1>/);
		expect(sheet).toMatch(/<dataValidation type="decimal"[^>]*sqref="B9"[^>]*>/);
		// The input cells use the one style that is unlocked and filled.
		const inputStyle = /<c r="B8" s="(\d+)"/.exec(sheet)![1]!;
		expect(/<c r="B9" s="(\d+)"/.exec(sheet)![1]).toBe(inputStyle);
		const xfs = [...styles.matchAll(/<xf [^>]*xfId="0"[^>]*?(\/>|>.*?<\/xf>)/g)].map((m) => m[0]);
		expect(xfs[Number(inputStyle)]).toContain('<protection locked="0"/>');
		expect(xfs[Number(inputStyle)]).toContain('fillId="2"');
		expect(xfs.filter((x) => x.includes('locked="0"'))).toHaveLength(1);
	});

	it('reads back what it wrote: pre-filled head count, and the schools and counts shown', async () => {
		const sheets = await readSurveyWorkbook(surveyWorkbook([surveySheet(TSUSHIMA)]));
		expect(sheets).not.toBeNull();
		const rows = sheets![0]!.rows;
		expect(rows.find((r) => r[0] === '学校種' && r[1] === '学校数')).toBeDefined();
		expect(rows.find((r) => r[0] === 'B123210004973')).toEqual(['B123210004973', '津島市立東小学校', '小学校']);
		const read = readSurveyAnswers([{ file: '津島市.xlsx', sheets }], MUNICIPALITIES);
		expect(read.problems).toEqual([]);
		expect(read.answers).toEqual([
			{
				file: '津島市.xlsx',
				sheet: '調査票',
				code: '232084',
				name: '津島市',
				fiscalYear: 2026,
				value: { headcount: 2, fte: null, helpdesk: null }
			}
		]);
	});

	it('names each problem by file, sheet, row and column, and keeps the good answers', async () => {
		const blank = surveyWorkbook([surveySheet({ ...TSUSHIMA, current: null })]);
		const good = setCell(setCell(setCell(blank, 'B8', 3), 'B9', 2.5), 'B10', 'あり');
		const aisai = surveyWorkbook([surveySheet({ ...TSUSHIMA, code: '232327', name: '愛西市', current: null })]);
		const bad = setCell(setCell(aisai, 'B8', '三人'), 'B10', 'たぶん');
		const again = setCell(blank, 'B8', 4);
		const files = [
			{ file: '調査票_232084_津島市.xlsx', sheets: await readSurveyWorkbook(good) },
			{ file: '調査票_232327_愛西市.xlsx', sheets: await readSurveyWorkbook(bad) },
			{ file: '津島市（再送）.xlsx', sheets: await readSurveyWorkbook(again) },
			{ file: 'メモ.xlsx', sheets: await readSurveyWorkbook(new Uint8Array([1, 2, 3])) }
		];
		const read = readSurveyAnswers(files, MUNICIPALITIES);
		expect(read.answers.map((a) => [a.code, a.value])).toEqual([
			['232084', { headcount: 3, fte: 2.5, helpdesk: true }]
		]);
		expect(read.problems.map((p) => [p.file, p.sheet, p.row, p.column, p.value, p.rule])).toEqual([
			['調査票_232327_愛西市.xlsx', '調査票', 8, 'B', '三人', 'type'],
			['調査票_232327_愛西市.xlsx', '調査票', 10, 'B', 'たぶん', 'enum'],
			['津島市（再送）.xlsx', '調査票', 4, 'B', '232084', 'duplicate_municipality'],
			['メモ.xlsx', undefined, undefined, undefined, undefined, 'unreadable']
		]);
		// More FTE than heads, a blank head count and a municipality not in the data.
		const odd = setCell(setCell(blank, 'B9', 5), 'B4', '011002');
		const oddRead = readSurveyAnswers([{ file: 'x.xlsx', sheets: await readSurveyWorkbook(odd) }], MUNICIPALITIES);
		expect(oddRead.problems.map((p) => [p.row, p.rule])).toEqual([
			[4, 'unknown_municipality'],
			[8, 'headcount_missing']
		]);
		const over = setCell(setCell(blank, 'B8', 1), 'B9', 2);
		const overRead = readSurveyAnswers([{ file: 'y.xlsx', sheets: await readSurveyWorkbook(over) }], MUNICIPALITIES);
		expect(overRead.problems.map((p) => [p.row, p.column, p.rule])).toEqual([[9, 'B', 'fte_over_headcount']]);
	});

	it('reads a sheet typed again into another workbook by its labels (shared strings, another layout)', async () => {
		// As a municipality might send it back: its own workbook, rows moved down, numbers as text.
		const rows = [
			[{ value: '回答' }],
			[],
			[{ value: '団体コード' }, { value: '232327' }],
			[{ value: '年度' }, { value: 2026 }],
			[{ value: 'ICT支援員数（人）' }, { value: '１' }],
			[{ value: 'ヘルプデスク' }, { value: 'なし' }]
		];
		const blob = await writeXlsxFile(rows, { sheet: '愛西市' }).toBlob();
		const sheets = await readSurveyWorkbook(new Uint8Array(await blob.arrayBuffer()));
		const read = readSurveyAnswers([{ file: '愛西市.xlsx', sheets }], MUNICIPALITIES);
		expect(read.problems).toEqual([]);
		expect(read.answers.map((a) => [a.sheet, a.code, a.value])).toEqual([
			['愛西市', '232327', { headcount: 1, fte: null, helpdesk: false }]
		]);
	});

	it('merges the answers into staff_counts and the help desk indicator, replacing only their own rows', () => {
		const merged = mergeAnswers(
			[
				{ employer_code: '232084', fiscal_year: 2026, headcount: 2, fte: null },
				{ employer_code: '232084', fiscal_year: 2025, headcount: 1, fte: 1 }
			],
			[
				{ scope_code: '232084', fiscal_year: 2026, indicator: 'helpdesk', value: 0 },
				{ scope_code: '232084', fiscal_year: 2026, indicator: 'wireless_lan', value: 1 }
			],
			[{ code: '232084', fiscalYear: 2026, value: { headcount: 3, fte: 2.5, helpdesk: true } }]
		);
		expect(merged.staffCounts).toEqual([
			{ employer_code: '232084', fiscal_year: 2025, headcount: 1, fte: 1 },
			{ employer_code: '232084', fiscal_year: 2026, headcount: 3, fte: 2.5 }
		]);
		expect(merged.environment).toEqual([
			{ scope_code: '232084', fiscal_year: 2026, indicator: 'wireless_lan', value: 1 },
			{ scope_code: '232084', fiscal_year: 2026, indicator: 'helpdesk', value: 1 }
		]);
	});

	it('packs one workbook per municipality in a ZIP', () => {
		const zip = surveyArchive({ 'a.xlsx': surveyWorkbook([surveySheet(TSUSHIMA)]) });
		expect(Object.keys(unzipSync(zip))).toEqual(['a.xlsx']);
	});
});
