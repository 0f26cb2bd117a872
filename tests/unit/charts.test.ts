import { describe, expect, it } from 'vitest';
import { rankForChart, rankingOption } from '../../src/lib/charts/ranking-chart';
import { requestMatrix } from '../../src/lib/charts/requests-chart';

const labels = {
	target: '目標 4',
	national: '全国 4.5',
	notDeployed: '未配置',
	schools: '学校数',
	staff: '支援員数',
	perStaff: '校/人',
	formatNumber: (v: number, d = 0) => v.toFixed(d)
};

describe('ranking chart', () => {
	it('ranks best coverage first and employers without staff last', () => {
		const ranked = rankForChart([
			{ name: 'c', schoolsPerStaff: null, schools: 3, staff: 0 },
			{ name: 'a', schoolsPerStaff: 5, schools: 10, staff: 2 },
			{ name: 'b', schoolsPerStaff: 3, schools: 6, staff: 2 }
		]);
		expect(ranked.map((r) => r.name)).toEqual(['b', 'a', 'c']);
	});

	it('draws the target and national lines and escapes names in tooltips', () => {
		const option = rankingOption(
			[{ name: '<img src=x onerror=alert(1)>町', schoolsPerStaff: 4.5, schools: 9, staff: 2 }],
			4,
			4.5,
			labels
		) as {
			series: { markLine: { data: { xAxis: number }[] } }[];
			tooltip: { formatter: (p: { dataIndex: number }[]) => string };
		};
		expect(option.series[0]!.markLine.data.map((d) => d.xAxis)).toEqual([4, 4.5]);
		const html = option.tooltip.formatter([{ dataIndex: 0 }]);
		expect(html).not.toContain('<img');
		expect(html).toContain('&#60;img');
		expect(html).toContain('4.50 校/人');
	});
});

describe('requests chart', () => {
	it('lays counts out by category and fiscal month, April first', () => {
		const m = requestMatrix([
			{ month: 4, category: 'lesson', requests: 5 },
			{ month: 3, category: 'training', requests: 2 },
			{ month: 4, category: 'lesson', requests: 1 }
		]);
		expect(m[0]![0]).toBe(6);
		expect(m[3]![11]).toBe(2);
		expect(m.flat().reduce((a, b) => a + b, 0)).toBe(8);
	});
});

