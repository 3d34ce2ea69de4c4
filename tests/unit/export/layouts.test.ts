import { describe, expect, it } from 'vitest';
import { layoutsOf, pixelSize, PNG_PRESET_ORDER, SLIDE, SQUARE } from '$lib/export/layouts';

describe('export layouts', () => {
	it.each([
		['slide', [[1920, 1080]]],
		['square', [[1080, 1080]]],
		[
			'print',
			[
				[3508, 2480],
				[2480, 3508]
			]
		]
	] as const)('%s gives exactly its pixel sizes', (preset, sizes) => {
		const got = layoutsOf(preset).map((l) => pixelSize(l, Number(l.width.toFixed(1)), l.height!));
		expect(got.map((s) => [s.width, s.height])).toEqual(sizes);
	});

	it.each([
		['1x', 1],
		['2x', 2],
		['4x', 4]
	] as const)('%s is the screen layout at a pixel ratio of %d', (preset, ratio) => {
		const [layout] = layoutsOf(preset);
		expect([layout.id, layout.ratio, layout.height]).toEqual(['screen', ratio, null]);
		expect(pixelSize(layout, 960, 600.3)).toEqual({
			width: 960 * ratio,
			height: Math.round(600.3 * ratio)
		});
	});

	it('sizes slide and square text for the distance they are read from', () => {
		// Output pixels of a chart label (12 px on screen): larger on a slide than on a phone's square.
		expect(12 * SLIDE.zoom * SLIDE.ratio).toBeGreaterThan(24);
		expect(12 * SQUARE.zoom * SQUARE.ratio).toBeGreaterThan(20);
	});

	it('lists the presets in menu order', () => {
		expect(PNG_PRESET_ORDER).toEqual(['1x', '2x', '4x', 'slide', 'print', 'square']);
	});
});
