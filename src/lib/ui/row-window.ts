/**
 * Which rows of a long table to draw: those in its scrolling box's view and `ahead` more either side (room to scroll a
 * little, or to move on with the keyboard, before the window has to move). Every row is one height; the rows not
 * drawn are left to spacers of their height, so the box scrolls as if all were there.
 */
export interface RowWindowOf {
	/** The box's scrollTop. */
	scrollTop: number;
	/** Where the first row begins inside the box (the caption and the headings above it). */
	bodyTop: number;
	/** The box's height. */
	viewHeight: number;
	rowHeight: number;
	rows: number;
	ahead: number;
}

/** The rows to draw, from `first` up to (not including) `last`. */
export function rowWindow(w: RowWindowOf): { first: number; last: number } {
	const height = Math.max(1, w.rowHeight);
	const from = Math.floor((w.scrollTop - w.bodyTop) / height);
	const to = Math.ceil((w.scrollTop - w.bodyTop + Math.max(1, w.viewHeight)) / height);
	const first = Math.max(0, Math.min(from, w.rows) - w.ahead);
	return { first, last: Math.max(first, Math.min(w.rows, to + w.ahead)) };
}
