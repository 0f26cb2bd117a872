/**
 * CSV for people who open it in Japanese Excel, after the Digital Agency's machine-readability
 * rules: UTF-8 with a BOM (Excel otherwise guesses Shift_JIS), CRLF line ends, one header row
 * with units in the header, bare numbers in cells, blank and zero kept distinct.
 */
import { TABLES, type TableName } from './tables';

export type CsvCell = string | number | null;

const BOM = '\uFEFF';

/**
 * Text that a spreadsheet would run as a formula (= + - @, or a leading tab/CR that some programs
 * strip first) gets a leading apostrophe. Numbers are written as numbers, so −1 stays a number.
 */
export function neutraliseFormula(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A number as a person would write it: 15 significant digits drop the noise of binary arithmetic
 * (0.1 + 0.2 is written 0.3, not 0.30000000000000004) and keep every integer a budget holds.
 */
export const csvNumber = (value: number): string =>
	Number.isFinite(value) ? String(Number(value.toPrecision(15))) : '';

function cell(value: CsvCell): string {
	if (value === null) return '';
	return csvField(typeof value === 'number' ? csvNumber(value) : neutraliseFormula(value));
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
	return BOM + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Rows of one table as a file of its canonical columns (docs/data-formats.md), read back like any import. */
export function tableCsv(table: TableName, rows: readonly Readonly<Record<string, CsvCell | boolean>>[]): string {
	const names = TABLES[table].columns.map((c) => c.name);
	const cell = (v: CsvCell | boolean | undefined): CsvCell => (typeof v === 'boolean' ? String(v) : (v ?? null));
	return toCsv(
		names,
		rows.map((r) => names.map((n) => cell(r[n])))
	);
}
