/** A printed PDF read back: its pages and each page's text (pdf.js, as a reader would extract it). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
	const doc = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
	try {
		const pages: string[] = [];
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const content = await page.getTextContent();
			pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
		}
		return pages;
	} finally {
		await doc.destroy();
	}
}
