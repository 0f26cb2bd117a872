/**
 * Builds the embedded sample (汐見県, fictional) from a seed: every table as rows, then as the CSV
 * files and manifest shipped in data/sample/. Pure: no clock, no Math.random, no file access
 * except reading the land polygons.
 */
import { createHash } from 'node:crypto';
import { TABLE_NAMES, type SchoolType, type TableName } from '../../src/lib/domain/tables';
import {
	makeSchoolCode,
	municipalityCheckDigit,
	prefectureEntityCode,
	SCHOOL_TYPE_CODE_PREFIX
} from '../../src/lib/domain/codes';
import { environmentRows, type EnvironmentScope } from './environment';
import { LandMask, haversineKm, roundPoint, scatterOnLand, type LatLon } from './geography';
import { AreaNames, HIGH_SCHOOL_SUFFIXES, SPECIAL_NEEDS_SUFFIXES, kanjiNumber, shortPlaceName } from './names';
import {
	DEFAULT_SEED,
	MUNICIPALITIES,
	PREFECTURE_SCHOOLS_PER_STAFF,
	SAMPLE_FISCAL_YEAR,
	SAMPLE_PREFECTURE,
	SAMPLE_REGION,
	SAMPLE_SCHOOLS_PER_STAFF,
	type MunicipalityDef
} from './prefecture-sample';
import { streams, type Rng } from './random';
import { generateRequests } from './requests';
import { sizeSchool } from './school-size';
import {
	assignVisits,
	balanceStaff,
	initialStaff,
	makeStaff,
	minimumStaff,
	sparseFeasible,
	type EmployerStaffing
} from './staffing';
import { headerLine, tableCsv } from './csv';
import type { AssignmentRow, EnvironmentRow, FerryRow, MunicipalityRow, SchoolRow, StaffRow } from './types';

export { DEFAULT_SEED };

export interface SampleTables {
	municipalities: MunicipalityRow[];
	schools: SchoolRow[];
	staff: StaffRow[];
	assignments: AssignmentRow[];
	/** Already CSV text (header included): the log is generated straight to text. */
	supportRequestsCsv: string;
	supportRequestRows: number;
	ict_environment: EnvironmentRow[];
	ferries: FerryRow[];
}

let maskCache: LandMask | null = null;
/** The land polygons of the sample's region (loaded once per process: parsing takes ~0.5 s). */
export function sampleLandMask(): LandMask {
	maskCache ??= LandMask.load(SAMPLE_REGION, '10m');
	return maskCache;
}

const PREFECTURE_CODE = prefectureEntityCode(SAMPLE_PREFECTURE.code);
const municipalityCode = (n: number) => {
	const body = `${SAMPLE_PREFECTURE.code}${n}`;
	return body + municipalityCheckDigit(body);
};

/**
 * School numbers (code characters 6–12) start at 9000001: real codes of prefecture 46 use low
 * numbers, so the fictional schools cannot collide with real ones.
 */
class SchoolCodes {
	private readonly next = new Map<SchoolType, number>();
	make(type: SchoolType): string {
		const n = this.next.get(type) ?? 9_000_001;
		this.next.set(type, n + 1);
		return makeSchoolCode(SCHOOL_TYPE_CODE_PREFIX[type], SAMPLE_PREFECTURE.code, 2, n);
	}
}

const SPACING_KM: Record<MunicipalityDef['profile'], number> = {
	core: 0.5,
	city: 0.6,
	town: 0.7,
	mountain: 0.8,
	island: 0.8
};

/** The municipal school types of a municipality: elementary ≈ 2 × junior high, plus compulsory and own high schools. */
function municipalTypes(def: MunicipalityDef, total: number): SchoolType[] {
	const high = def.municipalHigh ?? 0;
	const compulsory = def.compulsory ?? 0;
	const rest = total - high - compulsory;
	const elementary = Math.max(1, Math.round((rest * 2) / 3));
	return [
		...Array<SchoolType>(elementary).fill('elementary'),
		...Array<SchoolType>(rest - elementary).fill('junior_high'),
		...Array<SchoolType>(compulsory).fill('compulsory'),
		...Array<SchoolType>(high).fill('high')
	];
}

/** Municipal school count: drawn in range, nudged up where a 'sparse' policy needs it (see sparseFeasible). */
function drawSchoolCount(rng: Rng, def: MunicipalityDef): number {
	let n = rng.int(def.schools[0], def.schools[1]);
	if (def.staffing === 'sparse') while (!sparseFeasible(n)) n++;
	return n;
}

