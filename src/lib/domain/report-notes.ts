/**
 * What the user writes into the budget pack beside its figures: a short explanation per section
 * (提案の趣旨, 現状と課題 …) and the approval boxes (決裁欄) its cover carries. A document of the
 * workspace: kept in the browser, carried by the workspace file, checked when read back.
 */
import { isObject } from './shape';

/** The pack's sections that take an explanation, in the order they are printed. */
export const NOTE_SECTIONS = ['purpose', 'current', 'cost', 'effects', 'week'] as const;
export type NoteSection = (typeof NOTE_SECTIONS)[number];

/** A section's text is a few paragraphs, not a document: longer is refused, not cut. */
export const NOTE_MAX_CHARS = 2000;
/** The boxes of a 決裁欄 fit one row across an A4 page. */
export const APPROVAL_MAX_ROLES = 8;
export const ROLE_MAX_CHARS = 12;

export interface ReportNotes {
	/** Each section's explanation; '' where the user wrote none (the section then prints none). */
	notes: Record<NoteSection, string>;
	approvals: {
		shown: boolean;
		/** The boxes' titles, left to right; null until the user changes them (the language's own defaults). */
		roles: string[] | null;
	};
}

export const defaultReportNotes = (): ReportNotes => ({
	notes: { purpose: '', current: '', cost: '', effects: '', week: '' },
	approvals: { shown: false, roles: null }
});

/**
 * The roles a user types as one line ("起案者、係長、課長"): split at 、 , ， ・ / and white space,
 * blanks dropped, each cut to the box's width, at most as many as fit across the page.
 */
export function parseRoles(text: string): string[] {
	return text
		.split(/[、,，・/／\s]+/u)
		.map((r) => r.trim())
		.filter((r) => r !== '')
		.slice(0, APPROVAL_MAX_ROLES)
		.map((r) => Array.from(r).slice(0, ROLE_MAX_CHARS).join(''));
}

const isRole = (r: unknown): r is string =>
	typeof r === 'string' && r.trim() !== '' && Array.from(r).length <= ROLE_MAX_CHARS;

/** The notes in `value`, or null when anything is missing, of the wrong kind or too long. */
export function parseReportNotes(value: unknown): ReportNotes | null {
	if (!isObject(value) || !isObject(value.notes) || !isObject(value.approvals)) return null;
	const notes = value.notes;
	if (!NOTE_SECTIONS.every((s) => typeof notes[s] === 'string' && notes[s].length <= NOTE_MAX_CHARS)) return null;
	const { shown, roles } = value.approvals;
	if (typeof shown !== 'boolean') return null;
	if (roles !== null && !(Array.isArray(roles) && roles.length <= APPROVAL_MAX_ROLES && roles.every(isRole)))
		return null;
	return {
		notes: Object.fromEntries(NOTE_SECTIONS.map((s) => [s, notes[s] as string])) as ReportNotes['notes'],
		approvals: { shown, roles: roles === null ? null : [...(roles as string[])] }
	};
}
