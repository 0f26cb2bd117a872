/** The budget pack's year, organisation, explanations and approval boxes, kept in this browser with the workspace. */
import { defaultReportNotes, parseReportNotes, type ReportNotes } from '$lib/domain/report-notes';
import { KeptDocument } from './kept-document.svelte';

export const reportNotes = new KeptDocument<ReportNotes>('report-notes', defaultReportNotes, parseReportNotes);
