/** The sample's tables in the shape the schedule instance builder takes (what the app's SQL gives). */
import type { FerryRow, OfficeRow, SchoolRow, StaffRow } from '../../src/lib/domain/schedule/instance';
import { readSample } from './sample-files';

const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));

export function sampleScheduleRows(): {
	schools: SchoolRow[];
	staff: StaffRow[];
	offices: OfficeRow[];
	ferries: FerryRow[];
} {
	return {
		schools: readSample('schools').map((r) => ({
			school_code: r.school_code!,
			name: r.name!,
			employer_code: r.employer_code || r.municipality_code!,
			lat: num(r.lat),
			lon: num(r.lon),
			classes: num(r.classes),
			students: num(r.students),
			island: r.island === 'true'
		})),
		staff: readSample('staff').map((r) => ({
			staff_id: r.staff_id!,
			name: r.name!,
			employer_code: r.employer_code!,
			days_per_week: Number(r.days_per_week),
			hours_per_day: Number(r.hours_per_day),
			base_lat: num(r.base_lat),
			base_lon: num(r.base_lon)
		})),
		offices: readSample('municipalities').map((r) => ({
			municipality_code: r.municipality_code!,
			name: r.name!,
			office_lat: num(r.office_lat),
			office_lon: num(r.office_lon)
		})),
		ferries: readSample('ferries').map((r) => ({
			school_code: r.school_code!,
			port_lat: Number(r.port_lat),
			port_lon: Number(r.port_lon),
			crossing_minutes: Number(r.crossing_minutes),
			wait_minutes: Number(r.wait_minutes)
		}))
	};
}
