/**
 * Checks loaded tables against the rules of shared/data-spec.md in one round trip. The SQL is
 * generated from the constant table specs only: identifiers and allowed values come from code,
 * never from files.
 */
import { TABLES, type TableName } from '$lib/domain/tables';
import { isSchoolCodeAcceptable, normaliseMunicipalityCode } from '$lib/domain/codes';
import type { DataIssue } from '$lib/domain/issues';
import { query, type QueryRunner } from './query';
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
	{ table: 'ferries', column: 'school_code', target: 'schools', targetColumn: 'school_code' }
];

/** A check: SQL selecting (line, value) of offending rows, and how to describe each hit. */
interface Check {
	table: TableName;
	sql: string;
	issue: Pick<DataIssue, 'column' | 'rule' | 'expected'>;
	/** Hits are candidates the domain code decides on (check digits are computed in TypeScript). */
	accept?: (value: string) => boolean;
}

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * rowid follows insertion order in a committed table filled from one file, so line = rowid + 2
 * (the header is line 1). Inside an open transaction rowids are not 0-based: check committed data.
 */
const offending = (table: string, valueExpr: string, where: string, limit: number | null = PER_CHECK_LIMIT) =>
	`SELECT (rowid + 2)::INTEGER AS line, (${valueExpr})::VARCHAR AS value FROM ${table} WHERE ${where} ORDER BY rowid${limit ? ` LIMIT ${limit}` : ''}`;

function checksFor(tables: readonly TableName[], schema: SchemaName): Check[] {
	const checks: Check[] = [];
	// A reference to a table that is not part of this load goes to the one already loaded.
	const at = (table: TableName) => qualified(table, tables.includes(table) ? schema : 'main');
	for (const table of tables) {
		const spec = TABLES[table];
		for (const c of spec.columns) {
			const col = `"${c.name}"`;
			if (c.required) checks.push({ table, sql: offending(at(table), 'NULL', `${col} IS NULL`), issue: { column: c.name, rule: 'required' } });
			if (c.type.kind === 'enum')
				checks.push({
					table,
					sql: offending(at(table), col, `${col} NOT IN (${c.type.values.map(literal).join(', ')})`),
					issue: { column: c.name, rule: 'enum', expected: c.type.values.join(', ') }
				});
			if (c.range) {
				const [lo, hi] = c.range;
				const bounded = hi < Number.MAX_SAFE_INTEGER;
				checks.push({
					table,
					sql: offending(at(table), col, bounded ? `${col} < ${lo} OR ${col} > ${hi}` : `${col} < ${lo}`),
					issue: { column: c.name, rule: 'range', expected: bounded ? `${lo}–${hi}` : `≥ ${lo}` }
				});
			}
		}
		if (spec.key) {
			const key = spec.key.map((k) => `"${k}"`);
			checks.push({
				table,
				sql: `SELECT (min(rowid) + 2)::INTEGER AS line, concat_ws(' / ', ${key.join(', ')})::VARCHAR AS value FROM ${at(table)} WHERE ${key.map((k) => `${k} IS NOT NULL`).join(' AND ')} GROUP BY ${key.join(', ')} HAVING count(*) > 1 ORDER BY line LIMIT ${PER_CHECK_LIMIT}`,
				issue: { column: spec.key.join(', '), rule: 'duplicate' }
			});
		}
	}
	for (const r of REFERENCES) {
		if (!tables.includes(r.table)) continue;
		const col = `"${r.column}"`;
		checks.push({
			table: r.table,
			sql: offending(at(r.table), col, `${col} IS NOT NULL AND ${col} NOT IN (SELECT "${r.targetColumn}" FROM ${at(r.target)} WHERE "${r.targetColumn}" IS NOT NULL)`),
			issue: { column: r.column, rule: 'reference', expected: r.target }
		});
	}
	if (tables.includes('municipalities'))
		checks.push({
			table: 'municipalities',
			sql: offending(at('municipalities'), 'municipality_code', 'municipality_code IS NOT NULL', null),
			issue: { column: 'municipality_code', rule: 'check_digit' },
			accept: (v) => {
				const c = normaliseMunicipalityCode(v);
				return c.ok && c.code === v;
			}
		});
	if (tables.includes('schools'))
		checks.push({
			table: 'schools',
			sql: offending(at('schools'), 'school_code', 'length(school_code) = 13', null),
			issue: { column: 'school_code', rule: 'check_digit' },
			accept: isSchoolCodeAcceptable
		});
	return checks;
}

interface Hit {
	check: number;
	line: number;
	value: string | null;
}

/**
 * Every rule violation in the given tables of `schema`, each naming the file it was loaded from.
 * Never cached: the same check over the next load must run again.
 */
export async function checkIntegrity(runner: QueryRunner, files: Partial<Record<TableName, string>>, schema: SchemaName = 'main'): Promise<DataIssue[]> {
	const checks = checksFor(Object.keys(files) as TableName[], schema);
	if (checks.length === 0) return [];
	const sql = checks.map((c, i) => `SELECT ${i} AS "check", line, value FROM (${c.sql})`).join('\nUNION ALL\n');
	const hits = await runner.rows<Hit>(query<Hit>(`${sql}\nORDER BY "check", line`, [], { cache: false }));
	const issues: DataIssue[] = [];
	for (const h of hits) {
		const c = checks[h.check]!;
		if (c.accept?.(h.value ?? '')) continue;
		issues.push({ file: files[c.table]!, line: h.line, value: h.value ?? undefined, severity: 'error', ...c.issue });
	}
	return issues;
}
