/** A whole CSV file as header and rows, in one chunk: the reference the chunked reading must match. */
import { streamCsv, type CsvLayout, type CsvText, type TextEncodingName } from '../../src/lib/files/csv-reader';

export function readCsv(bytes: Uint8Array, forced?: TextEncodingName): CsvText & { lines: number[] } {
	const out = {
		header: [] as string[],
		rows: [] as string[][],
		lines: [] as number[],
		layout: null as CsvLayout | null
	};
	streamCsv(
		bytes,
		forced,
		(header, layout) => Object.assign(out, { header, layout }),
		(rows, lines) => {
			out.rows.push(...rows);
			out.lines.push(...lines);
		},
		Number.MAX_SAFE_INTEGER
	);
	return { ...out.layout!, header: out.header, rows: out.rows, lines: out.lines };
}
