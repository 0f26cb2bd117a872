/**
 * The survey workbook (調査票) a prefecture sends its municipalities (docs/data-formats.md,
 * "Survey workbook"): one sheet per municipality, pre-filled with its schools and counts, with
 * input cells for its ICT support staff (head count, full-time equivalent) and help desk; the
 * returned sheets are read back by their labels, cell by cell as the staff entry of the compare
 * screen reads what is typed, into `staff_counts` and the `helpdesk` indicator.
 *
 * The labels are Japanese whatever the app's language: the workbook is a form for Japanese
 * municipalities, and the labels are what the returned sheet is read by.
 */
import { normaliseMunicipalityCode } from './codes';
import { readEntry, type EntryColumn, type EntryProblem, type EntryText, type EntryValue } from './staff-entry';
import type { SchoolType } from './tables';
import type { CellRule } from './import/values';

export const SURVEY_SHEET = '調査票';

/** What column A says on each row the workbook is read by. */
export const SURVEY_LABELS = {
	code: '団体コード',
	name: '市区町村名',
	fiscalYear: '年度',
	headcount: 'ICT支援員数（人）',
	fte: '常勤換算（人）',
	helpdesk: 'ヘルプデスク'
} as const;

/** The help desk's drop-down: the words the importer reads as yes and no. */
export const HELPDESK_CHOICES = ['あり', 'なし'] as const;

/** Japanese school-type labels of the workbook (the form is in Japanese, see above). */
const SCHOOL_TYPE_LABELS: Record<SchoolType, string> = {
	elementary: '小学校',
	junior_high: '中学校',
	compulsory: '義務教育学校',
	high: '高等学校',
	special_needs: '特別支援学校',
	secondary: '中等教育学校'
};

export interface SurveySubject {
	code: string;
	name: string;
	fiscalYear: number;
	/** The schools it runs, from the loaded schools table (empty when only counts are known). */
	schools: readonly { code: string; name: string; type: SchoolType }[];
	/** School counts by type: from its schools, else from `school_counts`. */
	counts: readonly { type: SchoolType; schools: number }[];
	/** What is already known for the year, shown in the input cells to be confirmed or corrected. */
	current: EntryValue | null;
}

export type SurveyStyle = 'title' | 'note' | 'label' | 'header' | 'fixed' | 'input';
export interface SurveyCell {
	value: string | number | null;
	style: SurveyStyle;
}
/** A drop-down list or a number range on one input cell. */
export type SurveyValidation =
	| { cell: string; kind: 'list'; choices: readonly string[] }
	| { cell: string; kind: 'whole' | 'decimal'; min: number; max: number };

export interface SurveySheet {
	name: string;
	/** Rows from row 1, cells from column A. */
	rows: SurveyCell[][];
	validations: SurveyValidation[];
	/** Column widths in characters, from column A. */
	widths: number[];
}

const reiwa = (year: number) => (year >= 2019 ? `令和${year === 2019 ? '元' : year - 2018}年度` : `${year}年度`);
const cell = (value: string | number | null, style: SurveyStyle): SurveyCell => ({ value, style });
const label = (text: string) => cell(text, 'label');
const note = (text: string) => cell(text, 'note');

/** Row (1-based) of each input in the sheet: the rows below are laid out from these. */
const INPUT_ROWS: Record<EntryColumn, number> = { headcount: 8, fte: 9, helpdesk: 10 };

