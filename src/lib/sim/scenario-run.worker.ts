/** Runs scenarios off the main thread: the optimiser's HiGHS and the simulation both take seconds. */
import loadHighs, { type Highs } from 'highs';
import wasmUrl from 'highs/runtime?url';
import { serve } from '$lib/workers/rpc';
import { runScenario, type ScenarioRunProgress, type ScenarioRunRequest, type ScenarioRunResult } from './scenario-run';

let highs: Promise<Highs> | null = null;

async function run(
	request: ScenarioRunRequest,
	progress: (p: ScenarioRunProgress) => void
): Promise<ScenarioRunResult> {
	highs ??= loadHighs({ locateFile: () => wasmUrl });
	return runScenario(await highs, request, progress);
}

export const scenarioRunApi = { run };
export type ScenarioRunApi = typeof scenarioRunApi;
serve(scenarioRunApi);
