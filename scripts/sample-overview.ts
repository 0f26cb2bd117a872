/**
 * Computes the overview of the embedded sample with native DuckDB — the app's own load, SQL and
 * formulas — and writes it to src/routes/sample-overview.json. The app shows it while DuckDB-wasm
 * is still starting, once the fetched sample files match the manifest's digests, and replaces it
 * with the live result as soon as the browser's DuckDB has the data. A unit test keeps the file
 * equal to what the SQL gives today. Run by `npm run sample`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TableName } from '../src/lib/domain/tables';
import { loadCsvTables } from '../src/lib/db/load-csv';
import { loadOverview } from '../src/lib/state/overview-data';
import { NodeRunner } from '../tests/support/node-runner';
import { tempFileStage } from '../tests/support/node-stage';
import manifest from '../data/sample/manifest.json';

export const SAMPLE_OVERVIEW_FILE = fileURLToPath(new URL('../src/lib/state/sample-overview.json', import.meta.url));
const SAMPLE_DIR = fileURLToPath(new URL('../data/sample/', import.meta.url));

export async function computeSampleOverview() {
	const db = await NodeRunner.open();
	const stage = tempFileStage();
	try {
		const files = Object.entries(manifest.files).map(([table, f]) => ({
			table: table as TableName,
			name: f.file,
			bytes: readFileSync(`${SAMPLE_DIR}${f.file}`)
		}));
		await loadCsvTables(stage, db, files, { replacing: false });
		return await loadOverview(db, manifest.fiscal_year);
	} finally {
		stage.dispose();
	}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	writeFileSync(SAMPLE_OVERVIEW_FILE, JSON.stringify(await computeSampleOverview(), null, '\t') + '\n');
	console.log(`wrote ${SAMPLE_OVERVIEW_FILE}`);
}
