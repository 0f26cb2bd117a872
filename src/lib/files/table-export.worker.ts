/**
 * Writes a table as a file off the main thread — CSV for Japanese Excel or an Excel workbook —
 * from the Arrow result DuckDB gave: a log of a million rows takes seconds to lay out, which must
 * not freeze the page.
 */
import { tableFromIPC } from 'apache-arrow';
import writeXlsxFile from 'write-excel-file/universal';
import { toCsv, type CsvCell } from '$lib/domain/csv-export';
import type { ExportCell as Cell, TableExportRequest } from './table-export';


function rowsOf(ipc: Uint8Array, columns: readonly string[]): Cell[][] {
	const table = tableFromIPC(ipc);
	const vectors = columns.map((c) => table.getChild(c));
	const rows: Cell[][] = [];
	for (let r = 0; r < table.numRows; r++) {
		rows.push(
			vectors.map((v) => {
				const value: unknown = v?.get(r) ?? null;
				return typeof value === 'bigint' ? Number(value) : (value as Cell);
			})
		);
	}
	return rows;
}

self.onmessage = async ({ data }: MessageEvent<TableExportRequest>) => {
	try {
		const rows = data.rows ?? rowsOf(data.ipc!, data.columns);
		let blob: Blob;
		if (data.format === 'csv') {
			const csv = toCsv(data.columns, rows.map((r) => r.map((c): CsvCell => (typeof c === 'boolean' ? String(c) : c))));
			blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
		} else {
			const sheet = [data.columns.map((c) => ({ value: c, fontWeight: 'bold' as const })), ...rows.map((r) => r.map((value) => (value === null ? null : { value })))];
			blob = await writeXlsxFile(sheet, { sheet: data.sheet }).toBlob();
		}
		self.postMessage({ blob });
	} catch (e) {
		self.postMessage({ error: e instanceof Error ? e.message : String(e) });
	}
};
