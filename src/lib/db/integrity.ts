/**
 * Checks loaded tables against the rules of docs/data-formats.md in one round trip. The SQL is
 * generated from the constant table specs only: identifiers and allowed values come from code,
 * never from files.
 */
import { TABLES, type TableName } from '$lib/domain/tables';
import { isSchoolCodeAcceptable, normaliseMunicipalityCode } from '$lib/domain/codes';
import type { DataIssue } from '$lib/domain/issues';
import { query, sqlLiteral, type QueryRunner } from './query';
import { qualified, type SchemaName } from './schema';

const PER_CHECK_LIMIT = 100;

interface Reference {
	table: TableName;
	column: string;
	target: TableName;
	targetColumn: string;
}

const REFERENCES: readonly Reference[] = [
	{ table: 'schools', column: 'municipality_code', target: 'municipalities', targetColumn: 'municipality_code' },
	{ table: 'schools', column: 'employer_code', target: 'municipalities', targetColumn: 'municipality_code' },
	{ table: 'staff', column: 'employer_code', target: 'municipalities', targetColumn: 'municipality_code' },
	{ table: 'assignments', column: 'staff_id', target: 'staff', targetColumn: 'staff_id' },
	{ table: 'assignments', column: 'school_code', target: 'schools', targetColumn: 'school_code' },
	{ table: 'support_requests', column: 'school_code', target: 'schools', targetColumn: 'school_code' },
	{ table: 'ferries', column: 'school_code', target: 'schools', targetColumn: 'school_code' },
	{ table: 'school_counts', column: 'municipality_code', target: 'municipalities', targetColumn: 'municipality_code' },
	{ table: 'staff_counts', column: 'employer_code', target: 'municipalities', targetColumn: 'municipality_code' }
];

/**
 * A check: rows of `from` where `where` holds are violations (or, for `duplicateOf`, rows sharing
 * those key columns). Counting all checks takes one scan per table; only checks that found
 * something (or whose verdict is TypeScript's, `accept`) fetch their offending lines.
 */
interface Check {
	table: TableName;
	from: string;
	where: string;
	value: string;
	duplicateOf?: readonly string[];
	issue: Pick<DataIssue, 'column' | 'rule' | 'expected'>;
	/** Hits are candidates the domain code decides on (check digits are computed in TypeScript). */
	accept?: (value: string) => boolean;
}

function checksFor(
	tables: readonly TableName[],
	schema: SchemaName,
	alsoCheck: readonly TableName[],
	prechecked: ReadonlyMap<TableName, Prechecked>
): Check[] {
	const checks: Check[] = [];
	// A reference to a table that is not part of this load goes to the one already loaded.
	const at = (table: TableName) => qualified(table, tables.includes(table) ? schema : 'main');
	for (const table of tables) {
		const spec = TABLES[table];
		const from = at(table);
		const known = prechecked.get(table);
		// Every cell of a table read on the fast path is in its strict form: filled, in range, a label.
		for (const c of known ? [] : spec.columns) {
			const col = `"${c.name}"`;
			if (c.required)
				checks.push({
					table,
					from,
					where: `${col} IS NULL`,
					value: 'NULL',
					issue: { column: c.name, rule: 'required' }
				});
			if (c.type.kind === 'enum')
				checks.push({
					table,
					from,
					where: `${col} NOT IN (${c.type.values.map(sqlLiteral).join(', ')})`,
					value: col,
					issue: { column: c.name, rule: 'enum', expected: c.type.values.join(', ') }
				});
			if (c.range) {
				const [lo, hi] = c.range;
				const bounded = hi < Number.MAX_SAFE_INTEGER;
				checks.push({
					table,
					from,
					where: bounded ? `${col} < ${lo} OR ${col} > ${hi}` : `${col} < ${lo}`,
					value: col,
					issue: { column: c.name, rule: 'range', expected: bounded ? `${lo}–${hi}` : `≥ ${lo}` }
				});
			}
		}
		if (spec.key && !known?.uniqueKey) {
			const key = spec.key.map((k) => `"${k}"`);
			checks.push({
				table,
				from,
				where: key.map((k) => `${k} IS NOT NULL`).join(' AND '),
				value: `concat_ws(' / ', ${key.join(', ')})`,
				duplicateOf: key,
				issue: { column: spec.key.join(', '), rule: 'duplicate' }
			});
		}
	}
	for (const r of REFERENCES) {
		// A loaded table that points into a replaced one is checked too: replacing schools must not
		// leave support requests pointing at schools that are gone.
		if (!tables.includes(r.table) && !(tables.includes(r.target) && alsoCheck.includes(r.table))) continue;
		const col = `"${r.column}"`;
		checks.push({
			table: r.table,
			from: at(r.table),
			where: `${col} IS NOT NULL AND ${col} NOT IN (SELECT "${r.targetColumn}" FROM ${at(r.target)} WHERE "${r.targetColumn}" IS NOT NULL)`,
			value: col,
			issue: { column: r.column, rule: 'reference', expected: r.target }
		});
	}
	if (tables.includes('municipalities'))
		checks.push({
			table: 'municipalities',
			from: at('municipalities'),
			where: 'municipality_code IS NOT NULL',
			value: 'municipality_code',
			issue: { column: 'municipality_code', rule: 'check_digit' },
			accept: (v) => {
				const c = normaliseMunicipalityCode(v);
				return c.ok && c.code === v;
			}
		});
	if (tables.includes('schools'))
		checks.push({
			table: 'schools',
			from: at('schools'),
			where: 'length(school_code) = 13',
			value: 'school_code',
			issue: { column: 'school_code', rule: 'check_digit' },
			accept: isSchoolCodeAcceptable
		});
	return checks;
}

