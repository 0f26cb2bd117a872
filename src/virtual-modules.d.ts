declare module 'virtual:japan-land' {
	/** Land outlines of Japan as rings of [lon, lat] (scripts/japan-land.js). */
	export const rings: number[][][];
}

declare module 'virtual:japan-reference' {
	const index: import('$lib/domain/reference').ReferenceIndex;
	export default index;
}

declare module 'virtual:japan-boundaries' {
	/** The municipal boundaries of one prefecture (2 digits), `properties.name` the 6-digit code; null for an unknown code. */
	export function loadBoundaries(
		prefectureCode: string
	): Promise<
		| import('geojson').FeatureCollection<import('geojson').Polygon | import('geojson').MultiPolygon, { name: string }>
		| null
	>;
}
