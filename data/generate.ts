/**
 * Generates the embedded sample (fictional 汐見県) or the national benchmark set.
 *
 *   npx tsx data/generate.ts [--seed N] [--out DIR]                 → data/sample/ (shipped, committed)
 *   npx tsx data/generate.ts --national [--scale S] [--seed N] [--out DIR] → data/national/ (gitignored)
 *
 * Same seed → byte-identical files. The generation logic lives in data/generator/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEED, buildSample, sampleFiles } from './generator/sample';
import { generateNational } from './generator/national';
import { sampleFigures } from './generator/summary';

interface Args {
	seed: number;
	out: string | null;
	national: boolean;
	scale: number;
}

function parseArgs(argv: readonly string[]): Args {
	const args: Args = { seed: DEFAULT_SEED, out: null, national: false, scale: 1 };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i]!;
		const value = () => {
			const v = argv[++i];
			if (v === undefined) throw new Error(`${a} needs a value`);
			return v;
		};
		if (a === '--seed') args.seed = Number(value());
		else if (a === '--out') args.out = value();
		else if (a === '--national') args.national = true;
		else if (a === '--scale') args.scale = Number(value());
		else if (a === '--help' || a === '-h') {
			console.log('usage: tsx data/generate.ts [--seed N] [--out DIR] [--national [--scale S]]');
			process.exit(0);
		} else throw new Error(`unknown argument: ${a}`);
	}
	if (!Number.isSafeInteger(args.seed) || args.seed < 0 || args.seed > 0x7fffffff)
		throw new Error(`--seed must be an integer 0–2147483647`);
	if (!(args.scale > 0 && args.scale <= 1)) throw new Error('--scale must be in (0, 1]');
	if (args.scale !== 1 && !args.national) throw new Error('--scale applies to --national only');
	return args;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

function runSample(args: Args): void {
	const started = performance.now();
	const out = resolve(args.out ?? join(here, 'sample'));
	mkdirSync(out, { recursive: true });
	const t = buildSample(args.seed);
	const files = sampleFiles(t, args.seed);
	let bytes = 0;
	for (const [name, content] of files) {
		writeFileSync(join(out, name), content);
		bytes += Buffer.byteLength(content);
	}
	const f = sampleFigures(t.municipalities, t.schools, t.staff);
	console.log(`sample (seed ${args.seed}) → ${out}`);
	for (const [name, content] of files)
		console.log(`  ${name}: ${Buffer.byteLength(content).toLocaleString('en-US')} bytes`);
	console.log(
		`  municipalities ${f.municipalities} (+ prefecture), schools ${f.schools} ${JSON.stringify(f.schoolsByType)}`
	);
	console.log(
		`  staff ${f.staff}, ${f.schoolsPerStaff.toFixed(2)} schools per staff; none ${pct(f.shareWithoutStaff)}, at 1 per 4 ${pct(f.shareAtTarget)}`
	);
	console.log(
		`  support requests ${t.supportRequestRows.toLocaleString('en-US')}; total ${(bytes / 1024 / 1024).toFixed(2)} MB in ${Math.round(performance.now() - started)} ms`
	);
}

function runNational(args: Args): void {
	const started = performance.now();
	const out = resolve(args.out ?? join(here, 'national'));
	console.log(`national set (seed ${args.seed}, scale ${args.scale}) → ${out}`);
	const result = generateNational({ seed: args.seed, outDir: out, scale: args.scale, log: (m) => console.log(m) });
	for (const [step, ms] of Object.entries(result.timingsMs)) console.log(`  ${step}: ${ms} ms`);
	console.log(`  total ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

try {
	const args = parseArgs(process.argv.slice(2));
	if (args.national) runNational(args);
	else runSample(args);
} catch (e) {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
}
