/**
 * What a scenario's help desk does, said next to its figures (docs/domain.md, "Help desk"): which
 * desk, where it comes from, its share of cost and capacity, which requests it takes (the
 * remote-resolvable share of each category), and why the response time moves or not.
 */
import { REQUEST_CATEGORIES, type RequestCategory } from '../tables';
import { helpDeskShare } from './cost';
import type { HelpDeskSource, ScenarioSetup } from './apply';
import type { ScenarioFigures } from './figures';
import type { HelpDesk } from './types';

/** Remote slots used ÷ offered today above which remote capacity is what requests wait for. */
const REMOTE_SHORT = 0.8;

export interface HelpDeskEffect {
	mode: HelpDesk['mode'];
	source: HelpDeskSource;
	/** The desk's members, and how many of them the scope holds (the shares it carries). */
	members: number;
	inScope: number;
	/** The scope's share of the desk: annual cost (yen) and remote requests a work day. */
	cost: number;
	capacityPerDay: number;
	/** The requests it takes: the remote-resolvable share of each category. */
	shares: [RequestCategory, number][];
	/** Today's remote slots used ÷ offered (NaN when there were none). */
	remoteUseToday: number;
	/** Median p90 response (work days): scenario − baseline. */
	p90Change: number;
	/**
	 * 'same': the desk is today's; 'spare': remote slots were already left over today, so requests
	 * wait for visits and a desk moves p90 little; 'short': remote slots ran out, so the desk's
	 * capacity shortens the wait of the requests it takes.
	 */
	why: 'same' | 'spare' | 'short';
}

const sameDesk = (a: HelpDesk, b: HelpDesk) =>
	a.mode === b.mode &&
	(a.mode === 'none' ||
		(a.capacityPerDay === b.capacityPerDay && a.annualCost === b.annualCost && a.members === b.members));

export function helpDeskEffect(
	baseline: { setup: ScenarioSetup; figures: ScenarioFigures },
	scenario: { setup: ScenarioSetup; figures: ScenarioFigures }
): HelpDeskEffect {
	const { setup } = scenario;
	const share = helpDeskShare(setup.helpDesk, setup.helpDeskInScope);
	const use = baseline.figures.sim.remoteUtilisation.median;
	return {
		mode: setup.helpDesk.mode,
		source: setup.helpDeskSource,
		members: setup.helpDesk.mode === 'shared' ? Math.max(1, setup.helpDesk.members) : 1,
		inScope: setup.helpDesk.mode === 'shared' ? Math.min(setup.helpDeskInScope, setup.helpDesk.members) : 1,
		cost: share.cost,
		capacityPerDay: share.capacityPerDay,
		shares: REQUEST_CATEGORIES.map((c) => [c, setup.remote.shares[c]]),
		remoteUseToday: use,
		p90Change: scenario.figures.sim.p90WaitDays.median - baseline.figures.sim.p90WaitDays.median,
		why: sameDesk(setup.helpDesk, baseline.setup.helpDesk)
			? 'same'
			: Number.isFinite(use) && use >= REMOTE_SHORT
				? 'short'
				: 'spare'
	};
}