/**
 * Names of a municipality's own schools, in the order of `types`: 第一… for the core city's first
 * schools, then neighbourhood names; a junior high often shares its name with an elementary school
 * it takes pupils from. High-school names go into `usedHighNames` so the prefecture's stay distinct.
 */
function municipalSchoolNames(
	rng: Rng,
	def: MunicipalityDef,
	types: readonly SchoolType[],
	usedHighNames: Set<string>
): string[] {
	const areas = new AreaNames(rng);
	const numbered = def.profile === 'core' ? { elementary: 4, junior_high: 3 } : { elementary: 0, junior_high: 0 };
	const elementaryAreas: string[] = [];
	const juniorHighAreas = new Set<string>();
	let elementaryIndex = 0;
	let juniorHighIndex = 0;
	return types.map((type) => {
		if (type === 'elementary') {
			elementaryIndex++;
			if (elementaryIndex <= numbered.elementary) return `${def.name}立第${kanjiNumber(elementaryIndex)}小学校`;
			const area = areas.next();
			elementaryAreas.push(area);
			return `${def.name}立${area}小学校`;
		}
		if (type === 'junior_high') {
			juniorHighIndex++;
			if (juniorHighIndex <= numbered.junior_high) return `${def.name}立第${kanjiNumber(juniorHighIndex)}中学校`;
			const free = elementaryAreas.filter((a) => !juniorHighAreas.has(a));
			const area = free.length > 0 && rng.chance(0.6) ? rng.pick(free) : areas.next();
			juniorHighAreas.add(area);
			return `${def.name}立${area}中学校`;
		}
		if (type === 'compulsory') return `${def.name}立${areas.next()}学園`;
		const short = shortPlaceName(def.name);
		const suffix = rng.pick(['商業', '女子', '工業', '情報'].filter((s) => !usedHighNames.has(short + s)));
		usedHighNames.add(short + suffix);
		return `${def.name}立${short}${suffix}高等学校`;
	});
}

/** The prefecture's high and special-needs schools standing in a municipality: 県立{place}{suffix}…. */
function prefecturalSchools(
	rng: Rng,
	def: MunicipalityDef,
	usedHighNames: Set<string>
): { type: SchoolType; name: string }[] {
	const out: { type: SchoolType; name: string }[] = [];
	const place = shortPlaceName(def.name);
	// The plain place name first (県立汐見高等学校), then suffixes in random order.
	const highSuffixes = [HIGH_SCHOOL_SUFFIXES[0], ...rng.shuffle(HIGH_SCHOOL_SUFFIXES.slice(1))].filter(
		(s) => !usedHighNames.has(place + s)
	);
	for (let i = 0; i < (def.prefHigh ?? 0); i++) {
		const suffix = highSuffixes[i];
		if (suffix === undefined) throw new Error(`${def.name}: too many prefectural high schools for the name list`);
		usedHighNames.add(place + suffix);
		out.push({ type: 'high', name: `県立${place}${suffix}高等学校` });
	}
	const specialSuffixes = [SPECIAL_NEEDS_SUFFIXES[0], ...rng.shuffle(SPECIAL_NEEDS_SUFFIXES.slice(1))];
	for (let i = 0; i < (def.prefSpecialNeeds ?? 0); i++)
		out.push({ type: 'special_needs', name: `県立${place}${specialSuffixes[i]}特別支援学校` });
	return out;
}

