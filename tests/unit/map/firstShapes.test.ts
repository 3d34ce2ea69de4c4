import { describe, expect, it } from 'vitest';
import { pathsFromDocument, withoutPaths } from '$lib/map/firstShapes';
import { buildMapShapes } from '$lib/map/mapShapes';
import { shapeViewOf } from '$lib/map/mapFrame';
import { loadBundledModel } from '../bundledModel';

const { topology } = await loadBundledModel();
const shapes = buildMapShapes(topology, shapeViewOf('departement', 'both'), 800, 640);

/** A drawn map as ExplorerMap marks it, answering the selectors firstShapes uses. */
function drawing(paths: Map<string, string>): ParentNode {
	return {
		querySelector: (selector: string) => {
			const key = /\[(data-[a-z]+)="([^"]+)"\]/.exec(selector);
			const d = key ? paths.get(`${key[1]}=${key[2]}`) : undefined;
			return d === undefined ? null : { getAttribute: () => d };
		}
	} as unknown as ParentNode;
}

const drawnPaths = () =>
	new Map([
		...shapes.areas.map((a) => [`data-code=${a.code}`, a.d] as const),
		...shapes.context.map((c) => [`data-context=${c.code}`, c.d] as const),
		['data-borders=region', shapes.regionBorders]
	]);

describe('the first map’s paths travel once', () => {
	it('sends names, centroids and bounds without the paths', () => {
		const sent = withoutPaths(shapes);
		expect(sent.areas.map((a) => a.d).join('')).toBe('');
		expect(sent.context.map((c) => c.d).join('') + sent.regionBorders).toBe('');
		expect(sent.areas.map((a) => [a.code, a.name, a.centroid])).toEqual(
			shapes.areas.map((a) => [a.code, a.name, a.centroid])
		);
		expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(shapes).length / 3);
	});

	it('takes them back from the drawing: the same shapes as projected', () => {
		// The explorer outlines each area: the mesh of département borders is not drawn.
		expect(pathsFromDocument(withoutPaths(shapes), drawing(drawnPaths()))).toEqual({
			...shapes,
			departementBorders: ''
		});
	});

	it('gives null when the drawing is not there or lacks a path, so that the page projects again', () => {
		expect(pathsFromDocument(withoutPaths(shapes), drawing(new Map()))).toBeNull();
		for (const key of [
			'data-code=74',
			`data-context=${shapes.context[0].code}`,
			'data-borders=region'
		]) {
			const paths = drawnPaths();
			paths.delete(key);
			expect(pathsFromDocument(withoutPaths(shapes), drawing(paths)), key).toBeNull();
		}
	});
});
