import { thresholdScale, type ThresholdScale } from './thresholdScale';
import { divergingColors, isDivergingPalette, paletteColors, type PaletteId } from './palettes';

/** Fill of areas without data: a neutral grey that is no class colour (with a hatch in the map). */
export const NO_DATA_FILL = '#d9d9d9';

function assertIncreasing(thresholds: number[]): void {
	for (let i = 1; i < thresholds.length; i++) {
		if (!(thresholds[i] > thresholds[i - 1])) {
			throw new Error(`Thresholds must increase: ${thresholds[i - 1]} then ${thresholds[i]}`);
		}
	}
}

/**
 * One threshold scale from sorted thresholds; colours from a ColorBrewer palette (YlGnBu by
 * default), light for low values to dark for high ones. Throws on thresholds that do not
 * strictly increase.
 * @example classColorScale([10, 20])(15) // the middle of three YlGnBu colours
 * @example classColorScale([10, 20], 'Oranges')(25) // the darkest of three oranges
 */
export function classColorScale(
	thresholds: number[],
	palette: PaletteId = 'YlGnBu'
): ThresholdScale {
	assertIncreasing(thresholds);
	return thresholdScale(thresholds, paletteColors(palette, thresholds.length + 1));
}

/**
 * A threshold scale for changes, centred on 0 (see `divergingColors`): decreases in the first
 * hue of the palette (red for RdBu), increases in the second (blue). Pass thresholds through
 * `withZeroThreshold` first so that no class mixes both, and `extent` (data [min, max]) so that
 * all-negative or all-positive data stay on one side. A sequential palette gives a plain
 * sequential scale. Throws on thresholds that do not strictly increase.
 * @example divergingColorScale([-5, 0, 5])(-1) // '#f4a582', the light red next to 0
 */
export function divergingColorScale(
	thresholds: number[],
	palette: PaletteId = 'RdBu',
	extent?: readonly [number, number]
): ThresholdScale {
	assertIncreasing(thresholds);
	const colors = isDivergingPalette(palette)
		? divergingColors(palette, thresholds, extent)
		: paletteColors(palette, thresholds.length + 1);
	return thresholdScale(thresholds, colors);
}
