/**
 * The workspace as one file a user can keep, mail or move to another computer: the dataset
 * description, the imported tables as canonical CSV text, the schedule's assumptions, the
 * scenario book and the budget pack's explanations, in JSON. Reading one checks its shape only: its tables then go through the
 * checks of any import, and its dataset record is made again from them (the session does both).
 */
import { TABLE_NAMES } from '$lib/domain/tables';
import { isDatasetFiscalYear, type DatasetInfo } from '$lib/domain/dataset';
import { isObject } from '$lib/domain/shape';
import type { StoredFile } from './workspace-store';
import type { CsvBytes } from '$lib/db/load-csv';
import { parseScheduleSettings, type ScheduleSettings } from '$lib/domain/schedule/settings';
import { parseScenarioBook } from '$lib/domain/scenario/parse';
import type { ScenarioBook } from '$lib/domain/scenario/types';
import { checkReportNotes, type ReportNotes } from '$lib/domain/report-notes';

/** The documents a workspace keeps beside its tables. */
export interface KeptDocuments {
	schedule: ScheduleSettings;
	scenarios: ScenarioBook;
	report: ReportNotes;
}

const FORMAT = 'haichi-workspace';
const VERSION = 1;

interface WorkspaceFileJson {
	format: typeof FORMAT;
	version: typeof VERSION;
	dataset: DatasetInfo;
	files: { table: StoredFile['table']; name: string; csv: string }[];
	/** The schedule's assumptions and pins (absent in files from before they were kept). */
	schedule?: unknown;
	/** The scenario book (absent in files from before scenarios). */
	scenarios?: unknown;
	/** The budget pack's year, organisation, explanations and approval boxes (absent in files from before they were kept). */
	report?: unknown;
}

/** Why a file is not a workspace the app can read, as the messages name it. */
export type WorkspaceFileProblem =
	| 'not_json'
	| 'not_workspace'
	| 'version'
	| 'incomplete'
	| 'fiscal_year'
	| 'table_entry'
	| 'schedule'
	| 'scenarios'
	| 'report'
	| 'report_year'
	| 'report_organisation';

export class WorkspaceFileError extends Error {
	constructor(
		readonly problem: WorkspaceFileProblem,
		/** The value as the file gives it, when one value is at fault. */
		readonly value?: string
	) {
		super(value === undefined ? problem : `${problem}: ${value}`);
	}
}

/** A prefecture as the record names it: a two-digit code and its names. */
const isPrefecture = (p: unknown): p is DatasetInfo['prefecture'] =>
	isObject(p) &&
	typeof p.code === 'string' &&
	/^\d{2}$/.test(p.code) &&
	typeof p.name_ja === 'string' &&
	typeof p.name_en === 'string';

const isTableSource = (f: unknown): boolean =>
	isObject(f) && TABLE_NAMES.includes(f.table as never) && typeof f.file === 'string';

export async function encodeWorkspaceFile(
	dataset: DatasetInfo,
	files: readonly StoredFile[],
	kept: KeptDocuments
): Promise<string> {
	const decoder = new TextDecoder();
	const json: WorkspaceFileJson = {
		format: FORMAT,
		version: VERSION,
		dataset,
		files: await Promise.all(
			files.map(async (f) => ({
				table: f.table,
				name: f.name,
				csv: 'blob' in f ? await f.blob.text() : decoder.decode(f.bytes)
			}))
		),
		schedule: kept.schedule,
		scenarios: kept.scenarios,
		report: kept.report
	};
	return JSON.stringify(json);
}

/** The pack's notes of a file, or the problem naming the field at fault (a year's value is shown, an organisation's may be any length). */
function reportOf(value: unknown): ReportNotes {
	const checked = checkReportNotes(value);
	if ('notes' in checked) return checked.notes;
	if (checked.fault === 'budgetYear')
		throw new WorkspaceFileError('report_year', String((value as { budgetYear: unknown }).budgetYear).slice(0, 20));
	throw new WorkspaceFileError(checked.fault === 'organisation' ? 'report_organisation' : 'report');
}

/** A workspace file's content, its shape checked; its tables not yet (see the session's import). */
export function decodeWorkspaceFile(text: string): {
	dataset: DatasetInfo;
	files: CsvBytes[];
	schedule: ScheduleSettings | null;
	scenarios: ScenarioBook | null;
	report: ReportNotes | null;
} {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw new WorkspaceFileError('not_json');
	}
	if (!isObject(json) || json.format !== FORMAT) throw new WorkspaceFileError('not_workspace');
	if (json.version !== VERSION) throw new WorkspaceFileError('version', String(json.version));
	const { dataset, files } = json as Partial<WorkspaceFileJson>;
	if (
		!isObject(dataset) ||
		!isPrefecture(dataset.prefecture) ||
		!Array.isArray(dataset.files) ||
		!dataset.files.every(isTableSource) ||
		!Array.isArray(files)
	)
		throw new WorkspaceFileError('incomplete');
	if (!isDatasetFiscalYear(dataset.fiscalYear)) throw new WorkspaceFileError('fiscal_year', String(dataset.fiscalYear));
	const encoder = new TextEncoder();
	const schedule = json.schedule === undefined ? null : parseScheduleSettings(json.schedule);
	if (json.schedule !== undefined && !schedule) throw new WorkspaceFileError('schedule');
	const scenarios = json.scenarios === undefined ? null : parseScenarioBook(json.scenarios);
	if (json.scenarios !== undefined && !scenarios) throw new WorkspaceFileError('scenarios');
	const report = json.report === undefined ? null : reportOf(json.report);
	return {
		dataset,
		schedule,
		scenarios,
		report,
		files: files.map((f: unknown) => {
			if (
				!isObject(f) ||
				!TABLE_NAMES.includes(f.table as never) ||
				typeof f.name !== 'string' ||
				typeof f.csv !== 'string'
			)
				throw new WorkspaceFileError('table_entry');
			return { table: f.table as StoredFile['table'], name: f.name, bytes: encoder.encode(f.csv) };
		})
	};
}
