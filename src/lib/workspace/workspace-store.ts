/**
 * The workspace kept in this browser (IndexedDB): the files the user imported, as the canonical
 * CSV the loader reads, and what the loaded dataset is. Restored on reload before any figure shows.
 * Every read gives the stored revision and every write names the next one (idb.ts), so the
 * session can tell a workspace another tab wrote from its own.
 */
import { TABLE_NAMES, type TableName } from '$lib/domain/tables';
import { isDatasetFiscalYear, type DatasetInfo } from '$lib/domain/dataset';
import type { CsvFile } from '$lib/db/load-csv';
import { readEntry, writeEntry } from './idb';

export { StorageWriteError } from './idb';

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
export class StoredStateError extends Error {
	constructor(readonly revision: number) {
		super('the stored workspace is not readable');
	}
}

function isStoredWorkspace(value: unknown): value is StoredWorkspace {
	if (!value || typeof value !== 'object') return false;
	const w = value as Partial<StoredWorkspace>;
	return (
		w.version === VERSION &&
		typeof w.dataset === 'object' &&
		w.dataset !== null &&
		Array.isArray(w.dataset.files) &&
		isDatasetFiscalYear(w.dataset.fiscalYear) &&
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

/** The workspace as stored, with the revision it was written under. */
export interface StoredRevision {
	workspace: StoredWorkspace | null;
	revision: number;
}

/**
 * The stored workspace, null when there is none (or storage is unavailable: nothing to restore);
 * a StoredStateError when what is stored cannot be used, with the revision it was found under.
 */
export async function readWorkspace(): Promise<StoredRevision> {
	let entry;
	try {
		entry = await readEntry(KEY);
	} catch {
		return { workspace: null, revision: 0 };
	}
	const { value, revision } = entry;
	if (value === undefined) return { workspace: null, revision };
	if (!isStoredWorkspace(value)) throw new StoredStateError(revision);
	const files = (value.files as FileRecord[]).map(({ bytes, ...f }) =>
		bytes instanceof Blob ? { ...f, blob: bytes } : { ...f, bytes }
	);
	return { workspace: { ...value, files }, revision };
}

/**
 * The files stored under `revision`, as the browser holds them (Blobs of its own, whatever they
 * were written from); null when another revision is stored now or it cannot be read.
 */
export async function storedFilesOf(revision: number): Promise<StoredFile[] | null> {
	try {
		const stored = await readWorkspace();
		return stored.revision === revision ? (stored.workspace?.files ?? null) : null;
	} catch {
		return null;
	}
}

/** The revision stored now (0 when storage is unavailable). */
export async function storedRevision(): Promise<number> {
	return readEntry(KEY).then(
		(e) => e.revision,
		() => 0
	);
}

/**
 * Writes the workspace (removes it when null) as `revision`; resolves once the browser confirmed
 * the write, else rejects with a StorageWriteError and nothing of it is kept.
 */
export async function writeWorkspace(
	workspace: Omit<StoredWorkspace, 'version'> | null,
	revision: number
): Promise<void> {
	const files: FileRecord[] | undefined = workspace?.files.map((f) => ({
		table: f.table,
		name: f.name,
		bytes: 'blob' in f ? f.blob : new Blob([f.bytes as Uint8Array<ArrayBuffer>])
	}));
	await writeEntry(KEY, workspace ? { version: VERSION, ...workspace, files } : undefined, revision);
}