export function buildSample(seed: number = DEFAULT_SEED): SampleTables {
	const rng = streams(seed, ['counts', 'names', 'sizes', 'places', 'staff', 'ferries', 'environment', 'requests']);
	const mask = sampleLandMask();
	const onLand = (p: LatLon, what: string) => {
		if (!mask.contains(p)) throw new Error(`${what} is not on land: ${p.lat},${p.lon}`);
		return p;
	};

	const prefOffice = onLand(roundPoint(SAMPLE_PREFECTURE.office), 'prefecture office');
	const municipalities: MunicipalityRow[] = [
		{
			municipality_code: PREFECTURE_CODE,
			name: SAMPLE_PREFECTURE.name_ja,
			prefecture_code: SAMPLE_PREFECTURE.code,
			kind: 'prefecture',
			office_lat: prefOffice.lat,
			office_lon: prefOffice.lon
		}
	];
	for (const def of MUNICIPALITIES) {
		const office = onLand(roundPoint(def.centre), `${def.name} office`);
		municipalities.push({
			municipality_code: municipalityCode(def.number),
			name: def.name,
			prefecture_code: SAMPLE_PREFECTURE.code,
			kind: def.kind,
			office_lat: office.lat,
			office_lon: office.lon
		});
	}

	// Schools: municipal ones first (by municipality), then the prefecture's.
	const codes = new SchoolCodes();
	const schools: SchoolRow[] = [];
	const placed = new Map<number, LatLon[]>();
	const place = (def: MunicipalityDef) => {
		const avoid = placed.get(def.number) ?? [];
		placed.set(def.number, avoid);
		const p = scatterOnLand(rng.places, mask, def.centre, def.radiusKm, {
			avoid,
			minSpacingKm: SPACING_KM[def.profile]
		});
		avoid.push(p);
		return p;
	};
	const addSchool = (def: MunicipalityDef, type: SchoolType, name: string, employer: string) => {
		const p = place(def);
		schools.push({
			school_code: codes.make(type),
			name,
			school_type: type,
			municipality_code: municipalityCode(def.number),
			employer_code: employer,
			lat: p.lat,
			lon: p.lon,
			...sizeSchool(rng.sizes, type, def.profile),
			island: def.profile === 'island'
		});
	};
	const usedHighNames = new Set<string>();
	for (const def of MUNICIPALITIES) {
		const code = municipalityCode(def.number);
		const types = municipalTypes(def, drawSchoolCount(rng.counts, def));
		const names = municipalSchoolNames(rng.names, def, types, usedHighNames);
		types.forEach((type, i) => addSchool(def, type, names[i]!, code));
	}
	for (const def of MUNICIPALITIES)
		for (const { type, name } of prefecturalSchools(rng.names, def, usedHighNames))
			addSchool(def, type, name, PREFECTURE_CODE);

	// Staff: balanced so the prefecture as a whole is near 4.5 schools per staff.
	const schoolsOf = (employer: string) => schools.filter((s) => s.employer_code === employer);
	const prefSchools = schoolsOf(PREFECTURE_CODE).length;
	const prefStaff = Math.round(prefSchools / PREFECTURE_SCHOOLS_PER_STAFF);
	const plans: EmployerStaffing[] = MUNICIPALITIES.map((def) => {
		const code = municipalityCode(def.number);
		const n = schoolsOf(code).length;
		return {
			code,
			schools: n,
			policy: def.staffing,
			staff: initialStaff(rng.staff, n, def.staffing, def.denseLow ?? 2.8)
		};
	});
	// Small municipalities round up (3 schools still need 1 person), so the policies may not allow
	// fewer staff than some seeds' exact target: then the total stays at that minimum.
	const target = Math.round(schools.length / SAMPLE_SCHOOLS_PER_STAFF) - prefStaff;
	balanceStaff(plans, Math.max(target, minimumStaff(plans)));

	const staff: StaffRow[] = [];
	const assignments: AssignmentRow[] = [];
	const employers = [{ code: PREFECTURE_CODE, staff: prefStaff }, ...plans].filter((e) => e.staff > 0);
	employers.forEach((e, index) => {
		const row = municipalities.find((m) => m.municipality_code === e.code)!;
		const office = { lat: row.office_lat, lon: row.office_lon };
		const mine = schoolsOf(e.code);
		const members = makeStaff(rng.staff, { code: e.code, office }, e.staff, {
			label: String.fromCharCode(65 + index),
			schools: mine.length,
			placeBase: (o) => scatterOnLand(rng.staff, mask, o, 0.3)
		});
		staff.push(...members);
		assignments.push(...assignVisits(office, mine, members));
	});

	// Ferries: one route per island municipality, a row for each school on the island.
	const ferries: FerryRow[] = [];
	for (const def of MUNICIPALITIES) {
		if (!def.ferry) continue;
		const port = nearestLand(mask, def.ferry.port);
		const crossing = rng.ferries.int(def.ferry.crossingMinutes[0], def.ferry.crossingMinutes[1]);
		const wait = rng.ferries.int(def.ferry.waitMinutes[0], def.ferry.waitMinutes[1]);
		for (const s of schools.filter((x) => x.municipality_code === municipalityCode(def.number)))
			ferries.push({
				school_code: s.school_code,
				port_lat: port.lat,
				port_lon: port.lon,
				crossing_minutes: crossing,
				wait_minutes: wait
			});
	}

	const scopes: EnvironmentScope[] = municipalities.map((m) => {
		const mine = schoolsOf(m.municipality_code);
		return {
			code: m.municipality_code,
			schools: mine.length,
			runsHighSchools: mine.some((s) => s.school_type === 'high')
		};
	});
	const ict_environment = environmentRows(rng.environment, scopes, SAMPLE_FISCAL_YEAR);

	let supportRequestsCsv = headerLine('support_requests');
	const summary = generateRequests(rng.requests, schools, { fiscalYear: SAMPLE_FISCAL_YEAR, idDigits: 6 }, (lines) => {
		supportRequestsCsv += lines;
	});

	return {
		municipalities,
		schools,
		staff,
		assignments,
		supportRequestsCsv,
		supportRequestRows: summary.rows,
		ict_environment,
		ferries
	};
}

