/**
 * Runs the schedule optimiser off the main thread: HiGHS solves synchronously and may take tens
 * of seconds on a prefecture. HiGHS's wasm is served by the app itself (no CDN).
 */
import loadHighs, { type Highs } from 'highs';
import wasmUrl from 'highs/runtime?url';
import { TravelTimes } from '$lib/domain/schedule/travel';
import { optimiseSchedule } from './optimise';
import type { OptimiseRequest, OptimiseResponse } from './optimise-protocol';

let highs: Promise<Highs> | null = null;
const reply = (message: OptimiseResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = async ({ data }: MessageEvent<OptimiseRequest>) => {
	try {
		highs ??= loadHighs({ locateFile: () => wasmUrl });
		const solver = await highs;
		const travel = new TravelTimes(data.travel, new Map(data.matrix));
		const schedule = optimiseSchedule(solver, data.instance, travel, {
			...data.options,
			onProgress: (phase, best, bound) => reply({ kind: 'progress', phase, best, bound })
		});
		reply({ kind: 'done', schedule });
	} catch (e) {
		reply({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
	}
};
