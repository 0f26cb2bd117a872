/** Where figures come from counts per employer rather than rows (docs/reference-data.md, "Counts and rows"). */
import type { SchoolFounders } from './tables';

/** Per source, year and founders, how many employers' figures rest on counts. */
export interface CountsInUse {
	what: 'schools' | 'staff';
	employers: number;
	year: number | null;
	founders: SchoolFounders | null;
	/** The source line given with the counts (e.g. 学校基本調査), null when none was. */
	source: string | null;
}
