import { describe, expect, it } from 'vitest';
import {
	APPROVAL_MAX_ROLES,
	checkReportNotes,
	defaultReportNotes,
	NOTE_MAX_CHARS,
	ORGANISATION_MAX_CHARS,
	organisationOf,
	parseReportNotes,
	parseRoles
} from '../../src/lib/domain/report-notes';

describe('the budget pack’s notes', () => {
	it('reads back what it wrote, and the defaults', () => {
		const notes = {
			budgetYear: 2028,
			organisation: '霧原市教育委員会 学校教育課',
			notes: { ...defaultReportNotes().notes, purpose: '提案の趣旨です。\n二段落目。', week: '月曜は本庁で会議。' },
			approvals: { shown: true, roles: ['起案者', '係長', '課長'] }
		};
		expect(parseReportNotes(JSON.parse(JSON.stringify(notes)))).toEqual(notes);
		expect(parseReportNotes(defaultReportNotes())).toEqual(defaultReportNotes());
	});

	it('keeps only the known sections, and refuses a missing section, text too long, roles of the wrong kind', () => {
		const extra = { ...defaultReportNotes(), notes: { ...defaultReportNotes().notes, other: 'x' } };
		expect(Object.keys(parseReportNotes(extra)!.notes)).toEqual(['purpose', 'current', 'cost', 'effects', 'week']);
		const { week: _week, ...noWeek } = defaultReportNotes().notes;
		expect(parseReportNotes({ ...defaultReportNotes(), notes: noWeek })).toBeNull();
		const long = 'あ'.repeat(NOTE_MAX_CHARS + 1);
		expect(
			parseReportNotes({ ...defaultReportNotes(), notes: { ...defaultReportNotes().notes, cost: long } })
		).toBeNull();
		const approvals = (a: unknown) => parseReportNotes({ ...defaultReportNotes(), approvals: a });
		expect(approvals({ shown: 1, roles: null })).toBeNull();
		expect(approvals({ shown: true, roles: ['課長', ''] })).toBeNull();
		expect(approvals({ shown: true, roles: ['課長', 3] })).toBeNull();
		expect(approvals({ shown: true, roles: Array(APPROVAL_MAX_ROLES + 1).fill('係') })).toBeNull();
		expect(approvals({ shown: true, roles: ['あ'.repeat(13)] })).toBeNull();
		expect(approvals({ shown: false, roles: [] })).toEqual({
			...defaultReportNotes(),
			approvals: { shown: false, roles: [] }
		});
		expect(parseReportNotes(null)).toBeNull();
		expect(parseReportNotes([])).toBeNull();
	});

	it('reads a line of roles as people type it', () => {
		expect(parseRoles('起案者、係長、課長')).toEqual(['起案者', '係長', '課長']);
		expect(parseRoles(' 起案者 , 係長，課長・部長 / 教育長 ')).toEqual(['起案者', '係長', '課長', '部長', '教育長']);
		expect(parseRoles('、、')).toEqual([]);
		expect(parseRoles('a b c d e f g h i j')).toHaveLength(APPROVAL_MAX_ROLES);
		expect(parseRoles('あいうえおかきくけこさしすせ')).toEqual(['あいうえおかきくけこさし']);
		// Whatever is typed, the result reads back as a kept document.
		const roles = parseRoles('起案者、、' + 'い'.repeat(30) + '、課長');
		expect(parseReportNotes({ ...defaultReportNotes(), approvals: { shown: true, roles } })).not.toBeNull();
	});

	it('keeps the 年度 and the organisation, reads notes kept before them as without, and names the field at fault', () => {
		const { budgetYear: _y, organisation: _o, ...older } = defaultReportNotes();
		expect(parseReportNotes({ ...older, notes: { ...older.notes, purpose: '趣旨' } })).toEqual({
			...defaultReportNotes(),
			notes: { ...defaultReportNotes().notes, purpose: '趣旨' }
		});
		const check = (patch: Record<string, unknown>) => checkReportNotes({ ...defaultReportNotes(), ...patch });
		expect(check({ budgetYear: 2027, organisation: '' })).toEqual({
			notes: { ...defaultReportNotes(), budgetYear: 2027, organisation: '' }
		});
		for (const budgetYear of ['2027', 2027.5, 1999, 2101, 1e21, Number.NaN, true, [2027], { y: 2027 }])
			expect(check({ budgetYear })).toEqual({ fault: 'budgetYear' });
		const long = 'あ'.repeat(ORGANISATION_MAX_CHARS + 1);
		for (const organisation of [42, ['市'], { name: '市' }, long, '霧原市\n教育委員会', '霧原市\u0000', '\u001b[31m'])
			expect(check({ organisation })).toEqual({ fault: 'organisation' });
		expect(check({ organisation: 'あ'.repeat(ORGANISATION_MAX_CHARS) })).toHaveProperty('notes');
		// Characters outside the BMP count one each (the field's maxlength counts them twice: what is typed always fits).
		expect(check({ organisation: '𠮷'.repeat(ORGANISATION_MAX_CHARS) })).toHaveProperty('notes');
		expect(check({ notes: null })).toEqual({ fault: 'notes' });
		expect(checkReportNotes('x')).toEqual({ fault: 'notes' });
		expect(parseReportNotes({ ...defaultReportNotes(), budgetYear: '2027' })).toBeNull();
	});

	it('makes what is typed or pasted into the organisation one that reads back', () => {
		expect(organisationOf('霧原市教育委員会')).toBe('霧原市教育委員会');
		expect(organisationOf('霧原市\t教育委員会\r\n')).toBe('霧原市 教育委員会  ');
		expect(organisationOf('い'.repeat(ORGANISATION_MAX_CHARS + 5))).toBe('い'.repeat(ORGANISATION_MAX_CHARS));
		for (const typed of ['a\u0007b', '𠮷'.repeat(100), '\n'.repeat(3)])
			expect(checkReportNotes({ ...defaultReportNotes(), organisation: organisationOf(typed) })).toHaveProperty(
				'notes'
			);
	});
});
