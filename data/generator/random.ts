/**
 * Seeded randomness for the generator. Everything random goes through `Rng`, which wraps
 * pure-rand's xoroshiro128+ (v8 API: generators are mutated in place by `next()` and by the
 * distributions), so the same seed always gives the same draws on every platform.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import { poisson } from '../../src/lib/sim/demand';

/** xoroshiro128plus(seed) starts from a weak state (-1, ~seed, seed, 0); a few draws mix it. */
const WARM_UP_DRAWS = 32;

export class Rng {
	private constructor(private readonly g: JumpableRandomGenerator) {}

	static fromSeed(seed: number): Rng {
		if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0x7fffffff)
			throw new RangeError(`seed must be an integer 0–2147483647: ${seed}`);
		const g = xoroshiro128plus(seed);
		for (let i = 0; i < WARM_UP_DRAWS; i++) g.next();
		return new Rng(g);
	}

	/**
	 * A stream that never overlaps this one: it takes the current state, and this generator jumps
	 * 2^64 draws ahead. Each part of the dataset draws from its own stream, so changing how one
	 * table is generated does not reshuffle the others.
	 */
	split(): Rng {
		const child = new Rng(this.g.clone());
		this.g.jump();
		return child;
	}

	/** Uniform in [0, 1). */
	float(): number {
		return uniformFloat64(this.g);
	}

	/** Uniform integer in [lo, hi], both included. */
	int(lo: number, hi: number): number {
		return uniformInt(this.g, lo, hi);
	}

	/** Uniform in [lo, hi). */
	range(lo: number, hi: number): number {
		return lo + (hi - lo) * this.float();
	}

	chance(p: number): boolean {
		return this.float() < p;
	}

	/** Standard normal (Box–Muller, one value per call so the draw count stays fixed). */
	normal(): number {
		const u1 = 1 - this.float(); // (0, 1]: log never sees 0
		const u2 = this.float();
		return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
	}

	/** Log-normal given its median and the sigma of its logarithm. */
	logNormal(median: number, sigma: number): number {
		return median * Math.exp(sigma * this.normal());
	}

	/**
	 * Poisson count. Knuth's product method: the rates here are well under 5 per draw, where it is
	 * exact and cheap; a normal approximation covers anything larger.
	 */
	poisson(lambda: number): number {
		if (lambda <= 0) return 0;
		if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.normal()));
		return poisson(lambda, () => this.float());
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new RangeError('pick from an empty list');
		return items[this.int(0, items.length - 1)]!;
	}

	/** One key of a weight table; weights need not sum to 1. Iterates in the table's order. */
	weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
		const keys = Object.keys(weights) as K[];
		let total = 0;
		for (const k of keys) total += weights[k];
		let x = this.float() * total;
		for (const k of keys) {
			x -= weights[k];
			if (x < 0) return k;
		}
		return keys[keys.length - 1]!;
	}

	/** Fisher–Yates, returning a new array. */
	shuffle<T>(items: readonly T[]): T[] {
		const out = [...items];
		for (let i = out.length - 1; i > 0; i--) {
			const j = this.int(0, i);
			[out[i], out[j]] = [out[j]!, out[i]!];
		}
		return out;
	}
}

/** Independent named streams from one seed; names are taken in the order given. */
export function streams<const N extends string>(seed: number, names: readonly N[]): Record<N, Rng> {
	const root = Rng.fromSeed(seed);
	const out = {} as Record<N, Rng>;
	for (const name of names) out[name] = root.split();
	return out;
}
