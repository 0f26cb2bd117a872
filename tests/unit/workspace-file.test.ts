import { describe, expect, it } from 'vitest';
import { decodeWorkspaceFile, encodeWorkspaceFile, WorkspaceFileError } from '../../src/lib/workspace/workspace-file';
import { SAMPLE_DATASET } from '../../src/lib/workspace/sample';
import { defaultScheduleSettings } from '../../src/lib/domain/schedule/settings';
import { emptyBook } from '../../src/lib/domain/scenario/assumptions';
import { plusStaff } from '../../src/lib/domain/scenario/book';

describe('workspace file', () => {
	it('round-trips the dataset, the imported tables, the schedule settings and the scenarios exactly, from memory or from Blobs', async () => {
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
		const back = decodeWorkspaceFile(await encodeWorkspaceFile(dataset, files, { schedule, scenarios }));
		expect(back.dataset).toEqual(dataset);
		expect(back.files).toEqual(files);
		expect(back.schedule).toEqual(schedule);
		expect(back.scenarios).toEqual(scenarios);
		const fromBlob = decodeWorkspaceFile(
			await encodeWorkspaceFile(dataset, [{ table: 'staff', name: '支援員一覧.csv', blob: new Blob([csv]) }], {
				schedule,
				scenarios
			})
		);
		expect(fromBlob.files).toEqual(files);
	});

	it('reads a file without schedule settings or scenarios, and refuses damaged ones', async () => {
		const text = await encodeWorkspaceFile(SAMPLE_DATASET, [], {
			schedule: defaultScheduleSettings(),
			scenarios: emptyBook()
		});
		const json = JSON.parse(text) as Record<string, unknown>;
		delete json.schedule;
		delete json.scenarios;
		expect(decodeWorkspaceFile(JSON.stringify(json)).schedule).toBeNull();
		expect(decodeWorkspaceFile(JSON.stringify(json)).scenarios).toBeNull();
		json.scenarios = { ...emptyBook(), scenarios: [{ id: 'x' }] };
		expect(() => decodeWorkspaceFile(JSON.stringify(json))).toThrow('damaged scenarios');
		delete json.scenarios;
		json.schedule = { ...defaultScheduleSettings(), maxSchoolsPerDay: 9 };
		expect(() => decodeWorkspaceFile(JSON.stringify(json))).toThrow('damaged schedule settings');
	});

	it('refuses other JSON, other versions and damaged entries with a reason', () => {
		expect(() => decodeWorkspaceFile('{')).toThrow(WorkspaceFileError);
		expect(() => decodeWorkspaceFile('{"format":"other"}')).toThrow('not a Haichi workspace file');
		expect(() => decodeWorkspaceFile('{"format":"haichi-workspace","version":9}')).toThrow('unsupported version 9');
		const bad = JSON.stringify({
			format: 'haichi-workspace',
			version: 1,
			dataset: SAMPLE_DATASET,
			files: [{ table: 'nope', name: 'x', csv: '' }]
		});
		expect(() => decodeWorkspaceFile(bad)).toThrow('damaged table entry');
	});
});
