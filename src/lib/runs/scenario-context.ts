/** The baseline a scenario is laid over, read from the loaded tables: the same for the screens and the tests. */
import type { QueryRunner } from '$lib/db/query';
import { loadScheduleTables } from '$lib/db/queries/schedule';
import { requestCategoryMix, requestsBySchoolMonth } from '$lib/db/queries/demand';
import { indicatorValues } from '$lib/db/queries/overview';
import { fiscalYearDays, type SchoolBreak } from '$lib/domain/school-calendar';
import { matrixKey } from '$lib/domain/schedule/travel';
import type { ScheduleSettings } from '$lib/domain/schedule/settings';
import { estimateRates } from '$lib/sim/demand-model';
import type { ScenarioContext } from '$lib/sim/scenario-request';

export async function readScenarioContext(
	runner: QueryRunner,
	fiscalYear: number,
	breaks: readonly SchoolBreak[],
	schedule: ScheduleSettings
): Promise<ScenarioContext> {
	const days = fiscalYearDays(fiscalYear, breaks);
	const schoolDates = days.filter((d) => d.schoolDay).map((d) => d.date);
	const [tables, counts, mix, indicators] = await Promise.all([
		loadScheduleTables(runner),
		runner.rows(requestsBySchoolMonth(fiscalYear, schoolDates)),
		runner.rows(requestCategoryMix(fiscalYear)),
		runner.rows(indicatorValues(fiscalYear))
	]);
	// The plan's help-desk indicator, 1 (yes) or 0 (no), for the data's 年度 (docs/data-formats.md, ict_environment).
	const helpDesks = new Map(indicators.filter((i) => i.indicator === 'helpdesk').map((i) => [i.scope, i.value >= 0.5]));
	return {
		rows: {
			schools: tables.schools,
			staff: tables.staff,
			offices: tables.offices,
			ferries: tables.ferries,
			helpDesks
		},
		matrix: tables.travel.map((r) => [matrixKey(r.from_id, r.to_id), r.minutes]),
		schedule,
		days,
		rates: estimateRates(days, tables.schools, counts, mix)
	};
}

export interface Employer {
	code: string;
	name: string;
	schools: number;
	staff: number;
}

/** Employers with schools, most schools first: the choice the schedule and scenario screens offer. */
export function employersOf(context: ScenarioContext): Employer[] {
	const schools = new Map<string, number>();
	const staff = new Map<string, number>();
	for (const s of context.rows.schools) schools.set(s.employer_code, (schools.get(s.employer_code) ?? 0) + 1);
	for (const s of context.rows.staff) staff.set(s.employer_code, (staff.get(s.employer_code) ?? 0) + 1);
	return context.rows.offices
		.map((o) => ({
			code: o.municipality_code,
			name: o.name,
			schools: schools.get(o.municipality_code) ?? 0,
			staff: staff.get(o.municipality_code) ?? 0
		}))
		.filter((e) => e.schools > 0)
		.sort((a, b) => b.schools - a.schools || a.code.localeCompare(b.code));
}
