/** `npm run schedule`: the optimiser on files in the import formats, writing the schedule CSV. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_DIR, parseCsv, readSample } from '../support/sample-files';
import { REPO_ROOT } from '../support/server';
import { PUBLIC_DATA_DIR, cityCode, ownSchools } from '../support/own-data';

const TSUSHIMA = cityCode('23208');

/** Runs the CLI; the schedule's rows and what it said on stderr. */
function schedule(args: string[]): { rows: Record<string, string>[]; log: string } {
	const dir = mkdtempSync(join(tmpdir(), 'haichi-schedule-'));
	const out = join(dir, 'schedule.csv');
	const result = execFileSync(
		join(REPO_ROOT, 'node_modules/.bin/tsx'),
		['scripts/schedule.ts', ...args, '--out', out],
		{
			cwd: REPO_ROOT,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	const rows = parseCsv(readFileSync(out).subarray(3).toString('utf8').replaceAll('\r\n', '\n'));
	return { rows, log: result };
}

/** 津島市's two staff, working from the office (the built-in reference's point for the city). */
function tsushimaStaff(): string {
	const path = join(mkdtempSync(join(tmpdir(), 'haichi-staff-')), 'staff.csv');
	writeFileSync(path, `支援員ID,氏名,配置自治体コード\nT1,支援員A,${TSUSHIMA}\nT2,支援員B,${TSUSHIMA}\n`);
	return path;
}

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

	it('takes a schools file headed 市区町村コード (not 所在市区町村コード), as boards write it', () => {
		const schools = ownSchools(
			readFileSync(`${PUBLIC_DATA_DIR}P29-23_23.geojson`, 'utf8'),
			new Uint8Array(readFileSync(`${PUBLIC_DATA_DIR}SSDSE-A-2025.csv`))
		).filter((s) => s.municipality5 === '23208');
		const path = join(mkdtempSync(join(tmpdir(), 'haichi-schools-')), 'schools.csv');
		writeFileSync(
			path,
			[
				'学校コード,学校名,学校種,市区町村コード,設置者コード,緯度,経度',
				...schools.map((s) => [s.code, s.name, s.type, s.municipality5, '', s.lat, s.lon].join(','))
			].join('\n')
		);
		const { rows } = schedule(['--schools', path, '--staff', tsushimaStaff(), '--employer', TSUSHIMA]);
		expect(new Set(rows.filter((r) => r.school_code).map((r) => r.school_code))).toEqual(
			new Set(schools.map((s) => s.code))
		);
	}, 60_000);

	it('takes 国土数値情報 P29 as published: 津島市’s public schools among 愛知県’s, municipalities from the built-in list', () => {
		const { rows } = schedule([
			'--schools',
			`${PUBLIC_DATA_DIR}P29-23_23.geojson`,
			'--staff',
			tsushimaStaff(),
			'--employer',
			TSUSHIMA
		]);
		// 津島市立: 8 小学校 and 4 中学校 (P29 2023).
		expect(new Set(rows.filter((r) => r.school_code).map((r) => r.school_code)).size).toBe(12);
	}, 60_000);
});
