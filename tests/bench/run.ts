/**
 * Benchmark harness: `npm run bench [-- --only NAME] [--runs N] [--json FILE]`
 * (`npm run bench` builds the app first; run `npx tsx tests/bench/run.ts …` to skip that).
 *
 * Runs the groups listed in ./groups/index.ts, prints a table of results and exits non-zero when
 * a group failed or a figure is over its budget. `--json FILE` writes the results as a JSON list of
 * `{ name, value, unit, budget, ok }` (plus `error` on failed measurements).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { groups } from './groups/index';
import { BenchFailure, type BenchResult } from './types';

const USAGE = `Usage: tsx tests/bench/run.ts [--only NAME]… [--runs N] [--json FILE]

  --only NAME   run only this group (repeatable, or comma-separated)
  --runs N      repetitions per measurement, median reported (default 5)
  --json FILE   also write the results to FILE as JSON

Groups:
${groups.map((g) => `  ${g.name.padEnd(12)} ${g.description}`).join('\n')}
`;

function parseCli() {
	const { values } = parseArgs({
		options: {
			only: { type: 'string', multiple: true },
			runs: { type: 'string' },
			json: { type: 'string' },
			help: { type: 'boolean', short: 'h' }
		},
		strict: true,
		allowPositionals: false
	});
	if (values.help) {
		console.log(USAGE);
		process.exit(0);
	}
	const runs = values.runs === undefined ? 5 : Number(values.runs);
	if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got "${values.runs}"`);
	const only = (values.only ?? [])
		.flatMap((x) => x.split(','))
		.map((x) => x.trim())
		.filter(Boolean);
	const unknown = only.filter((name) => !groups.some((g) => g.name === name));
	if (unknown.length > 0) {
		throw new Error(`unknown group(s): ${unknown.join(', ')}; known: ${groups.map((g) => g.name).join(', ')}`);
	}
	const selected = only.length > 0 ? groups.filter((g) => only.includes(g.name)) : [...groups];
	return { runs, selected, json: values.json };
}

function formatValue(r: BenchResult): string {
	if (r.value === null) return '—';
	return Number.isInteger(r.value) ? String(r.value) : r.value.toFixed(2);
}

function printTable(results: BenchResult[]) {
	const rows = results.map((r) => [
		r.name,
		formatValue(r),
		r.unit,
		r.budget === null ? '' : `≤ ${r.budget}`,
		r.ok ? 'ok' : r.value === null ? 'FAILED' : 'OVER BUDGET'
	]);
	const header = ['name', 'value', 'unit', 'budget', 'status'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
	const line = (cells: string[]) =>
		cells
			.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
			.join('  ')
			.trimEnd();
	console.log(line(header));
	console.log(widths.map((w) => '─'.repeat(w)).join('  '));
	for (const row of rows) console.log(line(row));
}

async function main() {
	let cli;
	try {
		cli = parseCli();
	} catch (err) {
		console.error(`${err instanceof Error ? err.message : err}\n\n${USAGE}`);
		process.exit(2);
	}
	const log = (message: string) => console.error(message);
	const results: BenchResult[] = [];
	const failures: string[] = [];

	for (const group of cli.selected) {
		log(`▶ ${group.name}: ${group.description}`);
		const started = performance.now();
		try {
			results.push(...(await group.run({ runs: cli.runs, log })));
		} catch (err) {
			const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
			if (err instanceof BenchFailure) {
				results.push(...err.results);
				failures.push(`${group.name}: ${err.message}`);
			} else {
				failures.push(`${group.name}: ${message}`);
			}
			if (!results.some((r) => r.name.startsWith(`${group.name}.`))) {
				results.push({
					name: `${group.name}.error`,
					value: null,
					unit: '',
					budget: null,
					ok: false,
					error: err instanceof Error ? err.message : String(err)
				});
			}
			log(`\n✖ GROUP ${group.name} FAILED\n${err instanceof BenchFailure ? err.message : message}\n`);
		}
		log(`  (${group.name} took ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
	}

	console.log('');
	printTable(results);

	if (cli.json) {
		const file = resolve(cli.json);
		await mkdir(dirname(file), { recursive: true });
		await writeFile(file, `${JSON.stringify(results, null, '\t')}\n`);
		log(`\nwrote ${file}`);
	}

	const over = results.filter((r) => !r.ok && r.value !== null);
	if (failures.length > 0) {
		console.error(`\n✖ ${failures.length} group(s) failed:\n  ${failures.map((f) => f.split('\n')[0]).join('\n  ')}`);
	}
	if (over.length > 0) {
		console.error(
			`\n✖ over budget: ${over.map((r) => `${r.name} = ${formatValue(r)} ${r.unit} (budget ${r.budget})`).join(', ')}`
		);
	}
	process.exitCode = failures.length > 0 || over.length > 0 ? 1 : 0;
}

await main();
