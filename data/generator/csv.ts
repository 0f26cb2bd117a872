/**
 * CSV output as shared/data-spec.md and the brief ask: UTF-8 without BOM, `\n` line ends, the
 * canonical header in the column order of src/lib/domain/tables.ts, RFC 4180 quoting only where a
 * field needs it, `true`/`false`, blanks as empty fields, and numbers printed the same way on every
 * machine (toFixed/String never depend on the locale).
 */
import { TABLES, type TableName } from '../../src/lib/domain/tables';

export type Cell = string | number | boolean | null | undefined;
export type Row = Readonly<Record<string, Cell>>;

/** Coordinates always carry 5 decimals (about 1 m), so files diff cleanly. */
const COORDINATE_COLUMNS = new Set([
	'lat',
	'lon',
	'office_lat',
	'office_lon',
	'base_lat',
	'base_lon',
	'port_lat',
	'port_lon'
]);

/** Other fractions (indicator values, hours) get at most 3 decimals, trailing zeros dropped. */
export function formatNumber(n: number, maxDecimals = 3): string {
	if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
	if (Number.isInteger(n)) return String(n);
	const fixed = n.toFixed(maxDecimals).replace(/\.?0+$/, '');
	return fixed === '-0' ? '0' : fixed;
}

export function csvField(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function formatCell(column: string, value: Cell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (typeof value === 'number') return COORDINATE_COLUMNS.has(column) ? value.toFixed(5) : formatNumber(value);
	return csvField(value);
}

export function columnsOf(table: TableName): string[] {
	return TABLES[table].columns.map((c) => c.name);
}

export function headerLine(table: TableName): string {
	return columnsOf(table).map(csvField).join(',') + '\n';
}

/** One data line; a key the table does not have is a bug in the generator, so it throws. */
export function rowLine(table: TableName, row: object, columns: readonly string[] = columnsOf(table)): string {
	const cells = row as Row;
	for (const key of Object.keys(cells)) if (!columns.includes(key)) throw new Error(`${table}: unknown column ${key}`);
	return columns.map((c) => formatCell(c, cells[c])).join(',') + '\n';
}

/** Rows are the typed row interfaces of types.ts; columns are looked up by their canonical names. */
export function tableCsv(table: TableName, rows: readonly object[]): string {
	const columns = columnsOf(table);
	let out = headerLine(table);
	for (const r of rows) out += rowLine(table, r, columns);
	return out;
}