/** One municipality's sheet. */
export function surveySheet(subject: SurveySubject): SurveySheet {
	const current = subject.current;
	const rows: SurveyCell[][] = [
		[cell(`ICT支援員の配置状況 調査票（${reiwa(subject.fiscalYear)}）`, 'title')],
		[note('黄色のセルに入力してください。ほかのセルは変更できないよう保護しています（パスワードなし）。')],
		[],
		[label(SURVEY_LABELS.code), cell(subject.code, 'fixed')],
		[label(SURVEY_LABELS.name), cell(subject.name, 'fixed')],
		[label(SURVEY_LABELS.fiscalYear), cell(subject.fiscalYear, 'fixed')],
		[],
		[
			label(SURVEY_LABELS.headcount),
			cell(current?.headcount ?? null, 'input'),
			note('整数。委託・会計年度任用職員などを含む実人数')
		],
		[
			label(SURVEY_LABELS.fte),
			cell(current?.fte ?? null, 'input'),
			note('週5日・1日7時間45分の勤務を 1 とした合計（小数可、任意）')
		],
		[
			label(SURVEY_LABELS.helpdesk),
			cell(current?.helpdesk === null || !current ? null : HELPDESK_CHOICES[current.helpdesk ? 0 : 1], 'input'),
			note('ヘルプデスク（問い合わせ窓口）の有無を一覧から選択')
		],
		[],
		[cell('学校種', 'header'), cell('学校数', 'header')],
		...subject.counts.map((c) => [cell(SCHOOL_TYPE_LABELS[c.type], 'fixed'), cell(c.schools, 'fixed')]),
		[]
	];
	if (subject.schools.length > 0)
		rows.push(
			[cell('学校コード', 'header'), cell('学校名', 'header'), cell('学校種', 'header')],
			...subject.schools.map((s) => [
				cell(s.code, 'fixed'),
				cell(s.name, 'fixed'),
				cell(SCHOOL_TYPE_LABELS[s.type], 'fixed')
			])
		);
	return {
		name: SURVEY_SHEET,
		rows,
		validations: [
			{ cell: `B${INPUT_ROWS.headcount}`, kind: 'whole', min: 0, max: 100000 },
			{ cell: `B${INPUT_ROWS.fte}`, kind: 'decimal', min: 0, max: 100000 },
			{ cell: `B${INPUT_ROWS.helpdesk}`, kind: 'list', choices: HELPDESK_CHOICES }
		],
		widths: [22, 32, 52]
	};
}

export type SurveyRule =
	| CellRule
	| EntryProblem['rule']
	| 'unreadable'
	| 'not_survey'
	| 'headcount_missing'
	| 'unknown_municipality'
	| 'duplicate_municipality';

/** A problem of a returned workbook, where the user finds it: file, sheet, row and column. */
export interface SurveyProblem {
	file: string;
	sheet?: string;
	/** 1-based row of the sheet. */
	row?: number;
	/** Column letter. */
	column?: string;
	value?: string;
	rule: SurveyRule;
	expected?: string;
}

export interface SurveyAnswer {
	file: string;
	sheet: string;
	code: string;
	name: string;
	fiscalYear: number;
	value: EntryValue;
}

/** A sheet as text: rows from row 1, cells from column A. */
export interface SheetCells {
	sheet: string;
	rows: readonly (readonly string[])[];
}

const FISCAL_YEAR = { min: 1989, max: 2100 };

/** The answer of one sheet, or its problems; a sheet without the labels is not a survey sheet (null). */
function readSheet(
	file: string,
	{ sheet, rows }: SheetCells,
	municipalities: ReadonlyMap<string, string>
): { answer: SurveyAnswer | null; problems: SurveyProblem[] } | null {
	const rowOf = (text: string) => rows.findIndex((r) => (r[0] ?? '').trim() === text);
	const at = Object.fromEntries(Object.entries(SURVEY_LABELS).map(([k, text]) => [k, rowOf(text)])) as Record<
		keyof typeof SURVEY_LABELS,
		number
	>;
	if (at.code < 0 || at.headcount < 0) return null;
	const value = (row: number) => (row < 0 ? '' : (rows[row]?.[1] ?? '').trim());
	const problems: SurveyProblem[] = [];
	const problem = (row: number, rule: SurveyRule, expected?: string) =>
		problems.push({ file, sheet, row: row + 1, column: 'B', value: value(row), rule, expected });

	const checked = normaliseMunicipalityCode(value(at.code));
	const code = checked.ok ? checked.code : '';
	if (!checked.ok) problem(at.code, 'check_digit');
	else if (!municipalities.has(code)) problem(at.code, 'unknown_municipality');
	const year = Number(value(at.fiscalYear));
	if (!Number.isInteger(year) || year < FISCAL_YEAR.min || year > FISCAL_YEAR.max)
		problem(at.fiscalYear, 'range', `${FISCAL_YEAR.min}–${FISCAL_YEAR.max}`);

	const text: EntryText = { headcount: value(at.headcount), fte: value(at.fte), helpdesk: value(at.helpdesk) };
	const read = readEntry(text);
	for (const p of read.problems) problem(at[p.column], p.rule, p.expected);
	if (text.headcount === '') problem(at.headcount, 'headcount_missing');
	if (problems.length > 0) return { answer: null, problems };
	return {
		answer: { file, sheet, code, name: municipalities.get(code)!, fiscalYear: year, value: read.value },
		problems
	};
}

