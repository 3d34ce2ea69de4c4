import { untrack } from 'svelte';
import { englishReady } from '$lib/i18n/english.svelte';
import { denominatorOf } from '../data/measures';
import { missingResources, type AtlasModel } from '../data/model';
import type { DataIssue } from '../data/types';
import { geoFactsOf } from '../geo/geoFacts';
import { MAP_FRAME, shapeViewOf } from '../map/mapFrame';
import { MapOutlines } from '../map/mapOutlines.svelte';
import type { MapShapes } from '../map/mapShapes';
import { buildExplorerView } from '../map/explorerView';
import { DEFAULT_PARAMS, readExplorerParams, type ExplorerParams } from '../state/explorerParams';
import { resolveExplorer } from '../state/resolveExplorer';
import { noticesOf } from './explorerTexts';

export interface ExplorerInput {
	/** The page's first data: the files its first view needs; the rest loads on demand. */
	model: AtlasModel;
	/** The first view's map shapes, projected at build time. */
	firstShapes: MapShapes;
	fetch: typeof fetch;
	/** The URL as read now: the shallow-routing state of a view changed in place, or the query. */
	url: () => { state: ExplorerParams | undefined; search: URLSearchParams };
	/** Writes a view to the address bar; transient steps replace the history entry. */
	writeUrl: (params: ExplorerParams, transient: boolean) => void;
}

/**
 * The explorer's state, from the URL to the view on screen. A view asked for is shown once
 * its data files and map shapes are loaded (the last complete view stays until then); a change
 * shows at once and the address bar follows once the frame is painted. Create it while a
 * component initialises: it starts the loads the view asked for needs.
 */
export class ExplorerState {
	#model = $state.raw<AtlasModel>() as AtlasModel;
	/** Adds the user's imported indicators to the model (set once the importer's code is loaded). */
	#extend = $state.raw<((model: AtlasModel, lang: ExplorerParams['lang']) => AtlasModel) | null>(
		null
	);
	#extended = $derived.by(() =>
		this.#extend ? this.#extend(this.#model, this.asked.lang) : this.#model
	);
	/** The data loaded so far: the page's first files, then those views asked for, and the user's. */
	get model(): AtlasModel {
		return this.#extended;
	}
	extendModel = (
		extend: ((model: AtlasModel, lang: ExplorerParams['lang']) => AtlasModel) | null
	) => {
		this.#extend = extend;
	};
	readonly outlines: MapOutlines;
	#input: ExplorerInput;
	#geo: ReturnType<typeof geoFactsOf>;
	#pending = $state.raw<ExplorerParams | null>(null);
	#lastReady = $state.raw(DEFAULT_PARAMS);
	#loading: Promise<void> = Promise.resolve();
	#destroyed = false;

	#read = $derived.by(() => {
		const url = this.#input.url();
		const read = this.#pending
			? { params: this.#pending, notices: [] }
			: url.state
				? { params: url.state, notices: [] }
				: readExplorerParams(url.search);
		// French until the English dictionary is there (see english.svelte.ts).
		if (read.params.lang !== 'en' || englishReady()) return read;
		return { ...read, params: { ...read.params, lang: 'fr' as const } };
	});
	// The same object whether it comes from `pending` or from the history entry it was pushed
	// to: when the URL catches up, nothing downstream is computed again.
	readonly asked = $derived(this.#read.params);
	#askedView = $derived(resolveExplorer(this.model, this.asked));
	// (Thunks: `outlines` and the geography are set in the constructor.)
	#askedShapes = $derived.by(() =>
		this.outlines.shapesFor(shapeViewOf(this.#askedView.level, this.asked.scope))
	);
	#missing = $derived(
		missingResources(
			this.model,
			[
				this.asked.indicator,
				denominatorOf(this.asked.measure, this.#askedView.level, this.asked.indicator)
			].filter((id) => id !== undefined)
		)
	);
	#ready = $derived(this.#missing.length === 0 && this.#askedShapes !== null);
	/** True while the view asked for waits for its files or shapes (the last one is shown). */
	readonly waiting = $derived(!this.#ready);

	/** The view shown: the one asked for once it can be drawn, the last complete one until then. */
	readonly params = $derived(this.#ready ? this.asked : this.#lastReady);
	readonly resolved = $derived(
		this.#ready ? this.#askedView : resolveExplorer(this.model, this.params)
	);
	readonly shapes = $derived.by(
		() =>
			this.outlines.shapesFor(shapeViewOf(this.resolved.level, this.params.scope)) ??
			this.outlines.first
	);
	readonly view = $derived.by(() =>
		buildExplorerView(this.model, this.#geo, this.shapes, this.resolved, this.params.lang)
	);
	readonly notices = $derived(
		noticesOf(this.#read.notices, this.resolved.adjustments, this.resolved, this.params.lang)
	);
	/** Why code needed to read the next data files could not load (tried again on the next load). */
	#codeFailure = $state.raw<DataIssue | null>(null);
	readonly issues: DataIssue[] = $derived.by(() => [
		...this.model.issues,
		...[this.outlines.failure, this.#codeFailure].filter((issue) => issue !== null)
	]);

	constructor(input: ExplorerInput) {
		this.#input = input;
		this.#model = input.model;
		this.#geo = geoFactsOf(input.model.topology);
		this.outlines = new MapOutlines(input.firstShapes, 'geo/france.topo.json', async () => {
			const [{ loadTopology }, { cachedMapShapes }] = await Promise.all([
				import('../data/loadAtlas'),
				import('../map/mapShapes')
			]);
			return cachedMapShapes(await loadTopology(input.fetch), MAP_FRAME.width, MAP_FRAME.height);
		});
		$effect(() => {
			if (this.#ready) this.#lastReady = this.asked;
			if (this.#missing.length > 0) this.#loadResources(this.#missing);
			if (this.#askedShapes === null) this.outlines.load();
		});
		// The details panel lists every indicator of the selected area: all files are needed.
		$effect(() => {
			if (this.asked.selected) untrack(this.loadAll);
		});
		// A URL write still waiting for its frame must not land on the page navigated to.
		$effect(() => () => {
			this.#destroyed = true;
		});
	}

	#loadResources(names: string[]) {
		this.#loading = this.#loading.then(async () => {
			try {
				// The CSV parser and validator load with the first file they are needed for.
				const { extendAtlas } = await import('../data/loadAtlas');
				this.#model = await extendAtlas(this.#model, this.#input.fetch, names);
				this.#codeFailure = null;
			} catch (error) {
				// extendAtlas reports bad files itself: this is its code failing to load.
				const files = this.model.datapackage.resources
					.filter((r) => names.includes(r.name))
					.map((r) => r.path);
				this.#codeFailure = {
					file: files.join(', '),
					kind: 'file-unreadable',
					expected: String(error)
				};
			}
		});
	}

	/** Loads every data file and the geometry: called as soon as the reader reaches for a control. */
	loadAll = () => {
		this.#loadResources(this.model.datapackage.resources.map((r) => r.name));
		this.outlines.load();
	};

	update = (patch: Partial<ExplorerParams>, transient = false) => {
		// From the view asked for, not the one shown: a change made while a view waits keeps it.
		const next = { ...this.asked, ...patch };
		this.#pending = next;
		// SvelteKit's pushState reads the scroll position, which would force a layout in the
		// middle of the update: the URL is written once the new view is painted.
		requestAnimationFrame(() =>
			setTimeout(() => {
				if (this.#destroyed) return;
				this.#input.writeUrl(next, transient);
				if (this.#pending === next) this.#pending = null;
			})
		);
	};
}
