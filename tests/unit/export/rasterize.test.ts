import { describe, expect, it } from 'vitest';
import { PNG_PRESET_ORDER, presetPixelSize, presetRaster } from '$lib/export/rasterize';

describe('presetPixelSize', () => {
	it.each([
		['1x', 800, 600, 800, 600],
		['2x', 800, 600, 1600, 1200],
		['4x', 800, 600, 3200, 2400],
		['2x', 800.4, 600.3, 1601, 1201],
		['slide', 800, 600, 1920, 1080],
		['slide', 400, 900, 1920, 1080],
		['print', 800, 600, 3508, 2480],
		['print', 3000, 500, 3508, 2480]
	] as const)('%s of %d × %d → %d × %d', (preset, w, h, pw, ph) => {
		expect(presetPixelSize(preset, w, h)).toEqual({ width: pw, height: ph });
	});

	it('lists the presets in menu order', () => {
		expect(PNG_PRESET_ORDER).toEqual(['1x', '2x', '4x', 'slide', 'print']);
	});
});

describe('presetRaster', () => {
	it.each([
		['slide', 960, 720, 1.5],
		['slide', 3840, 1000, 0.5],
		['print', 1754, 1240, 2],
		['print', 500, 1240, 2]
	] as const)('%s fits %d × %d inside the frame with scale %d', (preset, w, h, scale) => {
		const options = presetRaster(preset, w, h);
		expect(options.scale).toBeCloseTo(scale, 6);
		expect(Math.round(w * options.scale)).toBeLessThanOrEqual(options.frame!.width);
		expect(Math.round(h * options.scale)).toBeLessThanOrEqual(options.frame!.height);
	});

	it('has no frame for pixel ratios', () => {
		expect(presetRaster('4x', 100, 100)).toEqual({ scale: 4 });
	});
});
