/**
 * scripts/serve.js (what `npm start` serves the build with) while the build is redone underneath
 * it, as `npm test` or `npm run bench` do in the same checkout: every response's Content-Length
 * is the length of its body (a stale length made browsers hang on the page), and the rebuilt
 * files are served without a restart.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.js';

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

/** A raw GET (no decompression, unlike fetch), so the bytes counted are the bytes sent. */
function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const req = request(url, { headers, agent: false }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
			res.on('error', reject);
		});
		req.setTimeout(5_000, () => req.destroy(new Error(`no complete answer for ${url} within 5 s`)));
		req.on('error', reject);
		req.end();
	});
}

/** A build of `version`: its page names its script, whose size differs from build to build. */
function writeBuild(dir: string, version: number) {
	mkdirSync(join(dir, '_app', 'immutable'), { recursive: true });
	const script = `console.log(${JSON.stringify('x'.repeat(1_000 + version * 7_919))});\n`;
	writeFileSync(join(dir, '_app', 'immutable', `app-${version}.js`), script);
	writeFileSync(
		join(dir, 'index.html'),
		`<!doctype html><script src="./_app/immutable/app-${version}.js"></script>${'<p>'.repeat(version * 311)}\n`
	);
	writeFileSync(join(dir, 'data.html'), `<!doctype html><p>data ${version}</p>\n`);
}

/** As adapter-static does: the old directory removed, the new one written in its place. */
function rebuild(root: string, version: number) {
	const next = `${root}.next`;
	rmSync(next, { recursive: true, force: true });
	writeBuild(next, version);
	rmSync(root, { recursive: true, force: true });
	renameSync(next, root);
}

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
	await cleanup?.();
	cleanup = null;
});

async function serving() {
	const parent = mkdtempSync(join(tmpdir(), 'haichi-serve-'));
	const root = join(parent, 'build');
	writeBuild(root, 1);
	const server = await startServer({ dir: root, port: 0 });
	cleanup = async () => {
		await server.close();
		rmSync(parent, { recursive: true, force: true });
	};
	return { root, server };
}

const length = (r: Reply) => Number(r.headers['content-length']);

describe('serve.js', () => {
	it('serves a rebuilt directory without a restart, with the new length', async () => {
		const { root, server } = await serving();
		const before = await get(server.url);
		expect(before.status).toBe(200);
		expect(before.body.toString()).toContain('app-1.js');
		expect(length(before)).toBe(before.body.length);

		rebuild(root, 2);
		const after = await get(server.url);
		expect(after.body.toString()).toContain('app-2.js');
		expect(length(after)).toBe(after.body.length);
		expect(after.headers.etag).not.toBe(before.headers.etag);
		const script = await get(`${server.url}_app/immutable/app-2.js`);
		expect(script.status).toBe(200);
		expect(length(script)).toBe(script.body.length);
		expect(script.headers['content-type']).toMatch(/^text\/javascript/);
		expect((await get(`${server.url}_app/immutable/app-1.js`)).status).toBe(404);
	});

	it('never answers with a length other than its body while the directory is rebuilt again and again', async () => {
		const { root, server } = await serving();
		let version = 1;
		let rebuilding = true;
		const builder = (async () => {
			while (rebuilding) {
				rebuild(root, ++version);
				await new Promise((r) => setTimeout(r, 1));
			}
		})();
		const replies: Reply[] = [];
		for (let round = 0; round < 40; round++)
			replies.push(...(await Promise.all(['', 'data', 'index.html'].map((p) => get(`${server.url}${p}`)))));
		rebuilding = false;
		await builder;
		expect(version).toBeGreaterThan(5);
		const served = replies.filter((r) => r.status === 200);
		// Between removing the old directory and renaming the new one a page may be missing (404), never cut.
		expect(served.length).toBeGreaterThan(replies.length / 2);
		for (const r of served) {
			expect(length(r)).toBe(r.body.length);
			expect(r.body.toString()).toMatch(/^<!doctype html>.*\n$/s);
		}
	});

	it('sends the precompressed file the browser accepts, and 304 for a known ETag', async () => {
		const { root, server } = await serving();
		writeFileSync(join(root, 'data.html.br'), Buffer.from([1, 2, 3]));
		const br = await get(`${server.url}data`, { 'accept-encoding': 'gzip, br' });
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(br.body).toEqual(Buffer.from([1, 2, 3]));
		const plain = await get(`${server.url}data`);
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toContain('data 1');
		const again = await get(`${server.url}data`, { 'if-none-match': String(plain.headers.etag) });
		expect(again.status).toBe(304);
		expect((await get(`${server.url}..%2Fetc%2Fpasswd`)).status).toBe(404);
		expect((await get(`${server.url}.hidden`)).status).toBe(404);
	});
});
