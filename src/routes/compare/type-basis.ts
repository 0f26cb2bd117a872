/** What the compare screen says when it counts some school types only, for the screen and the files it exports. */
import type { Messages } from '$lib/i18n/ja';
import { SCHOOL_TYPES, type SchoolType } from '$lib/domain/tables';

/** The types ticked, in the filter's order, in the UI language. */
export const typesLabel = (types: readonly SchoolType[], m: Messages): string =>
	SCHOOL_TYPES.filter((type) => types.includes(type))
		.map((type) => m.schoolType[type])
		.join(m.compare.typeFilter.separator);

/** The note an exported chart or table carries while filtered: what the staff figure is, and its formula. */
export const typeBasisNote = (types: readonly SchoolType[], m: Messages): string =>
	`${m.compare.typeFilter.text(typesLabel(types, m))}${m.source.formula}: ${m.compare.typeFilter.formula}`;
