/**
 * The cell checks read plain ASCII digits and canonical "YYYY-MM-DD HH:MM:SS" text without their
 * patterns (values.ts), for speed on a million-row log. Each such cell must give exactly what the
 * general parse gives for the same value written another way (slashes, full width, 和暦,
 * separators), invalid ones included, and a Shift_JIS file the same canonical CSV as UTF-8.
 */
import { describe, expect, it } from 'vitest';
import Encoding from 'encoding-japanese';
import { parseCell } from '../../src/lib/domain/import/values';
import { prepareCsv } from '../../src/lib/files/prepare-csv';
import { TABLES, type ColumnSpec } from '../../src/lib/domain/tables';

const spec = (table: keyof typeof TABLES, name: string): ColumnSpec =>
	TABLES[table].columns.find((c) => c.name === name)!;
const TIMESTAMP = spec('support_requests', 'requested_at');
/** No table has a date-only column today; the parse still offers one. */
const DATE: ColumnSpec = { name: 'day', type: { kind: 'date' }, required: false, ja: [] };
const MINUTES = spec('support_requests', 'minutes');
const FISCAL_YEAR = spec('ict_environment', 'fiscal_year');
const LAT = spec('schools', 'lat');

const p2 = (n: number) => String(n).padStart(2, '0');

describe('canonical dates and times', () => {
	// Months and days just outside their ranges, February of leap and common years, the last second of a day and past it.
	const years = [0, 1900, 1999, 2000, 2024, 2025, 2100, 9999];
	const months = [0, 1, 2, 4, 12, 13];
	const days = [0, 1, 28, 29, 30, 31, 32];
	const times = [
		[0, 0, 0],
		[9, 5, 7],
		[23, 59, 59],
		[24, 0, 0],
		[12, 60, 0],
		[12, 0, 60],
		[99, 99, 99]
	] as const;

	it('a "YYYY-MM-DD HH:MM:SS" cell gives what the same date-time with slashes gives, valid or not', () => {
		let valid = 0;
		for (const y of years)
			for (const m of months)
				for (const d of days)
					for (const [h, mi, s] of times) {
						const date = `${String(y).padStart(4, '0')}-${p2(m)}-${p2(d)}`;
						const time = `${p2(h)}:${p2(mi)}:${p2(s)}`;
						const canonical = parseCell(TIMESTAMP, `${date} ${time}`);
						expect(canonical).toEqual(parseCell(TIMESTAMP, `${date.replaceAll('-', '/')} ${time}`));
						if (canonical.ok) valid++;
					}
		// Both kinds were met: the loop compared valid cells and refused ones.
		expect(valid).toBeGreaterThan(100);
		expect(valid).toBeLessThan(years.length * months.length * days.length * times.length);
	});

	it('a "YYYY-MM-DD" cell gives what the same date with slashes gives, in a date and a timestamp column', () => {
		for (const column of [DATE, TIMESTAMP])
			for (const y of years)
				for (const m of months)
					for (const d of days) {
						const date = `${String(y).padStart(4, '0')}-${p2(m)}-${p2(d)}`;
						expect(parseCell(column, date)).toEqual(parseCell(column, date.replaceAll('-', '.')));
					}
		expect(parseCell(TIMESTAMP, '2024-02-29')).toEqual({ ok: true, value: '2024-02-29 00:00:00' });
		expect(parseCell(DATE, '2025-02-29')).toEqual({ ok: false, expected: 'date', rule: 'type' });
	});

	it.each([
		'2025-04-01 09:30:00',
		' 2025-04-01 09:30:00 ',
		'2025/4/1 9:30',
		'2025-04-01T09:30:00',
		'2025-04-01 09:30:00.250',
		'２０２５－０４－０１　０９：３０：００',
		'2025年4月1日 9:30',
		'令和7年4月1日 9:30:00',
		'㋿7年4月1日 9:30'
	])('%j is 2025-04-01 09:30:00', (raw) => {
		expect(parseCell(TIMESTAMP, raw)).toEqual({ ok: true, value: '2025-04-01 09:30:00' });
	});

	it.each(['2025-04-01 09:30:00+09:00', '2025-04-01 09:30:00Z', '2025-04-01 9:30:00', '2025-4-01 09:30:00'])(
		'%j is read by the general parse as before',
		(raw) => {
			const general = parseCell(TIMESTAMP, raw.replace(/^(\d{4})-/u, '$1/'));
			expect(parseCell(TIMESTAMP, raw)).toEqual(general);
		}
	);

	it('a date-time in a date column is refused, as the general parse refuses it', () => {
		expect(parseCell(DATE, '2025-04-01 09:30:00')).toEqual(parseCell(DATE, '2025/04/01 09:30:00'));
		expect(parseCell(DATE, '2025-04-01 09:30:00')).toEqual({ ok: false, expected: 'date', rule: 'type' });
	});

	it.each(['', '   ', '\u3000'])('blank %j is null', (raw) => {
		expect(parseCell(TIMESTAMP, raw)).toEqual({ ok: true, value: null });
		expect(parseCell(MINUTES, raw)).toEqual({ ok: true, value: null });
	});
});

