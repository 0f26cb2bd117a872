import { describe, expect, it } from 'vitest';
import {
	APPROVAL_MAX_ROLES,
	defaultReportNotes,
	NOTE_MAX_CHARS,
	parseReportNotes,
	parseRoles
} from '../../src/lib/domain/report-notes';

describe('the budget pack’s notes', () => {
	it('reads back what it wrote, and the defaults', () => {
		const notes = {
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
});