describe('chart export framing', async () => {
	const { captionKeywords, framedOption, drawnText, pngWithText, svgWithCaption, wrappedLines } =
		await import('../../src/lib/charts/chart-export');
	const { exportFileName } = await import('../../src/lib/ui/download');
	const { requestsOption } = await import('../../src/lib/charts/requests-chart');
	const option = requestsOption([{ month: 4, category: 'lesson', requests: 3 }], {
		month: (m) => `${m}月`,
		category: { lesson: '授業支援', admin: '校務支援', environment: '環境整備', training: '校内研修' },
		unit: '件'
	});

	it('adds the title, the note under it, what the figures are and the source; the legend goes under the header', () => {
		const framed = framedOption(option, {
			title: '月別の支援依頼件数',
			subtitle: '学校からの支援依頼の受付件数。',
			notes: [
				'シミュレーションによる値: 1年分の支援依頼を 100 回シミュレーションした、各回の値の中央値（乱数の種 1）。'
			],
			source: '出典: サンプル（令和7年度）'
		}) as Record<string, unknown>;
		expect((framed.title as { text: string }).text).toBe('月別の支援依頼件数');
		const graphic = framed.graphic as { name: string; style: { text: string }; top?: number; bottom?: number }[];
		expect(graphic.find((g) => g.name === 'subtitle')!.style.text).toBe('学校からの支援依頼の受付件数。');
		const notes = graphic.find((g) => g.name === 'notes')!;
		expect(notes.style.text.split('\n')).toEqual([
			'シミュレーションによる値: 1年分の支援依頼を 100 回シミュレーションした、各回の値の中央値（乱数の種 1）。',
			'出典: サンプル（令和7年度）'
		]);
		expect(notes.bottom).toBe(10);
		// Under the subtitle, above the plot, whatever its place on screen (the bottom holds the notes).
		const legend = framed.legend as { top: number; bottom: string };
		const grid = framed.grid as { top: number; bottom: number };
		expect(legend.bottom).toBe('auto');
		expect(legend.top).toBeGreaterThan(graphic.find((g) => g.name === 'subtitle')!.top!);
		expect(grid.top).toBeGreaterThan(legend.top);
		// Two lines of notes at the bottom, so the plot ends above them.
		expect(grid.bottom).toBeGreaterThanOrEqual(40 + 10 + 2 * 16);
		expect(framed.series).toBe((option as Record<string, unknown>).series);
		expect(framed.backgroundColor).toBe('#ffffff');
	});

	it('makes room for as many lines as a caption wraps to', () => {
		expect(wrappedLines('短い', 12, 1168)).toBe(1);
		expect(wrappedLines('あ'.repeat(200), 12, 1168)).toBe(3);
		expect(wrappedLines('a'.repeat(200), 12, 1168)).toBe(2);
		expect(wrappedLines('一行目\n二行目', 12, 1168)).toBe(2);
		const long = framedOption(option, { title: 'x', notes: ['あ'.repeat(400)], source: 's' }) as {
			grid: { bottom: number };
		};
		const short = framedOption(option, { title: 'x', source: 's' }) as { grid: { bottom: number } };
		// 400 full-width characters of 12 px: 4,800 px over a line of about 1,075 px, 5 lines.
		expect(long.grid.bottom - short.grid.bottom).toBe(5 * 16);
	});

	it('writes the caption into a PNG as UTF-8 text chunks right after its header, with valid CRCs', async () => {
		const { crc32 } = await import('node:zlib');
		const chunk = (type: string, data: Buffer) => {
			const length = Buffer.alloc(4);
			length.writeUInt32BE(data.length);
			const crc = Buffer.alloc(4);
			crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])));
			return Buffer.concat([length, Buffer.from(type, 'latin1'), data, crc]);
		};
		// A PNG's frame: signature, IHDR (1 × 1, RGBA), IDAT, IEND; the pixels do not matter here.
		const png = Uint8Array.from(
			Buffer.concat([
				Buffer.from('89504e470d0a1a0a', 'hex'),
				chunk('IHDR', Buffer.from('00000001000000010806000000', 'hex')),
				chunk('IDAT', Buffer.from('00', 'hex')),
				chunk('IEND', Buffer.alloc(0))
			])
		);
		const caption = { title: '学校数と支援員数', notes: ['目標の線: 文部科学省'], source: '出典: サンプル' };
		const out = Buffer.from(pngWithText(png, captionKeywords(caption), 'ja'));
		const chunks: { type: string; data: Buffer; crc: number }[] = [];
		for (let at = 8; at < out.length;) {
			const length = out.readUInt32BE(at);
			chunks.push({
				type: out.subarray(at + 4, at + 8).toString('latin1'),
				data: out.subarray(at + 8, at + 8 + length),
				crc: out.readUInt32BE(at + 8 + length)
			});
			at += 12 + length;
		}
		expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'iTXt', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
		for (const c of chunks) expect(c.crc, c.type).toBe(crc32(Buffer.concat([Buffer.from(c.type, 'latin1'), c.data])));
		const texts = chunks
			.filter((c) => c.type === 'iTXt')
			.map((c) => {
				const parts = c.data.toString('utf8').split('\0');
				return [parts[0], parts.at(-1)];
			});
		expect(texts).toEqual([
			['Title', '学校数と支援員数'],
			['Comment', '目標の線: 文部科学省'],
			['Source', '出典: サンプル']
		]);
	});

	it('gives an SVG a title and a description of its caption, escaped', () => {
		const svg = svgWithCaption('<svg width="1"><g/></svg>', { title: 'A < B', notes: ['n & m'], source: 's' });
		expect(svg).toBe('<svg width="1"><title>A &lt; B</title><desc>n &amp; m\ns</desc><g/></svg>');
	});

	it('lists every character drawn, so the font subsets can be loaded first', () => {
		const text = drawnText(framedOption(option, { title: '図', source: '出典' }));
		for (const c of '図出典授業支援4月件') expect(text).toContain(c);
	});

	it('names files with the fiscal year', () => {
		expect(exportFileName('schools-per-staff', 2025, 'png')).toBe('haichi-schools-per-staff-FY2025.png');
		expect(exportFileName('x', null, 'csv')).toBe('haichi-x.csv');
	});
});