describe('plain digits', () => {
	it.each([
		['0', '0'],
		['007', '7'],
		['1234', '1,234'],
		['1234567', '1,234,567'],
		['999999999999999', '999,999,999,999,999'],
		['１２３４', '1,234']
	])('%j gives what %j gives in an integer column', (plain, general) => {
		expect(parseCell(MINUTES, plain)).toEqual(parseCell(MINUTES, general));
	});

	it('16 digits and more are read by the general parse, exactly up to 2^53', () => {
		expect(parseCell(MINUTES, '1234567890123456')).toEqual({ ok: true, value: 1234567890123456 });
		expect(parseCell(MINUTES, '9007199254740993')).toEqual({ ok: false, expected: 'integer', rule: 'type' });
	});

	it('out of a range gives the same message as the general parse', () => {
		expect(parseCell(FISCAL_YEAR, '1988')).toEqual(parseCell(FISCAL_YEAR, '1,988'));
		expect(parseCell(FISCAL_YEAR, '1988')).toEqual({ ok: false, expected: '1989–2100', rule: 'range' });
		expect(parseCell(FISCAL_YEAR, '2025')).toEqual({ ok: true, value: 2025 });
	});

	it('a decimal column reads plain digits as the decimal they are', () => {
		expect(parseCell(LAT, '35')).toEqual(parseCell(LAT, '35.0'));
		expect(parseCell(LAT, '47')).toEqual(parseCell(LAT, '47.000'));
		expect(parseCell(LAT, '35')).toEqual({ ok: true, value: 35 });
	});

	it.each(['12a', '1 2', '+12', '1e3', '12.'])('%j is refused as before', (raw) => {
		expect(parseCell(MINUTES, raw)).toEqual({ ok: false, expected: 'integer', rule: 'type' });
	});
});

describe('a whole file', () => {
	const header = '受付番号,受付日,学校コード,区分,対応方法,対応時間,完了日\n';
	const canonical = header + 'R1,2025-04-01 09:30:00,S001,lesson,onsite,45,2025-04-01 10:15:00\n';

	it('a Shift_JIS log in full width and 和暦 gives the same canonical CSV as the canonical UTF-8 one', () => {
		const written = header + 'R1,令和7年4月1日 9:30,S001,授業支援,訪問,４５,２０２５／０４／０１　１０：１５\n';
		const sjis = new Uint8Array(Encoding.convert(Encoding.stringToCode(written), { to: 'SJIS', from: 'UNICODE' }));
		const fromSjis = prepareCsv('log.csv', sjis);
		const fromUtf8 = prepareCsv('log.csv', new TextEncoder().encode(canonical));
		expect(fromSjis.encoding).toBe('shift_jis');
		expect(fromSjis.errors).toBe(0);
		expect(new TextDecoder().decode(fromSjis.file!.bytes)).toBe(new TextDecoder().decode(fromUtf8.file!.bytes));
		expect(new TextDecoder().decode(fromUtf8.file!.bytes)).toBe(
			'request_id,requested_at,school_code,category,mode,minutes,resolved_at\n' +
				'R1,2025-04-01 09:30:00,S001,lesson,onsite,45,2025-04-01 10:15:00\n'
		);
	});

	it('canonical cells that are invalid are named as before', () => {
		const bad = header + 'R1,2025-02-29 09:30:00,S001,lesson,onsite,45,2025-03-01 24:00:00\n';
		expect(prepareCsv('log.csv', new TextEncoder().encode(bad)).issues).toEqual([
			expect.objectContaining({ line: 2, column: 'requested_at', value: '2025-02-29 09:30:00', rule: 'type' }),
			expect.objectContaining({ line: 2, column: 'resolved_at', value: '2025-03-01 24:00:00', rule: 'type' })
		]);
	});
});
