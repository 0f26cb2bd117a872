/**
 * Starts DuckDB-wasm's worker and its WebAssembly compilation as the page begins to load, before
 * the app's own scripts have even been evaluated: compiling the 34 MB module is the long pole of
 * every start, and the app would otherwise only begin it after booting and rendering.
 *
 * Loaded by a blocking <script> in app.html's head, right after the CSP meta tag (which covers it) and
 * before the app's own scripts: it is tiny, and it must run before the parser moves on to styles, layout and the app. The build (scripts/duckdb-assets.js) emits this file
 * with the placeholder of `dir` below replaced by the versioned folder of DuckDB's worker and wasm.
 * The app adopts the worker through window.__haichiDuckdb (src/lib/db/engine.ts).
 *
 * It speaks the package's own worker protocol (WorkerRequestType.INSTANTIATE and the OK/ERROR
 * responses exported by @duckdb/duckdb-wasm), with a message id the app's AsyncDuckDB never uses.
 */
(() => {
	performance.mark('haichi:duckdb-boot');
	const script = document.currentScript;
	const dir = new URL('__DUCKDB_DIR__', script instanceof HTMLScriptElement ? script.src : location.href);
	const INSTANTIATE_ID = 0x7fffff00;
	const worker = new Worker(new URL('duckdb-browser-eh.worker.js', dir));
	const instantiated = new Promise((resolve, reject) => {
		const onMessage = (/** @type {MessageEvent} */ event) => {
			const data = event.data;
			if (!data || data.requestId !== INSTANTIATE_ID || data.type === 'INSTANTIATE_PROGRESS') return;
			worker.removeEventListener('message', onMessage);
			if (data.type === 'OK') resolve(undefined);
			else reject(new Error(data.data && data.data.message ? data.data.message : 'DuckDB could not be instantiated'));
		};
		worker.addEventListener('message', onMessage);
		worker.addEventListener(
			'error',
			(e) => reject(new Error(`DuckDB worker failed to load: ${e.message || dir.href}`)),
			{ once: true }
		);
	});
	// Handled by the app when it adopts the worker; avoids an unhandled rejection before that.
	instantiated.then(
		() => performance.mark('haichi:duckdb-instantiated'),
		() => undefined
	);
	worker.postMessage({
		messageId: INSTANTIATE_ID,
		type: 'INSTANTIATE',
		data: [new URL('duckdb-eh.wasm', dir).href, null]
	});
	Object.defineProperty(window, '__haichiDuckdb', { value: { worker, instantiated } });
})();
