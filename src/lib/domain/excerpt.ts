/**
 * The start of a text that may be huge (a header that is one 10 MB line, a cell of a damaged file):
 * what the page is given to show, so no message or preview ever lays out megabytes of text.
 */
export const EXCERPT_LENGTH = 200;

/** Columns a review lays out: a file of thousands shows its first ones, the others are matched by their headers. */
export const REVIEW_COLUMNS = 50;

export const excerpt = (text: string, length = EXCERPT_LENGTH): string =>
	text.length <= length ? text : `${text.slice(0, length)}…`;
