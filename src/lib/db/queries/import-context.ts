/** What an import of a public file needs to know of the data loaded now (files/public-file.ts). */
import { query } from '../query';

/** The loaded schools' points, to place the schools of a list without coordinates by their code. */
export const schoolPoints = () =>
	query<{ code: string; lon: number; lat: number }>(
		`SELECT school_code AS code, lon, lat FROM schools WHERE lat IS NOT NULL AND lon IS NOT NULL`,
		[],
		{ cache: false }
	);

/** The municipality codes loaded, to tell which a public file refers to are missing. */
export const municipalityCodes = () =>
	query<{ code: string }>(`SELECT municipality_code AS code FROM municipalities`, [], { cache: false });
