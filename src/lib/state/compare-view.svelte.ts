/**
 * The compare screen's state: the employers read from the data (again when it changes), the filters, the selection every
 * view shares (cross-filter), the table's sort. Everything shown derives from these.
 */
import { DatasetReader } from './dataset-reader.svelte';
import { loadCompare } from './compare-data';
import { countsInUse, staffCountsOtherYears } from '$lib/db/queries/counts';
import type { CountsInUse } from '$lib/domain/count-sources';
import { employerStaffPaths, type StaffPath } from '$lib/domain/staff-path';
import { SCHOOL_TYPES, type SchoolType } from '$lib/domain/tables';
import { session } from '$lib/session/session.svelte';
import {
	countsAllTypes,
	filterRows,
	sortRows,
	typedRows,
	withoutStaff,
	NO_FILTER,
	type CompareEmployer,
	type CompareFilter,
	type CompareRow,
	type CompareSortKey
} from '$lib/domain/compare';

/** Bars in the ranking chart: the furthest from the target (the table lists every row). */
export const RANKING_BARS = 40;

export class CompareView {
	readonly reader = new DatasetReader<CompareEmployer[]>((s) => loadCompare(s.runner, s.dataset.fiscalYear));
	readonly employers = $derived(this.reader.value ?? []);
	/** Where the figures rest on counts rather than rows (schools of 学校基本調査, typed staff numbers). */
	readonly countsReader = new DatasetReader<CountsInUse[]>((s) => s.runner.rows(countsInUse(s.dataset.fiscalYear)));
	/** Head counts entered for fiscal years other than the dataset's, per employer. */
	readonly otherYearsReader = new DatasetReader((s) => s.runner.rows(staffCountsOtherYears(s.dataset.fiscalYear)));
	/**
	 * Each employer's change from the year before and way to 2027, as the overview's whole (staff-path.ts): of the whole
	 * employer (head count, every school type), whatever the filter. Null while no other year is kept.
	 */
	readonly paths = $derived.by((): ReadonlyMap<string, StaffPath> | null => {
		const other = this.otherYearsReader.value;
		const fiscalYear = session.dataset?.fiscalYear;
		if (!other?.length || fiscalYear === undefined) return null;
		const now = this.employers.map((e) => ({
			code: e.code,
			staff: e.staff,
			schools: SCHOOL_TYPES.reduce((n, t) => n + (e.schoolsByType[t] ?? 0), 0)
		}));
		return employerStaffPaths(now, other, fiscalYear);
	});
	/** Replaced whole on every change (setFilter), so not made deeply reactive. */
	filter = $state.raw<CompareFilter>({ ...NO_FILTER, kinds: [], schoolTypes: [], prefectures: [] });
	selected = $state.raw<ReadonlySet<string>>(new Set());
	onlySelected = $state(false);
	sort = $state<{ key: CompareSortKey; direction: 'ascending' | 'descending' }>({
		key: 'schoolsPerStaff',
		direction: 'descending'
	});

	/** Whether every school type is counted: else the staff of each row are those serving the types ticked. */
	readonly allTypes = $derived(countsAllTypes(this.filter));
	/** The school types counted as one value: a kind or the search leaves it equal, and the rows below as they are. */
	readonly #types = $derived(this.filter.schoolTypes.join(' '));
	/** Every employer's row for the school types counted, made once for them (compare.ts, typedRows). */
	readonly #typed = $derived(typedRows(this.employers, this.#types ? (this.#types.split(' ') as SchoolType[]) : []));
	/** Rows the filters keep, before the "only the picked ones" switch. */
	readonly filtered = $derived(filterRows(this.#typed, this.filter));
	/** Rows every view shows. */
	readonly rows = $derived(
		this.onlySelected && this.selected.size > 0 ? this.filtered.filter((r) => this.selected.has(r.code)) : this.filtered
	);
	readonly sorted = $derived(sortRows(this.rows, this.sort.key, this.sort.direction));
	readonly withoutStaff = $derived(withoutStaff(this.rows));
	/** Employers with any school: what the count is "of". */
	readonly total = $derived(
		this.employers.filter((e) => Object.values(e.schoolsByType).some((n) => (n ?? 0) > 0)).length
	);
	readonly prefectures = $derived([...new Set(this.employers.map((e) => e.prefecture))].sort());

	follow(): void {
		this.reader.follow();
		this.countsReader.follow();
		this.otherYearsReader.follow();
	}

	toggle(code: string): void {
		const next = new Set(this.selected);
		if (next.has(code)) next.delete(code);
		else next.add(code);
		this.selected = next;
	}

	clearSelection(): void {
		this.selected = new Set();
		this.onlySelected = false;
	}

	sortBy(key: CompareSortKey): void {
		this.sort = {
			key,
			direction: this.sort.key === key && this.sort.direction === 'descending' ? 'ascending' : 'descending'
		};
	}

	setFilter(filter: Partial<CompareFilter>): void {
		this.filter = { ...this.filter, ...filter };
	}

	row(code: string): CompareRow | undefined {
		return this.filtered.find((r) => r.code === code);
	}
}
