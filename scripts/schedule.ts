/**
 * The schedule optimiser without a browser, on files in the import formats of docs/data-formats.md:
 *
 *   npm run schedule -- --schools schools.csv --staff staff.csv [--municipalities m.csv]
 *                       [--ferries f.csv] [--travel travel_times.csv] [--employer CODE]
 *                       [--moves moves.json] [--one-staff]
 *                       [--out schedule.csv] [--gap 0.01] [--time-limit 30]
 *
 * --moves: visits moved and schools pinned, as the schedule screen makes them and a workspace file
 * keeps them (its "schedule": {"pins": [...]}): a JSON array of {"school", "staff"?, "day"?, "moved"?},
 * day one of mon…fri. A school with a staff member has all its visits made by them; with a day, one
 * visit on that day. --one-staff: 担当制, every school visited by one staff member.
 *
 * Files go through the app's own import (recognition, row checks, load into DuckDB with the
 * integrity rules) and the app's optimiser; --schools may be a public file as published (国土数値情報
 * P29 GeoJSON, MEXT's 学校コード一覧: its public schools of the planned types).
 * Without --municipalities, the municipalities the files name come from the built-in reference; the schedule is written as CSV (UTF-8 with BOM):
 * staff_id, weekday, order, school_code, arrive, depart, travel_minutes (the return to the base
 * is the last row of each day, with no school). A summary per employer goes to stderr.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import loadHighs from 'highs';
import type { TableName } from '../src/lib/domain/tables';
import { prepareFile } from '../src/lib/files/prepare-csv';
import { prefectureTables, type ReferenceIndex } from '../src/lib/domain/reference';
import { buildReferenceIndex } from './japan-reference.js';
import { DataLoadError, loadCsvTables, type CsvBytes } from '../src/lib/db/load-csv';
import { loadScheduleTables } from '../src/lib/db/queries/schedule';
import { buildInstances, DEFAULT_INSTANCE_SETTINGS } from '../src/lib/domain/schedule/instance';
import { DEFAULT_VISIT_POLICY } from '../src/lib/domain/schedule/visit-policy';
import { TravelTimes, DEFAULT_TRAVEL, matrixKey } from '../src/lib/domain/schedule/travel';
import { SCHEDULE_COLUMNS, scheduleRows } from '../src/lib/domain/schedule/timeline';
import { checkSchedule } from '../src/lib/domain/schedule/check';
import { toCsv, type CsvCell } from '../src/lib/domain/csv-export';
import { optimiseWeek } from '../src/lib/optimise/one-staff';
import { pinFault, type PinFault } from '../src/lib/domain/schedule/settings';
import { WEEKDAYS } from '../src/lib/domain/tables';
import type { Pin, ScheduleInstance } from '../src/lib/domain/schedule/types';
import { NodeRunner } from '../tests/support/node-runner';
import { tempFileStage } from '../tests/support/node-stage';

const FILES: Record<string, TableName> = {
	schools: 'schools',
	staff: 'staff',
	municipalities: 'municipalities',
	ferries: 'ferries',
	travel: 'travel_times'
};

function cli() {
	const { values } = parseArgs({
		options: {
			schools: { type: 'string' },
			staff: { type: 'string' },
			municipalities: { type: 'string' },
			ferries: { type: 'string' },
			travel: { type: 'string' },
			employer: { type: 'string' },
			out: { type: 'string', default: 'schedule.csv' },
			gap: { type: 'string', default: '0.01' },
			'time-limit': { type: 'string', default: '30' },
			moves: { type: 'string' },
			'one-staff': { type: 'boolean', default: false },
			help: { type: 'boolean', default: false }
		},
		strict: true
	});
	if (values.help) {
		console.log(HELP);
		process.exit(0);
	}
	if (!values.schools || !values.staff) fail('--schools and --staff are required (see --help)');
	return values;
}

const HELP = `npm run schedule -- --schools F --staff F [options]

The schedule optimiser on files in the import formats (docs/data-formats.md), writing the schedule CSV.

  --schools F          schools (a CSV in the import format, or P29 GeoJSON / 学校コード一覧 as published)
  --staff F            staff
  --municipalities F   municipalities (default: those the files name, from the built-in reference)
  --ferries F          ferry routes
  --travel F           travel times
  --employer CODE      schedule only this employer
  --moves F            moves and pins as the workspace keeps them (a workspace file's schedule.pins):
                       a JSON array of {"school": code, "staff": id, "day": "mon"…"fri", "moved": true};
                       staff: all the school's visits by them; day: one visit that day
  --one-staff          担当制: every school visited by one staff member
  --out F              the schedule CSV (default schedule.csv)
  --gap G              stop within this gap of the bound (default 0.01)
  --time-limit S       safety time limit per employer, seconds (default 30; work limits stop the search)
  --help               this text`;

/** Says what is wrong and stops, without a stack trace: the user's input is at fault, not the script. */
function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

