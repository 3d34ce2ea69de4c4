import { FOCUS_REGIONS } from '../geo/focusAreas';
import type { MapLevel, Scope } from '../state/explorerParams';

/** The explorer map's viewBox: its shapes are projected once to this size. */
export const MAP_FRAME = { width: 800, height: 640 } as const;

/** What a set of map shapes depends on: the level, and the régions that fill the frame. */
export interface ShapeView {
	level: MapLevel;
	focusRegions: readonly string[];
}

export const shapeViewOf = (level: MapLevel, scope: Scope): ShapeView => ({
	level,
	focusRegions: scope === 'both' ? FOCUS_REGIONS : [scope]
});

export const shapeViewKey = (view: ShapeView) => `${view.level}|${view.focusRegions.join(',')}`;
