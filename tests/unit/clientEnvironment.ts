import type { Environment } from 'vitest/environments';

/**
 * Node, but with modules transformed for the browser: Svelte compiles runes for its client
 * runtime, so state classes and their effects run in tests without a DOM.
 */
export default {
	name: 'client-without-dom',
	viteEnvironment: 'client',
	setup: () => ({ teardown: () => {} })
} satisfies Environment;
