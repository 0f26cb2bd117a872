/**
 * The budget pack of counts-only data (docs/domain.md, "Budget pack"): schools from 学校基本調査 and typed staff numbers,
 * no school or staff rows, so no scenario run. Its figures are read as the overview and the compare screen read
 * them (the same queries and domain functions), for the municipality the scenario book's scope names or for the
 * prefecture as a whole.
 */
import type { QueryRunner } from '$lib/db/query';
import { staffCountsOtherYears } from '$lib/db/queries/counts';
import { compareRows, NO_FILTER, type CompareEmployer, type CompareRow } from '$lib/domain/compare';
import { countsRequest, standing, type CountsRequest, type Standing } from '$lib/domain/counts-pack';
import { nextFiscalYear } from '$lib/domain/fiscal-year';
import { localDateTime } from '$lib/domain/local-time';
import { employerStaffPaths, type StaffPath } from '$lib/domain/staff-path';
import { SCHOOL_TYPES, type EmploymentType } from '$lib/domain/tables';
import { session } from '$lib/session/session.svelte';
import { scenarioBook } from '$lib/workspace/scenario-book.svelte';
import { reportNotes } from '$lib/workspace/report-notes.svelte';
import { DatasetReader } from './dataset-reader.svelte';
import { loadCompare } from './compare-data';
import { loadOverview, type OverviewData } from './overview-data';

interface CountsPackData {
	overview: OverviewData;
	employers: CompareEmployer[];
	otherYears: { code: string; year: number; staff: number }[];
}

async function loadCountsPack(runner: QueryRunner, fiscalYear: number): Promise<CountsPackData> {
	const [overview, employers, otherYears] = await Promise.all([
		loadOverview(runner, fiscalYear),
		loadCompare(runner, fiscalYear),
		runner.rows(staffCountsOtherYears(fiscalYear))
	]);
	return { overview, employers, otherYears };
}

/** What the pack is about: one employer, or every employer of the data together (code null). */
export interface CountsScope {
	code: string | null;
	/** The employer's row as the compare screen shows it; null for the whole. */
	row: CompareRow | null;
	schools: number;
	staff: number;
	schoolsPerStaff: number | null;
	staffNeeded: number;
	path: StaffPath;
	/** Among the prefecture's municipalities; null for the whole or the prefecture's own row. */
	standing: Standing | null;
}

export class CountsPack {
	readonly reader = new DatasetReader<CountsPackData, true>((s) => loadCountsPack(s.runner, s.dataset.fiscalYear), {
		inputs: () => (this.wanted() ? true : null)
	});
	/** How the added staff are employed: the unit cost is the book's for it (an assumption the user can change). */
	employment = $state<EmploymentType>('contract');
	/** Months of the asked year the added staff work (a start in October: 6). */
	months = $state(12);
	readonly today = localDateTime(new Date()).slice(0, 10);

	/** `wanted`: the data has no school rows to make scenarios of, so this is the pack there is. */
	constructor(private readonly wanted: () => boolean) {}

	readonly data = $derived(this.reader.value);
	/** There are schools to count: else the pack has nothing to ask for (and says what data it needs). */
	readonly usable = $derived((this.data?.overview.summary.schools ?? 0) > 0);
	readonly dataYear = $derived(session.dataset?.fiscalYear ?? null);
	/** The 年度 asked for: the one kept with the pack's notes, else the next from today. */
	readonly fiscalYear = $derived(reportNotes.value.budgetYear ?? nextFiscalYear(this.today));
	/** Employers with schools, as the compare screen lists them. */
	readonly rows = $derived(this.data ? compareRows(this.data.employers, NO_FILTER) : []);
	readonly paths = $derived.by(() => {
		if (!this.data || this.dataYear === null) return new Map<string, StaffPath>();
		const now = this.data.employers.map((e) => ({
			code: e.code,
			staff: e.staff,
			schools: SCHOOL_TYPES.reduce((n, t) => n + (e.schoolsByType[t] ?? 0), 0)
		}));
		return employerStaffPaths(now, this.data.otherYears, this.dataYear);
	});

	/** The book's scope when it is one employer of the data, else the whole. */
	readonly scope = $derived.by((): CountsScope | null => {
		const data = this.data;
		if (!data) return null;
		const chosen = scenarioBook.value.scope.length === 1 ? scenarioBook.value.scope[0]! : null;
		const row = chosen ? this.rows.find((r) => r.code === chosen) : undefined;
		const path = row ? this.paths.get(row.code) : undefined;
		if (row && path) {
			const municipalities = this.rows.filter((r) => r.kind !== 'prefecture');
			return {
				code: row.code,
				row,
				schools: row.schools,
				staff: row.staff,
				schoolsPerStaff: row.schoolsPerStaff,
				staffNeeded: row.staffNeeded,
				path,
				standing: row.kind === 'prefecture' ? null : standing(municipalities, row.code)
			};
		}
		const s = data.overview.summary;
		return {
			code: null,
			row: null,
			schools: s.schools,
			staff: s.staff,
			schoolsPerStaff: s.schoolsPerStaff,
			staffNeeded: s.staffNeeded,
			path: data.overview.staffPath,
			standing: null
		};
	});

	readonly unitCost = $derived(scenarioBook.value.assumptions.unitCosts[this.employment]);
	readonly request = $derived.by((): CountsRequest | null =>
		this.scope && this.dataYear !== null
			? countsRequest(this.scope.path, this.dataYear, this.fiscalYear, this.unitCost, this.months)
			: null
	);

	follow(): void {
		this.reader.follow();
	}
}
