/**
 * The one IndexedDB store of the workspace, written so that a write counts only once the browser
 * confirmed it: each entry has a revision beside it, written in the same transaction, so a tab
 * can tell whether another tab wrote since it last read; a write resolves on the transaction's
 * `complete` event (with strict durability: flushed to disk, not only handed to the OS) and
 * rejects with the browser's own error (QuotaExceededError, …) when it aborts.
 */
const DB = 'haichi';
const STORE = 'workspace';

/** The browser refused to write (quota, storage blocked or switched off); nothing of the write is kept. */
export class StorageWriteError extends Error {
	constructor(
		/** 'quota' when the disk or the site's quota is full, else 'blocked'. */
		readonly reason: 'quota' | 'blocked',
		detail: string
	) {
		super(detail);
	}
}

export interface Entry {
	value: unknown;
	/** 0 when never written. */
	revision: number;
}

const revisionKey = (key: string) => `${key}:revision`;

let opened: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
	return (opened ??= new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(DB);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
	}).catch((e: unknown) => {
		opened = null;
		throw e;
	}));
}

function storageWriteError(e: unknown): StorageWriteError {
	const name = e instanceof DOMException ? e.name : '';
	const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
	return new StorageWriteError(name === 'QuotaExceededError' ? 'quota' : 'blocked', detail);
}

/** One entry and its revision, read in one transaction. */
export async function readEntry(key: string): Promise<Entry> {
	const db = await open();
	return new Promise<Entry>((resolve, reject) => {
		const tx = db.transaction(STORE, 'readonly');
		const store = tx.objectStore(STORE);
		const value = store.get(key);
		const revision = store.get(revisionKey(key));
		tx.oncomplete = () =>
			resolve({ value: value.result, revision: typeof revision.result === 'number' ? revision.result : 0 });
		tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB read failed'));
	});
}

/**
 * Writes `value` (deletes the entry when undefined) with `revision`, all or nothing; resolves once
 * the browser confirmed the transaction, else rejects with a StorageWriteError.
 */
export async function writeEntry(key: string, value: unknown, revision: number): Promise<void> {
	let db: IDBDatabase;
	try {
		db = await open();
	} catch (e) {
		throw storageWriteError(e);
	}
	return new Promise<void>((resolve, reject) => {
		let tx: IDBTransaction;
		try {
			tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
		} catch (e) {
			reject(storageWriteError(e));
			return;
		}
		tx.oncomplete = () => resolve();
		tx.onerror = tx.onabort = () => reject(storageWriteError(tx.error ?? new Error('IndexedDB write aborted')));
		try {
			const store = tx.objectStore(STORE);
			if (value === undefined) store.delete(key);
			else store.put(value, key);
			store.put(revision, revisionKey(key));
		} catch (e) {
			// A put that throws (a value the browser will not take) must not let the revision through alone.
			tx.onabort = null;
			tx.abort();
			reject(storageWriteError(e));
		}
	});
}
