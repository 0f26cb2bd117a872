/**
 * The layer rule of docs/architecture.md catches what it should: every rule of
 * .dependency-cruiser.cjs fires on a small tree made to break it (tests/fixtures/layers), and an
 * allowed import passes. `npm run lint:layers` applies the same rules to src/.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = fileURLToPath(new URL('../fixtures/layers', import.meta.url));

interface Violation {
	from: string;
	to: string;
	rule: { name: string };
}

async function violations(): Promise<Violation[]> {
	const bin = `${root}node_modules/dependency-cruiser/bin/dependency-cruise.mjs`;
	// Exit code 1 only says that violations were found: they are what this test reads.
	const run = promisify(execFile)(
		process.execPath,
		[bin, 'src', '--config', `${root}.dependency-cruiser.cjs`, '--output-type', 'json'],
		{ cwd: fixture, maxBuffer: 1 << 24 }
	);
	const { stdout } = await run.catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
	return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('layer rules', () => {
	it('flag each kind of wrong import, and only those', async () => {
		const found = (await violations())
			.filter((v) => v.rule.name !== 'no-circular')
			.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
		expect(found.sort()).toEqual(
			[
				'domain-is-pure: src/lib/domain/rule.ts → src/lib/db/query.ts',
				'services-below-state: src/lib/db/query.ts → src/lib/state/screen.ts',
				'engines-below-services: src/lib/sim/engine.ts → src/lib/db/query.ts',
				'state-below-screens: src/lib/state/screen.ts → src/routes/alpha/page.ts',
				'shared-ui-below-routes: src/lib/ui/widget.ts → src/routes/alpha/page.ts',
				'workers-stand-alone: src/lib/workers/rpc.ts → src/lib/domain/rule.ts',
				'screens-apart: src/routes/beta/page.ts → src/routes/alpha/page.ts',
				'i18n-is-messages: src/lib/i18n/messages.ts → src/lib/state/screen.ts'
			].sort()
		);
	}, 60_000);

	it('find import cycles, inside a layer too', async () => {
		const cycles = (await violations()).filter((v) => v.rule.name === 'no-circular').map((v) => v.from);
		expect(cycles).toContain('src/lib/domain/cycle-a.ts');
	}, 60_000);
});
