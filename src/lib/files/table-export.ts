/**
 * A whole table as a file to save: CSV in UTF-8 with BOM (formula cells neutralised, blank kept
 * apart from zero) or an Excel workbook with typed cells under a bold header of canonical column
 * names. DuckDB gives a table's rows as Arrow (or the page gives computed rows); a worker writes the file.
 */
import { TABLES, type TableName } from '$lib/domain/tables';
import type { WasmRunner } from '$lib/db/wasm-runner';
import { wholeTable } from '$lib/db/queries/tables';
import { transfer, workerRpc } from '$lib/workers/rpc';
import type { ExportCell, TableExportApi, TableExportFormat, TableExportRequest } from './table-export.worker';

export type { ExportCell, TableExportFormat } from './table-export.worker';

/** One worker per file, stopped once the file is written. */
async function writeInWorker(request: TableExportRequest): Promise<Blob> {
	const worker = workerRpc<TableExportApi>(
		() => new Worker(new URL('./table-export.worker.ts', import.meta.url), { type: 'module' }),
		{
			cancelled: () => new Error('export cancelled'),
			crashed: 'export failed'
		}
	);
	try {
		return await worker.call('write', request);
	} finally {
		worker.cancel();
	}
}

export async function exportTableFile(runner: WasmRunner, table: TableName, format: TableExportFormat): Promise<Blob> {
	const ipc = await runner.arrowIpc(wholeTable(table));
	return writeInWorker(
		transfer({ format, sheet: table, columns: TABLES[table].columns.map((c) => c.name), ipc }, [ipc.buffer])
	);
}

export function exportRowsFile(
	sheet: string,
	columns: readonly string[],
	rows: ExportCell[][],
	format: TableExportFormat
): Promise<Blob> {
	return writeInWorker({ format, sheet, columns, rows });
}
