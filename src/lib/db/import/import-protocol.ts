/** Messages between the page and the import worker. */
import type { FileInspection, ImportChoice, PreparedCsv } from './prepare-csv';

export type ImportRequest =
	| { id: number; kind: 'inspect'; file: File; choice: ImportChoice }
	| { id: number; kind: 'prepare'; file: File; choice: ImportChoice; idPrefix: string };

export type ImportResponse =
	| { id: number; kind: 'inspected'; inspection: FileInspection }
	| { id: number; kind: 'progress'; done: number }
	| { id: number; kind: 'prepared'; prepared: PreparedCsv }
	| { id: number; kind: 'failed'; message: string };