/**
 * A table taken whole from one file on the import's fast path: every cell was in its strict form
 * (so filled where required, within range, one of its labels), and whether its key was unique.
 */
export interface Prechecked {
	uniqueKey: boolean;
}

/** Number of violating rows; for duplicates, the rows beyond the first of each key. */
function countExpr(c: Check): string {
	if (!c.duplicateOf) return `count(*) FILTER (WHERE ${c.where})`;
	// A key of one column is counted as it is: joining it into a string first doubles the scan of a large log.
	const key = c.duplicateOf.length === 1 ? c.duplicateOf[0] : `concat_ws(chr(31), ${c.duplicateOf.join(', ')})`;
	return `count(*) FILTER (WHERE ${c.where}) - count(DISTINCT ${key}) FILTER (WHERE ${c.where})`;
}

/** One scan per table counting every check of that table. */
function countsSql(checks: readonly Check[]): string {
	const byTable = new Map<string, { c: Check; i: number }[]>();
	checks.forEach((c, i) => {
		if (!c.accept) byTable.set(c.from, [...(byTable.get(c.from) ?? []), { c, i }]);
	});
	return [...byTable]
		.map(([from, list]) => {
			const ids = list.map(({ i }) => i).join(', ');
			const counts = list.map(({ c }) => `(${countExpr(c)})::INTEGER`).join(', ');
			return `SELECT unnest([${ids}]) AS "check", unnest([${counts}]) AS n FROM ${from}`;
		})
		.join('\nUNION ALL\n');
}

/**
 * Offending lines of one check. rowid follows insertion order in a committed table, so line =
 * rowid + 2 counts through the table's files in load order (see `locate`); inside an open
 * transaction rowids are not 0-based, so only committed data is checked. A duplicate is reported
 * at its last occurrence: the row that repeats an earlier one (in an append, the new file's).
 */
function linesSql(c: Check, i: number): string {
	const limit = c.accept ? '' : ` LIMIT ${PER_CHECK_LIMIT}`;
	const body = c.duplicateOf
		? `SELECT (max(rowid) + 2)::INTEGER AS line, (${c.value})::VARCHAR AS value FROM ${c.from} WHERE ${c.where} GROUP BY ${c.duplicateOf.join(', ')} HAVING count(*) > 1 ORDER BY line${limit}`
		: `SELECT (rowid + 2)::INTEGER AS line, (${c.value})::VARCHAR AS value FROM ${c.from} WHERE ${c.where} ORDER BY rowid${limit}`;
	return `SELECT ${i} AS "check", line, value FROM (${body})`;
}

interface Hit {
	check: number;
	line: number;
	value: string | null;
}

/** A file loaded into a table, with its number of data rows; a table may hold several (an append). */
export interface FileSpan {
	name: string;
	rows: number;
}

/** The file and line of the table-wide line `line` (rowid + 2) across the table's files. */
function locate(spans: string | readonly FileSpan[], line: number): { file: string; line: number } {
	if (typeof spans === 'string') return { file: spans, line };
	let offset = 0;
	for (const span of spans) {
		if (line - 2 < offset + span.rows) return { file: span.name, line: line - offset };
		offset += span.rows;
	}
	return { file: spans.at(-1)?.name ?? '', line: line - offset };
}

/**
 * Every rule violation in the given tables of `schema`, each naming the file it was loaded from;
 * with `existing` (tables already loaded, by file name), also their references into these tables.
 * Never cached: the same check over the next load must run again.
 */
export async function checkIntegrity(
	runner: QueryRunner,
	files: Partial<Record<TableName, string | readonly FileSpan[]>>,
	schema: SchemaName = 'main',
	existing: Partial<Record<TableName, string>> = {},
	/** Tables staged as DuckDB read them on the import's fast path, checked then (db/direct-read.ts). */
	prechecked: ReadonlyMap<TableName, Prechecked> = new Map()
): Promise<DataIssue[]> {
	const checks = checksFor(Object.keys(files) as TableName[], schema, Object.keys(existing) as TableName[], prechecked);
	const sources: Partial<Record<TableName, string | readonly FileSpan[]>> = { ...existing, ...files };
	if (checks.length === 0) return [];
	const counts = await runner.rows<{ check: number; n: number }>(query(countsSql(checks), [], { cache: false }));
	const found = new Set(counts.filter((c) => c.n > 0).map((c) => c.check));
	const detailed = checks.flatMap((c, i) => (c.accept || found.has(i) ? [linesSql(c, i)] : []));
	if (detailed.length === 0) return [];
	const hits = await runner.rows<Hit>(
		query<Hit>(`${detailed.join('\nUNION ALL\n')}\nORDER BY "check", line`, [], { cache: false })
	);
	const issues: DataIssue[] = [];
	for (const h of hits) {
		const c = checks[h.check]!;
		if (c.accept?.(h.value ?? '')) continue;
		issues.push({
			...locate(sources[c.table] ?? c.table, h.line),
			value: h.value ?? undefined,
			severity: 'error',
			...c.issue
		});
	}
	return issues;
}
