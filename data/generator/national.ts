/**
 * The national-scale benchmark set (not shipped): 47 real prefectures with synthetic
 * municipalities (「第201市」…), about 32,700 public schools in the national mix, 7,172 staff and
 * over 2,000,000 support requests, written to disk table by table; the request log is streamed in
 * chunks so it is never one string in memory.
 *
 * Geography is rough on purpose: municipal offices are drawn inside each prefecture's bounding box
 * and tested on land (Natural Earth 1:50m); schools, staff bases and ferry ports are scattered a
 * few km around their office WITHOUT a land test (some may fall in the sea, which benchmarks do
 * not mind), then clamped to the prefecture's box.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { TABLE_NAMES, type MunicipalityKind, type SchoolType, type TableName } from '../../src/lib/domain/tables';
import {
	makeSchoolCode,
	municipalityCheckDigit,
	prefectureEntityCode,
	SCHOOL_TYPE_CODE_PREFIX
} from '../../src/lib/domain/codes';
import { PREFECTURES } from '../../src/lib/domain/prefectures';
import { apportion } from './apportion';
import { headerLine, tableCsv } from './csv';
import { environmentRows } from './environment';
import { LandMask, offsetKm, round5, type Box, type LatLon } from './geography';
import {
	JAPAN_REGION,
	MUNICIPALITY_COUNTS,
	NATIONAL_SCHOOLS,
	NATIONAL_STAFF,
	POPULATION_10K,
	prefectureBox
} from './national-geo';
import { streams, type Rng } from './random';
import { expectedRequests, generateRequests } from './requests';
import { sizeSchool } from './school-size';
import {
	assignVisits,
	balanceStaff,
	initialStaff,
	jitter,
	makeStaff,
	minimumStaff,
	sparseFeasible,
	type EmployerStaffing,
	type StaffPolicy
} from './staffing';
import type { AssignmentRow, FerryRow, MunicipalityRow, Profile, SchoolRow, StaffRow } from './types';

export const NATIONAL_FISCAL_YEAR = 2025;
/** At scale 1 the year's requests are sized to this expected count (so the file has over 2,000,000). */
const EXPECTED_REQUESTS = 2_200_000;
const SHARE_WITHOUT_STAFF = 0.3;
/** Of all municipalities: about half at 1 per 4 or better (shared/domain.md). */
const SHARE_DENSE = 0.5;
const PREFECTURE_SCHOOLS_PER_STAFF = 4.5;
/** Share of high / special-needs schools run by the prefecture rather than a municipality. */
const PREFECTURAL_HIGH = 0.85;
const PREFECTURAL_SPECIAL = 0.95;
const ISLAND_SHARE = 0.03;

export interface NationalOptions {
	seed: number;
	outDir: string;
	/** Scales municipalities (at least 1 per prefecture), schools, staff and requests; 1 = full size. */
	scale?: number;
	log?: (message: string) => void;
}

export interface NationalResult {
	files: { table: TableName; file: string; rows: number }[];
	timingsMs: Record<string, number>;
}

interface Municipality {
	row: MunicipalityRow;
	prefIndex: number;
	weight: number;
	island: boolean;
}

const KIND_SUFFIX: Record<MunicipalityKind, string> = {
	ward: '区',
	city: '市',
	town: '町',
	village: '村',
	prefecture: ''
};
const PROFILE_OF: Record<MunicipalityKind, Profile> = {
	ward: 'core',
	city: 'city',
	town: 'town',
	village: 'mountain',
	prefecture: 'city'
};
const TYPE_NAME: Record<SchoolType, string> = {
	elementary: '小学校',
	junior_high: '中学校',
	compulsory: '学園',
	high: '高等学校',
	secondary: '中等教育学校',
	special_needs: '特別支援学校'
};
const SCATTER_KM: Record<MunicipalityKind, number> = { ward: 3, city: 6, town: 5, village: 4, prefecture: 8 };

/** Keeps a scattered point inside its prefecture's rough box (the brief's promise for this set). */
function clampTo(box: Box, p: LatLon): LatLon {
	return {
		lat: round5(Math.min(box.latMax, Math.max(box.latMin, p.lat))),
		lon: round5(Math.min(box.lonMax, Math.max(box.lonMin, p.lon)))
	};
}

function kindOf(prefIndex: number, i: number, n: number): MunicipalityKind {
	if (prefIndex === 12 && i < 23) return 'ward'; // 東京都's special wards
	const x = i / n;
	return x < 0.45 ? 'city' : x < 0.88 ? 'town' : 'village';
}

