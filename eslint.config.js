import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Pure modules: no Svelte, no DOM framework imports.
		files: ['src/lib/data/**/*.ts', 'src/lib/geo/**/*.ts', 'src/lib/scales/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: ['svelte', 'svelte/*', '$app/*', '*.svelte'] }]
		}
	},
	{
		// The reading core runs in the browser and in Node: no Svelte, no DOM framework, no Node API.
		files: ['src/lib/ingest/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: ['svelte', 'svelte/*', '$app/*', '*.svelte', 'node:*', 'fs', 'path'] }
			]
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] }
);