const PIN_FIELD: Record<PinFault, string> = {
	entry: 'is not an object like {"school": "…", "staff": "…", "day": "mon"}',
	school: '"school" must be a school code (text)',
	staff: '"staff" must be a staff id (text)',
	day: `"day" must be one of ${WEEKDAYS.join(', ')}`,
	moved: '"moved" must be true or left out'
};

/** The moves and pins of `--moves`, checked entry by entry as a workspace file's are. */
function readMoves(path: string): Pin[] {
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(path, 'utf8'));
	} catch (e) {
		fail(`--moves ${path}: not a JSON file (${e instanceof Error ? e.message : String(e)})`);
	}
	if (!Array.isArray(json))
		fail(`--moves ${path}: expected a JSON array of moves and pins, as a workspace file keeps them in schedule.pins`);
	json.forEach((entry: unknown, i) => {
		const fault = pinFault(entry);
		if (fault) fail(`--moves ${path}, entry ${i + 1}: ${PIN_FIELD[fault]} (got ${JSON.stringify(entry)})`);
	});
	return json as Pin[];
}

/** Each move names a school of the files, and its staff member works for the school's employer. */
function checkMoves(path: string, pins: readonly Pin[], byEmployer: ReadonlyMap<string, ScheduleInstance>): void {
	const employerOf = new Map<string, [string, ScheduleInstance]>();
	for (const [employer, instance] of byEmployer)
		for (const school of instance.schools) employerOf.set(school.id, [employer, instance]);
	pins.forEach((pin, i) => {
		const at = `--moves ${path}, entry ${i + 1}`;
		const found = employerOf.get(pin.school);
		if (!found) fail(`${at}: school "${pin.school}" is not among the schools scheduled`);
		const [employer, instance] = found;
		if (pin.staff !== undefined && !instance.staff.some((s) => s.id === pin.staff))
			fail(`${at}: staff "${pin.staff}" does not work for employer ${employer}, which runs school "${pin.school}"`);
	});
}

/**
 * Municipalities named by the schools and staff, when no municipalities file is given: from the
 * built-in reference, with its point for the office; a code it lacks gets a row of its own (no office).
 */
function municipalitiesFrom(files: CsvBytes[], reference: ReferenceIndex): CsvBytes {
	const codes = new Set<string>();
	for (const f of files.filter((f) => f.table === 'schools' || f.table === 'staff')) {
		const [header, ...lines] = new TextDecoder().decode(f.bytes).trimEnd().split('\n');
		const columns = header!.split(',');
		const wanted = ['municipality_code', 'employer_code'].map((c) => columns.indexOf(c)).filter((i) => i >= 0);
		for (const line of lines) for (const i of wanted) if (line.split(',')[i]) codes.add(line.split(',')[i]!);
	}
	const known = new Map(
		[...new Set([...codes].map((c) => c.slice(0, 2)))]
			.flatMap((p) => prefectureTables(reference, p)?.municipalities ?? [])
			.map((m) => [m.municipality_code, m])
	);
	const csv =
		[
			'municipality_code,name,prefecture_code,kind,office_lat,office_lon',
			...[...codes].map((c) => {
				const m = known.get(c);
				return m
					? [c, m.name, m.prefecture_code, m.kind, m.office_lat ?? '', m.office_lon ?? ''].join(',')
					: `${c},${c},${c.slice(0, 2)},,,`;
			})
		].join('\n') + '\n';
	return {
		table: 'municipalities',
		name: '(municipalities from the schools and staff)',
		bytes: new TextEncoder().encode(csv)
	};
}

