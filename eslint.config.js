// ESLint for the TypeScript and Svelte sources; formatting is Prettier's (eslint-config-prettier
// switches off the rules that would fight it). The layer rule is dependency-cruiser's
// (.dependency-cruiser.cjs), not ESLint's.
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-bench/',
			'.svelte-kit/',
			'node_modules/',
			'data/national/',
			'test-results/',
			'scratch/',
			'tests/fixtures/bad/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			// Unused names are mistakes, except a leading underscore that says "deliberately unused".
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }
			],
			// Maps and Sets held in state are replaced, never mutated ($state.raw); the others are
			// scratch inside one computation. Svelte's reactive collections would only cost time.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	}
);
