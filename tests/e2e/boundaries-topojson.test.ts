/**
 * Boundaries as TopoJSON on the compare screen's map of the fictional sample (issue 13): a
 * topology of two of its municipalities shades them; the Digital Agency's N03 TopoJSON of Japan as
 * published (data/public/ja_municipality_area.topojson.json) is read in the browser and named as
 * matching none of the sample's fictional codes; a damaged topology is named as damaged.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchPage } from '../support/browser';
import { useAppInBrowser } from '../support/e2e';
import { readSample } from '../support/sample-files';
import { PUBLIC_DATA_DIR } from '../support/own-data';
import { ja } from '../../src/lib/i18n/ja';

const env = useAppInBrowser();
const dir = mkdtempSync(join(tmpdir(), 'haichi-topojson-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A topology of one square arc per municipality around its office, quantised as topojson writes it. */
function squares(codes: readonly string[]) {
	const offices = readSample('municipalities').filter((m) => codes.includes(m.municipality_code!));
	const scale = 0.001;
	const translate = [130, 31];
	const q = (lon: number, lat: number) => [
		Math.round((lon - translate[0]!) / scale),
		Math.round((lat - translate[1]!) / scale)
	];
	const arcs = offices.map((m) => {
		const [lon, lat] = [Number(m.office_lon), Number(m.office_lat)];
		const corners = [
			q(lon - 0.05, lat - 0.05),
			q(lon + 0.05, lat - 0.05),
			q(lon + 0.05, lat + 0.05),
			q(lon - 0.05, lat + 0.05)
		];
		// Delta-encoded, as quantised topologies are: the first point absolute, then differences.
		const ring = [...corners, corners[0]!];
		return ring.map((p, i) => (i === 0 ? p : [p[0]! - ring[i - 1]![0]!, p[1]! - ring[i - 1]![1]!]));
	});
	return {
		type: 'Topology',
		transform: { scale: [scale, scale], translate },
		arcs,
		objects: {
			areas: {
				type: 'GeometryCollection',
				geometries: offices.map((m, i) => ({
					type: 'Polygon',
					arcs: [[i]],
					properties: { lg_code: m.municipality_code, city_name: m.name }
				}))
			}
		}
	};
}

describe('boundaries as TopoJSON on the compare map', () => {
	it('shades the sample from a topology, and names the real N03 topology and a damaged one', async () => {
		const page = await env.browser.context.newPage();
		const watch = await watchPage(page, env.app.origin);
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(`${env.app.url}compare`);
		await page.getByTestId('compare-count').waitFor({ timeout: 60_000 });
		const map = page.getByTestId('compare-map');
		const input = map.getByTestId('boundaries');

		const good = join(dir, '汐見県_境界.topojson');
		writeFileSync(good, JSON.stringify(squares(['469033', '469211'])));
		await input.setInputFiles(good);
		await expect
			.poll(() => map.getByRole('status').innerText())
			.toBe(ja.compare.boundariesLoaded('汐見県_境界.topojson', 2));
		expect(await map.locator('path.area').count()).toBe(2);
		await map.screenshot({ path: '/tmp/boundaries-topojson-01-shaded.png' });

		await input.setInputFiles(`${PUBLIC_DATA_DIR}ja_municipality_area.topojson.json`);
		const alert = map.getByRole('alert');
		await expect
			.poll(() => alert.innerText(), { timeout: 30_000 })
			.toBe(ja.compare.boundariesFailed('ja_municipality_area.topojson.json', ja.compare.boundariesReasons.no_match));

		const damaged = join(dir, '壊れた境界.topojson');
		writeFileSync(
			damaged,
			JSON.stringify({ ...squares(['469033']), arcs: [[[0, 0]]], objects: { a: { type: 'Polygon', arcs: [[7]] } } })
		);
		await input.setInputFiles(damaged);
		await expect
			.poll(() => alert.innerText())
			.toBe(ja.compare.boundariesFailed('壊れた境界.topojson', ja.compare.boundariesReasons.bad_topology));
		// What was shaded stays.
		expect(await map.locator('path.area').count()).toBe(2);
		await map.screenshot({ path: '/tmp/boundaries-topojson-02-damaged.png' });
		expect(watch.problems()).toEqual([]);
		await page.close();
	});
});
