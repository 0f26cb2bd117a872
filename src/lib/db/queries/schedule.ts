/** What the schedule optimiser needs from the loaded tables, typed for the instance builder. */
import { query, type QueryRunner } from '../query';
import type { FerryRow, OfficeRow, SchoolRow, StaffRow } from '$lib/domain/schedule/instance';

export const scheduleSchools = () =>
	query<SchoolRow>(
		`SELECT school_code, name, coalesce(employer_code, municipality_code) AS employer_code, lat, lon,
		        classes::DOUBLE AS classes, students::DOUBLE AS students, island
		   FROM schools ORDER BY school_code`
	);

export const scheduleStaff = () =>
	query<StaffRow>(
		`SELECT staff_id, name, employer_code, coalesce(days_per_week, 5) AS days_per_week, coalesce(hours_per_day, 7.75) AS hours_per_day, base_lat, base_lon,
		        employment, annual_cost::DOUBLE AS annual_cost
		   FROM staff ORDER BY staff_id`
	);

export const scheduleOffices = () =>
	query<OfficeRow>(
		`SELECT municipality_code, name, office_lat, office_lon FROM municipalities ORDER BY municipality_code`
	);

export const scheduleFerries = () =>
	query<FerryRow>(
		`SELECT school_code, port_lat, port_lon, crossing_minutes, coalesce(wait_minutes, 0) AS wait_minutes FROM ferries`
	);

export const scheduleTravel = () =>
	query<{ from_id: string; to_id: string; minutes: number }>(`SELECT from_id, to_id, minutes FROM travel_times`);

/** Every table the schedule needs, read together. */
export async function loadScheduleTables(runner: QueryRunner) {
	const [schools, staff, offices, ferries, travel] = await Promise.all([
		runner.rows(scheduleSchools()),
		runner.rows(scheduleStaff()),
		runner.rows(scheduleOffices()),
		runner.rows(scheduleFerries()),
		runner.rows(scheduleTravel())
	]);
	return { schools, staff, offices, ferries, travel };
}
