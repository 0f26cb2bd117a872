/** A column of SortableTable: how a row shows in it and how it sorts. */
export interface Column<R> {
	key: string;
	label: string;
	numeric?: boolean;
	cell: (row: R) => string;
	/** null sorts last in either direction. */
	sortValue: (row: R) => number | string | null;
}
