/** One served build and one Chromium per test file, started before its tests and closed after. */
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, type LaunchedChromium } from './browser';
import { startBuiltApp, type RunningApp } from './server';

export function useAppInBrowser(): { readonly app: RunningApp; readonly browser: LaunchedChromium } {
	const env = {} as { app: RunningApp; browser: LaunchedChromium };
	beforeAll(async () => {
		env.app = await startBuiltApp();
		env.browser = await launchChromium();
	});
	afterAll(async () => {
		await env.browser?.close();
		await env.app?.close();
	});
	return env;
}
