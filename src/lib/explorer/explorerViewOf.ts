import type { AtlasModel } from '../data/model';
import { geoFactsOf } from '../geo/geoFacts';
import { buildExplorerView } from '../map/explorerView';
import { MAP_FRAME, shapeViewOf } from '../map/mapFrame';
import { buildMapShapes } from '../map/mapShapes';
import { DEFAULT_PARAMS, type ExplorerParams } from '../state/explorerParams';
import { resolveExplorer } from '../state/resolveExplorer';

/**
 * The explorer's view of some parameters, from a model with every file it needs loaded: what
 * the headless export draws. (The page goes through ExplorerState, which loads on demand.)
 * @example explorerViewOf(model, { indicator: 'jobs_industry', lang: 'en' }).view.title
 */
export function explorerViewOf(model: AtlasModel, patch: Partial<ExplorerParams>) {
	const params = { ...DEFAULT_PARAMS, ...patch };
	const resolved = resolveExplorer(model, params);
	const { width, height } = MAP_FRAME;
	const view = shapeViewOf(resolved.level, params.scope);
	const shapes = buildMapShapes(model.topology, view, width, height);
	const geo = geoFactsOf(model.topology);
	return {
		params,
		resolved,
		shapes,
		view: buildExplorerView(model, geo, shapes, resolved, params.lang)
	};
}