async function main() {
	const args = cli();
	const pins = args.moves ? readMoves(args.moves) : [];
	const reference = buildReferenceIndex();
	const files: CsvBytes[] = [];
	let failed = false;
	for (const [flag, table] of Object.entries(FILES)) {
		const path = args[flag as keyof typeof args] as string | undefined;
		if (!path) continue;
		const prepared = await prepareFile(
			basename(path),
			new Uint8Array(readFileSync(path)),
			{ table },
			undefined,
			undefined,
			{
				reference
			}
		);
		for (const issue of prepared.issues)
			console.error(
				`${issue.severity} ${issue.file}:${issue.line ?? ''} ${issue.column ?? ''} ${issue.rule} ${issue.value ?? ''} ${issue.expected ?? ''}`
			);
		if (prepared.file) files.push(prepared.file);
		else failed = true;
	}
	if (failed) process.exit(1);
	if (!files.some((f) => f.table === 'municipalities')) files.push(municipalitiesFrom(files, reference));

	const db = await NodeRunner.open();
	const stage = tempFileStage();
	try {
		await loadCsvTables(stage, db, files, { replacing: false });
	} catch (e) {
		if (!(e instanceof DataLoadError)) throw e;
		for (const issue of e.issues)
			console.error(
				`error ${issue.file}:${issue.line ?? ''} ${issue.column ?? ''} ${issue.rule} ${issue.value ?? ''} ${issue.expected ?? ''}`
			);
		process.exit(1);
	} finally {
		stage.dispose();
	}
	const { schools, staff, offices, ferries, travel: travelRows } = await loadScheduleTables(db);
	const { byEmployer, problems } = buildInstances(
		{ schools, staff, offices, ferries },
		{ policy: DEFAULT_VISIT_POLICY, ...DEFAULT_INSTANCE_SETTINGS, pins, oneStaffPerSchool: args['one-staff'] }
	);
	if (args.moves) checkMoves(args.moves, pins, byEmployer);
	for (const p of problems) console.error(`skipped ${p.kind} ${p.id} (employer ${p.employer})`);
	const travel = new TravelTimes(
		DEFAULT_TRAVEL,
		new Map(travelRows.map((r) => [matrixKey(r.from_id, r.to_id), r.minutes]))
	);
	const highs = await loadHighs();
	const rows: CsvCell[][] = [];
	for (const [employer, instance] of byEmployer) {
		if (args.employer && employer !== args.employer) continue;
		if (instance.staff.length === 0) continue;
		const started = performance.now();
		const schedule = optimiseWeek(highs, instance, travel, {
			timeLimitSeconds: Number(args['time-limit']),
			gap: Number(args.gap)
		});
		const seconds = (performance.now() - started) / 1000;
		const violations = checkSchedule(instance, travel, schedule);
		if (violations.length > 0)
			throw new Error(`schedule of ${employer} breaks a rule: ${JSON.stringify(violations.slice(0, 3))}`);
		const unmet = schedule.unmet.reduce((n, u) => n + u.missing, 0);
		console.error(
			`${employer}: ${instance.schools.length} schools, ${instance.staff.length} staff, travel ${Math.round(schedule.travelMinutes)} min/week, ` +
				`bound ${Math.round(schedule.lowerBound)}, gap ${(schedule.gap * 100).toFixed(2)}%, unmet visits ${unmet}, ${seconds.toFixed(1)} s`
		);
		rows.push(...scheduleRows(instance, travel, schedule));
	}
	writeFileSync(args.out!, toCsv(SCHEDULE_COLUMNS, rows));
	console.error(`wrote ${args.out} (${rows.length} rows)`);
}

await main();
