import { tick } from 'svelte';
import { afterEach, expect, it, vi } from 'vitest';
import { deferred } from '$lib/ui/deferred.svelte';

afterEach(() => vi.unstubAllGlobals());

it('has the value at once, then follows each change one frame later, skipping stale frames', async () => {
	const frames: (() => void)[] = [];
	vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
	vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}));
	let source = $state(1);
	let follower!: { readonly current: number };
	const stop = $effect.root(() => {
		follower = deferred(() => source * 10);
	});
	await tick();
	expect(follower.current).toBe(10);
	source = 2;
	await tick();
	source = 3;
	await tick();
	// Still the old value until a frame runs; the frame asked for 20 was cancelled.
	expect(follower.current).toBe(10);
	expect(frames).toHaveLength(3);
	frames[0]();
	frames[1]();
	expect(follower.current).toBe(10);
	frames[2]();
	expect(follower.current).toBe(30);
	stop();
});
