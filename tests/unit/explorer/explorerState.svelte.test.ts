import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { unpackAtlas } from '$lib/data/packedAtlas';
import { ExplorerState } from '$lib/explorer/explorerState.svelte';
import type { ExplorerParams } from '$lib/state/explorerParams';
import { load } from '../../../src/routes/+page.server';
import { fetchFromDisk } from '../bundledModel';

type PageData = Awaited<ReturnType<typeof load>> & object;
const page = (await load({} as Parameters<typeof load>[0])) as PageData;

/** An explorer as the page makes it, with the requests and URL writes recorded. */
function explorerOf() {
	const requests: string[] = [];
	const written: ExplorerParams[] = [];
	const fetcher = ((url: string) => {
		requests.push(url);
		return fetchFromDisk(url);
	}) as typeof fetch;
	// The history entry's state, as SvelteKit's shallow routing keeps it.
	let entry = $state.raw<ExplorerParams | undefined>(undefined);
	let state!: ExplorerState;
	const stop = $effect.root(() => {
		state = new ExplorerState({
			model: unpackAtlas(structuredClone(page.atlas)),
			firstShapes: page.firstShapes,
			fetch: fetcher,
			url: () => ({ state: entry, search: new URLSearchParams() }),
			writeUrl: (params) => {
				written.push(params);
				entry = params;
			}
		});
	});
	flushSync();
	return { state, requests, written, stop };
}

/** Lets pending timers and effects run. */
async function settle() {
	for (let i = 0; i < 10; i++) {
		await new Promise((resolve) => setTimeout(resolve, 5));
		flushSync();
	}
}

/** Waits (loads take their time) until `check` passes. */
const eventually = (check: () => void) =>
	vi.waitFor(
		() => {
			flushSync();
			check();
		},
		{ timeout: 10_000, interval: 20 }
	);

beforeEach(() => {
	vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 0));
});
afterEach(() => vi.unstubAllGlobals());

describe('ExplorerState', () => {
	it('shows the first view from the page alone: no request, shapes projected at build time', async () => {
		const { state, requests, stop } = explorerOf();
		await settle();
		expect(requests).toEqual([]);
		expect(state.shapes).toBe(state.outlines.first);
		expect(state.view.areas).toHaveLength(24);
		expect(state.view.title).toContain('pour 10 000 habitants');
		stop();
	});

	it('keeps the last complete view while the geometry loads, then shows the régions', async () => {
		const { state, requests, stop } = explorerOf();
		state.update({ level: 'region' });
		flushSync();
		expect(state.asked.level).toBe('region');
		expect(state.params.level).toBe('departement');
		expect(state.view.areas).toHaveLength(24);
		await eventually(() => expect(state.params.level).toBe('region'));
		expect(requests).toContain('/data/geo/france.topo.json');
		expect(state.view.areas).toHaveLength(13);
		stop();
	});

	it('loads the file an indicator needs before showing it, with its definition', async () => {
		const { state, requests, stop } = explorerOf();
		state.update({ indicator: 'jobs_industry' });
		flushSync();
		expect(state.resolved.indicator.id).toBe('establishments_industry');
		await eventually(() => expect(state.resolved.indicator.id).toBe('jobs_industry'));
		expect(requests).toContain('/data/jobs.csv');
		expect(state.resolved.indicator.definition?.fr).toMatch(/\w/);
		expect(state.issues).toEqual([]);
		stop();
	});

	it('loads the rest of the first view’s file for another of its indicators, and says it waits', async () => {
		const { state, requests, stop } = explorerOf();
		expect(state.waiting).toBe(false);
		// The page carries the first map's rows only: the file's other indicators load on demand.
		state.update({ indicator: 'establishments_2562A_barturning', measure: 'value' });
		flushSync();
		expect(state.waiting).toBe(true);
		expect(state.resolved.indicator.id).toBe('establishments_industry');
		await eventually(() => expect(state.waiting).toBe(false));
		expect(requests).toContain('/data/firms.csv');
		expect(state.resolved.indicator.id).toBe('establishments_2562A_barturning');
		expect(state.view.areas.find((a) => a.code === '74')?.value).toBe(247);
		stop();
	});

	it('waits for a ratio’s denominator when only the denominator is missing', async () => {
		const { state, requests, stop } = explorerOf();
		// Establishments are loaded; private jobs, which they are divided by, are in jobs.csv.
		state.update({ measure: 'per1kJobs' });
		flushSync();
		expect(state.resolved.measure).toBe('per10k');
		await eventually(() => expect(state.resolved.measure).toBe('per1kJobs'));
		expect(requests).toContain('/data/jobs.csv');
		expect(state.view.areas.filter((a) => a.value !== null)).toHaveLength(24);
		stop();
	});

	it('keeps a view asked for while it waits when another change is made', async () => {
		const { state, stop } = explorerOf();
		state.update({ level: 'region' });
		state.update({ classes: 4 });
		flushSync();
		expect(state.asked).toMatchObject({ level: 'region', classes: 4 });
		await eventually(() => expect(state.params).toMatchObject({ level: 'region', classes: 4 }));
		stop();
	});

	it('shows a change at once and writes the URL after the frame, in order', async () => {
		const { state, written, stop } = explorerOf();
		state.update({ method: 'equal' });
		state.update({ classes: 4 });
		flushSync();
		expect(state.params).toMatchObject({ method: 'equal', classes: 4 });
		expect(written).toEqual([]);
		await settle();
		expect(written.map((p) => [p.method, p.classes])).toEqual([
			['equal', 5],
			['equal', 4]
		]);
		stop();
	});

	it('writes nothing once the page is left, even a change made just before', async () => {
		const { state, written, stop } = explorerOf();
		await settle();
		state.update({ method: 'equal' });
		stop();
		await settle();
		expect(written).toEqual([]);
	});
});
