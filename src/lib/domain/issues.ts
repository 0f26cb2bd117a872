/** A problem found in a data file: where it is and what was expected, for the user to fix. */
export type IssueRule =
	| 'required'
	| 'enum'
	| 'range'
	| 'duplicate'
	| 'reference'
	| 'check_digit'
	| 'type'
	| 'file'
	| 'field_count'
	| 'missing_column'
	| 'duplicate_column'
	| 'order'
	| 'code_type'
	| 'unknown_column'
	| 'zero_value'
	| 'unknown_table'
	| 'same_table_twice'
	| 'no_rows'
	| 'formula'
	| 'nested_column'
	| 'public_feature'
	| 'address'
	| 'located_at_municipality';

export interface DataIssue {
	file: string;
	/** 1-based line in the file (header = line 1); absent when the problem is not one row's. */
	line?: number;
	column?: string;
	value?: string;
	rule: IssueRule;
	/** Rule details used to phrase the message: allowed values, range, referenced table. */
	expected?: string;
	severity: 'error' | 'warning';
}
