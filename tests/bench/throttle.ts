/**
 * The school-laptop profile of the bench: Chromium's CPU slowed down as DevTools does it
 * (`Emulation.setCPUThrottlingRate`), so the interactive groups also measure what a board's
 * shared, older laptop sees. Every browser group runs at each rate of RATES and reports the
 * throttled figures beside the others, named with `suffix(rate)`.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Unthrottled, and 4× slower (the profile of a school laptop). */
export const RATES = [1, 4] as const;
export type Rate = (typeof RATES)[number];

/** Slows `page`'s CPU down `rate` times (nothing to do at 1). Set it again on every new page. */
export async function throttle(context: BrowserContext, page: Page, rate: number): Promise<void> {
	if (rate <= 1) return;
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** `''` unthrottled, `_4x` at 4×: appended to a figure's name. */
export const suffix = (rate: number): string => (rate > 1 ? `_${rate}x` : '');
