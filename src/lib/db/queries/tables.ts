/** Whole tables, for export: columns in spec order, date-times as local 'YYYY-MM-DD HH:MM:SS' text. */
import { TABLES, type TableName } from '$lib/domain/tables';
import { query } from '../query';
import { qualified, type SchemaName } from '../schema';

export type TableRow = Record<string, string | number | boolean | null>;

export const wholeTable = (table: TableName) =>
	query<TableRow>(
		`SELECT ${TABLES[table].columns
			.map((c) =>
				c.type.kind === 'timestamp' || c.type.kind === 'date'
					? `strftime("${c.name}", '${c.type.kind === 'date' ? '%Y-%m-%d' : '%Y-%m-%d %H:%M:%S'}') AS "${c.name}"`
					: `"${c.name}"`
			)
			.join(', ')} FROM "${table}" ORDER BY rowid`,
		[],
		{ cache: false }
	);

/** Rows of a table, in `main` or `staging` (names from the spec only). */
export const countRows = (table: TableName, schema: SchemaName = 'main') =>
	query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${qualified(table, schema)}`, [], { cache: false });
