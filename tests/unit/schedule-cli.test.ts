/** `npm run schedule`: the optimiser on files in the import formats, writing the schedule CSV. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_DIR, parseCsv, readSample } from '../support/sample-files';
import { REPO_ROOT } from '../support/server';

describe('schedule from the command line', () => {
	it('imports the files, schedules one employer and writes one row per visit plus the return to base', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'haichi-schedule-')), 'schedule.csv');
		const log = execFileSync(
			join(REPO_ROOT, 'node_modules/.bin/tsx'),
			[
				'scripts/schedule.ts',
				'--schools',
				`${SAMPLE_DIR}schools.csv`,
				'--staff',
				`${SAMPLE_DIR}staff.csv`,
				'--employer',
				'469025',
				'--out',
				out
			],
			{ cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
		);
		expect(log).toBe('');
		const bytes = readFileSync(out);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = parseCsv(bytes.subarray(3).toString('utf8').replaceAll('\r\n', '\n'));
		expect(Object.keys(rows[0]!)).toEqual([
			'staff_id',
			'weekday',
			'order',
			'school_code',
			'arrive',
			'depart',
			'travel_minutes'
		]);
		const staff = new Set(
			readSample('staff')
				.filter((s) => s.employer_code === '469025')
				.map((s) => s.staff_id)
		);
		expect(rows.every((r) => staff.has(r.staff_id!))).toBe(true);
		// Every school of the employer is visited (one visit a week, two for 18+ classes).
		const schools = readSample('schools').filter((s) => (s.employer_code || s.municipality_code) === '469025');
		const visits = rows.filter((r) => r.school_code);
		expect(visits.length).toBe(schools.reduce((n, s) => n + (Number(s.classes) >= 18 ? 2 : 1), 0));
		expect(new Set(visits.map((r) => r.school_code))).toEqual(new Set(schools.map((s) => s.school_code)));
		// Each day ends with the return to the base, after the last school.
		const returns = rows.filter((r) => !r.school_code);
		expect(returns.length).toBe(new Set(rows.map((r) => `${r.staff_id} ${r.weekday}`)).size);
		expect(rows.every((r) => /^\d\d:\d\d$/.test(r.arrive!))).toBe(true);
	}, 60_000);
});
