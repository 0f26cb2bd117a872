/**
 * A table as an Excel workbook: one sheet, a bold header of canonical column names, typed cells
 * (text stays text, so nothing in a cell can run as a formula), blank kept distinct from zero.
 */
import type { TableRow } from '../queries/tables';

export interface XlsxRequest {
	sheet: string;
	columns: readonly string[];
	rows: readonly TableRow[];
}

export function tableXlsx(sheet: string, columns: readonly string[], rows: readonly TableRow[]): Promise<Blob> {
	const worker = new Worker(new URL('./xlsx.worker.ts', import.meta.url), { type: 'module' });
	return new Promise<Blob>((resolve, reject) => {
		worker.onmessage = ({ data }: MessageEvent<{ blob?: Blob; error?: string }>) => (data.blob ? resolve(data.blob) : reject(new Error(data.error)));
		worker.onerror = (event) => {
			event.preventDefault();
			reject(new Error(event.message || 'Excel export failed'));
		};
		worker.postMessage({ sheet, columns, rows } satisfies XlsxRequest);
	}).finally(() => worker.terminate());
}
