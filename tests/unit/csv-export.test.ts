import { describe, expect, it } from 'vitest';
import { csvNumber, neutraliseFormula, toCsv } from '../../src/lib/domain/csv-export';

describe('CSV export', () => {
	it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
		const csv = toCsv(['学校名', '学校数（校）'], [['汐見市立第一小学校', 1]]);
		expect(csv.startsWith('\uFEFF学校名,学校数（校）\r\n')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
	});

	it('quotes commas, quotes and line breaks', () => {
		expect(toCsv(['a'], [['x,"y"\nz']])).toBe('\uFEFFa\r\n"x,""y""\nz"\r\n');
	});

	it('keeps blank and zero distinct', () => {
		expect(toCsv(['a', 'b'], [[null, 0]])).toBe('\uFEFFa,b\r\n,0\r\n');
	});

	it('neutralises text that a spreadsheet would run as a formula, but not numbers', () => {
		for (const f of ['=SUM(A1:A9)', '+81', '-2+3', '@cmd', '\t=1']) expect(neutraliseFormula(f)).toBe(`'${f}`);
		expect(neutraliseFormula('汐見市')).toBe('汐見市');
		expect(toCsv(['gap'], [[-1], ['=1+1']])).toBe("\uFEFFgap\r\n-1\r\n'=1+1\r\n");
	});
});

describe('numbers in CSV cells', () => {
	it('carry no floating-point noise and keep every digit a budget figure has', () => {
		expect(csvNumber(0.1 + 0.2)).toBe('0.3');
		expect(csvNumber(2.200000000000003)).toBe('2.2');
		expect(csvNumber(44_803_000)).toBe('44803000');
		expect(csvNumber(146_400_000_000)).toBe('146400000000');
		expect(csvNumber(-1.5)).toBe('-1.5');
		expect(csvNumber(4.666666666666667)).toBe('4.66666666666667');
		expect(csvNumber(Number.NaN)).toBe('');
		expect(toCsv(['a'], [[1.1 * 3]])).toBe('\uFEFFa\r\n3.3\r\n');
	});
});
