/** One served build and one Chromium per test file, started before its tests and closed after. */
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, type LaunchedChromium } from './browser';
import { startBuiltApp, type RunningApp } from './server';
import type { Page } from 'playwright-core';

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

/** Opens the data screen of the app served at `url` and waits until it takes files. */
export async function openDataScreen(page: Page, url: string): Promise<void> {
	await page.goto(`${url}data`);
	await page.locator('[data-testid="file-input"]:not([disabled])').waitFor({ timeout: 60_000 });
}

/** Picks files on the data screen, waits for them to be read, and presses 取り込む, as a user does. */
export async function importFiles(page: Page, files: Parameters<Page['setInputFiles']>[1]): Promise<void> {
	await page.getByTestId('file-input').setInputFiles(files);
	await page
		.locator('[data-testid="import-review"] article[data-file] :is(.choices, .rejected)')
		.first()
		.waitFor({ timeout: 60_000 });
	await page.getByTestId('import-run').click();
}
