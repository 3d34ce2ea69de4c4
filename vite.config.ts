import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: { sourcemap: process.env.SOURCEMAP === '1' },
	server: { fs: { allow: ['data'] } },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/snapshots/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
