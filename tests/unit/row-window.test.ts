/** The rows a long table draws: those in its box's view, a few either side, all of them at either end. */
import { describe, expect, it } from 'vitest';
import { rowWindow } from '../../src/lib/ui/row-window';

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
