/**
 * What the loaded dataset is made of, and how an import or an undo changes that record: which
 * table came from which file, whether the whole is still the fictional sample, and which of the
 * user's files stay kept. Pure bookkeeping, so every rule is tested without DuckDB or a browser.
 */
import { TABLE_NAMES, type TableName } from './tables';

/** Where one loaded table came from. */
export interface TableSource {
	table: TableName;
	file: string;
	rows: number;
	sha256?: string;
	origin: 'sample' | 'import';
	/** Local date-time of the load, 'YYYY-MM-DD HH:MM'. */
	loadedAt?: string;
}

export interface DatasetInfo {
	/** 'sample' while every table is the embedded sample's, else 'workspace'. */
	id: 'sample' | 'workspace';
	fictional: boolean;
	/** 西暦 fiscal year the data describes. */
	fiscalYear: number;
	/** The user set `fiscalYear`: later imports keep it instead of taking it from their dates. */
	fiscalYearSet?: boolean;
	prefecture: { code: string; name_ja: string; name_en: string };
	files: TableSource[];
}

/** A file of one table; the user's kept files are of this shape whatever they carry besides. */
export interface TableFile {
	table: TableName;
}

/** Fiscal years a user may give their data: the survey years of the plan and a little either side. */
export const FISCAL_YEAR_RANGE = { from: 2019, to: 2030 } as const;

/**
 * Fiscal years a dataset may describe at all: a record (stored or read from a file) with another
 * year, or none, is damaged. Wider than FISCAL_YEAR_RANGE: a log may be older than the plan.
 */
export const DATASET_FISCAL_YEARS = { from: 1900, to: 2200 } as const;

export const isDatasetFiscalYear = (value: unknown): value is number =>
	typeof value === 'number' &&
	Number.isInteger(value) &&
	value >= DATASET_FISCAL_YEARS.from &&
	value <= DATASET_FISCAL_YEARS.to;

/** The record with the fiscal year the user gave it; null when the year is outside the range. */
export function withFiscalYear(dataset: DatasetInfo, fiscalYear: number): DatasetInfo | null {
	if (!Number.isInteger(fiscalYear) || fiscalYear < FISCAL_YEAR_RANGE.from || fiscalYear > FISCAL_YEAR_RANGE.to)
		return null;
	return { ...dataset, fiscalYear, fiscalYearSet: true };
}

/**
 * The fiscal year of the data after an import: the one the user set, else the newest in the usage
 * log (when it is one a dataset may describe), else that of the day of the import.
 */
export const fiscalYearAfterImport = (dataset: DatasetInfo, fromLog: number | null, ofToday: number): number =>
	dataset.fiscalYearSet ? dataset.fiscalYear : isDatasetFiscalYear(fromLog) ? fromLog : ofToday;

/** The file now loaded in each table: the loader names them in its errors. */
export const fileOfTable = (dataset: DatasetInfo): Partial<Record<TableName, string>> =>
	Object.fromEntries(dataset.files.map((f) => [f.table, f.file]));

/**
 * The record of a load whose sample files for `changed` tables are not the sample's any more (the
 * served file was edited): those tables are the user's own data, so the whole is no longer the
 * fictional sample, whatever values the files hold.
 */
export function withChangedSampleFiles(dataset: DatasetInfo, changed: readonly TableName[]): DatasetInfo {
	const files = dataset.files.map((f) =>
		f.origin === 'sample' && changed.includes(f.table) ? { ...f, origin: 'import' as const, sha256: undefined } : f
	);
	if (files.every((f, i) => f === dataset.files[i])) return dataset;
	return { ...dataset, id: 'workspace', fictional: false, files };
}

/** Tables that a file of the load replaces (rather than appends to). */
export function replacedTables(loaded: readonly TableFile[], append: readonly TableName[]): Set<TableName> {
	return new Set(loaded.map((f) => f.table).filter((t) => !append.includes(t)));
}

/** Tables named by more than one of the files picked (the load refuses those). */
export function tablesPickedTwice(
	picked: readonly { table: TableName | null }[]
): { index: number; table: TableName }[] {
	return picked.flatMap((p, i) =>
		p.table && picked.findIndex((q) => q.table === p.table) !== i ? [{ index: i, table: p.table }] : []
	);
}

/** The record after the user's files were loaded: replaced tables lose their old source, each file adds one. */
export function datasetAfterImport(
	dataset: DatasetInfo,
	added: readonly { table: TableName; file: string; rows: number }[],
	append: readonly TableName[],
	loadedAt: string,
	fiscalYear: number,
	/** The prefecture the files are of, when the import says (a start from the built-in reference); else the record's. */
	prefecture: DatasetInfo['prefecture'] = dataset.prefecture
): DatasetInfo {
	const replaced = replacedTables(added, append);
	const kept = dataset.files.filter((f) => !replaced.has(f.table));
	const sources = added.map((a): TableSource => ({
		table: a.table,
		file: a.file,
		rows: a.rows,
		origin: 'import',
		loadedAt
	}));
	return { ...dataset, id: 'workspace', fictional: false, fiscalYear, prefecture, files: [...kept, ...sources] };
}

/**
 * The record after one table went back to the sample's (`sample` is the sample's own record):
 * once no imported table is left, the dataset is the sample again, fictional and labelled so.
 */
export function datasetAfterRevert(
	dataset: DatasetInfo,
	table: TableName,
	sample: DatasetInfo,
	fiscalYear: number | null
): DatasetInfo {
	const sampleSource = sample.files.find((f) => f.table === table);
	const others = dataset.files.filter((f) => f.table !== table);
	const files = sampleSource ? [...others, sampleSource] : others;
	if (files.every((f) => f.origin === 'sample')) return { ...sample };
	return {
		...dataset,
		files,
		fiscalYear: dataset.fiscalYearSet ? dataset.fiscalYear : (fiscalYear ?? dataset.fiscalYear)
	};
}

