import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// 404.html: what static hosts serve for an unknown address, at any depth; it renders the
		// error page in the browser, so its asset paths must be absolute (the site is at the root).
		adapter: adapter({ strict: true, fallback: '404.html' }),
		paths: { relative: false },
		// The page's CSS comes inside its HTML: no stylesheet request stands before the first paint.
		inlineStyleThreshold: Infinity,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
