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

/**
 * The row (from 0) a key moves to from row `from`: ↑ ↓ one row, PageUp PageDown `perPage` rows (those the box shows),
 * Home End the first and last; null for any other key. It stays within the `rows` there are.
 */
export function rowForKey(key: string, from: number, rows: number, perPage: number): number | null {
	const page = Math.max(1, perPage);
	const to: Record<string, number> = {
		ArrowDown: from + 1,
		ArrowUp: from - 1,
		PageDown: from + page,
		PageUp: from - page,
		Home: 0,
		End: rows - 1
	};
	const row = to[key];
	return row === undefined || rows === 0 ? null : Math.max(0, Math.min(rows - 1, row));
}

/**
 * The box's scrollTop that shows row `index` whole below the headings that stay at its top (`headHeight`), scrolling
 * as little as it can: unchanged if the row is in view already.
 */
export function scrollToShow(w: Omit<RowWindowOf, 'rows' | 'ahead'> & { headHeight: number }, index: number): number {
	const top = w.bodyTop + index * w.rowHeight;
	if (top - w.headHeight < w.scrollTop) return Math.max(0, top - w.headHeight);
	const bottom = top + w.rowHeight;
	return bottom > w.scrollTop + w.viewHeight ? bottom - w.viewHeight : w.scrollTop;
}
