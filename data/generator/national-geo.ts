/**
 * Rough facts per prefecture for the national benchmark set: the number of municipalities
 * (1,741 in all, Tokyo's 23 wards included), a rough population (10,000s, about 2020) used only to
 * share schools out, and a rough bounding box of the main land area (outlying islands left out).
 * Indexed like PREFECTURES in src/lib/domain/prefectures.ts (JIS X 0401 order).
 */
import type { Box } from './geography';

export const MUNICIPALITY_COUNTS: readonly number[] = [
	179, 40, 33, 35, 25, 35, 59, 44, 25, 35, 63, 54, 62, 33, 30, 15, 19, 17, 27, 77, 42, 35, 54, 29, 19, 26, 43, 41, 39,
	30, 19, 19, 27, 23, 19, 24, 17, 20, 34, 60, 20, 21, 45, 18, 26, 43, 41
];

export const POPULATION_10K: readonly number[] = [
	514, 120, 118, 228, 93, 104, 179, 284, 192, 191, 734, 628, 1404, 923, 213, 102, 111, 75, 80, 200, 194, 356, 748, 174,
	141, 255, 878, 537, 130, 90, 54, 65, 186, 274, 131, 70, 93, 130, 67, 510, 80, 127, 171, 110, 105, 155, 147
];

/** [latMin, latMax, lonMin, lonMax] */
const BOXES: readonly (readonly [number, number, number, number])[] = [
	[41.4, 45.5, 139.8, 145.8], // 北海道
	[40.2, 41.55, 139.9, 141.7],
	[38.75, 40.45, 140.65, 142.05],
	[37.77, 39.0, 140.27, 141.68],
	[38.87, 40.51, 139.69, 140.99],
	[37.73, 39.21, 139.52, 140.65],
	[36.79, 37.98, 139.16, 141.05],
	[35.74, 36.96, 139.69, 140.85],
	[36.2, 37.16, 139.33, 140.3],
	[35.98, 37.06, 138.4, 139.67],
	[35.75, 36.28, 138.71, 139.9],
	[34.9, 36.1, 139.74, 140.87],
	[35.5, 35.9, 138.94, 139.92], // 東京都 (main land only)
	[35.13, 35.67, 138.92, 139.8],
	[36.74, 38.55, 137.62, 139.9],
	[36.27, 36.98, 136.77, 137.76],
	[36.07, 37.86, 136.24, 137.37],
	[35.34, 36.29, 135.45, 136.83],
	[35.17, 35.97, 138.18, 139.13],
	[35.2, 37.03, 137.32, 138.74],
	[35.13, 36.46, 136.28, 137.65],
	[34.6, 35.65, 137.47, 139.17],
	[34.57, 35.42, 136.67, 137.84],
	[33.72, 35.26, 135.85, 136.99],
	[34.79, 35.7, 135.76, 136.45],
	[34.71, 35.78, 134.85, 136.06],
	[34.27, 35.05, 135.09, 135.75],
	[34.16, 35.67, 134.25, 135.47],
	[33.86, 34.78, 135.54, 136.23],
	[33.43, 34.39, 135.0, 136.0],
	[35.05, 35.62, 133.13, 134.52],
	[34.3, 35.6, 131.67, 133.4],
	[34.3, 35.35, 133.27, 134.41],
	[34.03, 35.1, 132.04, 133.47],
	[33.72, 34.8, 130.77, 132.49],
	[33.54, 34.25, 133.66, 134.82],
	[34.0, 34.55, 133.45, 134.45],
	[32.9, 34.3, 132.0, 133.7],
	[32.7, 33.88, 132.48, 134.31],
	[33.0, 34.0, 129.95, 131.19],
	[32.95, 33.62, 129.75, 130.55],
	[32.6, 33.3, 129.6, 130.4],
	[32.1, 33.2, 129.95, 131.33],
	[32.72, 33.74, 130.82, 132.1],
	[31.35, 32.84, 130.7, 131.89],
	[31.0, 32.2, 129.9, 131.3],
	[26.07, 26.88, 127.65, 128.33] // 沖縄県 (Okinawa Island)
];

export function prefectureBox(index: number): Box {
	const b = BOXES[index];
	if (!b) throw new RangeError(`no box for prefecture index ${index}`);
	return { latMin: b[0], latMax: b[1], lonMin: b[2], lonMax: b[3] };
}

/** The whole of Japan's main land areas, for the land mask of municipal offices. */
export const JAPAN_REGION: Box = { latMin: 24, latMax: 46, lonMin: 122, lonMax: 146 };

/** Public schools by type (令和3年度, shared/domain.md): 32,732 in all. */
export const NATIONAL_SCHOOLS = {
	elementary: 18_797,
	junior_high: 9_143,
	compulsory: 145,
	high: 3_518,
	secondary: 34,
	special_needs: 1_095
} as const;

/** ICT支援員 deployed at the end of 令和5年度 (shared/domain.md). */
export const NATIONAL_STAFF = 7_172;
