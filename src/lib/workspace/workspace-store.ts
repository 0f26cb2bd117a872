/**
 * The workspace kept in this browser (IndexedDB): the files the user imported, as the canonical
 * CSV the loader reads, and what the loaded dataset is. Restored on reload before any figure shows.
 */
import { createStore, del, get, set } from 'idb-keyval';
import { TABLE_NAMES, type TableName } from '$lib/domain/tables';
import type { DatasetInfo } from '$lib/domain/dataset';
import type { CsvFile } from '$lib/db/load-csv';

const KEY = 'workspace';
const VERSION = 1;

/**
 * How a file sits in IndexedDB: as a Blob, which the browser writes to disk off the page's
 * thread (a Uint8Array of a large log is cloned on it, freezing the page for a moment).
 */
interface FileRecord {
	table: TableName;
	name: string;
	bytes: Blob | Uint8Array;
}

/** An imported file as the loader reads it (canonical CSV), with its Blob when there is one. */
export type StoredFile = CsvFile;

export interface StoredWorkspace {
	version: typeof VERSION;
	dataset: DatasetInfo;
	/** Imported files; tables without one come from the embedded sample. */
	files: StoredFile[];
}

/** What is stored cannot be read back (damaged, or written by an incompatible version). */
export class StoredStateError extends Error {}

/** Saving failed (quota, private mode, storage switched off); what is in memory is unaffected. */
export class StorageWriteError extends Error {}

let store: ReturnType<typeof createStore> | null = null;
const db = () => (store ??= createStore('haichi', 'workspace'));

function isStoredWorkspace(value: unknown): value is StoredWorkspace {
	if (!value || typeof value !== 'object') return false;
	const w = value as Partial<StoredWorkspace>;
	return (
		w.version === VERSION &&
		typeof w.dataset === 'object' &&
		w.dataset !== null &&
		Array.isArray(w.dataset.files) &&
		typeof w.dataset.fiscalYear === 'number' &&
		Array.isArray(w.files) &&
		(w.files as unknown[]).every((f) => isFileRecord(f))
	);
}

function isFileRecord(value: unknown): value is FileRecord {
	const f = value as Partial<FileRecord> | null;
	return (
		!!f &&
		TABLE_NAMES.includes(f.table as TableName) &&
		typeof f.name === 'string' &&
		(f.bytes instanceof Uint8Array || f.bytes instanceof Blob)
	);
}

/** The stored workspace, null when there is none (or storage is unavailable: nothing to restore). */
export async function readWorkspace(): Promise<StoredWorkspace | null> {
	let value: unknown;
	try {
		value = await get(KEY, db());
	} catch {
		return null;
	}
	if (value === undefined) return null;
	if (!isStoredWorkspace(value)) throw new StoredStateError('the stored workspace is not readable');
	const files = await Promise.all(
		(value.files as FileRecord[]).map(async ({ bytes, ...f }) =>
			bytes instanceof Blob ? { ...f, blob: bytes } : { ...f, bytes }
		)
	);
	return { ...value, files };
}

export async function saveWorkspace(workspace: Omit<StoredWorkspace, 'version'>): Promise<void> {
	try {
		const files: FileRecord[] = workspace.files.map((f) => ({
			table: f.table,
			name: f.name,
			bytes: 'blob' in f ? f.blob : new Blob([f.bytes as Uint8Array<ArrayBuffer>])
		}));
		await set(KEY, { version: VERSION, ...workspace, files }, db());
	} catch (e) {
		throw new StorageWriteError(e instanceof Error ? e.message : String(e));
	}
}

export async function clearWorkspace(): Promise<void> {
	try {
		await del(KEY, db());
	} catch {
		// Storage unavailable: there is nothing stored to clear.
	}
}
