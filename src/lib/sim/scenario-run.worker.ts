/** Runs scenarios off the main thread: the optimiser's HiGHS and the simulation both take seconds. */
import loadHighs, { type Highs } from 'highs';
import wasmUrl from 'highs/runtime?url';
import { runScenario } from './scenario-run';
import type { ScenarioRunRequest, ScenarioRunResponse } from './scenario-run-protocol';

let highs: Promise<Highs> | null = null;
const reply = (message: ScenarioRunResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = async ({ data }: MessageEvent<ScenarioRunRequest>) => {
	try {
		highs ??= loadHighs({ locateFile: () => wasmUrl });
		const result = runScenario(await highs, data, (p) => reply({ kind: 'progress', ...p }));
		reply({ kind: 'done', result });
	} catch (e) {
		reply({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
	}
};
