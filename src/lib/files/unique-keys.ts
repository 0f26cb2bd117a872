/**
 * Whether a one-column key repeats among a file's rows, told without decoding them. Logs are
 * mostly written in key order, and a strictly ascending run cannot repeat: while each key comes
 * after the one before (shorter first, then byte by byte, so that unpadded numbers ascend too), it
 * is compared with that one only. At the first that does not, the keys so far go into a hash
 * table (byte-values.ts) and every later key is looked up there.
 */
import { ByteValues } from './byte-values';

export class UniqueKeys {
	readonly #bytes: Uint8Array;
	/** Where each key of the ascending run so far lies; dropped once the hash table takes over. */
	#from: Int32Array | null = new Int32Array(1024);
	#to: Int32Array | null = new Int32Array(1024);
	#size = 0;
	#values: ByteValues | null = null;
	#repeated = false;

	constructor(bytes: Uint8Array) {
		this.#bytes = bytes;
	}

	/** Whether no key so far repeats an earlier one. */
	get unique(): boolean {
		return !this.#repeated;
	}

	/** Takes the key `bytes[from, to)` (not blank). */
	add(from: number, to: number): void {
		if (this.#repeated) return;
		const values = this.#values;
		if (values) {
			const before = values.size;
			if (values.entry(from, to) < before) this.#repeated = true;
			return;
		}
		const size = this.#size;
		if (size > 0 && !this.#after(from, to, this.#from![size - 1]!, this.#to![size - 1]!)) {
			this.#hashRun();
			this.add(from, to);
			return;
		}
		if (size === this.#from!.length) {
			this.#from = grown(this.#from!);
			this.#to = grown(this.#to!);
		}
		this.#from![size] = from;
		this.#to![size] = to;
		this.#size = size + 1;
	}

	/** Whether `[from, to)` comes strictly after `[a, z)`: shorter first, then byte by byte. */
	#after(from: number, to: number, a: number, z: number): boolean {
		if (to - from !== z - a) return to - from > z - a;
		const bytes = this.#bytes;
		for (let i = 0; i < z - a; i++) {
			const d = bytes[from + i]! - bytes[a + i]!;
			if (d !== 0) return d > 0;
		}
		return false;
	}

	#hashRun(): void {
		// Sized for the rows still to come as much as for those so far: growing costs more than room.
		const values = new ByteValues(this.#bytes, Math.max(1024, this.#size * 2));
		for (let k = 0; k < this.#size; k++) values.entry(this.#from![k]!, this.#to![k]!);
		this.#values = values;
		this.#from = this.#to = null;
	}
}

function grown(a: Int32Array): Int32Array {
	const b = new Int32Array(a.length * 2);
	b.set(a);
	return b;
}
