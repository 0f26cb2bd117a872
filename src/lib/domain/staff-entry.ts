/**
 * The staff numbers a prefecture or municipality types in (docs/reference-data.md, "Staff
 * entry"): per employer and fiscal year, the head count, the full-time equivalent and whether it
 * runs a help desk. Each cell is read as the importer reads a file's cell, so what is typed and
 * what is imported mean the same; a block pasted from Excel lands on the cells it covers.
 */
import { parseCell, type CellRule } from './import/values';
import { TABLES, type ColumnSpec } from './tables';

export const ENTRY_COLUMNS = ['headcount', 'fte', 'helpdesk'] as const;
export type EntryColumn = (typeof ENTRY_COLUMNS)[number];

/** What was typed, cell by cell, as text: a cell keeps what the user wrote until it is valid. */
export type EntryText = Record<EntryColumn, string>;

export interface EntryValue {
	headcount: number | null;
	fte: number | null;
	helpdesk: boolean | null;
}

export interface EntryProblem {
	column: EntryColumn;
	expected: string;
	rule: CellRule | 'fte_over_headcount';
}

const column = (name: 'headcount' | 'fte'): ColumnSpec => TABLES.staff_counts.columns.find((c) => c.name === name)!;
const HELPDESK: ColumnSpec = { name: 'helpdesk', type: { kind: 'boolean' }, required: false, ja: [] };
const SPECS: Record<EntryColumn, ColumnSpec> = {
	headcount: column('headcount'),
	fte: column('fte'),
	helpdesk: HELPDESK
};

export const EMPTY_TEXT: EntryText = { headcount: '', fte: '', helpdesk: '' };

/** The row's values and its problems; a cell with a problem counts as blank. */
export function readEntry(text: EntryText): { value: EntryValue; problems: EntryProblem[] } {
	const problems: EntryProblem[] = [];
	const value: EntryValue = { headcount: null, fte: null, helpdesk: null };
	for (const c of ENTRY_COLUMNS) {
		const read = parseCell(SPECS[c], text[c]);
		if (!read.ok) problems.push({ column: c, expected: read.expected, rule: read.rule });
		else if (c === 'helpdesk') value.helpdesk = read.value as boolean | null;
		else value[c] = read.value as number | null;
	}
	// A person works at most full time: more FTE than heads is a slip of the keyboard.
	if (value.fte !== null && value.headcount !== null && value.fte > value.headcount) {
		problems.push({ column: 'fte', expected: String(value.headcount), rule: 'fte_over_headcount' });
		value.fte = null;
	}
	return { value, problems };
}

/** Head count, FTE and help desk of the year by employer, as `staff_counts` and `ict_environment` hold them. */
export function enteredValues(
	staffCounts: readonly Readonly<Record<string, unknown>>[],
	environment: readonly Readonly<Record<string, unknown>>[],
	year: number
): Map<string, EntryValue> {
	const values = new Map<string, EntryValue>();
	const at = (code: string) => {
		let v = values.get(code);
		if (!v) values.set(code, (v = { headcount: null, fte: null, helpdesk: null }));
		return v;
	};
	for (const r of staffCounts)
		if (Number(r.fiscal_year) === year) {
			const v = at(String(r.employer_code));
			v.headcount = r.headcount === null ? null : Number(r.headcount);
			v.fte = r.fte === null ? null : Number(r.fte);
		}
	for (const r of environment)
		if (Number(r.fiscal_year) === year && r.indicator === 'helpdesk')
			at(String(r.scope_code)).helpdesk = Number(r.value) === 1;
	return values;
}

/** The text shown for stored values: numbers as typed back, the help desk as the word the importer reads. */
export function entryText(value: EntryValue, words: { yes: string; no: string }): EntryText {
	return {
		headcount: value.headcount === null ? '' : String(value.headcount),
		fte: value.fte === null ? '' : String(value.fte),
		helpdesk: value.helpdesk === null ? '' : value.helpdesk ? words.yes : words.no
	};
}

export interface PastedCell {
	code: string;
	column: EntryColumn;
	text: string;
}

/**
 * Cells of a block pasted from a spreadsheet (tab-separated, one line per row). When the first
 * cell of every line names an employer of the grid (its code or name), lines go to those
 * employers and the next cells to the columns from `startColumn`; otherwise the block is laid
 * out from the focused cell down the rows in the order shown, as a spreadsheet would. Cells
 * beyond the grid are left out.
 */
export function pastedCells(
	text: string,
	rows: readonly { code: string; name: string }[],
	startRow: number,
	startColumn: EntryColumn
): PastedCell[] {
	const lines = text
		.replace(/\r\n?/g, '\n')
		.replace(/\n$/, '')
		.split('\n')
		.map((l) => l.split('\t'));
	const byKey = new Map<string, string>();
	for (const r of rows) {
		byKey.set(r.code, r.code);
		byKey.set(r.code.slice(0, 5), r.code);
		byKey.set(r.name, r.code);
	}
	const first = ENTRY_COLUMNS.indexOf(startColumn);
	const keyed = lines.every((cells) => byKey.has((cells[0] ?? '').normalize('NFKC').trim()));
	const out: PastedCell[] = [];
	lines.forEach((cells, i) => {
		const code = keyed ? byKey.get(cells[0]!.normalize('NFKC').trim()) : rows[startRow + i]?.code;
		if (!code) return;
		(keyed ? cells.slice(1) : cells).forEach((cell, j) => {
			const c = ENTRY_COLUMNS[first + j];
			if (c) out.push({ code, column: c, text: cell.trim() });
		});
	});
	return out;
}
