import { scaleThreshold, type ScaleThreshold } from 'd3-scale';
import { schemeYlGnBu } from 'd3-scale-chromatic';

/** Fill of areas without data: a neutral grey that is no class colour (with a hatch in the map). */
export const NO_DATA_FILL = '#d9d9d9';

/**
 * One threshold scale from sorted thresholds; colours from ColorBrewer YlGnBu, which stays
 * readable with the common colour-vision deficiencies.
 * @example classColorScale([10, 20])(15) // the middle of three colours
 */
export function classColorScale(thresholds: number[]): ScaleThreshold<number, string> {
	for (let i = 1; i < thresholds.length; i++) {
		if (!(thresholds[i] > thresholds[i - 1])) {
			throw new Error(`Thresholds must increase: ${thresholds[i - 1]} then ${thresholds[i]}`);
		}
	}
	return scaleThreshold<number, string>()
		.domain(thresholds)
		.range(paletteOf(thresholds.length + 1));
}

/** ColorBrewer ships 3 to 9 classes; fewer classes take the ends of the 3-class palette. */
function paletteOf(classes: number): string[] {
	if (classes >= 3) return [...schemeYlGnBu[Math.min(classes, 9)]];
	const [light, middle, dark] = schemeYlGnBu[3];
	return classes === 1 ? [middle] : [light, dark];
}
