/**
 * Writes a table as an Excel workbook off the main thread: a log of a million rows takes seconds
 * to lay out and compress, which must not freeze the page.
 */
import writeXlsxFile from 'write-excel-file/universal';
import type { XlsxRequest } from './table-xlsx';

self.onmessage = async ({ data }: MessageEvent<XlsxRequest>) => {
	try {
		const sheetData = [
			data.columns.map((c) => ({ value: c, fontWeight: 'bold' as const })),
			...data.rows.map((r) => data.columns.map((c) => (r[c] === null || r[c] === undefined ? null : { value: r[c] })))
		];
		const blob = await writeXlsxFile(sheetData, { sheet: data.sheet }).toBlob();
		self.postMessage({ blob });
	} catch (e) {
		self.postMessage({ error: e instanceof Error ? e.message : String(e) });
	}
};
