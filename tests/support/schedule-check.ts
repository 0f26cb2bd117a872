/**
 * The independent schedule checker on a schedule as the app saved it (CSV rows), against the
 * instance built here from the sample the way the app builds it (the scenarios' baseline of the
 * employer: runs/scenario-context.ts, with the same assumptions): every hard rule but the count of
 * visits, which the saved file cannot tell from unmet ones (those are counted as unmet here).
 */
import { expect } from 'vitest';
import { DEFAULT_INSTANCE_SETTINGS } from '../../src/lib/domain/schedule/instance';
import { DEFAULT_VISIT_POLICY, type VisitPolicy } from '../../src/lib/domain/schedule/visit-policy';
import { TravelTimes } from '../../src/lib/domain/schedule/travel';
import { checkSchedule } from '../../src/lib/domain/schedule/check';
import { defaultScheduleSettings } from '../../src/lib/domain/schedule/settings';
import type { Pin, UnmetVisits } from '../../src/lib/domain/schedule/types';
import type { Weekday } from '../../src/lib/domain/tables';
import { emptyBook } from '../../src/lib/domain/scenario/assumptions';
import { scenarioRequest } from '../../src/lib/sim/scenario-request';
import { sampleScenarioContext } from './scenario-model';
import { requiredVisits } from '../../src/lib/domain/schedule/rules';

export async function expectSavedScheduleKeepsRules(
	rows: Record<string, string>[],
	employer: string,
	settings: { policy?: Partial<VisitPolicy>; pins?: Pin[]; minOnsiteMinutes?: number } = {}
): Promise<void> {
	const sample = await sampleScenarioContext(2025);
	const schedule = {
		...defaultScheduleSettings(),
		...DEFAULT_INSTANCE_SETTINGS,
		...settings,
		pins: settings.pins ?? [],
		policy: { ...DEFAULT_VISIT_POLICY, ...settings.policy }
	};
	const inst = scenarioRequest({ ...sample, schedule }, { ...emptyBook(), scope: [employer] }, null).setup.instance;
	const travel = new TravelTimes();
	const places = new Map(inst.schools.map((s) => [s.id, s]));
	const bases = new Map(inst.staff.map((m) => [m.id, m.base]));
	const days = [...new Set(rows.map((r) => `${r.staff_id} ${r.weekday}`))].map((key) => {
		const [staff, day] = key.split(' ') as [string, Weekday];
		const legs = rows
			.filter((r) => r.staff_id === staff && r.weekday === day)
			.sort((a, b) => Number(a.order) - Number(b.order));
		const schools = legs.filter((r) => r.school_code).map((r) => r.school_code!);
		const travelMinutes = travel.routeMinutes(
			bases.get(staff)!,
			schools.map((id) => places.get(id)!)
		);
		// The legs in the file add up to the day's travel (to their rounding).
		expect(Math.abs(legs.reduce((t, r) => t + Number(r.travel_minutes), 0) - travelMinutes)).toBeLessThan(
			0.1 * legs.length
		);
		return { staff, day, schools, travelMinutes };
	});
	const made = new Map<string, number>();
	for (const d of days) for (const s of d.schools) made.set(s, (made.get(s) ?? 0) + 1);
	// Only the visits the policy requires can be missing; a spare one not made is no rule broken.
	const unmet: UnmetVisits[] = inst.schools.flatMap((s) => {
		const missing = requiredVisits(s) - (made.get(s.id) ?? 0);
		return missing > 0 ? [{ school: s.id, missing, reason: 'capacity' as const }] : [];
	});
	const total = days.reduce((t, d) => t + d.travelMinutes, 0);
	expect(
		checkSchedule(inst, travel, { days, unmet, travelMinutes: total, lowerBound: total, gap: 0, method: 'exact' })
	).toEqual([]);
}
