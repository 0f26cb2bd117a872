/**
 * The staff-entry grid of the compare screen (docs/reference-data.md, "Staff entry"): what each
 * employer entered for the dataset's fiscal year, what is being typed, and the save. Typed
 * numbers are kept as the tables `staff_counts` and `ict_environment` (indicator helpdesk) of the
 * workspace, loaded through the same checks as an imported file, so every screen reads them.
 */
import { DatasetReader } from './dataset-reader.svelte';
import { session } from '$lib/session/session.svelte';
import { wholeTable, type TableRow } from '$lib/db/queries/tables';
import { prepareWritten } from '$lib/files/prepared-import';
import { tableCsv } from '$lib/domain/csv-export';
import {
	EMPTY_TEXT,
	enteredValues,
	entryText,
	pastedCells,
	readEntry,
	type EntryColumn,
	type EntryProblem,
	type EntryText,
	type EntryValue
} from '$lib/domain/staff-entry';

/** How long typing may pause before what was typed is saved. */
const SAVE_AFTER_MS = 700;

interface Stored {
	fiscalYear: number;
	staffCounts: TableRow[];
	environment: TableRow[];
	/** This year's values per employer. */
	values: Map<string, EntryValue>;
	/** Per employer, the head count of the latest earlier year entered, to type this year's beside. */
	before: Map<string, { year: number; headcount: number }>;
}

async function readStored(source: NonNullable<typeof session.source>): Promise<Stored> {
	const fiscalYear = source.dataset.fiscalYear;
	const [staffCounts, environment] = await Promise.all([
		source.runner.rows(wholeTable('staff_counts')),
		source.runner.rows(wholeTable('ict_environment'))
	]);
	const before = new Map<string, { year: number; headcount: number }>();
	for (const r of staffCounts) {
		const year = Number(r.fiscal_year);
		const code = String(r.employer_code);
		if (year < fiscalYear && r.headcount !== null && year > (before.get(code)?.year ?? 0))
			before.set(code, { year, headcount: Number(r.headcount) });
	}
	return { fiscalYear, staffCounts, environment, values: enteredValues(staffCounts, environment, fiscalYear), before };
}

export class StaffEntry {
	readonly reader = new DatasetReader<Stored>((s) => readStored(s), { onRead: () => this.#settle() });
	/** Cells typed and not yet saved, by employer. */
	drafts = $state.raw<ReadonlyMap<string, EntryText>>(new Map());
	saving = $state(false);
	/** The last save was refused: the data screen's import result says why. */
	refused = $state(false);
	#timer: ReturnType<typeof setTimeout> | null = null;
	/** Drafts the last save wrote: they give way to the stored values once those are read back. */
	#written = new Map<string, EntryText>();

	constructor(private readonly words: () => { yes: string; no: string }) {}

	follow(): void {
		this.reader.follow();
	}

	/** The head count entered for the latest earlier year, if any. */
	before(code: string): { year: number; headcount: number } | null {
		return this.reader.value?.before.get(code) ?? null;
	}

	stored(code: string): EntryValue | null {
		return this.reader.value?.values.get(code) ?? null;
	}

	text(code: string): EntryText {
		const draft = this.drafts.get(code);
		if (draft) return draft;
		const stored = this.stored(code);
		return stored ? entryText(stored, this.words()) : EMPTY_TEXT;
	}

	/** The row as it counts now: typed values where they are valid, with the problems of the rest. */
	entry(code: string): { value: EntryValue; problems: EntryProblem[] } {
		return readEntry(this.text(code));
	}

	readonly problems = $derived(
		[...this.drafts].flatMap(([code, text]) => readEntry(text).problems.map((p) => ({ code, ...p })))
	);

	edit(code: string, column: EntryColumn, text: string): void {
		this.#set([{ code, column, text }]);
	}

	/** A block pasted from a spreadsheet, from the cell `column` of row `startRow` in `rows`' order. */
	paste(text: string, rows: readonly { code: string; name: string }[], startRow: number, column: EntryColumn): number {
		const cells = pastedCells(text, rows, startRow, column);
		this.#set(cells);
		return cells.length;
	}

	#set(cells: readonly { code: string; column: EntryColumn; text: string }[]): void {
		if (cells.length === 0) return;
		const next = new Map(this.drafts);
		for (const c of cells) next.set(c.code, { ...(next.get(c.code) ?? this.text(c.code)), [c.column]: c.text });
		this.drafts = next;
		this.#schedule();
	}

	/** The data was read again: drafts it now holds are no longer drafts (rows typed again meanwhile stay). */
	#settle(): void {
		if (this.#written.size === 0) return;
		const next = new Map(this.drafts);
		for (const [code, text] of this.#written) if (next.get(code) === text) next.delete(code);
		this.#written = new Map();
		this.drafts = next;
	}

	#schedule(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.save(), SAVE_AFTER_MS);
	}

	/** Saves every valid typed row; a row with a problem waits until it is put right. */
	async save(): Promise<boolean> {
		this.#timer = null;
		const stored = this.reader.value;
		if (!stored || this.saving) {
			if (this.saving) this.#schedule();
			return false;
		}
		const ready = [...this.drafts].filter(([, text]) => readEntry(text).problems.length === 0);
		if (ready.length === 0) return false;
		const values = new Map(stored.values);
		for (const [code, text] of ready) values.set(code, readEntry(text).value);
		const year = stored.fiscalYear;
		const staffRows = [
			...stored.staffCounts.filter((r) => Number(r.fiscal_year) !== year),
			...[...values].flatMap(([code, v]) =>
				v.headcount === null ? [] : [{ employer_code: code, fiscal_year: year, headcount: v.headcount, fte: v.fte }]
			)
		];
		const deskRows = [
			...stored.environment.filter(
				(r) => !(Number(r.fiscal_year) === year && r.indicator === 'helpdesk' && values.has(String(r.scope_code)))
			),
			...[...values].flatMap(([code, v]) =>
				v.helpdesk === null
					? []
					: [{ scope_code: code, fiscal_year: year, indicator: 'helpdesk', value: v.helpdesk ? 1 : 0 }]
			)
		];
		this.saving = true;
		this.refused = false;
		try {
			const deskChanged = ready.some(
				([code]) => values.get(code)?.helpdesk !== (stored.values.get(code)?.helpdesk ?? null)
			);
			// Marked before the load: the data is read back before the load returns.
			this.#written = new Map(ready);
			const saved = await session.loadPrepared([
				prepareWritten('支援員数（画面で入力）.csv', tableCsv('staff_counts', staffRows)),
				...(deskChanged
					? [prepareWritten('ICT環境の指標（ヘルプデスクを画面で入力）.csv', tableCsv('ict_environment', deskRows))]
					: [])
			]);
			if (!saved) {
				this.#written = new Map();
				this.refused = true;
			}
			return saved;
		} finally {
			this.saving = false;
		}
	}
}
