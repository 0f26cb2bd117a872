/**
 * Cell parsing: one raw text cell → the typed value of its canonical column, or what was expected.
 * Input comes from hand-made spreadsheets, so full-width digits, thousands separators, Japanese
 * labels and 和暦 dates are accepted; anything that could be a silent corruption is reported.
 */

import { isSchoolCodeAcceptable, normaliseMunicipalityCode } from '../codes';
import type { IssueRule } from '../issues';
import type { ColumnSpec } from '../tables';

export type CellValue = string | number | boolean | null;

/** The issue rules a single cell can break. */
export type CellRule = Extract<IssueRule, 'type' | 'range' | 'enum' | 'check_digit'>;

export type CellResult = { ok: true; value: CellValue } | { ok: false; expected: string; rule: CellRule };

const ok = (value: CellValue): CellResult => ({ ok: true, value });
const fail = (expected: string, rule: CellRule = 'type'): CellResult => ({ ok: false, expected, rule });

/** NFKC turns full-width digits, letters and "，" into ASCII; U+2212 minus is not covered by it. */
function clean(raw: string): string {
	// Most cells are printable ASCII, which NFKC leaves as it is: skip the costly normalisation.
	if (PRINTABLE_ASCII.test(raw)) return raw.trim();
	return raw
		.normalize('NFKC')
		.trim()
		.replace(/^[\u2212\u2010-\u2015]/u, '-');
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/u;

export function parseCell(column: ColumnSpec, raw: string): CellResult {
	const s = clean(raw);
	if (s === '') return ok(null);
	const type = column.type;
	switch (type.kind) {
		case 'text':
			return parseText(column.name, s);
		case 'integer':
			return parseNumber(column, s, true);
		case 'number':
			return parseNumber(column, s, false);
		case 'boolean':
			return parseBoolean(s);
		case 'date':
		case 'timestamp':
			return parseDateTime(s, type.kind);
		case 'enum':
			return parseEnum(type.values, s);
	}
}

// ── Text and codes ──────────────────────────────────────────────────────────────────────────

const MUNICIPALITY_CODE_COLUMNS = new Set(['municipality_code', 'employer_code']);

/**
 * What Excel does to a code typed as a number: "122173.0", "1.22E+05". The original digits (and
 * any leading zero) may be gone, so guessing would hide data loss; the user must re-export as text.
 */
export const SPREADSHEET_DAMAGE = /^(?:\d+\.0+|\d+(?:\.\d+)?e[+-]?\d+)$/iu;

export function isCodeColumn(name: string): boolean {
	return name.endsWith('_code') || name.endsWith('_id');
}

function parseText(name: string, s: string): CellResult {
	if (isCodeColumn(name) && SPREADSHEET_DAMAGE.test(s)) return fail('text code');
	if (MUNICIPALITY_CODE_COLUMNS.has(name)) return municipalityCode(s);
	if (name === 'prefecture_code') {
		if (!/^\d{1,2}$/u.test(s)) return fail('01–47');
		const n = Number(s);
		return n >= 1 && n <= 47 ? ok(s.padStart(2, '0')) : fail('01–47', 'range');
	}
	// ict_environment rows are about a school or a municipality: a 5–6 digit code is the latter.
	if (name === 'scope_code') return /^\d{5,6}$/u.test(s) ? municipalityCode(s) : schoolCode(s);
	if (name === 'school_code') return schoolCode(s);
	return ok(s);
}

function municipalityCode(s: string): CellResult {
	const check = normaliseMunicipalityCode(s);
	if (check.ok) return ok(check.code);
	return check.reason === 'check_digit' ? fail('check_digit', 'check_digit') : fail('municipality code');
}

/** Only a MEXT-shaped 13-character code is checked; other unique ids are the user's own. */
function schoolCode(s: string): CellResult {
	return isSchoolCodeAcceptable(s) ? ok(s) : fail('check_digit', 'check_digit');
}

// ── Numbers ─────────────────────────────────────────────────────────────────────────────────

const INTEGER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)$/u;
const DECIMAL = /^-?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)$/u;

function rangeText([lo, hi]: readonly [number, number]): string {
	return hi >= Number.MAX_SAFE_INTEGER ? `≥ ${lo}` : `${lo}–${hi}`;
}

/**
 * A cell of plain ASCII digits (what almost every log cell is) as its number, without the
 * patterns; -1 for anything else. 15 digits stay below 2^53, so the value is exact.
 */
function plainDigits(s: string): number {
	if (s.length === 0 || s.length > 15) return -1;
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const d = s.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return -1;
		n = n * 10 + d;
	}
	return n;
}

function parseNumber(column: ColumnSpec, s: string, integer: boolean): CellResult {
	const plain = plainDigits(s);
	const n = plain >= 0 ? plain : generalNumber(s, integer);
	if (n === null) return fail(integer ? 'integer' : 'number');
	const range = column.range;
	if (range && (n < range[0] || n > range[1])) return fail(rangeText(range), 'range');
	// "-0" would otherwise survive as a distinct value.
	return ok(n === 0 ? 0 : n);
}

/** Signs, separators and decimals: the number, or null when the cell is not one. */
function generalNumber(s: string, integer: boolean): number | null {
	if (!(integer ? INTEGER : DECIMAL).test(s)) return null;
	const n = Number(s.replace(/,/gu, ''));
	return !Number.isFinite(n) || (integer && !Number.isSafeInteger(n)) ? null : n;
}

// ── Booleans ────────────────────────────────────────────────────────────────────────────────

const TRUE = new Set(['true', '1', 'yes', 'y', 'はい', '○', '〇', '◯', '有', 'あり', '有り']);
const FALSE = new Set(['false', '0', 'no', 'n', 'いいえ', '×', '✕', '無', 'なし', '無し']);

