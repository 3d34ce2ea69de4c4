import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: { sourcemap: process.env.SOURCEMAP === '1' },
	server: { fs: { allow: ['data'] } },
	test: {
		environment: 'node',
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts', 'tests/snapshots/**/*.test.ts'],
					exclude: ['tests/unit/**/*.svelte.test.ts']
				}
			},
			{
				// Runes (state classes, effects) run with Svelte's client runtime, without a DOM.
				extends: true,
				test: {
					name: 'runes',
					include: ['tests/unit/**/*.svelte.test.ts'],
					environment: './tests/unit/clientEnvironment.ts'
				}
			}
		]
	}
});
