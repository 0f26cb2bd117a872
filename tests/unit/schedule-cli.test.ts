/** `npm run schedule`: the optimiser on files in the import formats, writing the schedule CSV; moves, pins and 担当制 as the screen has them. */
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

/** What the CLI said on stderr when it refused its input (exit status 1, no schedule written). */
function refused(args: string[]): string {
	try {
		execFileSync(join(REPO_ROOT, 'node_modules/.bin/tsx'), ['scripts/schedule.ts', ...args], {
			cwd: REPO_ROOT,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe']
		});
	} catch (e) {
		const failed = e as { status: number; stderr: string };
		expect(failed.status).toBe(1);
		return failed.stderr;
	}
	throw new Error(`scripts/schedule.ts ${args.join(' ')} did not refuse its input`);
}

/** A moves file of `entries`, as JSON text or as given. */
function movesFile(entries: unknown): string {
	const path = join(mkdtempSync(join(tmpdir(), 'haichi-moves-')), 'moves.json');
	writeFileSync(path, typeof entries === 'string' ? entries : JSON.stringify(entries));
	return path;
}

const SAMPLE = ['--schools', `${SAMPLE_DIR}schools.csv`, '--staff', `${SAMPLE_DIR}staff.csv`];
/** A school of 469025 with 18+ classes: visited twice a week. */
const LARGE = 'B146290000623';

/** Each school's staff members and weekdays in the schedule's rows. */
function visitsBySchool(rows: Record<string, string>[]): Map<string, { staff: Set<string>; days: string[] }> {
	const by = new Map<string, { staff: Set<string>; days: string[] }>();
	for (const r of rows.filter((r) => r.school_code)) {
		const v = by.get(r.school_code!) ?? { staff: new Set<string>(), days: [] };
		v.staff.add(r.staff_id!);
		v.days.push(r.weekday!);
		by.set(r.school_code!, v);
	}
	return by;
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

	it('keeps a move as the workspace keeps it: the school’s visits by the staff member it went to, one on its day', () => {
		const moves = movesFile([{ school: LARGE, staff: '46902-S07', day: 'thu', moved: true }]);
		const { rows } = schedule([...SAMPLE, '--employer', '469025', '--moves', moves]);
		const large = visitsBySchool(rows).get(LARGE)!;
		expect(large.days).toHaveLength(2);
		expect([...large.staff]).toEqual(['46902-S07']);
		expect(large.days).toContain('thu');
	}, 60_000);

	it('with --one-staff (担当制), has every school visited by one staff member', () => {
		const { rows } = schedule([...SAMPLE, '--employer', '469025', '--one-staff']);
		const by = visitsBySchool(rows);
		expect(by.size).toBe(27);
		// Schools visited twice a week are the ones 担当制 constrains.
		expect([...by.values()].filter((v) => v.days.length === 2).length).toBeGreaterThanOrEqual(8);
		for (const [school, v] of by) expect([...v.staff], school).toHaveLength(1);
	}, 60_000);

	it('refuses a moves file that is not as the workspace keeps it, naming the file and the entry', () => {
		const notJson = movesFile('[{"school": ');
		expect(refused([...SAMPLE, '--moves', notJson])).toContain(`--moves ${notJson}: not a JSON file`);
		const object = movesFile({ pins: [] });
		expect(refused([...SAMPLE, '--moves', object])).toContain(
			`--moves ${object}: expected a JSON array of moves and pins, as a workspace file keeps them in schedule.pins`
		);
		const saturday = movesFile([
			{ school: LARGE, staff: '46902-S07' },
			{ school: LARGE, day: 'sat' }
		]);
		expect(refused([...SAMPLE, '--moves', saturday])).toContain(
			`--moves ${saturday}, entry 2: "day" must be one of mon, tue, wed, thu, fri (got {"school":"${LARGE}","day":"sat"})`
		);
		const kinds = movesFile([{ school: 623 }, { school: LARGE, staff: 7 }, { school: LARGE, moved: 'yes' }, 'x']);
		expect(refused([...SAMPLE, '--moves', kinds])).toContain(
			`--moves ${kinds}, entry 1: "school" must be a school code`
		);
	});

	it('refuses a move of a school the files do not have, or to a staff member of another employer', () => {
		const unknown = movesFile([
			{ school: LARGE, staff: '46902-S01' },
			{ school: 'Z999', day: 'mon', moved: true }
		]);
		expect(refused([...SAMPLE, '--moves', unknown])).toContain(
			`--moves ${unknown}, entry 2: school "Z999" is not among the schools scheduled`
		);
		const elsewhere = movesFile([{ school: LARGE, staff: '46000-S01', day: 'mon', moved: true }]);
		expect(refused([...SAMPLE, '--moves', elsewhere])).toContain(
			`--moves ${elsewhere}, entry 1: staff "46000-S01" does not work for employer 469025, which runs school "${LARGE}"`
		);
	}, 60_000);

	it('says how it is used', () => {
		const help = execFileSync(join(REPO_ROOT, 'node_modules/.bin/tsx'), ['scripts/schedule.ts', '--help'], {
			cwd: REPO_ROOT,
			encoding: 'utf8'
		});
		for (const flag of ['--schools', '--staff', '--moves', '--one-staff', '--employer', '--out', '--time-limit'])
			expect(help).toContain(flag);
		expect(refused(['--staff', 'x.csv'])).toContain('--schools and --staff are required (see --help)');
	});
});
