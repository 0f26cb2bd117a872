/**
 * The layer rule of docs/architecture.md, checked by `npm run lint:layers` (part of `npm test`):
 * imports run one way, from the screens down to the domain, and nothing imports in a circle.
 *
 *   presentation  src/routes, src/lib/ui, src/lib/charts, src/lib/i18n
 *   screen state  src/lib/state
 *   services      src/lib/session, src/lib/workspace, src/lib/files, src/lib/runs, src/lib/db
 *   engines       src/lib/optimise, src/lib/sim
 *   domain        src/lib/domain
 *
 * A layer may import its own and any layer below it; src/lib/workers (the worker RPC) sits beside
 * the engines and imports nothing of the app.
 */
const PRESENTATION = '^src/(routes|lib/(ui|charts|i18n))/';
const STATE = '^src/lib/state/';
const SERVICES = '^src/lib/(session|workspace|files|runs|db)/';
const ENGINES = '^src/lib/(optimise|sim)/';
const WORKERS = '^src/lib/workers/';
const DOMAIN = '^src/lib/domain/';

/** `from` may not import `to`. */
const forbid = (name, comment, from, to) => ({
	name,
	comment,
	severity: 'error',
	from: { path: from },
	to: { path: to }
});

module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			comment: 'Modules import in one direction only.',
			severity: 'error',
			from: {},
			to: { circular: true }
		},
		forbid(
			'domain-is-pure',
			'The domain is pure TypeScript: it imports only the domain.',
			DOMAIN,
			'^src/(?!lib/domain/)'
		),
		forbid(
			'engines-below-services',
			'Engines (optimiser, simulation) use the domain and the worker RPC only.',
			ENGINES,
			`${PRESENTATION}|${STATE}|${SERVICES}`
		),
		forbid('workers-stand-alone', 'The worker RPC knows nothing of the app.', WORKERS, '^src/(?!lib/workers/)'),
		forbid(
			'services-below-state',
			'Services do not reach up into screen state or the screens.',
			SERVICES,
			`${PRESENTATION}|${STATE}`
		),
		forbid('state-below-screens', 'Screen state does not import the screens or their components.', STATE, PRESENTATION),
		forbid(
			'shared-ui-below-routes',
			'Shared components, charts and messages do not import a screen.',
			'^src/lib/(ui|charts|i18n)/',
			'^src/routes/'
		),
		forbid('i18n-is-messages', 'Messages use the domain only.', '^src/lib/i18n/', '^src/lib/(?!(i18n|domain)/)'),
		// Route folders are plain names or one group in parentheses, "(overview)"; $1 below is the folder's name.
		forbid(
			'screens-apart',
			'A screen does not import another screen’s files: what two share lives below both.',
			'^src/routes/([a-z-]+)/',
			'^src/routes/(?!$1/)[^/]+/'
		),
		forbid(
			'screens-apart',
			'A screen does not import another screen’s files: what two share lives below both.',
			'^src/routes/\\(([a-z-]+)\\)/',
			'^src/routes/(?!\\($1\\)/)[^/]+/'
		)
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^(node_modules|build|\\.svelte-kit)/' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: `${__dirname}/tsconfig.layers.json` },
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['import', 'require', 'node', 'default', 'svelte'],
			extensions: ['.ts', '.js', '.svelte', '.json']
		},
		reporterOptions: { text: { highlightFocused: true } }
	}
};
