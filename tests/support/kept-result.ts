/** What this browser kept of a result computed from the user's data (src/lib/workspace/result-cache.ts). */
import type { Page } from 'playwright-core';

/** The content key the overview is kept under in `page`'s browser; null while none is kept. */
export function keptOverviewKey(page: Page): Promise<string | null> {
	return page.evaluate(
		() =>
			new Promise<string | null>((resolve, reject) => {
				const open = indexedDB.open('haichi');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const get = open.result.transaction('workspace').objectStore('workspace').get('result:overview');
					get.onsuccess = () => resolve((get.result as { key?: string } | undefined)?.key ?? null);
					get.onerror = () => reject(get.error);
				};
			})
	);
}
