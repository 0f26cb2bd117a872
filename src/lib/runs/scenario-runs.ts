/**
 * The runs of this page, shared by every screen that plans a week or runs a scenario (the schedule
 * screen, the scenarios screen, the budget pack): the same request is the same run, so the
 * schedule screen's week for an employer is the scenarios' baseline for it, figure for figure.
 */
import { RunCache, requestKey } from './run-cache';
import { ScenarioRunCancelled, type ScenarioRunPool } from './scenario-run-pool';
import type { ScenarioRunProgress, ScenarioRunRequest, ScenarioRunResult } from '$lib/sim/scenario-run';

const runs = new RunCache<ScenarioRunResult>(60, (e) => e instanceof ScenarioRunCancelled);

/** The result of `request`: kept from any screen, else run in `pool` for `owner`. */
export function runShared(
	owner: object,
	pool: () => ScenarioRunPool,
	request: ScenarioRunRequest,
	progress: (p: ScenarioRunProgress) => void
): Promise<ScenarioRunResult> {
	return runs.run(requestKey(request), owner, () => pool().run(request, progress));
}
