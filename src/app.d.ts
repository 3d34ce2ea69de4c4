// See https://svelte.dev/docs/kit/types#app.d.ts
import type { ExplorerParams } from '$lib/state/explorerParams';

declare global {
	namespace App {
		/** Shallow-routing state: the view a history entry shows (the URL says the same). */
		interface PageState {
			explorer?: ExplorerParams;
			compare?: Record<string, unknown>;
		}
	}
}

export {};
