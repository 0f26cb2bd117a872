/**
 * Writes a table as a file off the main thread — CSV for Japanese Excel or an Excel workbook —
 * from the Arrow result DuckDB gave: a log of a million rows takes seconds to lay out, which must
 * not freeze the page.
 */
import { tableFromIPC } from 'apache-arrow';
import writeXlsxFile from 'write-excel-file/universal';
import { toCsv, type CsvCell } from '$lib/domain/csv-export';
import { serve } from '$lib/workers/rpc';

export type TableExportFormat = 'csv' | 'xlsx';

export type ExportCell = string | number | boolean | null;
type Cell = ExportCell;

export interface TableExportRequest {
	format: TableExportFormat;
	sheet: string;
	columns: readonly string[];
	/** The rows as an Arrow IPC stream (a table from DuckDB) … */
	ipc?: Uint8Array;
	/** … or as values (a result computed in the page, such as a schedule). */
	rows?: ExportCell[][];
}

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

async function write(request: TableExportRequest): Promise<Blob> {
	const rows = request.rows ?? rowsOf(request.ipc!, request.columns);
	if (request.format === 'csv') {
		const csv = toCsv(
			request.columns,
			rows.map((r) => r.map((c): CsvCell => (typeof c === 'boolean' ? String(c) : c)))
		);
		return new Blob([csv], { type: 'text/csv;charset=utf-8' });
	}
	const sheet = [
		request.columns.map((c) => ({ value: c, fontWeight: 'bold' as const })),
		...rows.map((r) => r.map((value) => (value === null ? null : { value })))
	];
	return writeXlsxFile(sheet, { sheet: request.sheet }).toBlob();
}

export const tableExportApi = { write };
export type TableExportApi = typeof tableExportApi;
serve(tableExportApi);
