/**
 * Reads an Excel workbook (.xlsx) into header and rows of text, one sheet at a time, with
 * read-excel-file.
 */
import readXlsxFile from 'read-excel-file/universal';
import { cellText } from './cell-text';
import { formulasWithoutValue, type FormulaCell } from './xlsx-formulas';

export interface SheetText {
	sheet: string;
	header: string[];
	rows: string[][];
	/** Formula cells saved without their value: read as empty, so the checks must name them. */
	formulas: FormulaCell[];
}

export const isXlsx = (bytes: Uint8Array) =>
	bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Every sheet that has a header row, in workbook order. */
export async function readXlsx(bytes: Uint8Array): Promise<SheetText[]> {
	const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	const sheets = await readXlsxFile(buffer);
	const formulas = formulasWithoutValue(bytes);
	return sheets.flatMap(({ sheet, data }) => {
		const [header, ...rows] = data.map((row) => row.map(cellText));
		if (!header || header.every((h) => h.trim() === '')) return [];
		// Blank rows stay, so that row n of the list is row n + 2 of the sheet; the checks skip them.
		return [{ sheet, header, rows, formulas: formulas.get(sheet) ?? [] }];
	});
}
