/** The compare screen's employers, read from the loaded tables in four queries. */
import type { QueryRunner } from '$lib/db/query';
import { compareEmployers, schoolsByEmployerType, staffByEmployerType } from '$lib/db/queries/compare';
import { indicatorValues } from '$lib/db/queries/overview';
import type { CompareEmployer } from '$lib/domain/compare';

export async function loadCompare(runner: QueryRunner, fiscalYear: number): Promise<CompareEmployer[]> {
	const [employers, schools, staffTypes, indicators] = await Promise.all([
		runner.rows(compareEmployers(fiscalYear)),
		runner.rows(schoolsByEmployerType(fiscalYear)),
		runner.rows(staffByEmployerType()),
		runner.rows(indicatorValues(fiscalYear))
	]);
	const byCode = new Map<string, CompareEmployer>(
		employers.map((e) => [
			e.code,
			{
				code: e.code,
				name: e.name,
				kind: e.kind,
				prefecture: e.prefecture,
				at: e.lat !== null && e.lon !== null ? { lat: e.lat, lon: e.lon } : null,
				schoolsByType: {},
				staff: e.staff,
				staffDays: e.staffDays,
				staffByType: {},
				staffUnassigned: e.staffUnassigned,
				indicators: {},
				from: { schools: null, staff: e.staffFrom }
			}
		])
	);
	for (const s of schools) {
		const e = byCode.get(s.code);
		if (!e) continue;
		e.schoolsByType[s.type] = s.schools;
		e.from.schools = s.source;
	}
	for (const s of staffTypes) {
		const e = byCode.get(s.code);
		if (e) e.staffByType[s.type] = s.staff;
	}
	for (const v of indicators) {
		const e = byCode.get(v.scope);
		if (e) e.indicators[v.indicator] = v.value;
	}
	return [...byCode.values()];
}
