/**
 * The distinct values among cells of one file's bytes, told apart without decoding them: an
 * open-addressing hash table (FNV-1a over four bytes at a time) whose entries are where each value was first seen. The
 * import's fast path (strict-cells.ts) decides each distinct code or label once this way, and
 * finds whether a key repeats, on a million-row log.
 */
const EMPTY = 0;

export class ByteValues {
	readonly #bytes: Uint8Array;
	readonly #words: DataView;
	/** Entry index + 1 per slot; EMPTY when free. */
	#slots: Int32Array;
	#from: Int32Array;
	#to: Int32Array;
	#hashes: Int32Array;
	size = 0;

	constructor(bytes: Uint8Array, capacity = 1024) {
		this.#bytes = bytes;
		this.#words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		const size = 2 ** Math.ceil(Math.log2(Math.max(16, capacity * 2)));
		this.#slots = new Int32Array(size);
		this.#from = new Int32Array(size >> 1);
		this.#to = new Int32Array(size >> 1);
		this.#hashes = new Int32Array(size >> 1);
	}

	/** The entry of the value `bytes[from, to)`, a new one (numbered `size - 1`) when not seen before. */
	entry(from: number, to: number): number {
		const bytes = this.#bytes;
		const words = this.#words;
		const length = to - from;
		// Four bytes at a time, then the rest one by one: codes are short, and this runs for every cell.
		const whole = from + (length & ~3);
		let hash = 0x811c9dc5 ^ length;
		for (let i = from; i < whole; i += 4) hash = Math.imul(hash ^ words.getInt32(i, true), 0x01000193);
		for (let i = whole; i < to; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
		hash ^= hash >>> 15;
		const mask = this.#slots.length - 1;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const at = this.#slots[slot]!;
			if (at === EMPTY) break;
			const e = at - 1;
			if (this.#hashes[e] !== hash) continue;
			const a = this.#from[e]!;
			if (this.#to[e]! - a !== length) continue;
			let i = 0;
			while (i < length - 3 && words.getInt32(a + i, true) === words.getInt32(from + i, true)) i += 4;
			while (i < length && bytes[a + i] === bytes[from + i]) i++;
			if (i === length) return e;
		}
		if (this.size === this.#from.length) this.#grow();
		const e = this.size++;
		this.#from[e] = from;
		this.#to[e] = to;
		this.#hashes[e] = hash;
		this.#place(e);
		return e;
	}

	#place(e: number): void {
		const mask = this.#slots.length - 1;
		let slot = this.#hashes[e]! & mask;
		while (this.#slots[slot] !== EMPTY) slot = (slot + 1) & mask;
		this.#slots[slot] = e + 1;
	}

	/** Twice the room: kept at most half full, so that probes stay short. */
	#grow(): void {
		const grown = (a: Int32Array) => {
			const b = new Int32Array(a.length * 2);
			b.set(a);
			return b;
		};
		this.#from = grown(this.#from);
		this.#to = grown(this.#to);
		this.#hashes = grown(this.#hashes);
		this.#slots = new Int32Array(this.#slots.length * 2);
		for (let e = 0; e < this.size; e++) this.#place(e);
	}
}
