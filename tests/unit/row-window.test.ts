/** The rows a long table draws: those in its box's view, a few either side, all of them at either end. */
import { describe, expect, it } from 'vitest';
import { rowForKey, rowWindow, scrollToShow } from '../../src/lib/ui/row-window';

const box = { bodyTop: 60, viewHeight: 720, rowHeight: 36, rows: 1788, ahead: 8 };

describe('row window', () => {
	it('draws the rows in view and eight more below at the top of the box', () => {
		// 720 px show rows 0–18 (the headings take the first 60); eight more below.
		expect(rowWindow({ ...box, scrollTop: 0 })).toEqual({ first: 0, last: 27 });
	});

	it('draws eight rows either side of those in view when scrolled', () => {
		// Scrolled 36 000 px: row (36 000 − 60) / 36 = 998 is at the top, 1 018 at the bottom.
		expect(rowWindow({ ...box, scrollTop: 36_000 })).toEqual({ first: 990, last: 1027 });
	});

	it('ends with the last row at the foot of the box', () => {
		const bottom = 60 + 1788 * 36 - 720;
		expect(rowWindow({ ...box, scrollTop: bottom })).toEqual({ first: 1760, last: 1788 });
	});

	it('draws every row of a short list, and none of an empty one', () => {
		expect(rowWindow({ ...box, rows: 12, scrollTop: 0 })).toEqual({ first: 0, last: 12 });
		expect(rowWindow({ ...box, rows: 0, scrollTop: 0 })).toEqual({ first: 0, last: 0 });
	});

	it('keeps to the rows there are when the list shrinks under a scrolled box', () => {
		expect(rowWindow({ ...box, rows: 100, scrollTop: 36_000 })).toEqual({ first: 92, last: 100 });
	});
});

describe('keys between rows', () => {
	it('moves one row with ↑ ↓, a page with PageUp PageDown, to either end with Home End', () => {
		expect(rowForKey('ArrowDown', 10, 1788, 18)).toBe(11);
		expect(rowForKey('ArrowUp', 10, 1788, 18)).toBe(9);
		expect(rowForKey('PageDown', 10, 1788, 18)).toBe(28);
		expect(rowForKey('PageUp', 30, 1788, 18)).toBe(12);
		expect(rowForKey('Home', 900, 1788, 18)).toBe(0);
		expect(rowForKey('End', 3, 1788, 18)).toBe(1787);
	});

	it('stops at the first and last rows, moves at least one row a page, and leaves other keys alone', () => {
		expect(rowForKey('ArrowUp', 0, 1788, 18)).toBe(0);
		expect(rowForKey('PageUp', 5, 1788, 18)).toBe(0);
		expect(rowForKey('PageDown', 1780, 1788, 18)).toBe(1787);
		expect(rowForKey('ArrowDown', 1787, 1788, 18)).toBe(1787);
		expect(rowForKey('PageDown', 4, 1788, 0)).toBe(5);
		expect(rowForKey('Enter', 4, 1788, 18)).toBeNull();
		expect(rowForKey('ArrowDown', 0, 0, 18)).toBeNull();
	});

	const view = { bodyTop: 60, viewHeight: 720, rowHeight: 36, headHeight: 40 };

	it('scrolls a row below the view up to the foot of the box, and one above down to just below the headings', () => {
		// Row 100 ends at 60 + 101 × 36 = 3 696 px: the box's foot there.
		expect(scrollToShow({ ...view, scrollTop: 0 }, 100)).toBe(3696 - 720);
		// Row 10 starts at 420 px, under headings 40 px high.
		expect(scrollToShow({ ...view, scrollTop: 3000 }, 10)).toBe(380);
		expect(scrollToShow({ ...view, scrollTop: 3000 }, 0)).toBe(20);
	});

	it('leaves the scroll as it is for a row in view', () => {
		expect(scrollToShow({ ...view, scrollTop: 360 }, 12)).toBe(360);
	});
});
