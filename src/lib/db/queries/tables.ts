/** Whole tables, for export: columns in spec order, date-times as local 'YYYY-MM-DD HH:MM:SS' text. */
import { TABLES, type TableName } from '$lib/domain/tables';
import { query } from '../query';

export type TableRow = Record<string, string | number | boolean | null>;

export const wholeTable = (table: TableName) =>
	query<TableRow>(
		`SELECT ${TABLES[table].columns
			.map((c) => (c.type.kind === 'timestamp' ? `strftime("${c.name}", '%Y-%m-%d %H:%M:%S') AS "${c.name}"` : `"${c.name}"`))
			.join(', ')} FROM "${table}" ORDER BY rowid`,
		[],
		{ cache: false }
	);
