/**
 * The scenario model run in the test process, the way the app runs it: the sample in native
 * DuckDB, the same queries, the same request builder, the optimiser and the simulation. An
 * end-to-end test compares the figures on screen with these.
 */
import { readFileSync } from 'node:fs';
import loadHighs from 'highs';
import { NodeRunner } from './node-runner';
import { tempFileStage } from './node-stage';
import { SAMPLE_DIR } from './sample-files';
import { loadCsvTables, type CsvBytes } from '../../src/lib/db/load-csv';
import { DEFAULT_BREAKS } from '../../src/lib/domain/school-calendar';
import { readScenarioContext } from '../../src/lib/runs/scenario-context';
import { defaultScheduleSettings } from '../../src/lib/domain/schedule/settings';
import { scenarioFigures, type ScenarioFigures } from '../../src/lib/domain/scenario/figures';
import type { Scenario, ScenarioBook } from '../../src/lib/domain/scenario/types';
import type { TableName } from '../../src/lib/domain/tables';
import { scenarioRequest, type ScenarioContext } from '../../src/lib/sim/scenario-request';
import { runScenario } from '../../src/lib/sim/scenario-run';
import manifest from '../../data/sample/manifest.json';

/** The sample's context for scenarios of fiscal year `fiscalYear`, with the default schedule settings. */
export async function sampleScenarioContext(fiscalYear: number): Promise<ScenarioContext> {
	const db = await NodeRunner.open();
	const files: CsvBytes[] = Object.entries(manifest.files).map(([table, f]) => ({
		table: table as TableName,
		name: f.file,
		bytes: readFileSync(`${SAMPLE_DIR}${f.file}`)
	}));
	const stage = tempFileStage();
	try {
		await loadCsvTables(stage, db, files, { replacing: false });
	} finally {
		stage.dispose();
	}
	return readScenarioContext(db, fiscalYear, DEFAULT_BREAKS, defaultScheduleSettings());
}

export async function expectedFigures(
	context: ScenarioContext,
	book: ScenarioBook,
	scenario: Scenario | null
): Promise<ScenarioFigures> {
	const highs = await loadHighs();
	const { setup, request } = scenarioRequest(context, book, scenario);
	const result = runScenario(highs, request);
	return scenarioFigures(setup, result.schedule, result.sim, book.assumptions);
}
