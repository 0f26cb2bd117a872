/** The UI language: Japanese by default, English on request, remembered in this browser. */
import type { Locale } from '$lib/domain/fiscal-year';
import { ja, type Messages } from './ja';
import { en } from './en';

const STORAGE_KEY = 'haichi.locale';
export const LOCALES: readonly Locale[] = ['ja', 'en'];

export const locale = $state<{ current: Locale }>({ current: 'ja' });

/** The messages of the current language; reading it in a template makes the template follow it. */
export function t(): Messages {
	return locale.current === 'en' ? en : ja;
}

export function setLocale(next: Locale): void {
	locale.current = next;
	document.documentElement.lang = next;
	try {
		localStorage.setItem(STORAGE_KEY, next);
	} catch {
		// Storage may be off (private mode, policy); the choice then lasts for this page only.
	}
}

/** Applies the remembered choice; anything unreadable or unknown falls back to Japanese. */
export function restoreLocale(): void {
	let stored: string | null = null;
	try {
		stored = localStorage.getItem(STORAGE_KEY);
	} catch {
		stored = null;
	}
	const next = LOCALES.find((l) => l === stored) ?? 'ja';
	if (stored !== null && stored !== next) {
		try {
			localStorage.removeItem(STORAGE_KEY);
		} catch {
			/* nothing else to do */
		}
	}
	locale.current = next;
	document.documentElement.lang = next;
}
