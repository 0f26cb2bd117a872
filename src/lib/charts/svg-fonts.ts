/**
 * The app's Japanese font carried inside an exported SVG, so the chart reads the same when it is
 * opened, mailed or printed on a machine without Noto Sans JP: only the font's subsets that hold
 * the characters drawn are embedded (a few hundred kB), from the app's own files.
 */
import fontCss from '@fontsource-variable/noto-sans-jp/index.css?inline';

interface Subset {
	url: string;
	ranges: [number, number][];
	face: string;
}

function subsets(css: string): Subset[] {
	const out: Subset[] = [];
	const faces = /@font-face\s*{[^}]*}/g;
	for (let m = faces.exec(css); m; m = faces.exec(css)) {
		const block = m[0];
		const url = /url\(([^)]+)\)/.exec(block)?.[1]?.replace(/^['"]|['"]$/g, '');
		const range = /unicode-range:\s*([^;}]+)/.exec(block)?.[1];
		if (!url || !range) continue;
		const ranges = range.split(',').map((r): [number, number] => {
			const [from, to] = r.trim().replace(/^U\+/i, '').split('-');
			return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
		});
		out.push({ url, ranges, face: block });
	}
	return out;
}

/** The @font-face rules, with their fonts as data: URLs, covering every character of `text`. */
export async function embeddedFontCss(text: string): Promise<string> {
	// Passed as an argument: the bundler writes the CSS as a concatenation, which a method call on it would split.
	const all = subsets(fontCss);
	const needed = new Set<Subset>();
	for (const ch of new Set(text)) {
		const code = ch.codePointAt(0)!;
		const subset = all.find((s) => s.ranges.some(([a, b]) => code >= a && code <= b));
		if (subset) needed.add(subset);
	}
	const rules = await Promise.all(
		[...needed].map(async (s) => {
			const bytes = new Uint8Array(await (await fetch(new URL(s.url, location.href))).arrayBuffer());
			let binary = '';
			for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
			return s.face.replace(/url\([^)]+\)/, `url(data:font/woff2;base64,${btoa(binary)})`);
		})
	);
	return rules.join('\n');
}

/** The SVG with a <style> of the embedded font right after its opening tag. */
export function withFontStyle(svg: string, css: string): string {
	if (!css) return svg;
	const end = svg.indexOf('>') + 1;
	return `${svg.slice(0, end)}<style>${css}</style>${svg.slice(end)}`;
}
