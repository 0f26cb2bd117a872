/**
 * Long tasks on a page's main thread (issue 17, item 6: none over 200 ms while a file is read),
 * recorded by a `longtask` PerformanceObserver that the page runs from its first script on.
 */
import type { Page } from 'playwright-core';

/** The longest main-thread task the issue allows. */
export const LONG_TASK_MS = 200;

/** Starts recording every long task of `page`'s documents; call before its first `goto`. */
export async function observeLongTasks(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const tasks: number[] = [];
		(window as unknown as { __longTasks: number[] }).__longTasks = tasks;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) tasks.push(Math.round(entry.duration));
		}).observe({ type: 'longtask', buffered: true });
	});
}

/** The durations (ms) of the long tasks recorded since the last call, the list emptied for the next step. */
export function takeLongTasks(page: Page): Promise<number[]> {
	return page.evaluate(() => {
		const tasks = (window as unknown as { __longTasks: number[] }).__longTasks;
		return tasks.splice(0, tasks.length);
	});
}

/** Waits for one more frame and a little after it, for whatever a step renders once it shows. */
export function settle(page: Page): Promise<void> {
	return page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 100))));
}
