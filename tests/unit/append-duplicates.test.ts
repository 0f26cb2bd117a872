/**
 * A log appended to the table that holds it already (issue 17, item 4): the rows it shares with the
 * table are found, with or without request ids of its own, so the user can skip them.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { prepareCsv } from '../../src/lib/files/prepare-csv';
import { appendDuplicates } from '../../src/lib/files/append-duplicates';
import { SAMPLE_DIR } from '../support/sample-files';

const log = (lines: string[]) =>
	new TextEncoder().encode(['受付日,学校コード,区分,対応方法,対応時間（分）', ...lines].join('\n') + '\n');
const canonical = (bytes: Uint8Array, idPrefix: string) =>
	prepareCsv('依頼.csv', bytes, {}, undefined, idPrefix).file!.bytes;
const rows = ['2025-04-01 08:35,B146290000017,授業支援,訪問,14', '2025-04-02 09:00,B146290000017,校務支援,遠隔,20'];
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes).trim().split('\n');

describe('rows appended twice', () => {
	it('finds a log without request ids appended again, although its generated ids differ', () => {
		const first = canonical(log(rows), 'auto-1-');
		const found = appendDuplicates('support_requests', [first], {
			name: '依頼.csv',
			bytes: canonical(log(rows), 'auto-2-')
		});
		expect(found).toMatchObject({ rows: 2, duplicates: 2 });
		expect(text(found.without!)).toHaveLength(1);
	});

	it('keeps the new rows of a log that overlaps the table, counting a repeated row as often as it comes', () => {
		const first = canonical(log([rows[0]!, rows[0]!]), 'auto-1-');
		const added = canonical(log([rows[0]!, rows[0]!, rows[0]!, rows[1]!]), 'auto-2-');
		const found = appendDuplicates('support_requests', [first], { name: '依頼.csv', bytes: added });
		expect(found).toMatchObject({ rows: 4, duplicates: 2 });
		const kept = text(found.without!);
		expect(kept.slice(1).map((l) => l.split(',')[0])).toEqual(['auto-2-4', 'auto-2-5']);
	});

	it("finds the sample's own log appended to the sample, and nothing in a new one", () => {
		const sample = readFileSync(`${SAMPLE_DIR}support_requests.csv`);
		const again = prepareCsv('support_requests.csv', sample).file!.bytes;
		const found = appendDuplicates('support_requests', [sample], { name: 'support_requests.csv', bytes: again });
		expect(found.duplicates).toBe(found.rows);
		expect(found.rows).toBeGreaterThan(1000);
		const fresh = appendDuplicates('support_requests', [sample], {
			name: '依頼.csv',
			bytes: canonical(log(['2030-04-01 08:35,B146290000017,授業支援,訪問,14']), 'auto-3-')
		});
		expect(fresh).toEqual({ rows: 1, duplicates: 0, without: null });
	});
});
