/**
 * Formula cells of a workbook that carry no calculated value. A file written by a program other
 * than Excel (or saved without recalculating) may hold only the formula; read-excel-file then
 * gives an empty cell, which would load as a blank. Found here in the sheets' XML so the check can
 * name them instead.
 */
import { unzipSync, strFromU8 } from 'fflate';

export interface FormulaCell {
	/** 1-based row of the sheet. */
	row: number;
	/** 0-based column. */
	column: number;
	formula: string;
}

const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1] ?? null;

const unescapeXml = (text: string) =>
	text.replace(
		/&(lt|gt|quot|apos|amp);/g,
		(_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!
	);

/** "BC12" → row 12, column 54 (0-based). */
function cellAddress(ref: string): { row: number; column: number } | null {
	const m = /^([A-Z]+)(\d+)$/.exec(ref);
	if (!m) return null;
	const column = [...m[1]!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
	return { row: Number(m[2]), column };
}

/** The cells of one sheet's XML that have a formula (`<f>`) and no value (`<v>`). */
function cellsOfSheet(xml: string): FormulaCell[] {
	const found: FormulaCell[] = [];
	// Only the cells around each formula are looked at: most sheets have none, and then this is one search.
	for (let at = xml.indexOf('<f'); at >= 0; at = xml.indexOf('<f', at + 2)) {
		const next = xml[at + 2];
		if (next !== '>' && next !== ' ' && next !== '/') continue;
		const start = xml.lastIndexOf('<c ', at);
		const end = xml.indexOf('</c>', at);
		if (start < 0 || end < 0) continue;
		const cell = xml.slice(start, end);
		if (/<v[\s>]/.test(cell)) continue;
		const address = cellAddress(attribute(cell.slice(0, cell.indexOf('>')), 'r') ?? '');
		if (!address) continue;
		const text = cell.match(/<f[^>]*>([\s\S]*?)<\/f>/)?.[1] ?? '';
		found.push({ ...address, formula: unescapeXml(text) });
	}
	return found;
}

/** Per sheet name, its formula cells without a value; sheets without any are left out. */
export function formulasWithoutValue(bytes: Uint8Array): Map<string, FormulaCell[]> {
	const files = unzipSync(bytes, {
		filter: (f) =>
			f.name === 'xl/workbook.xml' ||
			f.name === 'xl/_rels/workbook.xml.rels' ||
			f.name.startsWith('xl/worksheets/sheet')
	});
	const workbook = files['xl/workbook.xml'];
	const rels = files['xl/_rels/workbook.xml.rels'];
	const result = new Map<string, FormulaCell[]>();
	if (!workbook || !rels) return result;
	const targets = new Map<string, string>();
	for (const tag of strFromU8(rels).match(/<Relationship\b[^>]*>/g) ?? []) {
		const id = attribute(tag, 'Id');
		const target = attribute(tag, 'Target');
		if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
	}
	for (const tag of strFromU8(workbook).match(/<sheet\b[^>]*>/g) ?? []) {
		const name = attribute(tag, 'name');
		const target = targets.get(attribute(tag, 'r:id') ?? '');
		const sheet = target ? files[target] : undefined;
		if (!name || !sheet) continue;
		const cells = cellsOfSheet(strFromU8(sheet));
		if (cells.length > 0) result.set(unescapeXml(name), cells);
	}
	return result;
}
