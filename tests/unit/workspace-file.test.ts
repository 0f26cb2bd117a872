import { describe, expect, it } from 'vitest';
import { decodeWorkspaceFile, encodeWorkspaceFile, WorkspaceFileError } from '../../src/lib/workspace/workspace-file';
import { SAMPLE_DATASET } from '../../src/lib/workspace/sample';
import { defaultScheduleSettings } from '../../src/lib/domain/schedule/settings';
import { emptyBook } from '../../src/lib/domain/scenario/assumptions';
import { plusStaff } from '../../src/lib/domain/scenario/book';
import { datasetOfWorkspace } from '../../src/lib/domain/dataset';
import { defaultReportNotes } from '../../src/lib/domain/report-notes';
import { ja } from '../../src/lib/i18n/ja';
import { en } from '../../src/lib/i18n/en';

describe('workspace file', () => {
	it('round-trips the dataset, the imported tables, the schedule settings, the scenarios and the pack’s notes exactly, from memory or from Blobs', async () => {
		const csv = 'staff_id,name\nS1,"A, B"\n';
		const files = [{ table: 'staff' as const, name: '支援員一覧.csv', bytes: new TextEncoder().encode(csv) }];
		const dataset = { ...SAMPLE_DATASET, id: 'workspace' as const, fictional: false };
		const schedule = {
			...defaultScheduleSettings(),
			minOnsiteMinutes: 120,
			pins: [{ school: 'B1', staff: 'S1', day: 'tue' as const }]
		};
		schedule.policy.overrides = { B1: 3 };
		const scenarios = plusStaff({ ...emptyBook(), scope: ['469017'] }, 'a1', '+3人', 3, {
			kind: 'office',
			employer: '469017'
		});
		const report = {
			budgetYear: 2028,
			organisation: '霧原市教育委員会 学校教育課',
			notes: { ...defaultReportNotes().notes, purpose: '学校の ICT 活用を支えるため。\n増員を要求します。' },
			approvals: { shown: true, roles: ['起案者', '係長', '課長'] }
		};
		const back = decodeWorkspaceFile(await encodeWorkspaceFile(dataset, files, { schedule, scenarios, report }));
		expect(back.dataset).toEqual(dataset);
		expect(back.files).toEqual(files);
		expect(back.schedule).toEqual(schedule);
		expect(back.scenarios).toEqual(scenarios);
		expect(back.report).toEqual(report);
		const fromBlob = decodeWorkspaceFile(
			await encodeWorkspaceFile(dataset, [{ table: 'staff', name: '支援員一覧.csv', blob: new Blob([csv]) }], {
				schedule,
				scenarios,
				report
			})
		);
		expect(fromBlob.files).toEqual(files);
	});

	it('reads a file without schedule settings, scenarios or notes, and refuses damaged ones', async () => {
		const text = await encodeWorkspaceFile(SAMPLE_DATASET, [], {
			schedule: defaultScheduleSettings(),
			scenarios: emptyBook(),
			report: defaultReportNotes()
		});
		const json = JSON.parse(text) as Record<string, unknown>;
		delete json.schedule;
		delete json.scenarios;
		delete json.report;
		expect(decodeWorkspaceFile(JSON.stringify(json)).schedule).toBeNull();
		expect(decodeWorkspaceFile(JSON.stringify(json)).scenarios).toBeNull();
		expect(decodeWorkspaceFile(JSON.stringify(json)).report).toBeNull();
		json.report = { ...defaultReportNotes(), approvals: { shown: 'yes', roles: null } };
		expect(problemOf(JSON.stringify(json))).toEqual({ problem: 'report', value: undefined });
		// Notes kept before the pack's 年度 and organisation were: read as without them.
		const { budgetYear: _y, organisation: _o, ...older } = defaultReportNotes();
		json.report = { ...older, notes: { ...older.notes, cost: '単価は委託契約による。' } };
		expect(decodeWorkspaceFile(JSON.stringify(json)).report).toEqual({
			...defaultReportNotes(),
			notes: { ...defaultReportNotes().notes, cost: '単価は委託契約による。' }
		});
		// A year of the wrong kind or out of range, and an organisation that is no line of text, are named.
		json.report = { ...defaultReportNotes(), budgetYear: '2027' };
		expect(problemOf(JSON.stringify(json))).toEqual({ problem: 'report_year', value: '2027' });
		json.report = { ...defaultReportNotes(), budgetYear: 'x'.repeat(10_000) };
		expect(problemOf(JSON.stringify(json))).toEqual({ problem: 'report_year', value: 'x'.repeat(20) });
		json.report = { ...defaultReportNotes(), budgetYear: 3000 };
		expect(problemOf(JSON.stringify(json))).toEqual({ problem: 'report_year', value: '3000' });
		json.report = { ...defaultReportNotes(), organisation: { toString: 'x' } };
		expect(problemOf(JSON.stringify(json))).toEqual({ problem: 'report_organisation', value: undefined });
		json.report = { ...defaultReportNotes(), organisation: '<script>alert(1)</script>\n'.repeat(500) };
		expect(problemOf(JSON.stringify(json))).toEqual({ problem: 'report_organisation', value: undefined });
		delete json.report;
		json.scenarios = { ...emptyBook(), scenarios: [{ id: 'x' }] };
		expect(problemOf(JSON.stringify(json))).toEqual({ problem: 'scenarios', value: undefined });
		delete json.scenarios;
		json.schedule = { ...defaultScheduleSettings(), maxSchoolsPerDay: 9 };
		expect(problemOf(JSON.stringify(json))).toEqual({ problem: 'schedule', value: undefined });
	});

	it('refuses other JSON, other versions, damaged records and entries with a reason and the value at fault', () => {
		expect(problemOf('{')).toEqual({ problem: 'not_json', value: undefined });
		expect(problemOf('[1]')).toEqual({ problem: 'not_workspace', value: undefined });
		expect(problemOf('{"format":"other"}')).toEqual({ problem: 'not_workspace', value: undefined });
		expect(problemOf('{"format":"haichi-workspace","version":9}')).toEqual({ problem: 'version', value: '9' });
		const file = (dataset: unknown, files: unknown = []) =>
			JSON.stringify({ format: 'haichi-workspace', version: 1, dataset, files });
		expect(problemOf(file(SAMPLE_DATASET, [{ table: 'nope', name: 'x', csv: '' }]))).toEqual({
			problem: 'table_entry',
			value: undefined
		});
		expect(problemOf(file(SAMPLE_DATASET, [{ table: 'staff', name: 'x' }]))).toEqual({
			problem: 'table_entry',
			value: undefined
		});
		// A fiscal year no screen can show (1e21 made every screen fail) or one that is no year at all.
		expect(problemOf(file({ ...SAMPLE_DATASET, fiscalYear: 1e21 }))).toEqual({
			problem: 'fiscal_year',
			value: '1e+21'
		});
		expect(problemOf(file({ ...SAMPLE_DATASET, fiscalYear: 2025.5 }))).toEqual({
			problem: 'fiscal_year',
			value: '2025.5'
		});
		expect(problemOf(file({ ...SAMPLE_DATASET, fiscalYear: '2025' }))).toEqual({
			problem: 'fiscal_year',
			value: '2025'
		});
		expect(problemOf(file({ ...SAMPLE_DATASET, prefecture: null }))).toEqual({
			problem: 'incomplete',
			value: undefined
		});
		expect(problemOf(file({ ...SAMPLE_DATASET, files: [{ table: 'staff' }] }))).toEqual({
			problem: 'incomplete',
			value: undefined
		});
		expect(problemOf(file(SAMPLE_DATASET, {}))).toEqual({ problem: 'incomplete', value: undefined });
	});

	it('names the pack’s field at fault as the screen labels it', () => {
		for (const [messages, open] of [
			[ja, '「'],
			[en, '“']
		] as const) {
			const refused = messages.data.workspaceFile.refused;
			expect(refused.report_year('作業.json', '2027年')).toContain(`${open}${messages.report.budgetYear}`);
			expect(refused.report_year('作業.json', '2027年')).toContain('2027年');
			expect(refused.report_organisation('作業.json')).toContain(`${open}${messages.report.organisation}`);
		}
	});

	it('has a message for every reason in Japanese and English, naming the file and the value, with no English in the Japanese one', () => {
		const problems = Object.keys(ja.data.workspaceFile.refused) as (keyof typeof ja.data.workspaceFile.refused)[];
		expect(problems.sort()).toEqual(Object.keys(en.data.workspaceFile.refused).sort());
		for (const problem of problems) {
			const inJa = ja.data.workspaceFile.refused[problem]('作業.json', '1e+21');
			const inEn = en.data.workspaceFile.refused[problem]('作業.json', '1e+21');
			expect(inJa).toContain('「作業.json」');
			expect(inEn).toContain('作業.json');
			expect(inJa).not.toMatch(/\b(not|JSON file|unsupported|damaged)\b/);
			if (problem === 'version' || problem === 'fiscal_year' || problem === 'report_year')
				expect(inJa).toContain('1e+21');
		}
	});
});

