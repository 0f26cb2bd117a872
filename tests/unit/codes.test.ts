import { describe, expect, it } from 'vitest';
import {
	isSchoolCodeAcceptable,
	makeSchoolCode,
	municipalityCheckDigit,
	normaliseMunicipalityCode,
	prefectureEntityCode,
	schoolCodeCheckDigit
} from '../../src/lib/domain/codes';

describe('municipality codes (全国地方公共団体コード)', () => {
	it.each([
		['東京都', '130001'],
		['千代田区', '131016'],
		['柏市', '122173'],
		['鹿児島市', '462012'],
		['相模原市 (remainder 1)', '141500'],
		['宇都宮市 (remainder 0)', '092011']
	])('%s %s has the right check digit', (_name, code) => {
		expect(municipalityCheckDigit(code.slice(0, 5))).toBe(Number(code[5]));
		expect(normaliseMunicipalityCode(code)).toEqual({ ok: true, code });
	});

	it('adds the check digit to a 5-digit code', () => {
		expect(normaliseMunicipalityCode('12217')).toEqual({ ok: true, code: '122173' });
		expect(normaliseMunicipalityCode(' 46201 ')).toEqual({ ok: true, code: '462012' });
	});

	it('rejects a wrong check digit, a bad format and an unknown prefecture', () => {
		expect(normaliseMunicipalityCode('122174')).toEqual({ ok: false, reason: 'check_digit' });
		expect(normaliseMunicipalityCode('12-217')).toEqual({ ok: false, reason: 'format' });
		expect(normaliseMunicipalityCode('1221')).toEqual({ ok: false, reason: 'format' });
		expect(normaliseMunicipalityCode('482011')).toEqual({ ok: false, reason: 'prefecture' });
		expect(normaliseMunicipalityCode('002011')).toEqual({ ok: false, reason: 'prefecture' });
	});

	it('builds the prefecture row code', () => {
		expect(prefectureEntityCode('13')).toBe('130001');
	});
});

describe('school codes (学校コード)', () => {
	it('computes the check digit of the worked example B110210000017', () => {
		expect(schoolCodeCheckDigit('B11021000001')).toBe(7);
		expect(isSchoolCodeAcceptable('B110210000017')).toBe(true);
	});

	it('flags a 13-character MEXT code with a wrong check digit only', () => {
		expect(isSchoolCodeAcceptable('B110210000018')).toBe(false);
		expect(isSchoolCodeAcceptable('SCH-0001')).toBe(true);
		expect(isSchoolCodeAcceptable('B11021000001')).toBe(true);
		expect(isSchoolCodeAcceptable('')).toBe(false);
	});

	it('makes codes that pass their own check', () => {
		const code = makeSchoolCode('C1', '46', 2, 123);
		expect(code).toMatch(/^C1462\d{8}$/);
		expect(isSchoolCodeAcceptable(code)).toBe(true);
	});
});
