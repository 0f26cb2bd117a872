/**
 * Reads the shipped sample CSVs independently of the app (its own small RFC 4180 parser), so
 * tests can compute the expected figures without the code under test.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SAMPLE_DIR = fileURLToPath(new URL('../../data/sample/', import.meta.url));

export function parseCsv(text: string): Record<string, string>[] {
	const records: string[][] = [];
	let field = '';
	let record: string[] = [];
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			record.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			record.push(field);
			records.push(record);
			record = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || record.length) {
		record.push(field);
		records.push(record);
	}
	const [header, ...rows] = records;
	return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

export function readSample(table: string): Record<string, string>[] {
	return parseCsv(readFileSync(`${SAMPLE_DIR}${table}.csv`, 'utf8'));
}

export interface ExpectedEmployer {
	code: string;
	kind: string;
	schools: number;
	staff: number;
	staffDays: number;
	requests: number;
}

/** Per-employer counts straight from the files: schools by employer (default: the municipality). */
export function expectedEmployers(): ExpectedEmployer[] {
	const schools = readSample('schools');
	const staff = readSample('staff');
	const requests = readSample('support_requests');
	const employerOf = new Map(schools.map((s) => [s.school_code!, s.employer_code || s.municipality_code!]));
	return readSample('municipalities').map((m) => {
		const code = m.municipality_code!;
		const own = staff.filter((s) => s.employer_code === code);
		return {
			code,
			kind: m.kind!,
			schools: schools.filter((s) => (s.employer_code || s.municipality_code) === code).length,
			staff: own.length,
			staffDays: own.reduce((sum, s) => sum + (s.days_per_week === '' ? 5 : Number(s.days_per_week)), 0),
			requests: requests.filter((r) => employerOf.get(r.school_code!) === code).length
		};
	});
}
