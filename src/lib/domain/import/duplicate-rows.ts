/**
 * Rows of a file appended to a table that the table holds already: the same log added twice. Rows
 * are compared on every column but an id the app generates (a request without its own id gets one
 * from the line it is on), and counted as a multiset: a row the table has twice may come twice more
 * before it is new.
 */
import { TABLES, type TableName } from '../tables';
import type { ImportRecord } from './validate-rows';

/** Columns left out of the comparison: ids the app may have made up, which differ between two imports of one file. */
const GENERATED: Partial<Record<TableName, string>> = { support_requests: 'request_id' };

/** 53-bit hash (cyrb53): a million rows are kept as numbers, not as a million strings. */
function hash(text: string): number {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export class DuplicateRows {
	readonly #columns: string[];
	readonly #held = new Map<number, number>();

	constructor(table: TableName) {
		this.#columns = TABLES[table].columns.map((c) => c.name).filter((c) => c !== GENERATED[table]);
	}

	#key(record: ImportRecord): number {
		return hash(
			this.#columns.map((c) => (record[c] === null || record[c] === undefined ? '' : String(record[c]))).join('\u001f')
		);
	}

	/** A row the table holds now. */
	hold(record: ImportRecord): void {
		const key = this.#key(record);
		this.#held.set(key, (this.#held.get(key) ?? 0) + 1);
	}

	/** Whether a row of the new file is one the table holds (each held row matches once). */
	take(record: ImportRecord): boolean {
		const key = this.#key(record);
		const n = this.#held.get(key) ?? 0;
		if (n === 0) return false;
		this.#held.set(key, n - 1);
		return true;
	}
}
