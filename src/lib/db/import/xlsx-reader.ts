/**
 * Reads an Excel workbook (.xlsx) into header and rows of text, one sheet at a time, with
 * read-excel-file. Dates are Excel's wall-clock values: formatted from their UTC fields, never
 * shifted through the local time zone.
 */
import readXlsxFile from 'read-excel-file/universal';

export interface SheetText {
	sheet: string;
	header: string[];
	rows: string[][];
}

export const isXlsx = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) {
		// Excel stores date-times as fractions of a day: 09:30 can come back as 09:29:59.999.
		const d = new Date(Math.round(value.getTime() / 1000) * 1000);
		const p = (n: number) => String(n).padStart(2, '0');
		const time = d.getUTCHours() || d.getUTCMinutes() || d.getUTCSeconds() ? ` ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}` : '';
		return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}${time}`;
	}
	return String(value);
}

/** Every sheet that has a header row, in workbook order. */
export async function readXlsx(bytes: Uint8Array): Promise<SheetText[]> {
	const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	const sheets = await readXlsxFile(buffer);
	return sheets.flatMap(({ sheet, data }) => {
		const [header, ...rows] = data.map((row) => row.map(cellText));
		if (!header || header.every((h) => h.trim() === '')) return [];
		return [{ sheet, header, rows: rows.filter((r) => r.some((c) => c.trim() !== '')) }];
	});
}
