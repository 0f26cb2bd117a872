import { describe, expect, it } from 'vitest';
import Encoding from 'encoding-japanese';
import { CsvReadError, MAX_COLUMNS } from '../../src/lib/files/csv-reader';
import { EXCERPT_LENGTH } from '../../src/lib/domain/excerpt';
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

	describe('one encoding per file', () => {
		const failure = (bytes: Uint8Array) => {
			try {
				readCsv(bytes);
				return null;
			} catch (e) {
				return e instanceof CsvReadError ? { reason: e.reason, line: e.line } : { reason: 'other', line: undefined };
			}
		};
		const join = (...parts: Uint8Array[]) => {
			const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
			let at = 0;
			for (const p of parts) out.set(p, (at += p.length) - p.length);
			return out;
		};
		const utf8Rows = Array.from({ length: 90 }, (_, i) => `S${i},支援員A-${String(i).padStart(2, '0')}\n`).join('');

		it('refuses a UTF-8 file with one Shift_JIS line, naming that line, instead of decoding it all as Shift_JIS', () => {
			// Header (line 1), 40 UTF-8 rows, then a Shift_JIS row on line 42.
			const lines = utf8Rows.split('\n');
			const bytes = join(
				utf8('id,氏名\n' + lines.slice(0, 40).join('\n') + '\n'),
				sjis('S99,支援員Z-99\n'),
				utf8(lines.slice(40).join('\n'))
			);
			expect(failure(bytes)).toEqual({ reason: 'mixed_encoding', line: 42 });
		});

		it('refuses a Shift_JIS file with one UTF-8 line, naming the UTF-8 line', () => {
			const bytes = join(sjis('id,氏名\nS1,支援員A\nS2,支援員B\n'), utf8('S3,支援員C\n'), sjis('S4,支援員D\n'));
			expect(failure(bytes)).toEqual({ reason: 'mixed_encoding', line: 4 });
		});

		it('still reads a file of ASCII lines and Shift_JIS lines as Shift_JIS', () => {
			expect(readCsv(join(utf8('id,name\nS1,plain\n'), sjis('S2,支援員\n'))).rows).toEqual([
				['S1', 'plain'],
				['S2', '支援員']
			]);
		});

		const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
			const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.charCodeAt(0))];
			const bytes = new Uint8Array(units.length * 2);
			units.forEach((u, i) => {
				bytes[2 * i + (order === 'le' ? 0 : 1)] = u & 0xff;
				bytes[2 * i + (order === 'le' ? 1 : 0)] = u >> 8;
			});
			return bytes;
		};

		it('reads UTF-16 (Excel’s “Unicode text”), little- or big-endian, with or without a byte order mark', () => {
			const text = '学校コード\t学校名\r\nB110210000017\t千代田区立第一小学校\r\n';
			for (const [order, bom] of [
				['le', true],
				['le', false],
				['be', true],
				['be', false]
			] as const) {
				const csv = readCsv(utf16(text, order, bom));
				expect(csv.encoding, `${order} ${bom}`).toBe(order === 'le' ? 'utf-16le' : 'utf-16be');
				expect(csv.delimiter).toBe('\t');
				expect(csv.header).toEqual(['学校コード', '学校名']);
				expect(csv.rows).toEqual([['B110210000017', '千代田区立第一小学校']]);
			}
		});

		it('refuses a NUL byte anywhere in the file, with its line, and a binary file as binary', () => {
			const long = utf8('id,name\n' + Array.from({ length: 400 }, (_, i) => `S${i},name ${i}\n`).join(''));
			const at = long.length - 5;
			const withNul = long.slice();
			withNul[at] = 0;
			expect(failure(withNul)).toEqual({ reason: 'nul', line: 401 });
			expect(failure(join(utf16('id\tname\r\n', 'le', true), new Uint8Array([0, 0])))).toEqual({
				reason: 'nul',
				line: 2
			});
			expect(failure(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))?.reason).toBe('binary');
			expect(failure(utf8('%PDF-1.7\n%âãÏÓ\n'))?.reason).toBe('binary');
		});
	});
});

describe('huge lines', () => {
	const REQUESTS = 'request_id,requested_at,school_code,category,mode,minutes,resolved_at';

	it('refuses a header wider than any table, with its line and width, before checking a column', async () => {
		const { prepareCsv } = await import('../../src/lib/files/prepare-csv');
		const bytes = new TextEncoder().encode(
			`${REQUESTS}${','.repeat(MAX_COLUMNS)}\nR-1,2025-04-01,B146290000017,lesson,,10,\n`
		);
		expect(prepareCsv('commas.csv', bytes).issues).toEqual([
			{
				file: 'commas.csv',
				rule: 'file',
				expected: 'too_many_columns',
				line: 1,
				value: String(MAX_COLUMNS + 7),
				severity: 'error'
			}
		]);
	});

	it('gives the review and the messages only the start of a 10 MB header', async () => {
		const { inspectFile, prepareCsv } = await import('../../src/lib/files/prepare-csv');
		const long = '備考'.repeat(2_000_000);
		const bytes = new TextEncoder().encode(`${REQUESTS},${long}\nR-1,2025-04-01,B146290000017,lesson,,10,,x\n`);
		const inspection = await inspectFile('long.csv', bytes);
		expect(inspection.table).toBe('support_requests');
		expect(inspection.header.at(-1)).toBe(`${long.slice(0, EXCERPT_LENGTH)}…`);
		const prepared = prepareCsv('long.csv', bytes);
		expect(prepared.errors).toBe(0);
		expect(prepared.issues).toEqual([
			expect.objectContaining({ rule: 'unknown_column', column: `${long.slice(0, EXCERPT_LENGTH)}…` })
		]);
		expect(prepared.issues[0]!.value!.length).toBe(EXCERPT_LENGTH + 1);
	});
});
