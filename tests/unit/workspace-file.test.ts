import { describe, expect, it } from 'vitest';
import { decodeWorkspaceFile, encodeWorkspaceFile, WorkspaceFileError } from '../../src/lib/db/workspace-file';
import { SAMPLE_DATASET } from '../../src/lib/db/sample';

describe('workspace file', () => {
	it('round-trips the dataset and the imported tables exactly, from memory or from Blobs', async () => {
		const csv = 'staff_id,name\nS1,"A, B"\n';
		const files = [{ table: 'staff' as const, name: '支援員一覧.csv', bytes: new TextEncoder().encode(csv) }];
		const dataset = { ...SAMPLE_DATASET, id: 'workspace' as const, fictional: false };
		const back = decodeWorkspaceFile(await encodeWorkspaceFile(dataset, files));
		expect(back.dataset).toEqual(dataset);
		expect(back.files).toEqual(files);
		const fromBlob = decodeWorkspaceFile(await encodeWorkspaceFile(dataset, [{ table: 'staff', name: '支援員一覧.csv', blob: new Blob([csv]) }]));
		expect(fromBlob.files).toEqual(files);
	});

	it('refuses other JSON, other versions and damaged entries with a reason', () => {
		expect(() => decodeWorkspaceFile('{')).toThrow(WorkspaceFileError);
		expect(() => decodeWorkspaceFile('{"format":"other"}')).toThrow('not a Haichi workspace file');
		expect(() => decodeWorkspaceFile('{"format":"haichi-workspace","version":9}')).toThrow('unsupported version 9');
		const bad = JSON.stringify({ format: 'haichi-workspace', version: 1, dataset: SAMPLE_DATASET, files: [{ table: 'nope', name: 'x', csv: '' }] });
		expect(() => decodeWorkspaceFile(bad)).toThrow('damaged table entry');
	});
});
