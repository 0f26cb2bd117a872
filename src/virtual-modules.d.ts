declare module 'virtual:japan-land' {
	/** Land outlines of Japan as rings of [lon, lat] (scripts/japan-land.js). */
	export const rings: number[][][];
}