function officeIn(rng: Rng, mask: LandMask, box: Box): LatLon {
	for (let attempt = 0; attempt < 400; attempt++) {
		const p = { lat: round5(rng.range(box.latMin, box.latMax)), lon: round5(rng.range(box.lonMin, box.lonMax)) };
		if (mask.contains(p)) return p;
	}
	// A box that is mostly sea: give up on land rather than loop (benchmarks only).
	return { lat: round5((box.latMin + box.latMax) / 2), lon: round5((box.lonMin + box.lonMax) / 2) };
}

function municipalWeight(rng: Rng, kind: MunicipalityKind): number {
	if (kind === 'ward') return rng.logNormal(3, 0.4);
	if (kind === 'city') return rng.logNormal(2.5, 0.6);
	if (kind === 'town') return rng.logNormal(0.9, 0.5);
	return rng.logNormal(0.35, 0.4);
}

/** Each gets one first where there are enough to go round, the rest by weight. */
function spread(total: number, weights: readonly number[]): number[] {
	if (total >= weights.length) {
		const rest = apportion(total - weights.length, weights);
		return rest.map((r) => r + 1);
	}
	return apportion(total, weights);
}

export function generateNational(options: NationalOptions): NationalResult {
	const scale = options.scale ?? 1;
	const log = options.log ?? (() => {});
	const timingsMs: Record<string, number> = {};
	let clock = performance.now();
	const lap = (name: string) => {
		const now = performance.now();
		timingsMs[name] = Math.round(now - clock);
		clock = now;
	};
	const rng = streams(options.seed, [
		'municipalities',
		'schools',
		'sizes',
		'places',
		'staff',
		'ferries',
		'environment',
		'requests'
	]);
	mkdirSync(options.outDir, { recursive: true });

	// Municipalities and prefectures.
	const mask = LandMask.load(JAPAN_REGION, '50m');
	const rows: MunicipalityRow[] = [];
	const municipalities: Municipality[] = [];
	const prefectureOffice: LatLon[] = [];
	PREFECTURES.forEach((pref, p) => {
		const box = prefectureBox(p);
		const office = officeIn(rng.municipalities, mask, box);
		prefectureOffice.push(office);
		rows.push({
			municipality_code: prefectureEntityCode(pref.code),
			name: pref.ja,
			prefecture_code: pref.code,
			kind: 'prefecture',
			office_lat: office.lat,
			office_lon: office.lon
		});
		const n = Math.max(1, Math.round(MUNICIPALITY_COUNTS[p]! * scale));
		for (let i = 0; i < n; i++) {
			const number = 201 + Math.floor((i * 799) / n); // 201–999, distinct while n ≤ 799
			const body = `${pref.code}${number}`;
			const kind = kindOf(p, i, n);
			const o = officeIn(rng.municipalities, mask, box);
			const row: MunicipalityRow = {
				municipality_code: body + municipalityCheckDigit(body),
				name: `第${number}${KIND_SUFFIX[kind]}`,
				prefecture_code: pref.code,
				kind,
				office_lat: o.lat,
				office_lon: o.lon
			};
			rows.push(row);
			municipalities.push({
				row,
				prefIndex: p,
				weight: municipalWeight(rng.municipalities, kind),
				island: kind !== 'city' && kind !== 'ward' && rng.municipalities.chance(ISLAND_SHARE)
			});
		}
	});
	lap('municipalities');

	// Schools: national totals by type → prefectures by population^0.75 → municipalities by weight.
	const prefWeights = POPULATION_10K.map((x) => Math.pow(x, 0.75));
	const schools: SchoolRow[] = [];
	const serial = new Map<string, number>();
	const byPref = PREFECTURES.map((_, p) => municipalities.filter((m) => m.prefIndex === p));
	const add = (type: SchoolType, m: Municipality, employer: string, label: string) => {
		const pref = PREFECTURES[m.prefIndex]!;
		const key = pref.code + type;
		const n = (serial.get(key) ?? 0) + 1;
		serial.set(key, n);
		const o = { lat: m.row.office_lat, lon: m.row.office_lon };
		const p = clampTo(prefectureBox(m.prefIndex), jitter(rng.places, o, SCATTER_KM[m.row.kind]));
		schools.push({
			school_code: makeSchoolCode(SCHOOL_TYPE_CODE_PREFIX[type], pref.code, 2, 9_000_000 + n),
			name: `${label}第${n}${TYPE_NAME[type]}`,
			school_type: type,
			municipality_code: m.row.municipality_code,
			employer_code: employer,
			lat: p.lat,
			lon: p.lon,
			...sizeSchool(rng.sizes, type, m.island ? 'island' : PROFILE_OF[m.row.kind]),
			island: m.island
		});
	};
	const perPref = Object.fromEntries(
		(Object.keys(NATIONAL_SCHOOLS) as SchoolType[]).map((t) => [
			t,
			apportion(Math.round(NATIONAL_SCHOOLS[t as keyof typeof NATIONAL_SCHOOLS] * scale), prefWeights)
		])
	) as Record<SchoolType, number[]>;
	PREFECTURES.forEach((pref, p) => {
		const ms = byPref[p]!;
		const prefCode = prefectureEntityCode(pref.code);
		const weights = ms.map((m) => m.weight);
		const urban = ms.map((m) => (m.row.kind === 'city' || m.row.kind === 'ward' ? m.weight : m.weight * 0.2));
		const small = ms.map((m) => (m.row.kind === 'town' || m.row.kind === 'village' ? 1 : 0.05));
		const municipal = (type: SchoolType, counts: number[]) =>
			counts.forEach((c, i) => {
				for (let k = 0; k < c; k++) add(type, ms[i]!, ms[i]!.row.municipality_code, `${ms[i]!.row.name}立`);
			});
		const prefectural = (type: SchoolType, counts: number[]) =>
			counts.forEach((c, i) => {
				for (let k = 0; k < c; k++) add(type, ms[i]!, prefCode, `${pref.ja}立`);
			});
		municipal('elementary', spread(perPref.elementary[p]!, weights));
		municipal('junior_high', spread(perPref.junior_high[p]!, weights));
		municipal('compulsory', apportion(perPref.compulsory[p]!, small));
		const high = perPref.high[p]!;
		const prefHigh = Math.round(high * PREFECTURAL_HIGH);
		prefectural('high', apportion(prefHigh, urban));
		municipal('high', apportion(high - prefHigh, urban));
		prefectural('secondary', apportion(perPref.secondary[p]!, urban));
		const special = perPref.special_needs[p]!;
		const prefSpecial = Math.round(special * PREFECTURAL_SPECIAL);
		prefectural('special_needs', apportion(prefSpecial, urban));
		municipal('special_needs', apportion(special - prefSpecial, urban));
	});
	lap('schools');

	// Staff: the prefectures at about 4.5, municipalities by policy, balanced to the national total.
	const byEmployer = new Map<string, SchoolRow[]>();
	for (const s of schools) {
		const list = byEmployer.get(s.employer_code) ?? [];
		list.push(s);
		byEmployer.set(s.employer_code, list);
	}
	const countOf = (code: string) => byEmployer.get(code)?.length ?? 0;
	// At least ⌈schools ÷ 5⌉, so every prefectural school can still get its weekly visit.
	const prefStaff = PREFECTURES.map((pref) => {
		const n = countOf(prefectureEntityCode(pref.code));
		return Math.max(Math.ceil(n / 5), Math.round(n / PREFECTURE_SCHOOLS_PER_STAFF));
	});
	const plans = choosePolicies(
		rng.staff,
		municipalities.map((m) => ({ code: m.row.municipality_code, schools: countOf(m.row.municipality_code) }))
	);
	const target = Math.round(NATIONAL_STAFF * scale) - prefStaff.reduce((a, b) => a + b, 0);
	makeFeasible(plans, target);
	// Small scales round up (every staffed body needs one person), so the total may stay above target.
	balanceStaff(plans, Math.max(target, minimumStaff(plans)));

	const staff: StaffRow[] = [];
	const assignments: AssignmentRow[] = [];
	const employers = [
		...PREFECTURES.map((pref, p) => ({
			code: prefectureEntityCode(pref.code),
			staff: prefStaff[p]!,
			office: prefectureOffice[p]!,
			box: prefectureBox(p)
		})),
		...plans.map((e, i) => ({
			code: e.code,
			staff: e.staff,
			office: { lat: municipalities[i]!.row.office_lat, lon: municipalities[i]!.row.office_lon },
			box: prefectureBox(municipalities[i]!.prefIndex)
		}))
	];
	for (const e of employers) {
		if (e.staff === 0) continue;
		const mine = byEmployer.get(e.code) ?? [];
		const members = makeStaff(rng.staff, { code: e.code, office: e.office }, e.staff, {
			label: e.code.slice(0, 5),
			schools: mine.length,
			placeBase: (o) => clampTo(e.box, jitter(rng.staff, o, 0.3))
		});
		staff.push(...members);
		assignments.push(...assignVisits(e.office, mine, members));
	}
	lap('staff');

	// Ferries for island municipalities: the port is a point ~5–15 km from the office (mainland side, untested).
	const ferries: FerryRow[] = [];
	for (const m of municipalities) {
		if (!m.island) continue;
		const angle = rng.ferries.float() * 2 * Math.PI;
		const km = rng.ferries.range(5, 15);
		const port = clampTo(
			prefectureBox(m.prefIndex),
			offsetKm({ lat: m.row.office_lat, lon: m.row.office_lon }, km * Math.cos(angle), km * Math.sin(angle))
		);
		const crossing = rng.ferries.int(20, 150);
		const wait = rng.ferries.int(10, 60);
		for (const s of byEmployer.get(m.row.municipality_code) ?? [])
			ferries.push({
				school_code: s.school_code,
				port_lat: port.lat,
				port_lon: port.lon,
				crossing_minutes: crossing,
				wait_minutes: wait
			});
	}

	const environment = environmentRows(
		rng.environment,
		rows.map((r) => {
			const mine = byEmployer.get(r.municipality_code) ?? [];
			return {
				code: r.municipality_code,
				schools: mine.length,
				runsHighSchools: mine.some((s) => s.school_type === 'high' || s.school_type === 'secondary')
			};
		}),
		NATIONAL_FISCAL_YEAR
	);

	const files: NationalResult['files'] = [];
	const write = (table: TableName, csv: string, count: number) => {
		const file = `${table}.csv`;
		writeFileSync(join(options.outDir, file), csv);
		files.push({ table, file, rows: count });
		log(`  ${file}: ${count.toLocaleString('en-US')} rows`);
	};
	write('municipalities', tableCsv('municipalities', rows), rows.length);
	write('schools', tableCsv('schools', schools), schools.length);
	write('staff', tableCsv('staff', staff), staff.length);
	write('assignments', tableCsv('assignments', assignments), assignments.length);
	lap('write tables');

	// Requests: streamed to disk in chunks of about 4 MB.
	const rateScale = (EXPECTED_REQUESTS * scale) / expectedRequests(schools, NATIONAL_FISCAL_YEAR);
	const path = join(options.outDir, 'support_requests.csv');
	const fd = openSync(path, 'w');
	let pending: string[] = [headerLine('support_requests')];
	let pendingChars = 0;
	const flush = () => {
		writeSync(fd, pending.join(''));
		pending = [];
		pendingChars = 0;
	};
	let summary;
	try {
		summary = generateRequests(
			rng.requests,
			schools,
			{ fiscalYear: NATIONAL_FISCAL_YEAR, idDigits: 7, rateScale },
			(lines) => {
				pending.push(lines);
				pendingChars += lines.length;
				if (pendingChars > 4_000_000) flush();
			}
		);
		flush();
	} finally {
		closeSync(fd);
	}
	files.push({ table: 'support_requests', file: 'support_requests.csv', rows: summary.rows });
	log(`  support_requests.csv: ${summary.rows.toLocaleString('en-US')} rows`);
	lap('requests');

	write('ict_environment', tableCsv('ict_environment', environment), environment.length);
	write('ferries', tableCsv('ferries', ferries), ferries.length);
	files.sort((a, b) => TABLE_NAMES.indexOf(a.table) - TABLE_NAMES.indexOf(b.table));
	const manifest = {
		seed: options.seed,
		fiscal_year: NATIONAL_FISCAL_YEAR,
		scope: 'national',
		scale,
		fictional: true,
		generated_by: 'data/generate.ts --national',
		files: Object.fromEntries(files.map((f) => [f.table, { file: f.file, rows: f.rows }]))
	};
	writeFileSync(join(options.outDir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
	lap('write rest');
	return { files, timingsMs };
}

/**
 * Policies for the national shape: the ~30% of municipalities that deploy none are mostly the
 * small ones (ranked by school count plus noise); of the rest, enough are 'dense' for about half
 * of all to be at 1 per 4, the others 'sparse' where a weekly visit per school is possible.
 */
function choosePolicies(rng: Rng, list: readonly { code: string; schools: number }[]): EmployerStaffing[] {
	const ranked = list
		.map((m, i) => ({ i, key: m.schools + rng.range(0, 8) }))
		.sort((a, b) => a.key - b.key || a.i - b.i);
	const none = new Set(ranked.slice(0, Math.round(list.length * SHARE_WITHOUT_STAFF)).map((r) => r.i));
	const denseShare = SHARE_DENSE / (1 - SHARE_WITHOUT_STAFF);
	return list.map((m, i) => {
		let policy: StaffPolicy = none.has(i) || m.schools === 0 ? 'none' : rng.chance(denseShare) ? 'dense' : 'sparse';
		if (policy === 'sparse' && !sparseFeasible(m.schools)) policy = 'dense';
		return { code: m.code, schools: m.schools, policy, staff: initialStaff(rng, m.schools, policy, 3) };
	});
}

/**
 * If even the leanest staffing (dense at exactly 4, sparse at 5) needs more staff than the
 * target, turn the largest dense municipalities sparse until it fits: the national total wins.
 */
function makeFeasible(plans: EmployerStaffing[], target: number): void {
	const candidates = plans
		.filter((e) => e.policy === 'dense' && sparseFeasible(e.schools))
		.sort((a, b) => b.schools - a.schools || a.code.localeCompare(b.code));
	for (const e of candidates) {
		if (minimumStaff(plans) <= target) return;
		e.policy = 'sparse';
		e.staff = Math.ceil(e.schools / 5);
	}
}
