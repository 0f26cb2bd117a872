/** Messages between the page and the import worker. */
import type { CsvBlob } from '$lib/db/load-csv';
import type { FileInspection, ImportChoice, PreparedCsv } from './prepare-csv';

/** A prepared file as the page gets it: its canonical CSV as a Blob, which the page never copies. */
export type PreparedImport = Omit<PreparedCsv, 'file'> & { file: CsvBlob | null };

export type ImportRequest =
	| { id: number; kind: 'inspect'; file: File; choice: ImportChoice }
	| { id: number; kind: 'prepare'; file: File; choice: ImportChoice; idPrefix: string };

export type ImportResponse =
	| { id: number; kind: 'inspected'; inspection: FileInspection }
	| { id: number; kind: 'progress'; done: number }
	| { id: number; kind: 'prepared'; prepared: PreparedImport }
	| { id: number; kind: 'failed'; message: string };
