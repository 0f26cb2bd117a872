/**
 * Public identifiers: 全国地方公共団体コード (municipality codes) and MEXT 学校コード (school codes).
 * Rules and worked examples: docs/domain.md, "Identifiers".
 */

import type { SchoolType } from './tables';

const MUNICIPALITY_WEIGHTS = [6, 5, 4, 3, 2] as const;

/** Check digit of a 5-digit municipality code body: (11 − Σ wᵢdᵢ mod 11) mod 10. */
export function municipalityCheckDigit(body: string): number {
	if (!/^\d{5}$/.test(body)) throw new RangeError(`municipality code body must be 5 digits: ${body}`);
	let sum = 0;
	for (let i = 0; i < 5; i++) sum += MUNICIPALITY_WEIGHTS[i]! * Number(body[i]);
	return (11 - (sum % 11)) % 10;
}

export type CodeCheck = { ok: true; code: string } | { ok: false; reason: 'format' | 'check_digit' | 'prefecture' };

/**
 * Accepts a 6-digit code (verifies the check digit) or a 5-digit code (adds it).
 * The prefecture part must be 01–47.
 */
export function normaliseMunicipalityCode(raw: string): CodeCheck {
	const code = raw.trim();
	if (!/^\d{5,6}$/.test(code)) return { ok: false, reason: 'format' };
	const pref = Number(code.slice(0, 2));
	if (pref < 1 || pref > 47) return { ok: false, reason: 'prefecture' };
	const body = code.slice(0, 5);
	const digit = municipalityCheckDigit(body);
	if (code.length === 5) return { ok: true, code: body + digit };
	return Number(code[5]) === digit ? { ok: true, code } : { ok: false, reason: 'check_digit' };
}

/** The prefecture's own row uses municipality number 000, e.g. 東京都 130001. */
export function prefectureEntityCode(prefectureCode: string): string {
	const body = `${prefectureCode}000`;
	return body + municipalityCheckDigit(body);
}

/** School type letters of the MEXT code (chars 1–2). */
export const SCHOOL_CODE_TYPES = {
	A1: 'kindergarten',
	A2: 'certified_center',
	B1: 'elementary',
	C1: 'junior_high',
	C2: 'compulsory',
	D1: 'high',
	D2: 'secondary',
	E1: 'special_needs',
	F1: 'university',
	F2: 'junior_college',
	G1: 'technical_college',
	H1: 'specialised_training',
	H2: 'miscellaneous'
} as const;

/** The MEXT code prefix of each school type the app plans for. */
export const SCHOOL_TYPE_CODE_PREFIX = {
	elementary: 'B1',
	junior_high: 'C1',
	compulsory: 'C2',
	high: 'D1',
	secondary: 'D2',
	special_needs: 'E1'
} as const satisfies Record<SchoolType, keyof typeof SCHOOL_CODE_TYPES>;

/** Luhn-style check digit over the type letter's position (A=1 … H=8) and characters 2–12. */
export function schoolCodeCheckDigit(first12: string): number {
	if (!/^[A-H]\d{11}$/.test(first12))
		throw new RangeError(`school code must be a letter A–H and 11 digits: ${first12}`);
	const values = [first12.charCodeAt(0) - 64, ...[...first12.slice(1)].map(Number)];
	let sum = 0;
	values.forEach((v, i) => {
		if (i % 2 === 0) {
			const doubled = v * 2;
			sum += doubled > 9 ? doubled - 9 : doubled;
		} else sum += v;
	});
	return (10 - (sum % 10)) % 10;
}

/** Only a 13-character MEXT-shaped code is checked; any other unique id is accepted as is. */
export function isSchoolCodeAcceptable(code: string): boolean {
	if (code.length !== 13) return code.trim().length > 0;
	if (!/^[A-H]\d{12}$/.test(code)) return true;
	return schoolCodeCheckDigit(code.slice(0, 12)) === Number(code[12]);
}

export function makeSchoolCode(
	typePrefix: keyof typeof SCHOOL_CODE_TYPES,
	prefectureCode: string,
	founder: 1 | 2 | 3,
	number: number
): string {
	const first12 = `${typePrefix}${prefectureCode}${founder}${String(number).padStart(7, '0')}`;
	return first12 + schoolCodeCheckDigit(first12);
}
