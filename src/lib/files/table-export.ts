/**
 * A whole table as a file to save: CSV in UTF-8 with BOM (formula cells neutralised, blank kept
 * apart from zero) or an Excel workbook with typed cells under a bold header of canonical column
 * names. DuckDB gives a table's rows as Arrow (or the page gives computed rows); a worker writes the file.
 */
import { TABLES, type TableName } from '$lib/domain/tables';
import type { WasmRunner } from '$lib/db/wasm-runner';
import { wholeTable } from '$lib/db/queries/tables';

export type TableExportFormat = 'csv' | 'xlsx';

export type ExportCell = string | number | boolean | null;

export interface TableExportRequest {
	format: TableExportFormat;
	sheet: string;
	columns: readonly string[];
	/** The rows as an Arrow IPC stream (a table from DuckDB) … */
	ipc?: Uint8Array;
	/** … or as values (a result computed in the page, such as a schedule). */
	rows?: ExportCell[][];
}

function writeInWorker(request: TableExportRequest, transfer: Transferable[]): Promise<Blob> {
	const worker = new Worker(new URL('./table-export.worker.ts', import.meta.url), { type: 'module' });
	return new Promise<Blob>((resolve, reject) => {
		worker.onmessage = ({ data }: MessageEvent<{ blob?: Blob; error?: string }>) => (data.blob ? resolve(data.blob) : reject(new Error(data.error)));
		worker.onerror = (event) => {
			event.preventDefault();
			reject(new Error(event.message || 'export failed'));
		};
		worker.postMessage(request, transfer);
	}).finally(() => worker.terminate());
}

export async function exportTableFile(runner: WasmRunner, table: TableName, format: TableExportFormat): Promise<Blob> {
	const ipc = await runner.arrowIpc(wholeTable(table));
	return writeInWorker({ format, sheet: table, columns: TABLES[table].columns.map((c) => c.name), ipc }, [ipc.buffer]);
}

export function exportRowsFile(sheet: string, columns: readonly string[], rows: ExportCell[][], format: TableExportFormat): Promise<Blob> {
	return writeInWorker({ format, sheet, columns, rows }, []);
}
