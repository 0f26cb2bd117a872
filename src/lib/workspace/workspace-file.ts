/**
 * The workspace as one file a user can keep, mail or move to another computer: the dataset
 * description, the imported tables as canonical CSV text, the schedule's assumptions and the
 * scenario book, in JSON.
 */
import { TABLE_NAMES } from '$lib/domain/tables';
import type { DatasetInfo } from '$lib/domain/dataset';
import type { StoredFile } from './workspace-store';
import { parseScheduleSettings, type ScheduleSettings } from '$lib/domain/schedule/settings';
import { parseScenarioBook } from '$lib/domain/scenario/parse';
import type { ScenarioBook } from '$lib/domain/scenario/types';

/** The documents a workspace keeps beside its tables. */
export interface KeptDocuments {
	schedule: ScheduleSettings;
	scenarios: ScenarioBook;
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
}

export class WorkspaceFileError extends Error {}

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
		scenarios: kept.scenarios
	};
	return JSON.stringify(json);
}

export function decodeWorkspaceFile(text: string): {
	dataset: DatasetInfo;
	files: StoredFile[];
	schedule: ScheduleSettings | null;
	scenarios: ScenarioBook | null;
} {
	let json: Partial<WorkspaceFileJson>;
	try {
		json = JSON.parse(text) as Partial<WorkspaceFileJson>;
	} catch {
		throw new WorkspaceFileError('not JSON');
	}
	if (json?.format !== FORMAT) throw new WorkspaceFileError('not a Haichi workspace file');
	if (json.version !== VERSION) throw new WorkspaceFileError(`unsupported version ${String(json.version)}`);
	const { dataset, files } = json;
	if (!dataset || typeof dataset.fiscalYear !== 'number' || !Array.isArray(dataset.files) || !Array.isArray(files))
		throw new WorkspaceFileError('incomplete workspace file');
	const encoder = new TextEncoder();
	const schedule = json.schedule === undefined ? null : parseScheduleSettings(json.schedule);
	if (json.schedule !== undefined && !schedule) throw new WorkspaceFileError('damaged schedule settings');
	const scenarios = json.scenarios === undefined ? null : parseScenarioBook(json.scenarios);
	if (json.scenarios !== undefined && !scenarios) throw new WorkspaceFileError('damaged scenarios');
	return {
		dataset,
		schedule,
		scenarios,
		files: files.map((f) => {
			if (!TABLE_NAMES.includes(f.table) || typeof f.name !== 'string' || typeof f.csv !== 'string')
				throw new WorkspaceFileError('damaged table entry');
			return { table: f.table, name: f.name, bytes: encoder.encode(f.csv) };
		})
	};
}