function problemOf(text: string): { problem: string; value: string | undefined } | null {
	try {
		decodeWorkspaceFile(text);
		return null;
	} catch (e) {
		if (!(e instanceof WorkspaceFileError)) throw e;
		return { problem: e.problem, value: e.value };
	}
}

describe('the dataset record of a workspace file', () => {
	const sampleStaff = SAMPLE_DATASET.files.find((f) => f.table === 'staff')!;
	const own = { table: 'staff' as const, name: '支援員一覧.csv', rows: 3, sample: false };

	it('labels the user’s tables as imported even when the file calls them the sample', () => {
		const claimed = {
			...SAMPLE_DATASET,
			files: SAMPLE_DATASET.files.map((f) => (f.table === 'staff' ? { ...f, file: '支援員一覧.csv', rows: 999 } : f))
		};
		const { dataset, corrected } = datasetOfWorkspace(claimed, [own], SAMPLE_DATASET);
		expect(corrected).toBe(true);
		expect(dataset.fictional).toBe(false);
		expect(dataset.id).toBe('workspace');
		const staff = dataset.files.filter((f) => f.table === 'staff');
		expect(staff).toEqual([{ table: 'staff', file: '支援員一覧.csv', rows: 3, origin: 'import' }]);
		expect(dataset.files.filter((f) => f.origin === 'sample')).toHaveLength(SAMPLE_DATASET.files.length - 1);
	});

	it('is the sample itself when every table is the sample’s file, whatever the file says', () => {
		const claimed = { ...SAMPLE_DATASET, id: 'workspace' as const, fictional: false, fiscalYear: 2030 };
		const { dataset, corrected } = datasetOfWorkspace(
			claimed,
			[{ table: 'staff', name: sampleStaff.file, rows: sampleStaff.rows, sample: true }],
			SAMPLE_DATASET
		);
		expect(dataset).toEqual(SAMPLE_DATASET);
		expect(corrected).toBe(true);
	});

	it('keeps what the file may say: the fiscal year, whether the user set it, load times of the right form', () => {
		const claimed = {
			...SAMPLE_DATASET,
			id: 'workspace' as const,
			fictional: false,
			fiscalYear: 2024,
			fiscalYearSet: true,
			files: [
				...SAMPLE_DATASET.files.filter((f) => f.table !== 'staff'),
				{
					table: 'staff' as const,
					file: '支援員一覧.csv',
					rows: 3,
					origin: 'import' as const,
					loadedAt: '2025-05-01 10:00'
				}
			]
		};
		const { dataset, corrected } = datasetOfWorkspace(claimed, [own], SAMPLE_DATASET);
		expect(corrected).toBe(false);
		expect(dataset.fiscalYear).toBe(2024);
		expect(dataset.fiscalYearSet).toBe(true);
		expect(dataset.files.find((f) => f.table === 'staff')?.loadedAt).toBe('2025-05-01 10:00');
		const odd = { ...claimed, fiscalYear: 1950, files: claimed.files.map((f) => ({ ...f, loadedAt: '<b>x</b>' })) };
		const back = datasetOfWorkspace(odd, [own], SAMPLE_DATASET).dataset;
		// A year set by the user is one of the years offered; a load time is a date and a time or nothing.
		expect(back.fiscalYearSet).toBeUndefined();
		expect(back.files.find((f) => f.table === 'staff')?.loadedAt).toBeUndefined();
	});
});
