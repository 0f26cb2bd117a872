/** The usage log as the demand simulation needs it: requests per school, month and kind of day, and the category mix. */
import { query } from '../query';
import type { RequestCategory } from '$lib/domain/tables';
import type { SchoolMonthRequests } from '$lib/domain/demand';

/**
 * Requests of fiscal year `fiscalYear` per school, calendar month and kind of day. The school days
 * come as one comma-separated parameter of 'YYYY-MM-DD' dates (the calendar is the app's, not a
 * table); the date is the local date as logged, never shifted.
 */
export const requestsBySchoolMonth = (fiscalYear: number, schoolDates: readonly string[]) =>
	query<SchoolMonthRequests>(
		`WITH school_days AS (SELECT unnest(string_split(nullif(?, ''), ','))::DATE AS day)
		 SELECT r.school_code, month(r.requested_at)::INTEGER AS month,
		        (r.requested_at::DATE IN (SELECT day FROM school_days)) AS "schoolDay", count(*)::INTEGER AS requests
		   FROM support_requests r
		  WHERE r.requested_at >= make_date(?::INTEGER, 4, 1) AND r.requested_at < make_date(?::INTEGER + 1, 4, 1)
		  GROUP BY ALL ORDER BY 1, 2, 3`,
		[schoolDates.join(','), fiscalYear, fiscalYear]
	);

export const requestCategoryMix = (fiscalYear: number) =>
	query<{ category: RequestCategory; requests: number }>(
		`SELECT category, count(*)::INTEGER AS requests FROM support_requests
		  WHERE requested_at >= make_date(?::INTEGER, 4, 1) AND requested_at < make_date(?::INTEGER + 1, 4, 1)
		  GROUP BY 1 ORDER BY 1`,
		[fiscalYear, fiscalYear]
	);
