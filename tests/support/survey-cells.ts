/**
 * Types a value into a cell of a survey workbook's first sheet, as a municipality would in Excel
 * (a number, or text), by rewriting the sheet's XML with fflate, which writes the workbook too.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export function setSurveyCell(book: Uint8Array, ref: string, value: string | number): Uint8Array {
	const files = unzipSync(book);
	const path = 'xl/worksheets/sheet1.xml';
	const cell = new RegExp(`<c r="${ref}" s="(\\d+)"[^>]*?(/>|>.*?</c>)`);
	const xml = strFromU8(files[path]!);
	if (!cell.test(xml)) throw new Error(`no cell ${ref} in the sheet`);
	const typed = xml.replace(cell, (_, s: string) =>
		typeof value === 'number'
			? `<c r="${ref}" s="${s}"><v>${value}</v></c>`
			: `<c r="${ref}" s="${s}" t="inlineStr"><is><t>${value}</t></is></c>`
	);
	return zipSync({ ...files, [path]: strToU8(typed) });
}
