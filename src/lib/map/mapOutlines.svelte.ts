import type { DataIssue } from '../data/types';
import { shapeViewKey, type ShapeView } from './mapFrame';
import type { MapShapes } from './mapShapes';

export type ProjectShapes = (view: ShapeView) => MapShapes;

/**
 * The map shapes of each view. The first view's come projected at build time, with the page;
 * the others are projected in the browser once the geometry and its projection code have
 * loaded, on the first view that needs them or as soon as `load` is called.
 */
export class MapOutlines {
	readonly first: MapShapes;
	#file: string;
	#loadProject: () => Promise<ProjectShapes>;
	#project = $state.raw<ProjectShapes | null>(null);
	#loading: Promise<void> | null = null;
	/** Why the geometry could not load, if it could not (it is tried again on the next `load`). */
	failure = $state<DataIssue | null>(null);

	constructor(first: MapShapes, file: string, loadProject: () => Promise<ProjectShapes>) {
		this.first = first;
		this.#file = file;
		this.#loadProject = loadProject;
	}

	/** The shapes of a view, or null until the geometry has loaded. */
	shapesFor(view: ShapeView): MapShapes | null {
		if (shapeViewKey(view) === shapeViewKey(this.first)) return this.first;
		return this.#project?.(view) ?? null;
	}

	load(): Promise<void> {
		this.#loading ??= this.#loadProject().then(
			(project) => {
				this.#project = project;
				this.failure = null;
			},
			(error: unknown) => {
				this.failure = { file: this.#file, kind: 'file-unreadable', expected: String(error) };
				this.#loading = null;
			}
		);
		return this.#loading;
	}
}
