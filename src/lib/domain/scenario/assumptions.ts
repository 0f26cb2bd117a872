/**
 * Default assumptions of the scenarios, each labelled in the UI as an assumption the user may
 * change. Costs are typical figures for 令和7年度 and nothing more: a board enters its own.
 */
import { DEFAULT_BREAKS } from '../school-calendar';
import type { HelpDesk, RemoteSupport, ScenarioAssumptions, ScenarioBook } from './types';

/**
 * Full-time annual cost per head (yen): a contracted staff member as billed by the vendor, a
 * 会計年度任用職員 with allowances, a regular employee with employer's contributions.
 */
export const DEFAULT_UNIT_COSTS = { contract: 5_400_000, appointed: 3_300_000, regular: 6_800_000 } as const;

/**
 * Share of each category resolvable remotely (a screen share, a call, a cloud console): most
 * administration-system questions, fewer lesson-support ones, which need hands in the classroom.
 */
export const DEFAULT_REMOTE: RemoteSupport = {
	shares: { lesson: 0.25, admin: 0.6, environment: 0.35, training: 0.3 },
	staffSlotsPerDay: 2,
	// A day at the base is remote support from morning to evening: three times a visit day's share.
	officeSlotsPerDay: 6
};

/** A small desk of two operators: about 40 remote requests a work day, 12 million yen a year. */
export const DEFAULT_HELP_DESK: HelpDesk = { mode: 'none', capacityPerDay: 40, annualCost: 12_000_000, members: 1 };

export const defaultAssumptions = (): ScenarioAssumptions => ({
	unitCosts: { ...DEFAULT_UNIT_COSTS },
	remote: {
		shares: { ...DEFAULT_REMOTE.shares },
		staffSlotsPerDay: DEFAULT_REMOTE.staffSlotsPerDay,
		officeSlotsPerDay: DEFAULT_REMOTE.officeSlotsPerDay
	},
	helpDesk: { ...DEFAULT_HELP_DESK },
	spreadStaffDays: true,
	visitsPerStaffDay: 1.5,
	breaks: DEFAULT_BREAKS.map((b) => ({ ...b })),
	seed: 20250401,
	runs: 100
});

export const emptyBook = (): ScenarioBook => ({ scope: [], assumptions: defaultAssumptions(), scenarios: [] });
