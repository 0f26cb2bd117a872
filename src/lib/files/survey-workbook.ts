/**
 * The survey workbook (調査票) as .xlsx files and the returned ones read back (src/lib/domain/survey.ts).
 *
 * Written here as SpreadsheetML with fflate rather than with write-excel-file, which the tables'
 * Excel export uses: that library writes no data validation and no sheet protection, and the
 * libraries that do (ExcelJS, last released in 2023 with some 190 dependencies; its maintained
 * fork, which declares Node 22) do not fit this project. A sheet of fixed cells, input cells
 * unlocked and marked, drop-down lists and a protection without password is a few parts of XML.
 * Returned workbooks, saved again by Excel, are read with read-excel-file as any workbook is.
 */
import { strToU8, zipSync } from 'fflate';
import { readXlsx } from './xlsx-reader';
import type { SheetCells, SurveySheet, SurveyStyle } from '$lib/domain/survey';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const escapeXml = (text: string) =>
	text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** The style (cellXfs index) of each kind of cell: only input cells are unlocked. */
const STYLE_INDEX: Record<SurveyStyle, number> = { title: 1, note: 2, label: 3, header: 3, fixed: 4, input: 5 };
const FONT = '<name val="Yu Gothic"/><family val="3"/><charset val="128"/>';
const STYLES =
	`${XML}<styleSheet xmlns="${MAIN}">` +
	`<fonts count="4"><font><sz val="11"/>${FONT}</font><font><b/><sz val="14"/>${FONT}</font>` +
	`<font><sz val="10"/><color rgb="FF595959"/>${FONT}</font><font><b/><sz val="11"/>${FONT}</font></fonts>` +
	'<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
	// Input cells: pale yellow, as Japanese forms mark where to write; labels: light grey.
	'<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill>' +
	'<fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill></fills>' +
	'<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
	'<border><left style="thin"><color rgb="FFA6A6A6"/></left><right style="thin"><color rgb="FFA6A6A6"/></right>' +
	'<top style="thin"><color rgb="FFA6A6A6"/></top><bottom style="thin"><color rgb="FFA6A6A6"/></bottom><diagonal/></border></borders>' +
	'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
	'<cellXfs count="6">' +
	'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
	'<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
	'<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
	'<xf numFmtId="0" fontId="3" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"/>' +
	'<xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>' +
	'<xf numFmtId="0" fontId="0" fillId="2" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyProtection="1">' +
	'<protection locked="0"/></xf>' +
	'</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const columnLetter = (i: number): string =>
	i < 26 ? String.fromCharCode(65 + i) : columnLetter(Math.floor(i / 26) - 1) + columnLetter(i % 26);

function sheetXml(sheet: SurveySheet): string {
	const rows = sheet.rows
		.map((cells, r) => {
			const xml = cells
				.map((c, i) => {
					const ref = `${columnLetter(i)}${r + 1}`;
					const s = STYLE_INDEX[c.style];
					if (c.value === null) return `<c r="${ref}" s="${s}"/>`;
					if (typeof c.value === 'number') return `<c r="${ref}" s="${s}"><v>${c.value}</v></c>`;
					return `<c r="${ref}" s="${s}" t="inlineStr"><is><t>${escapeXml(c.value)}</t></is></c>`;
				})
				.join('');
			return `<row r="${r + 1}">${xml}</row>`;
		})
		.join('');
	const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
	const validations = sheet.validations
		.map((v) => {
			const common = `allowBlank="1" showErrorMessage="1" sqref="${v.cell}"`;
			if (v.kind === 'list')
				return (
					`<dataValidation type="list" ${common} errorTitle="入力できない値" error="一覧から選んでください">` +
					`<formula1>"${escapeXml(v.choices.join(','))}"</formula1></dataValidation>`
				);
			return (
				`<dataValidation type="${v.kind}" operator="between" ${common} errorTitle="入力できない値" ` +
				`error="${v.min} から ${v.max} の${v.kind === 'whole' ? '整数' : '数'}を入力してください">` +
				`<formula1>${v.min}</formula1><formula2>${v.max}</formula2></dataValidation>`
			);
		})
		.join('');
	// Schema order: sheetViews, cols, sheetData, sheetProtection, dataValidations.
	return (
		`${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
		'<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>' +
		`<cols>${cols}</cols><sheetData>${rows}</sheetData>` +
		// Protected without a password: fixed cells stay as sent, yet nobody is locked out.
		'<sheetProtection sheet="1" objects="1" scenarios="1"/>' +
		`<dataValidations count="${sheet.validations.length}">${validations}</dataValidations>` +
		'</worksheet>'
	);
}

/** One workbook of the given sheets. */
export function surveyWorkbook(sheets: readonly SurveySheet[]): Uint8Array {
	const files: Record<string, Uint8Array> = {
		'[Content_Types].xml': strToU8(
			`${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
				`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
				`<Default Extension="xml" ContentType="application/xml"/>` +
				`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
				`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
				sheets
					.map(
						(_, i) =>
							`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
					)
					.join('') +
				'</Types>'
		),
		'_rels/.rels': strToU8(
			`${XML}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" ` +
				`Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
		),
		'xl/workbook.xml': strToU8(
			`${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>` +
				sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
				'</sheets></workbook>'
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			`${XML}<Relationships xmlns="${PACKAGE_REL}">` +
				sheets
					.map(
						(_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
					)
					.join('') +
				`<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
		),
		'xl/styles.xml': strToU8(STYLES)
	};
	sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s))));
	return zipSync(files, { level: 6 });
}

/** Workbooks by file name, in one ZIP to download at once. */
export const surveyArchive = (workbooks: Readonly<Record<string, Uint8Array>>): Uint8Array =>
	zipSync(Object.fromEntries(Object.entries(workbooks).map(([name, bytes]) => [name, [bytes, { level: 0 }]])));

/** A returned workbook's sheets as text, or null when it is not a workbook that can be read. */
export async function readSurveyWorkbook(bytes: Uint8Array): Promise<SheetCells[] | null> {
	try {
		return (await readXlsx(bytes)).map((s) => ({ sheet: s.sheet, rows: [s.header, ...s.rows] }));
	} catch {
		return null;
	}
}
