/**
 * Rules across the cells of one row (docs/data-formats.md, "Import rules"): what each cell alone
 * cannot say — a request resolved before it was made, a share above 100 %, a school whose MEXT
 * code says another type than its 学校種 column. Each is an error: the value would change figures
 * silently otherwise.
 */
import { SCHOOL_TYPE_CODE_PREFIX } from '../codes';
import type { DataIssue } from '../issues';
import type { SchoolType, TableName } from '../tables';

/** Plan indicators given as a share of schools (docs/data-formats.md, ict_environment). */
const SHARE_INDICATORS = new Set(['wireless_lan', 'recommended_bandwidth', 'admin_system']);

type RowIssue = Omit<DataIssue, 'file' | 'line'>;

const MEXT_CODE = /^[A-H]\d{12}$/;

/** Checked on every row of a million-row log: the usual answer is this one array, not a new one. */
const NO_ISSUES: readonly RowIssue[] = [];

/** The tables `rowRuleIssues` has rules for. */
export const ROW_RULE_TABLES: readonly TableName[] = ['support_requests', 'ict_environment', 'schools'];

/** A request cannot be resolved before it was made (the one rule of support_requests). */
export const ORDERED_TIMES = { before: 'requested_at', after: 'resolved_at' } as const;

/** `record` holds the row's cells as read (validate-rows.ts); `raw` gives a cell as written, for the message. */
export function rowRuleIssues(
	table: TableName,
	record: Readonly<Record<string, unknown>>,
	raw: (column: string) => string
): readonly RowIssue[] {
	if (table === 'support_requests') {
		const asked = record[ORDERED_TIMES.before];
		const resolved = record[ORDERED_TIMES.after];
		// Both are normalised to "YYYY-MM-DD HH:MM:SS": text order is time order.
		if (typeof asked === 'string' && typeof resolved === 'string' && resolved < asked)
			return [rowIssue(raw, ORDERED_TIMES.after, 'order', raw(ORDERED_TIMES.before))];
	}
	if (table === 'ict_environment' && typeof record.value === 'number') {
		const indicator = String(record.indicator);
		if (SHARE_INDICATORS.has(indicator) && (record.value < 0 || record.value > 1))
			return [rowIssue(raw, 'value', 'range', '0–1')];
		if (indicator === 'helpdesk' && record.value !== 0 && record.value !== 1)
			return [rowIssue(raw, 'value', 'range', '0, 1')];
		if (record.value < 0) return [rowIssue(raw, 'value', 'range', '0–')];
	}
	if (table === 'schools' && typeof record.school_code === 'string' && typeof record.school_type === 'string') {
		// Only a MEXT 学校コード (a letter and 12 digits) carries its type; a board's own ids do not.
		const prefix = SCHOOL_TYPE_CODE_PREFIX[record.school_type as SchoolType];
		if (prefix && MEXT_CODE.test(record.school_code) && !record.school_code.startsWith(prefix))
			return [rowIssue(raw, 'school_type', 'code_type', record.school_code.slice(0, 2))];
	}
	return NO_ISSUES;
}

/** Defined once, not as a closure made again for every row. */
function rowIssue(
	raw: (column: string) => string,
	column: string,
	rule: DataIssue['rule'],
	expected: string
): RowIssue {
	return { column, value: raw(column), rule, expected, severity: 'error' };
}
