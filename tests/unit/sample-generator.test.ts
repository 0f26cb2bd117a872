/**
 * The seeded sample generator (data/generate.ts, data/generator/): determinism, the committed files,
 * and the shape docs/design.md and docs/data-formats.md ask of the fictional prefecture.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSchoolCodeAcceptable, normaliseMunicipalityCode } from '../../src/lib/domain/codes';
import { PLAN_INDICATORS, REQUEST_CATEGORIES, TABLES, type TableName } from '../../src/lib/domain/tables';
import { DEFAULT_SEED, generateSample, sampleLandMask } from '../../data/generator/sample';
import { fiscalYearDays } from '../../src/lib/domain/school-calendar';
import { generateNational } from '../../data/generator/national';
import { parseCsv } from '../support/sample-files';

const SAMPLE_DIR = fileURLToPath(new URL('../../data/sample/', import.meta.url));

let files: Map<string, string>;
const parsed = new Map<TableName, Record<string, string>[]>();
const table = (name: TableName) => {
	let rows = parsed.get(name);
	if (!rows) {
		rows = parseCsv(files.get(`${name}.csv`)!);
		parsed.set(name, rows);
	}
	return rows;
};

beforeAll(() => {
	files = generateSample(DEFAULT_SEED);
});

describe('determinism', () => {
	it('gives byte-identical files for the same seed, equal to the committed data/sample/', () => {
		const again = generateSample(DEFAULT_SEED);
		expect([...again.keys()]).toEqual([...files.keys()]);
		for (const [name, content] of files) expect(again.get(name) === content, name).toBe(true);
		expect(readdirSync(SAMPLE_DIR).sort()).toEqual([...files.keys()].sort());
		for (const [name, content] of files)
			expect(
				readFileSync(join(SAMPLE_DIR, name), 'utf8') === content,
				`${name} differs from data/sample: run npm run sample`
			).toBe(true);
	});

	it('gives different files for a different seed', () => {
		const other = generateSample(DEFAULT_SEED + 1);
		for (const name of ['schools.csv', 'staff.csv', 'support_requests.csv', 'ict_environment.csv'])
			expect(other.get(name) === files.get(name), name).toBe(false);
	});
});

describe('file format', () => {
	it('writes UTF-8 CSV without BOM, \\n line ends, and the canonical header of tables.ts', () => {
		for (const [name, content] of files) {
			if (!name.endsWith('.csv')) continue;
			expect(content.charCodeAt(0), name).not.toBe(0xfeff);
			expect(content.includes('\r'), name).toBe(false);
			expect(content.endsWith('\n'), name).toBe(true);
			const header = content.slice(0, content.indexOf('\n'));
			expect(header).toBe(TABLES[name.replace('.csv', '') as TableName].columns.map((c) => c.name).join(','));
		}
	});

	it('has a manifest whose row counts match the files, and stays under 3 MB', () => {
		const manifest = JSON.parse(files.get('manifest.json')!);
		expect(manifest).toMatchObject({
			seed: DEFAULT_SEED,
			fiscal_year: 2025,
			fictional: true,
			prefecture: { code: '46', name_ja: '汐見県', name_en: 'Shiomi Prefecture' }
		});
		for (const [t, f] of Object.entries(manifest.files) as [TableName, { file: string; rows: number }][])
			expect(table(t).length, t).toBe(f.rows);
		const bytes = [...files.values()].reduce((s, c) => s + Buffer.byteLength(c), 0);
		expect(bytes).toBeLessThan(3 * 1024 * 1024);
		const onDisk = readdirSync(SAMPLE_DIR).reduce((s, f) => s + statSync(join(SAMPLE_DIR, f)).size, 0);
		expect(onDisk).toBeLessThan(3 * 1024 * 1024);
	});
});

describe('the fictional prefecture', () => {
	it('has 20–30 municipalities and a prefecture row, with valid codes in the fictional range', () => {
		const municipalities = table('municipalities');
		const pref = municipalities.filter((m) => m.kind === 'prefecture');
		expect(pref).toEqual([
			expect.objectContaining({ municipality_code: '460001', name: '汐見県', prefecture_code: '46' })
		]);
		const municipal = municipalities.filter((m) => m.kind !== 'prefecture');
		expect(municipal.length).toBeGreaterThanOrEqual(20);
		expect(municipal.length).toBeLessThanOrEqual(30);
		for (const m of municipalities) {
			expect(normaliseMunicipalityCode(m.municipality_code!), m.municipality_code).toEqual({
				ok: true,
				code: m.municipality_code
			});
			expect(m.prefecture_code).toBe('46');
		}
		for (const m of municipal) {
			const number = Number(m.municipality_code!.slice(2, 5));
			expect(number).toBeGreaterThanOrEqual(901);
			expect(['city', 'town', 'village']).toContain(m.kind);
		}
	});

	it('has 350–450 schools with valid, unique MEXT codes and names', () => {
		const schools = table('schools');
		expect(schools.length).toBeGreaterThanOrEqual(350);
		expect(schools.length).toBeLessThanOrEqual(450);
		for (const s of schools) {
			expect(s.school_code, s.name).toMatch(/^(B1|C1|C2|D1|E1)462\d{8}$/);
			expect(isSchoolCodeAcceptable(s.school_code!), s.school_code).toBe(true);
		}
		expect(new Set(schools.map((s) => s.school_code)).size).toBe(schools.length);
		expect(new Set(schools.map((s) => s.name)).size).toBe(schools.length);
		const byType = (t: string) => schools.filter((s) => s.school_type === t).length;
		expect(byType('elementary') / byType('junior_high')).toBeGreaterThan(1.6);
		expect(byType('elementary') / byType('junior_high')).toBeLessThan(2.4);
		const prefectural = schools.filter((s) => s.employer_code === '460001');
		expect(prefectural.length).toBeGreaterThanOrEqual(40);
		expect(prefectural.length).toBeLessThanOrEqual(55);
		expect(prefectural.every((s) => s.school_type === 'high' || s.school_type === 'special_needs')).toBe(true);
	});

	it('references only existing municipalities and employers', () => {
		const codes = new Set(table('municipalities').map((m) => m.municipality_code));
		for (const s of table('schools')) {
			expect(codes.has(s.municipality_code), s.school_code).toBe(true);
			expect(codes.has(s.employer_code), s.school_code).toBe(true);
			expect(s.municipality_code).not.toBe('460001');
		}
		for (const s of table('staff')) expect(codes.has(s.employer_code), s.staff_id).toBe(true);
	});

	it('places every school, office and staff base on land', () => {
		const mask = sampleLandMask();
		const points = [
			...table('schools').map((s) => ({ what: s.school_code, lat: s.lat, lon: s.lon })),
			...table('municipalities').map((m) => ({ what: m.municipality_code, lat: m.office_lat, lon: m.office_lon })),
			...table('staff').map((s) => ({ what: s.staff_id, lat: s.base_lat, lon: s.base_lon }))
		];
		for (const p of points) {
			expect(p.lat, p.what).toMatch(/^\d+\.\d{5}$/);
			expect(mask.contains({ lat: Number(p.lat), lon: Number(p.lon) }), `${p.what} ${p.lat},${p.lon}`).toBe(true);
		}
	});

	it('has a ferry route for every island school, and only for them', () => {
		const island = new Set(
			table('schools')
				.filter((s) => s.island === 'true')
				.map((s) => s.school_code)
		);
		const ferries = table('ferries');
		expect(island.size).toBeGreaterThan(10);
		expect(new Set(ferries.map((f) => f.school_code))).toEqual(island);
		for (const f of ferries) {
			expect(Number(f.crossing_minutes)).toBeGreaterThanOrEqual(60);
			expect(Number(f.crossing_minutes)).toBeLessThanOrEqual(150);
			expect(Number(f.wait_minutes)).toBeGreaterThanOrEqual(20);
			expect(Number(f.wait_minutes)).toBeLessThanOrEqual(60);
		}
	});
});

describe('staff and placement', () => {
	const perEmployer = () => {
		const schools = table('schools');
		const staff = table('staff');
		return table('municipalities').map((m) => ({
			kind: m.kind,
			code: m.municipality_code!,
			schools: schools.filter((s) => s.employer_code === m.municipality_code).length,
			staff: staff.filter((s) => s.employer_code === m.municipality_code).length
		}));
	};

	it('is near 4.5 schools per staff, with the national shares of none and of 1 per 4', () => {
		const schools = table('schools').length;
		const staff = table('staff');
		expect(schools / staff.length).toBeGreaterThanOrEqual(4.3);
		expect(schools / staff.length).toBeLessThanOrEqual(4.7);
		expect(new Set(staff.map((s) => s.staff_id)).size).toBe(staff.length);
		const municipal = perEmployer().filter((e) => e.kind !== 'prefecture');
		const none = municipal.filter((e) => e.staff === 0).length / municipal.length;
		expect(none).toBeGreaterThanOrEqual(0.25);
		expect(none).toBeLessThanOrEqual(0.35);
		const atTarget = municipal.filter((e) => e.staff > 0 && e.schools / e.staff <= 4).length / municipal.length;
		expect(atTarget).toBeGreaterThanOrEqual(0.4);
		expect(atTarget).toBeLessThanOrEqual(0.6);
		const pref = perEmployer().find((e) => e.kind === 'prefecture')!;
		expect(pref.staff).toBeGreaterThanOrEqual(10);
		expect(pref.staff).toBeLessThanOrEqual(12);
	});

	it('visits every school of an employer with staff weekly, within each member’s days', () => {
		const staff = table('staff');
		const schools = table('schools');
		const assignments = table('assignments');
		const staffById = new Map(staff.map((s) => [s.staff_id!, s]));
		const schoolByCode = new Map(schools.map((s) => [s.school_code!, s]));
		const days = new Map<string, Set<string>>();
		for (const a of assignments) {
			const member = staffById.get(a.staff_id!);
			const school = schoolByCode.get(a.school_code!);
			expect(member, a.staff_id).toBeDefined();
			expect(school, a.school_code).toBeDefined();
			expect(school!.employer_code).toBe(member!.employer_code);
			const used = days.get(a.staff_id!) ?? new Set<string>();
			expect(used.has(a.weekday!), `${a.staff_id} ${a.weekday}`).toBe(false);
			used.add(a.weekday!);
			days.set(a.staff_id!, used);
		}
		for (const [id, used] of days) expect(used.size).toBeLessThanOrEqual(Number(staffById.get(id)!.days_per_week));
		const employing = new Set(staff.map((s) => s.employer_code));
		const visited = new Set(assignments.map((a) => a.school_code));
		for (const s of schools) expect(visited.has(s.school_code), s.school_code).toBe(employing.has(s.employer_code));
	});
});

describe('support requests', () => {
	it('lie in FY2025, in time order, with valid values', () => {
		const requests = table('support_requests');
		expect(requests.length).toBeGreaterThanOrEqual(20_000);
		expect(requests.length).toBeLessThanOrEqual(30_000);
		const schools = new Set(table('schools').map((s) => s.school_code));
		// Problems are collected rather than asserted row by row: 24,000 expects would dominate the run.
		const problems: string[] = [];
		const check = (ok: boolean, r: Record<string, string>, what: string) => {
			if (!ok) problems.push(`${r.request_id}: ${what}`);
		};
		const categories: readonly string[] = REQUEST_CATEGORIES;
		let previous = '';
		requests.forEach((r, i) => {
			const at = r.requested_at!;
			check(r.request_id === `R2025-${String(i + 1).padStart(6, '0')}`, r, 'id out of sequence');
			check(
				/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(at) && at >= '2025-04-01' && at < '2026-04-01',
				r,
				`requested_at ${at}`
			);
			check(at.slice(11) >= '08:00:00' && at.slice(11) < '17:00:00', r, `time ${at}`);
			check(at >= previous, r, 'not in time order');
			previous = at;
			check(schools.has(r.school_code), r, 'unknown school');
			check(categories.includes(r.category!), r, `category ${r.category}`);
			check(r.mode === 'onsite' || r.mode === 'remote', r, `mode ${r.mode}`);
			const minutes = Number(r.minutes);
			check(Number.isInteger(minutes) && minutes >= 5 && minutes <= 240, r, `minutes ${r.minutes}`);
			if (r.resolved_at) check(r.resolved_at > at && r.resolved_at < '2026-04-01', r, `resolved_at ${r.resolved_at}`);
		});
		expect(problems.slice(0, 10)).toEqual([]);
		const unresolved = requests.filter((r) => r.resolved_at === '').length / requests.length;
		expect(unresolved).toBeGreaterThan(0.005);
		expect(unresolved).toBeLessThan(0.04);
	});

	it('peak in April: more requests per school day than the year’s average', () => {
		const requests = table('support_requests');
		const schoolDays = fiscalYearDays(2025).filter((d) => d.schoolDay);
		const aprilDays = schoolDays.filter((d) => d.month === 4).length;
		const april = requests.filter((r) => r.requested_at!.startsWith('2025-04')).length;
		expect(april / aprilDays).toBeGreaterThan((requests.length / schoolDays.length) * 1.5);
	});
});

describe('plan indicators', () => {
	it('cover every municipality and the prefecture, spare devices only where high schools are run', () => {
		const rows = table('ict_environment');
		const schools = table('schools');
		expect(new Set(rows.map((r) => `${r.scope_code}/${r.fiscal_year}/${r.indicator}`)).size).toBe(rows.length);
		for (const m of table('municipalities')) {
			const mine = rows.filter((r) => r.scope_code === m.municipality_code);
			const runsHigh = schools.some((s) => s.employer_code === m.municipality_code && s.school_type === 'high');
			const expected = PLAN_INDICATORS.filter((i) => i !== 'hs_spare_devices' || runsHigh);
			expect(mine.map((r) => r.indicator).sort(), m.municipality_code).toEqual([...expected].sort());
			for (const r of mine) {
				expect(r.fiscal_year).toBe('2025');
				expect(r.value, `${r.scope_code} ${r.indicator}`).toMatch(/^\d+(\.\d{1,3})?$/);
				if (r.indicator !== 'teacher_devices' && r.indicator !== 'work_displays')
					expect(Number(r.value)).toBeLessThanOrEqual(1);
			}
		}
		expect(rows.some((r) => r.scope_code === '460001' && r.indicator === 'hs_spare_devices')).toBe(true);
	});
});

describe('national generator (scaled-down smoke test)', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'haichi-national-'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('writes every table for 47 prefectures with valid codes, deterministically', () => {
		const a = generateNational({ seed: 7, outDir: join(dir, 'a'), scale: 0.01 });
		generateNational({ seed: 7, outDir: join(dir, 'b'), scale: 0.01 });
		for (const f of a.files)
			expect(
				readFileSync(join(dir, 'a', f.file), 'utf8') === readFileSync(join(dir, 'b', f.file), 'utf8'),
				f.file
			).toBe(true);
		const read = (t: string) => parseCsv(readFileSync(join(dir, 'a', `${t}.csv`), 'utf8'));
		const municipalities = read('municipalities');
		expect(municipalities.filter((m) => m.kind === 'prefecture')).toHaveLength(47);
		for (const m of municipalities)
			expect(normaliseMunicipalityCode(m.municipality_code!)).toEqual({ ok: true, code: m.municipality_code });
		const schools = read('schools');
		expect(schools.length).toBeGreaterThan(300);
		for (const s of schools) expect(isSchoolCodeAcceptable(s.school_code!)).toBe(true);
		// At 1% every staffed body still needs a whole person, so the ratio sits below the full set's 4.56.
		const staff = read('staff');
		expect(schools.length / staff.length).toBeGreaterThan(3);
		expect(schools.length / staff.length).toBeLessThan(5);
		const codes = new Set(municipalities.map((m) => m.municipality_code));
		for (const s of [...schools, ...staff]) expect(codes.has(s.employer_code)).toBe(true);
		const manifest = JSON.parse(readFileSync(join(dir, 'a', 'manifest.json'), 'utf8'));
		for (const f of a.files) expect(read(f.table).length, f.table).toBe(manifest.files[f.table].rows);
		expect(read('support_requests').length).toBeGreaterThan(15_000);
	});
});
