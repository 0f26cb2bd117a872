import { describe, expect, it } from 'vitest';
import { entryText, pastedCells, readEntry, EMPTY_TEXT } from '$lib/domain/staff-entry';

const ROWS = [
	{ code: '230006', name: '愛知県' },
	{ code: '231002', name: '名古屋市' },
	{ code: '232017', name: '豊橋市' },
	{ code: '232084', name: '津島市' }
];
const WORDS = { yes: 'あり', no: 'なし' };

describe('a typed row of staff numbers', () => {
	it('reads cells as the importer reads a file: full-width digits, あり/なし, blanks', () => {
		expect(readEntry({ headcount: '１２', fte: '10.5', helpdesk: 'あり' })).toEqual({
			value: { headcount: 12, fte: 10.5, helpdesk: true },
			problems: []
		});
		expect(readEntry({ headcount: '3', fte: '', helpdesk: '×' }).value).toEqual({
			headcount: 3,
			fte: null,
			helpdesk: false
		});
		expect(readEntry(EMPTY_TEXT)).toEqual({ value: { headcount: null, fte: null, helpdesk: null }, problems: [] });
	});

	it('names what a wrong cell needs, and counts it as blank', () => {
		const { value, problems } = readEntry({ headcount: '2.5', fte: 'x', helpdesk: 'たぶん' });
		expect(value).toEqual({ headcount: null, fte: null, helpdesk: null });
		expect(problems.map((p) => [p.column, p.rule])).toEqual([
			['headcount', 'type'],
			['fte', 'type'],
			['helpdesk', 'enum']
		]);
		expect(readEntry({ headcount: '-1', fte: '', helpdesk: '' }).problems[0]).toMatchObject({ rule: 'range' });
	});

	it('refuses more full-time equivalents than people', () => {
		const { value, problems } = readEntry({ headcount: '2', fte: '2.5', helpdesk: '' });
		expect(problems).toEqual([{ column: 'fte', expected: '2', rule: 'fte_over_headcount' }]);
		expect(value.fte).toBeNull();
		expect(value.headcount).toBe(2);
	});

	it('shows stored values back as text that reads the same', () => {
		const text = entryText({ headcount: 4, fte: 3.5, helpdesk: false }, WORDS);
		expect(text).toEqual({ headcount: '4', fte: '3.5', helpdesk: 'なし' });
		expect(readEntry(text).value).toEqual({ headcount: 4, fte: 3.5, helpdesk: false });
	});
});

describe('a block pasted from Excel', () => {
	it('lays a column out down the rows from the focused cell', () => {
		expect(pastedCells('5\r\n6\r\n7\r\n', ROWS, 1, 'headcount')).toEqual([
			{ code: '231002', column: 'headcount', text: '5' },
			{ code: '232017', column: 'headcount', text: '6' },
			{ code: '232084', column: 'headcount', text: '7' }
		]);
	});

	it('fills the columns to the right and drops what falls beyond the grid', () => {
		expect(pastedCells('5\t4.5\tあり\textra\n6\t6\tなし', ROWS, 3, 'headcount')).toEqual([
			{ code: '232084', column: 'headcount', text: '5' },
			{ code: '232084', column: 'fte', text: '4.5' },
			{ code: '232084', column: 'helpdesk', text: 'あり' }
		]);
	});

	it('goes by the first column when every line starts with a code or a name of the grid', () => {
		expect(pastedCells('津島市\t3\n23100\t80\n豊橋市\t12', ROWS, 0, 'headcount')).toEqual([
			{ code: '232084', column: 'headcount', text: '3' },
			{ code: '231002', column: 'headcount', text: '80' },
			{ code: '232017', column: 'headcount', text: '12' }
		]);
	});
});
