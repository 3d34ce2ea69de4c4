import { describe, expect, it } from 'vitest';
import { labelRoomOf, mapLabel } from '../../../src/lib/map/mapLabels';
import { buildMapShapes } from '../../../src/lib/map/mapShapes';
import { MAP_FRAME } from '../../../src/lib/map/mapFrame';
import { FOCUS_REGIONS } from '../../../src/lib/geo/focusAreas';
import { loadBundledModel } from '../bundledModel';

describe('labelRoomOf', () => {
	it('is twice the distance to the nearer side, trimmed', () => {
		expect(
			labelRoomOf(
				[
					[0, 0],
					[100, 50]
				],
				[50, 25]
			)
		).toBe(80);
		expect(
			labelRoomOf(
				[
					[0, 0],
					[100, 50]
				],
				[20, 25]
			)
		).toBe(32);
	});
});

describe('mapLabel', () => {
	const area = { code: '74', name: 'Haute-Savoie', labelRoom: 60 };
	it('writes the code where the name does not fit, the name where it does', () => {
		expect(mapLabel(area, 11, 1)).toBe('74');
		expect(mapLabel({ ...area, labelRoom: 80 }, 11, 1)).toBe('Haute-Savoie');
	});
	it('finds room for the name once the map is zoomed', () => {
		expect(mapLabel(area, 11, 2)).toBe('Haute-Savoie');
	});
});

describe('names on the explorer map of the two régions', async () => {
	const model = await loadBundledModel();
	const shapes = buildMapShapes(
		model.topology,
		{ level: 'departement', focusRegions: FOCUS_REGIONS },
		MAP_FRAME.width,
		MAP_FRAME.height
	);
	const labels = new Map(shapes.areas.map((a) => [a.code, mapLabel(a, 11, 1)]));

	it('names the large départements and keeps codes for the small ones', () => {
		expect(labels.get('33')).toBe('Gironde');
		expect(labels.get('63')).toBe('Puy-de-Dôme');
		expect(labels.get('17')).toBe('17');
	});

	it('names more of them when zoomed in', () => {
		const named = (k: number) => shapes.areas.filter((a) => mapLabel(a, 11, k) === a.name).length;
		expect(named(1)).toBeGreaterThan(8);
		expect(named(2)).toBeGreaterThan(named(1));
	});
});
