import { untrack } from 'svelte';

/**
 * A value that follows `get` one animation frame later, for content below the fold: a change
 * paints what is on screen first. Server rendering and the first client render use the value
 * at once. Call it while a component initialises.
 */
export function deferred<T>(get: () => T): { readonly current: T } {
	let current = $state.raw(untrack(get));
	$effect(() => {
		const next = get();
		const frame = requestAnimationFrame(() => (current = next));
		return () => cancelAnimationFrame(frame);
	});
	return {
		get current() {
			return current;
		}
	};
}
