/**
 * Hostile workspace files (tests/fixtures/bad/workspace-*.json, expected outcomes under
 * "workspaces" in expected.json) go through what session.importWorkspace does: the shape check
 * (a reason and the value at fault, a message naming the file in Japanese and English), then each
 * table through the row checks of a file import, then the record made from the tables rather than
 * taken from the file.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { DataIssue } from '../../src/lib/domain/issues';
import { decodeWorkspaceFile, WorkspaceFileError } from '../../src/lib/workspace/workspace-file';
import { prepareFile } from '../../src/lib/files/prepare-csv';
import { datasetOfWorkspace } from '../../src/lib/domain/dataset';
import { isSampleFile, SAMPLE_DATASET } from '../../src/lib/workspace/sample';
import { ja } from '../../src/lib/i18n/ja';
import { en } from '../../src/lib/i18n/en';
import expectations from '../fixtures/bad/expected.json';

type Problem = keyof typeof ja.data.workspaceFile.refused;
interface Expected {
	problem?: Problem;
	value?: string;
	issue?: Partial<DataIssue>;
	loaded?: { fictional: boolean; corrected: boolean; staffOrigin: 'sample' | 'import' };
	ja: string;
	en: string;
}

const BAD_DIR = new URL('../fixtures/bad/', import.meta.url);
const cases = Object.entries(expectations.workspaces).filter(([name]) => name !== '$comment') as [string, Expected][];

/** The messages the data screen shows for a refused file, in both languages. */
const messages = (problem: Problem, file: string, value = '') => ({
	ja: ja.data.workspaceFile.refused[problem](file, value),
	en: en.data.workspaceFile.refused[problem](file, value)
});

it('has at least the hostile files of issue 17 (prefecture 99, NUL in a name, fiscal year 1e21, a label claiming the sample)', () => {
	expect(cases.length).toBeGreaterThanOrEqual(7);
});

describe.each(cases)('%s', (name, expected) => {
	const text = readFileSync(new URL(name, BAD_DIR), 'utf8');

	it('is refused or read as expected, with its messages in Japanese and English naming the file', async () => {
		let decoded: ReturnType<typeof decodeWorkspaceFile>;
		try {
			decoded = decodeWorkspaceFile(text);
		} catch (e) {
			expect(e).toBeInstanceOf(WorkspaceFileError);
			const error = e as WorkspaceFileError;
			expect(error.problem).toBe(expected.problem);
			expect(error.value).toBe(expected.value);
			const shown = messages(error.problem, name, error.value);
			expect(shown.ja).toContain(expected.ja);
			expect(shown.en).toContain(expected.en);
			// Never English details nor raw engine text in the Japanese message.
			expect(shown.ja).not.toMatch(/not JSON|unsupported|damaged|Error/);
			return;
		}
		const prepared = await Promise.all(decoded.files.map((f) => prepareFile(f.name, f.bytes, { table: f.table })));
		if (expected.problem === 'tables') {
			const failed = prepared.find((p) => p.errors > 0);
			expect(failed, 'a table fails the row checks').toBeDefined();
			expect(failed!.issues[0]).toMatchObject(expected.issue!);
			const issue = failed!.issues[0]!;
			for (const m of [ja, en]) expect(m.issue.rule[issue.rule](issue.expected ?? '')).toBeTruthy();
			const shown = messages('tables', name);
			expect(shown.ja).toContain(expected.ja);
			expect(shown.en).toContain(expected.en);
			return;
		}
		expect(prepared.every((p) => p.errors === 0)).toBe(true);
		const tables = await Promise.all(
			prepared.map(async (p, i) => ({
				table: decoded.files[i]!.table,
				name: decoded.files[i]!.name,
				rows: p.rows,
				sample: await isSampleFile(decoded.files[i]!.table, decoded.files[i]!.name, decoded.files[i]!.bytes)
			}))
		);
		const { dataset, corrected } = datasetOfWorkspace(decoded.dataset, tables, SAMPLE_DATASET);
		expect({
			fictional: dataset.fictional,
			corrected,
			staffOrigin: dataset.files.find((f) => f.table === 'staff')?.origin
		}).toEqual(expected.loaded);
		expect(ja.data.workspaceFile.corrected).toContain(expected.ja);
		expect(en.data.workspaceFile.corrected).toContain(expected.en);
	});
});