/** The closest land point to p on a spiral of 100 m steps (ports sit on the shoreline). */
export function nearestLand(mask: LandMask, p: LatLon): LatLon {
	const start = roundPoint(p);
	if (mask.contains(start)) return start;
	for (let ring = 1; ring <= 100; ring++) {
		const km = ring * 0.1;
		const candidates: LatLon[] = [];
		for (let k = 0; k < 32; k++) {
			const a = (k / 32) * 2 * Math.PI;
			const q = roundPoint({
				lat: start.lat + (km * Math.sin(a)) / 111.32,
				lon: start.lon + (km * Math.cos(a)) / (111.32 * Math.cos((start.lat * Math.PI) / 180))
			});
			if (mask.contains(q)) candidates.push(q);
		}
		if (candidates.length) return candidates.sort((a, b) => haversineKm(start, a) - haversineKm(start, b))[0]!;
	}
	throw new Error(`no land within 10 km of ${p.lat},${p.lon}`);
}

export interface Manifest {
	seed: number;
	fiscal_year: number;
	prefecture: { code: string; name_ja: string; name_en: string };
	fictional: true;
	generated_by: string;
	/** sha256: lets the app recognise the files it was tested with and skip re-checking them. */
	files: Partial<Record<TableName, { file: string; rows: number; sha256: string }>>;
}

/** The sample's files, by name: a CSV per table (travel_times is left to the app's estimate) and the manifest. */
export function generateSample(seed: number = DEFAULT_SEED): Map<string, string> {
	return sampleFiles(buildSample(seed), seed);
}

/** The files of already built tables (the CLI builds once, writes them and prints their figures). */
export function sampleFiles(t: SampleTables, seed: number): Map<string, string> {
	const tables: Partial<Record<TableName, { csv: string; rows: number }>> = {
		municipalities: { csv: tableCsv('municipalities', t.municipalities), rows: t.municipalities.length },
		schools: { csv: tableCsv('schools', t.schools), rows: t.schools.length },
		staff: { csv: tableCsv('staff', t.staff), rows: t.staff.length },
		assignments: { csv: tableCsv('assignments', t.assignments), rows: t.assignments.length },
		support_requests: { csv: t.supportRequestsCsv, rows: t.supportRequestRows },
		ict_environment: { csv: tableCsv('ict_environment', t.ict_environment), rows: t.ict_environment.length },
		ferries: { csv: tableCsv('ferries', t.ferries), rows: t.ferries.length }
	};
	const files = new Map<string, string>();
	const manifest: Manifest = {
		seed,
		fiscal_year: SAMPLE_FISCAL_YEAR,
		prefecture: {
			code: SAMPLE_PREFECTURE.code,
			name_ja: SAMPLE_PREFECTURE.name_ja,
			name_en: SAMPLE_PREFECTURE.name_en
		},
		fictional: true,
		generated_by: 'data/generate.ts',
		files: {}
	};
	for (const table of TABLE_NAMES) {
		const entry = tables[table];
		if (!entry) continue;
		const file = `${table}.csv`;
		files.set(file, entry.csv);
		manifest.files[table] = {
			file,
			rows: entry.rows,
			sha256: createHash('sha256').update(entry.csv, 'utf8').digest('hex')
		};
	}
	files.set('manifest.json', JSON.stringify(manifest, null, '\t') + '\n');
	return files;
}
