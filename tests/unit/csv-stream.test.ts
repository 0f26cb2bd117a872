/**
 * streamCsv reads a large file chunk by chunk: whatever the chunk size, it must give exactly what
 * readCsv gives for the whole file (quoted commas and line breaks cut by a chunk boundary
 * included), number the rows consecutively and report progress up to 1. peekCsv reads only the
 * start of a file for the review step.
 */
import { describe, expect, it } from 'vitest';
import Encoding from 'encoding-japanese';
import {
	CsvReadError,
	peekCsv,
	streamCsv,
	type CsvLayout,
	type TextEncodingName
} from '../../src/lib/files/csv-reader';
import { readCsv } from '../support/read-csv';

const sjis = (text: string) =>
	new Uint8Array(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' }));
const utf8 = (text: string) => new TextEncoder().encode(text);

const HEADER = ['受付番号', '備考', '件数'];

/** Thirty rows: plain text, an empty field, a quoted comma, and a quoted line break with escaped quotes. */
function expectedRows(): string[][] {
	return Array.from({ length: 30 }, (_, k) => {
		const i = k + 1;
		const note = [`メモ${i}`, `カンマ,あり${i},そして長めの説明文です`, '', `注記、その${i}, 続き\n二行目 "引用"`][
			i % 4
		]!;
		return [`R-${String(i).padStart(3, '0')}`, note, String(i * 7)];
	});
}

const field = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The CSV text (without BOM) and where each quoted field starts and ends in it. */
function csvText(eol: string): { text: string; quoted: { start: number; end: number; value: string }[] } {
	let text = HEADER.join(',') + eol;
	const quoted: { start: number; end: number; value: string }[] = [];
	for (const row of expectedRows()) {
		row.forEach((v, c) => {
			if (c > 0) text += ',';
			const f = field(v);
			if (f !== v) quoted.push({ start: text.length, end: text.length + f.length, value: v });
			text += f;
		});
		text += eol;
	}
	return { text, quoted };
}

interface Streamed {
	header: string[] | null;
	layout: CsvLayout | null;
	headerCalls: number;
	rows: string[][];
	lines: number[];
	calls: { count: number; done: number }[];
}

function stream(bytes: Uint8Array, chunkSize: number | undefined, forced?: TextEncodingName): Streamed {
	const out: Streamed = { header: null, layout: null, headerCalls: 0, rows: [], lines: [], calls: [] };
	streamCsv(
		bytes,
		forced,
		(header, layout) => {
			out.header = header;
			out.layout = layout;
			out.headerCalls++;
		},
		(rows, lines, done) => {
			out.rows.push(...rows.map((r) => [...r]));
			out.lines.push(...lines);
			out.calls.push({ count: rows.length, done });
		},
		chunkSize
	);
	return out;
}

function reason(read: () => unknown): string {
	try {
		read();
		return 'read';
	} catch (e) {
		return e instanceof CsvReadError ? e.reason : `other: ${String(e)}`;
	}
}

/** The file line each expected row starts on: after the header, one line per row plus its quoted line breaks. */
function expectedLines(): number[] {
	let line = 2;
	return expectedRows().map((row) => {
		const at = line;
		line += 1 + row.join('').split('\n').length - 1;
		return at;
	});
}

function expectRising(calls: Streamed['calls']): void {
	for (let i = 1; i < calls.length; i++)
		expect(calls[i]!.done, `chunk ${i}`).toBeGreaterThanOrEqual(calls[i - 1]!.done);
	for (const c of calls) expect(c.done).toBeGreaterThanOrEqual(0);
	expect(calls.at(-1)!.done).toBe(1);
}

describe('streamCsv in small chunks', () => {
	const cases = [
		{
			name: 'UTF-8 with BOM, LF',
			eol: '\n',
			encode: (t: string) => utf8(`\uFEFF${t}`),
			encoding: 'utf-8',
			bom: true,
			chunkSizes: [16, 64, 65, 100]
		},
		{
			name: 'Shift_JIS, CRLF (as Excel saves it)',
			eol: '\r\n',
			encode: sjis,
			encoding: 'shift_jis',
			bom: false,
			chunkSizes: [64, 100]
		}
	] as const;

	describe.each(cases)('$name', ({ eol, encode, encoding, bom, chunkSizes }) => {
		const { text, quoted } = csvText(eol);
		const bytes = encode(text);

		it('the whole-file reader gives the expected rows (the reference)', () => {
			const whole = readCsv(bytes);
			expect(whole).toEqual({
				encoding,
				bom,
				delimiter: ',',
				header: HEADER,
				rows: expectedRows(),
				lines: expectedLines()
			});
		});

		it('quoted commas and line breaks straddle 64-character chunk boundaries', () => {
			const straddles = (size: number) =>
				quoted.filter((q) => Math.floor(q.start / size) !== Math.floor((q.end - 1) / size)).map((q) => q.value);
			expect(straddles(64).some((v) => v.includes('\n'))).toBe(true);
			expect(straddles(64).some((v) => v.includes(',') && !v.includes('\n'))).toBe(true);
		});

		it.each(chunkSizes)('chunks of %i characters give the same header and rows as readCsv', (size) => {
			const streamed = stream(bytes, size);
			expect(streamed.headerCalls).toBe(1);
			expect(streamed.header).toEqual(HEADER);
			expect(streamed.layout).toEqual({ encoding, bom, delimiter: ',' });
			expect(streamed.rows).toEqual(readCsv(bytes).rows);
			expect(streamed.rows).toEqual(expectedRows());
			// It really was read in pieces.
			expect(streamed.calls.length).toBeGreaterThan(Math.floor(text.length / size) - 2);
		});

		it.each(chunkSizes)(
			'chunks of %i: each row carries the file line it starts on, and progress rises to 1',
			(size) => {
				const { calls, lines } = stream(bytes, size);
				expectRising(calls);
				expect(calls.reduce((n, c) => n + c.count, 0)).toBe(30);
				expect(lines).toEqual(expectedLines());
				expect(lines).toEqual(readCsv(bytes).lines);
				// Rows with a quoted line break push the following rows down a line.
				expect(lines.at(-1)).toBeGreaterThan(31);
			}
		);
	});

	it('the default chunk size reads a small file in one chunk starting at line 2, done = 1', () => {
		const { text } = csvText('\n');
		const { calls, rows } = stream(utf8(text), undefined);
		expect(calls).toEqual([{ count: 30, done: 1 }]);
		expect(rows).toEqual(expectedRows());
	});

	it('a header longer than the first chunk is read with the next one', () => {
		const header = 'request_id,requested_at,school_code,category,mode,minutes,resolved_at';
		const seen: string[][] = [];
		streamCsv(
			utf8(`${header}\nR-1,2025-04-01 09:00:00,B1,lesson,onsite,10,\n`),
			undefined,
			(h) => seen.push(h),
			() => undefined,
			64
		);
		expect(seen).toEqual([header.split(',')]);
	});

	it('a header-only file gives no rows but still finishes at 1', () => {
		const streamed = stream(utf8('a,b\n'), 64);
		expect(streamed.header).toEqual(['a', 'b']);
		expect(streamed.rows).toEqual([]);
		expect(streamed.calls.at(-1)!.done).toBe(1);
	});

	it('a quote that never closes is a truncated file, whatever the chunk size', () => {
		const bytes = utf8('a,b\n1,2\n3,"open\n4,5\n6,7\n');
		expect(reason(() => readCsv(bytes))).toBe('truncated');
		expect(reason(() => stream(bytes, undefined))).toBe('truncated');
		expect(reason(() => stream(bytes, 8))).toBe('truncated');
		expect(reason(() => stream(bytes, 64))).toBe('truncated');
		// The same file with the quote closed reads.
		expect(stream(utf8('a,b\n1,2\n3,"open\n4,5"\n6,7\n'), 8).rows).toEqual([
			['1', '2'],
			['3', 'open\n4,5'],
			['6', '7']
		]);
	});

	it('refuses empty, binary and header-less files like readCsv', () => {
		expect(reason(() => stream(new Uint8Array(), 64))).toBe('empty');
		expect(reason(() => stream(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 64))).toBe('binary');
		expect(reason(() => stream(utf8('\n\n\n'), 64))).toBe('no_header');
	});
});

describe('peekCsv', () => {
	const { text } = csvText('\r\n');

	it('gives the header and at most N rows, decoded and split like readCsv', () => {
		for (const [bytes, encoding] of [
			[utf8(text), 'utf-8'],
			[sjis(text), 'shift_jis']
		] as const) {
			const peek = peekCsv(bytes, undefined, 5);
			expect(peek).toEqual({ encoding, bom: false, delimiter: ',', header: HEADER, rows: expectedRows().slice(0, 5) });
			expect(peekCsv(bytes, undefined, 1).rows).toEqual([expectedRows()[0]]);
			expect(peekCsv(bytes, undefined, 100).rows).toEqual(expectedRows());
		}
	});

	it('detects a tab-separated file', () => {
		expect(peekCsv(utf8('学校コード\t学校名\nX1\t"a, b"\nX2\tc\n'), undefined, 1)).toEqual({
			encoding: 'utf-8',
			bom: false,
			delimiter: '\t',
			header: ['学校コード', '学校名'],
			rows: [['X1', 'a, b']]
		});
	});

	it('a UTF-8 file cut at 256 KB inside a three-byte character decodes without an error', () => {
		// 8 bytes, then あ (3 bytes each): the last byte kept (index 262,143) is the second byte of the 87,379th あ.
		const bytes = utf8(`h1,h2\n1,${'あ'.repeat(100_000)}\n2,x\n`);
		// The cut is inside a character: the bytes on both sides of it are continuation bytes.
		expect(bytes[256 * 1024 - 1]! & 0xc0).toBe(0x80);
		expect(bytes[256 * 1024]! & 0xc0).toBe(0x80);
		expect(reason(() => peekCsv(bytes, undefined, 5))).toBe('read');
		const peek = peekCsv(bytes, undefined, 5);
		expect(peek.encoding).toBe('utf-8');
		expect(peek.header).toEqual(['h1', 'h2']);
		// The first row is cut where the preview stops, at the last whole character.
		expect(peek.rows).toEqual([['1', 'あ'.repeat(87_378)]]);
		// The whole file is fine.
		expect(readCsv(bytes).rows).toEqual([
			['1', 'あ'.repeat(100_000)],
			['2', 'x']
		]);
	});

	it('a Shift_JIS file cut at 256 KB between the two bytes of a character decodes without an error', () => {
		// 9 bytes, then あ (2 bytes each): the last byte kept (index 262,143) is the lead byte of the 131,068th あ.
		const bytes = sjis(`h1,h2\n1x,${'あ'.repeat(140_000)}\n2,x\n`);
		expect([bytes[256 * 1024 - 1], bytes[256 * 1024]]).toEqual([0x82, 0xa0]);
		expect(reason(() => peekCsv(bytes, undefined, 5))).toBe('read');
		const peek = peekCsv(bytes, undefined, 5);
		expect(peek.encoding).toBe('shift_jis');
		expect(peek.rows).toEqual([['1x', 'あ'.repeat(131_067)]]);
		expect(peek.rows[0]![1]).not.toContain('\uFFFD');
	});

	it('skips blank lines without counting them against the rows shown', () => {
		expect(peekCsv(utf8('\n\n\n\n\n\n支援員ID,配置自治体コード\nS-1,460001\n'), undefined, 5)).toMatchObject({
			header: ['支援員ID', '配置自治体コード'],
			rows: [['S-1', '460001']]
		});
		expect(peekCsv(utf8('a,b\n,\n,\n,\n,\n,\n1,2\n3,4\n'), undefined, 5).rows).toEqual([
			['1', '2'],
			['3', '4']
		]);
		expect(peekCsv(utf8('a,b\n1,2\n\n\n3,4\n5,6\n'), undefined, 2).rows).toEqual([
			['1', '2'],
			['3', '4']
		]);
	});

	it('a short file is peeked whole', () => {
		expect(peekCsv(utf8('a,b\n1,2\n'), undefined, 5)).toEqual({
			encoding: 'utf-8',
			bom: false,
			delimiter: ',',
			header: ['a', 'b'],
			rows: [['1', '2']]
		});
	});
});

describe('a forced encoding overrides detection', () => {
	const text = '学校コード,学校名\r\nB110210000017,千代田区立第一小学校\r\n';

	it('Shift_JIS bytes read as forced UTF-8 are an encoding error in every reader', () => {
		const bytes = sjis(text);
		expect(readCsv(bytes).encoding).toBe('shift_jis');
		expect(reason(() => readCsv(bytes, 'utf-8'))).toBe('encoding');
		expect(reason(() => peekCsv(bytes, 'utf-8', 5))).toBe('encoding');
		expect(reason(() => stream(bytes, 64, 'utf-8'))).toBe('encoding');
		expect(reason(() => stream(bytes, undefined, 'utf-8'))).toBe('encoding');
	});

	it('Shift_JIS bytes read as forced Shift_JIS read as detected', () => {
		const bytes = sjis(text);
		const expected = {
			encoding: 'shift_jis',
			bom: false,
			delimiter: ',',
			header: ['学校コード', '学校名'],
			rows: [['B110210000017', '千代田区立第一小学校']]
		};
		expect(readCsv(bytes, 'shift_jis')).toEqual({ ...expected, lines: [2] });
		expect(peekCsv(bytes, 'shift_jis', 5)).toEqual(expected);
		const streamed = stream(bytes, 64, 'shift_jis');
		expect(streamed.layout).toEqual({ encoding: 'shift_jis', bom: false, delimiter: ',' });
		expect(streamed.rows).toEqual(expected.rows);
	});

	it('ASCII detected as UTF-8 is reported as Shift_JIS when that is forced', () => {
		const bytes = utf8('a,b\n1,2\n');
		expect(readCsv(bytes).encoding).toBe('utf-8');
		expect(readCsv(bytes, 'shift_jis').encoding).toBe('shift_jis');
		expect(peekCsv(bytes, 'shift_jis', 5).encoding).toBe('shift_jis');
		expect(stream(bytes, 64, 'shift_jis').layout!.encoding).toBe('shift_jis');
	});
});
