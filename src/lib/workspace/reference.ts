/**
 * The reference data of Japan built into the app (docs/reference-data.md), loaded only when a
 * screen asks for it, and the files a workspace of one prefecture starts with.
 */
import { tableCsv } from '$lib/domain/csv-export';
import { PREFECTURES } from '$lib/domain/prefectures';
import { prefectureTables, type ReferenceIndex } from '$lib/domain/reference';
import type { DatasetInfo } from '$lib/domain/dataset';
import { prepareWritten, type PreparedImport } from '$lib/files/prepared-import';

export const loadReference = (): Promise<ReferenceIndex> => import('virtual:japan-reference').then((m) => m.default);

/** The municipal boundaries of one prefecture as GeoJSON (`properties.name` the 6-digit code). */
export const loadPrefectureBoundaries = (prefectureCode: string) =>
	import('virtual:japan-boundaries').then((m) => m.loadBoundaries(prefectureCode));

/**
 * The checked files of a new workspace for one prefecture: its municipalities (and itself) and
 * their school counts; null for a code the reference does not know.
 */
export function prefectureStart(
	index: ReferenceIndex,
	prefectureCode: string
): { files: PreparedImport[]; prefecture: DatasetInfo['prefecture'] } | null {
	const tables = prefectureTables(index, prefectureCode);
	const names = PREFECTURES.find((p) => p.code === prefectureCode);
	if (!tables || !names) return null;
	return {
		prefecture: { code: prefectureCode, name_ja: names.ja, name_en: names.en },
		files: [
			prepareWritten(
				`${names.ja}の市区町村（国土数値情報 N03 2025年）.csv`,
				tableCsv('municipalities', tables.municipalities)
			),
			prepareWritten(`${names.ja}の学校数（SSDSE-A-2025）.csv`, tableCsv('school_counts', tables.schoolCounts))
		]
	};
}
