/** The baseline a scenario is laid over, read from the loaded tables: the same for the screens and the tests. */
import type { QueryRunner } from '$lib/db/query';
import { loadScheduleTables } from '$lib/db/queries/schedule';
import { requestCategoryMix, requestsBySchoolMonth } from '$lib/db/queries/demand';
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
	const [tables, counts, mix] = await Promise.all([
		loadScheduleTables(runner),
		runner.rows(requestsBySchoolMonth(fiscalYear, schoolDates)),
		runner.rows(requestCategoryMix(fiscalYear))
	]);
	return {
		rows: { schools: tables.schools, staff: tables.staff, offices: tables.offices, ferries: tables.ferries },
		matrix: tables.travel.map((r) => [matrixKey(r.from_id, r.to_id), r.minutes]),
		schedule,
		days,
		rates: estimateRates(days, tables.schools, counts, mix)
	};
}