function parseBoolean(s: string): CellResult {
	const v = s.toLowerCase();
	if (TRUE.has(v)) return ok(true);
	if (FALSE.has(v)) return ok(false);
	return fail('true, false', 'enum');
}

// ── Dates ───────────────────────────────────────────────────────────────────────────────────

const TIME = String.raw`(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?`;
const WESTERN = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`, 'u');
const WESTERN_KANJI = new RegExp(String.raw`^(\d{4})年(\d{1,2})月(\d{1,2})日${TIME}$`, 'u');
/** 和暦 as printed on Japanese forms; NFKC has already turned the one-character ㋿ into 令和. */
const JAPANESE_ERA = new RegExp(String.raw`^(令和|平成)(\d{1,2}|元)年(\d{1,2})月(\d{1,2})日${TIME}$`, 'u');
/** Year 1 of each era is the western year given here plus one. */
const ERA_OFFSET: Record<string, number> = { 令和: 2018, 平成: 1988 };

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Dates stay plain calendar text and never pass through Date: going through UTC shifts a
 * Japanese local date by a day (docs/data-formats.md, "Values").
 */
function parseDateTime(s: string, kind: 'date' | 'timestamp'): CellResult {
	return canonicalDateTime(s, kind) ?? generalDateTime(s, kind);
}

/** Two ASCII digits of `s` at `at` as a number, or -1. */
function twoDigits(s: string, at: number): number {
	const a = s.charCodeAt(at) - 48;
	const b = s.charCodeAt(at + 1) - 48;
	return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * A cell already written as the canonical "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS" (what a
 * system's export gives) and valid: its value without patterns or rebuilt text. Null for any
 * other cell, including invalid ones, which the general parse reads and names.
 */
function canonicalDateTime(s: string, kind: 'date' | 'timestamp'): CellResult | null {
	const withTime = s.length === 19;
	if (!(s.length === 10 || (withTime && kind === 'timestamp')) || s[4] !== '-' || s[7] !== '-') return null;
	const century = twoDigits(s, 0);
	const yy = twoDigits(s, 2);
	const month = twoDigits(s, 5);
	const day = twoDigits(s, 8);
	if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(century * 100 + yy, month))
		return null;
	if (!withTime) return ok(kind === 'date' ? s : `${s} 00:00:00`);
	if (s[10] !== ' ' || s[13] !== ':' || s[16] !== ':') return null;
	const hour = twoDigits(s, 11);
	const minute = twoDigits(s, 14);
	const second = twoDigits(s, 17);
	return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 ? ok(s) : null;
}

function generalDateTime(s: string, kind: 'date' | 'timestamp'): CellResult {
	const expected = kind === 'date' ? 'date' : 'date or date-time';
	let parts: (string | undefined)[];
	let year: number;
	const western = WESTERN.exec(s) ?? WESTERN_KANJI.exec(s);
	const era = western ? null : JAPANESE_ERA.exec(s);
	if (western) {
		parts = western.slice(2);
		year = Number(western[1]);
	} else if (era) {
		parts = era.slice(3);
		year = ERA_OFFSET[era[1]!]! + (era[2] === '元' ? 1 : Number(era[2]));
	} else return fail(expected);
	const [month, day, hour, minute, second] = parts.map((p) => (p === undefined ? 0 : Number(p))) as [
		number,
		number,
		number,
		number,
		number
	];
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return fail(expected);
	if (hour > 23 || minute > 59 || second > 59) return fail(expected);
	const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
	if (kind === 'date') return parts[2] === undefined ? ok(date) : fail(expected);
	return ok(`${date} ${pad(hour)}:${pad(minute)}:${pad(second)}`);
}

// ── Enums ───────────────────────────────────────────────────────────────────────────────────

const WEEKDAY_KANJI = { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金' } as const;

/**
 * Japanese labels → canonical values. One table for every enum: a label is accepted only when its
 * value belongs to the column's own list, so 区 means ward in municipalities and nothing elsewhere.
 */
const LABELS: Readonly<Record<string, string>> = {
	小学校: 'elementary',
	小: 'elementary',
	中学校: 'junior_high',
	中: 'junior_high',
	義務教育学校: 'compulsory',
	義務: 'compulsory',
	高等学校: 'high',
	高校: 'high',
	高: 'high',
	特別支援学校: 'special_needs',
	特支: 'special_needs',
	中等教育学校: 'secondary',
	中等: 'secondary',
	市: 'city',
	区: 'ward',
	特別区: 'ward',
	町: 'town',
	村: 'village',
	都道府県: 'prefecture',
	都: 'prefecture',
	道: 'prefecture',
	府: 'prefecture',
	県: 'prefecture',
	委託: 'contract',
	会計年度任用職員: 'appointed',
	会計年度任用: 'appointed',
	正規: 'regular',
	正規職員: 'regular',
	授業支援: 'lesson',
	校務支援: 'admin',
	環境整備: 'environment',
	校内研修: 'training',
	訪問: 'onsite',
	遠隔: 'remote',
	道路: 'road',
	フェリー: 'ferry',
	船: 'ferry',
	公立: 'public',
	国公私立計: 'all',
	国公私立: 'all',
	...Object.fromEntries(
		Object.entries(WEEKDAY_KANJI).flatMap(([day, k]) => [
			[k, day],
			[`${k}曜`, day],
			[`${k}曜日`, day]
		])
	)
};

function parseEnum(values: readonly string[], s: string): CellResult {
	const lower = s.toLowerCase();
	const canonical = values.find((v) => v.toLowerCase() === lower) ?? LABELS[s.replace(/\s+/gu, '')];
	return canonical !== undefined && values.includes(canonical) ? ok(canonical) : fail(values.join(', '), 'enum');
}
