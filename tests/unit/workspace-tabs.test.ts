/**
 * The workspace lock (src/lib/workspace/tabs.ts): changes under one name run one after the other,
 * each seeing what the one before left, even when one fails; other names do not wait. Node has no
 * Web Locks, so this is the in-tab queue an insecure origin gets; the browser's locks are tested
 * across pages in tests/e2e/workspace-keeping.test.ts.
 */
import { expect, it } from 'vitest';
import { exclusive } from '../../src/lib/workspace/tabs';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

it('runs the tasks of one lock in turn, each after the last has finished, a failed one included', async () => {
	let stored = 0;
	const log: string[] = [];
	/** A read-modify-write that would lose an update if two interleaved. */
	const add = (label: string, fail = false) =>
		exclusive('test-workspace', async () => {
			const read = stored;
			log.push(`${label} start`);
			await tick();
			if (fail) throw new Error(label);
			stored = read + 1;
			log.push(`${label} end`);
		});
	const results = await Promise.allSettled([add('a'), add('b', true), add('c')]);
	expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
	expect(stored).toBe(2);
	expect(log).toEqual(['a start', 'a end', 'b start', 'c start', 'c end']);
});

it('does not make another lock wait', async () => {
	const order: string[] = [];
	const slow = exclusive('test-one', async () => {
		await tick();
		await tick();
		order.push('one');
	});
	const quick = exclusive('test-two', async () => {
		order.push('two');
	});
	await Promise.all([slow, quick]);
	expect(order).toEqual(['two', 'one']);
});