/**
 * The answers of the returned workbooks and the problems of each, all files at once: a sheet with
 * a problem gives no answer, a municipality answered twice is a problem of the second answer.
 */
export function readSurveyAnswers(
	files: readonly { file: string; sheets: readonly SheetCells[] | null }[],
	municipalities: ReadonlyMap<string, string>
): { answers: SurveyAnswer[]; problems: SurveyProblem[] } {
	const answers: SurveyAnswer[] = [];
	const problems: SurveyProblem[] = [];
	for (const { file, sheets } of files) {
		if (sheets === null) {
			problems.push({ file, rule: 'unreadable' });
			continue;
		}
		const read = sheets.flatMap((s) => readSheet(file, s, municipalities) ?? []);
		if (read.length === 0) problems.push({ file, rule: 'not_survey' });
		for (const r of read) {
			problems.push(...r.problems);
			const answer = r.answer;
			if (!answer) continue;
			const first = answers.find((a) => a.code === answer.code && a.fiscalYear === answer.fiscalYear);
			if (first)
				problems.push({
					file,
					sheet: answer.sheet,
					row: rowsOf(sheets, answer.sheet).findIndex((row) => (row[0] ?? '').trim() === SURVEY_LABELS.code) + 1,
					column: 'B',
					value: answer.code,
					rule: 'duplicate_municipality',
					expected: first.file
				});
			else answers.push(answer);
		}
	}
	return { answers, problems };
}

const rowsOf = (sheets: readonly SheetCells[], name: string) => sheets.find((s) => s.sheet === name)?.rows ?? [];

type Row = Readonly<Record<string, unknown>>;

/**
 * `staff_counts` and `ict_environment` with the answers put in: each answer replaces its
 * municipality's row of its year (the help desk only when answered); every other row stays.
 */
export function mergeAnswers(
	staffCounts: readonly Row[],
	environment: readonly Row[],
	answers: readonly Pick<SurveyAnswer, 'code' | 'fiscalYear' | 'value'>[]
): { staffCounts: Row[]; environment: Row[] } {
	const key = (code: unknown, year: unknown) => `${String(code)}:${Number(year)}`;
	const counted = new Set(answers.filter((a) => a.value.headcount !== null).map((a) => key(a.code, a.fiscalYear)));
	const desks = new Set(answers.filter((a) => a.value.helpdesk !== null).map((a) => key(a.code, a.fiscalYear)));
	return {
		staffCounts: [
			...staffCounts.filter((r) => !counted.has(key(r.employer_code, r.fiscal_year))),
			...answers.flatMap((a) =>
				a.value.headcount === null
					? []
					: [{ employer_code: a.code, fiscal_year: a.fiscalYear, headcount: a.value.headcount, fte: a.value.fte }]
			)
		],
		environment: [
			...environment.filter((r) => !(r.indicator === 'helpdesk' && desks.has(key(r.scope_code, r.fiscal_year)))),
			...answers.flatMap((a) =>
				a.value.helpdesk === null
					? []
					: [{ scope_code: a.code, fiscal_year: a.fiscalYear, indicator: 'helpdesk', value: a.value.helpdesk ? 1 : 0 }]
			)
		]
	};
}
