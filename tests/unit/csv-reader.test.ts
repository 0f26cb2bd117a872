import { describe, expect, it } from 'vitest';
import Encoding from 'encoding-japanese';
import { CsvReadError } from '../../src/lib/files/csv-reader';
import { readCsv } from '../support/read-csv';

const sjis = (text: string) =>
	new Uint8Array(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' }));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('CSV reader', () => {
	const body = '学校コード,学校名,学校種\r\nB110210000017,千代田区立第一小学校,小学校\r\n';

	it('reads Shift_JIS as Excel saves it, without mojibake', () => {
		const csv = readCsv(sjis(body));
		expect(csv.encoding).toBe('shift_jis');
		expect(csv.header).toEqual(['学校コード', '学校名', '学校種']);
		expect(csv.rows).toEqual([['B110210000017', '千代田区立第一小学校', '小学校']]);
	});

	it('reads UTF-8 with and without a BOM', () => {
		expect(readCsv(utf8(body))).toMatchObject({
			encoding: 'utf-8',
			bom: false,
			header: ['学校コード', '学校名', '学校種']
		});
		const withBom = readCsv(utf8(`\uFEFF${body}`));
		expect(withBom).toMatchObject({ encoding: 'utf-8', bom: true });
		expect(withBom.header[0]).toBe('学校コード');
	});

	it('detects tabs, keeps quoted commas and line breaks, skips blank lines', () => {
		const csv = readCsv(utf8('a\tb\n"x, y"\t"line\nbreak"\n\n'));
		expect(csv.delimiter).toBe('\t');
		expect(csv.rows).toEqual([['x, y', 'line\nbreak']]);
	});

	it('refuses empty, binary and header-less files with a reason', () => {
		const reason = (bytes: Uint8Array) => {
			try {
				readCsv(bytes);
				return 'read';
			} catch (e) {
				return e instanceof CsvReadError ? e.reason : 'other';
			}
		};
		expect(reason(new Uint8Array())).toBe('empty');
		expect(reason(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]))).toBe('binary');
		expect(reason(utf8('\n\n'))).toBe('no_header');
	});
});
