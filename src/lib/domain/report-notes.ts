/**
 * What the user writes into the budget pack beside its figures: the 年度 asked for and who asks
 * (作成者), a short explanation per section (提案の趣旨, 現状と課題 …) and the approval boxes (決裁欄)
 * its cover carries. A document of the workspace: kept in the browser, carried by the workspace
 * file, checked when read back.
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
/** An organisation's name is one line of the cover (「○○市教育委員会 学校教育課」 fits with room to spare). */
export const ORGANISATION_MAX_CHARS = 60;
/** The 年度 a budget can be asked for, as the year field takes it. */
export const BUDGET_YEAR_MIN = 2000;
export const BUDGET_YEAR_MAX = 2100;

export interface ReportNotes {
	/** The 年度 the budget is asked for; null until the user chooses one (the next 年度 from today). */
	budgetYear: number | null;
	/** Who makes the pack (作成者); null until the user types one (the scope's board of education). */
	organisation: string | null;
	/** Each section's explanation; '' where the user wrote none (the section then prints none). */
	notes: Record<NoteSection, string>;
	approvals: {
		shown: boolean;
		/** The boxes' titles, left to right; null until the user changes them (the language's own defaults). */
		roles: string[] | null;
	};
}

export const defaultReportNotes = (): ReportNotes => ({
	budgetYear: null,
	organisation: null,
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

export const isBudgetYear = (y: unknown): y is number =>
	Number.isInteger(y) && (y as number) >= BUDGET_YEAR_MIN && (y as number) <= BUDGET_YEAR_MAX;

/** One line as a text field gives it: no line break or other control character, short enough for the cover. */
export const isOrganisation = (o: unknown): o is string =>
	typeof o === 'string' && Array.from(o).length <= ORGANISATION_MAX_CHARS && !/\p{Cc}/u.test(o);

/** An organisation as typed, made one that reads back: a pasted tab or line break becomes a space, the rest is cut to the cover's line. */
export const organisationOf = (text: string): string =>
	Array.from(text.replace(/\p{Cc}/gu, ' '))
		.slice(0, ORGANISATION_MAX_CHARS)
		.join('');

/** The field of stored notes that cannot be read back, as a workspace file's message names it. */
export type ReportNotesFault = 'notes' | 'budgetYear' | 'organisation';

/**
 * The notes in `value`, or the field at fault when anything is missing, of the wrong kind or too
 * long. The year and the organisation came later: notes kept before them read as without (null).
 */
export function checkReportNotes(value: unknown): { notes: ReportNotes } | { fault: ReportNotesFault } {
	if (!isObject(value) || !isObject(value.notes) || !isObject(value.approvals)) return { fault: 'notes' };
	const budgetYear = value.budgetYear ?? null;
	const organisation = value.organisation ?? null;
	if (budgetYear !== null && !isBudgetYear(budgetYear)) return { fault: 'budgetYear' };
	if (organisation !== null && !isOrganisation(organisation)) return { fault: 'organisation' };
	const notes = value.notes;
	if (!NOTE_SECTIONS.every((s) => typeof notes[s] === 'string' && notes[s].length <= NOTE_MAX_CHARS))
		return { fault: 'notes' };
	const { shown, roles } = value.approvals;
	if (typeof shown !== 'boolean') return { fault: 'notes' };
	if (roles !== null && !(Array.isArray(roles) && roles.length <= APPROVAL_MAX_ROLES && roles.every(isRole)))
		return { fault: 'notes' };
	return {
		notes: {
			budgetYear: budgetYear as number | null,
			organisation: organisation as string | null,
			notes: Object.fromEntries(NOTE_SECTIONS.map((s) => [s, notes[s] as string])) as ReportNotes['notes'],
			approvals: { shown, roles: roles === null ? null : [...(roles as string[])] }
		}
	};
}

/** The notes in `value`, or null when any field cannot be read back (see checkReportNotes). */
export function parseReportNotes(value: unknown): ReportNotes | null {
	const checked = checkReportNotes(value);
	return 'notes' in checked ? checked.notes : null;
}