/**
 * The user's files to keep after a load: those of replaced tables go; the files of appended tables
 * (`kept`, loaded again ahead of the new ones) and the new files are kept.
 */
export function keptAfterImport<F extends TableFile>(
	stored: readonly F[],
	kept: readonly F[],
	loaded: readonly F[],
	append: readonly TableName[]
): F[] {
	const replaced = replacedTables(loaded, append);
	return [...stored.filter((f) => !replaced.has(f.table) && !kept.includes(f)), ...kept, ...loaded];
}

/** A table still the sample's that stands in the way of a load: its rows point at what the load replaces. */
export interface SampleConflict {
	table: TableName;
	file: string;
	rows: number;
	/** Errors the load found in it. */
	errors: number;
}

/**
 * When every error of a refused load lies in tables the user did not touch and that are still the
 * sample's (e.g. the sample's assignments pointing at schools the user's own file replaced), those
 * tables: the load can go ahead without them. Null when any error is the user's own to fix. When
 * the load replaces the municipalities, every sample table left describes fictional employers
 * (plan indicators too, which point at nothing the checks follow): all of them are named.
 */
export function sampleConflicts(
	dataset: DatasetInfo,
	loading: readonly TableName[],
	issues: readonly { file: string; severity: 'error' | 'warning' }[]
): SampleConflict[] | null {
	const untouched = dataset.files.filter((f) => f.origin === 'sample' && !loading.includes(f.table));
	const errors = issues.filter((i) => i.severity === 'error');
	if (errors.length === 0 || !errors.every((i) => untouched.some((f) => f.file === i.file))) return null;
	const everything = loading.includes('municipalities');
	return untouched
		.map((f) => ({
			table: f.table,
			file: f.file,
			rows: f.rows,
			errors: errors.filter((i) => i.file === f.file).length
		}))
		.filter((c) => everything || c.errors > 0);
}

/** Rows loaded in each table, over every file that filled it (a table no file filled has 0). */
export function tableRows(dataset: DatasetInfo): Record<TableName, number> {
	const rows = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as Record<TableName, number>;
	for (const f of dataset.files) rows[f.table] += f.rows;
	return rows;
}

/** A table some of whose rows are still the fictional sample's. */
export interface FictionalRows {
	table: TableName;
	fictional: number;
	total: number;
}

/**
 * While the user's files stand beside the sample's (a table added to, or other tables never
 * replaced), the tables that still hold fictional rows and how many: every figure summed over
 * them includes made-up municipalities, schools or staff. Empty for the sample itself (it is
 * labelled as a whole) and once nothing of the sample is left.
 */
export function fictionalRows(dataset: DatasetInfo): FictionalRows[] {
	if (dataset.fictional) return [];
	const rows = tableRows(dataset);
	return TABLE_NAMES.flatMap((table) => {
		const fictional = dataset.files
			.filter((f) => f.table === table && f.origin === 'sample')
			.reduce((n, f) => n + f.rows, 0);
		return fictional > 0 ? [{ table, fictional, total: rows[table] }] : [];
	});
}

/** A table file of a workspace read from a file: what it holds, not what the file says of it. */
export interface WorkspaceTable {
	table: TableName;
	name: string;
	/** Rows the checks counted. */
	rows: number;
	/** Byte for byte the sample's file of its table. */
	sample: boolean;
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

/**
 * The record of a workspace read from a file, made from its tables rather than taken from the
 * file: a table is the sample's only when its file is the sample's file, the whole is the
 * fictional sample only when every table is, rows are those counted; the file gives only the
 * fiscal year (already checked), whether the user set it, and when each file was loaded.
 * `corrected` says that the file's own labels said otherwise.
 */
export function datasetOfWorkspace(
	claimed: Pick<DatasetInfo, 'id' | 'fictional' | 'fiscalYear' | 'fiscalYearSet' | 'prefecture' | 'files'>,
	tables: readonly WorkspaceTable[],
	sample: DatasetInfo
): { dataset: DatasetInfo; corrected: boolean } {
	const own = tables.map((t): TableSource => {
		const sampleSource = sample.files.find((f) => f.table === t.table && f.file === t.name);
		if (t.sample && sampleSource) return sampleSource;
		const loadedAt = claimed.files.find((f) => f.table === t.table && f.file === t.name)?.loadedAt;
		return {
			table: t.table,
			file: t.name,
			rows: t.rows,
			origin: 'import',
			...(typeof loadedAt === 'string' && LOCAL_DATE_TIME.test(loadedAt) ? { loadedAt } : {})
		};
	});
	const files = [...sample.files.filter((f) => !tables.some((t) => t.table === f.table)), ...own];
	const fictional = files.every((f) => f.origin === 'sample');
	const originsClaimed = (f: TableSource) => `${f.table}/${f.file}/${f.origin}`;
	const corrected =
		claimed.fictional !== fictional ||
		claimed.id !== (fictional ? 'sample' : 'workspace') ||
		files.map(originsClaimed).sort().join('|') !== claimed.files.map(originsClaimed).sort().join('|');
	if (fictional) return { dataset: { ...sample }, corrected };
	const fiscalYearSet = claimed.fiscalYearSet === true && withFiscalYear(sample, claimed.fiscalYear) !== null;
	return {
		dataset: {
			id: 'workspace',
			fictional: false,
			fiscalYear: claimed.fiscalYear,
			...(fiscalYearSet ? { fiscalYearSet } : {}),
			prefecture: claimed.prefecture,
			files
		},
		corrected
	};
}
