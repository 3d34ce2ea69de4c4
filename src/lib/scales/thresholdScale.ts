import { bisectRight } from 'd3-array';

/** A threshold scale as d3's `scaleThreshold`: value → colour of its class. */
export interface ThresholdScale {
	(value: number): string;
	domain(): number[];
	range(): string[];
}

/**
 * d3's threshold semantics (a value equal to a threshold belongs to the class above) in a few
 * lines: d3-scale's bundle would bring number formatting and interpolation to the first load.
 * @example thresholdScale([10, 20], ['a', 'b', 'c'])(10) // 'b'
 */
export function thresholdScale(thresholds: number[], colors: string[]): ThresholdScale {
	const domain = [...thresholds];
	const range = [...colors];
	const scale = ((value: number) => range[bisectRight(domain, value)]) as ThresholdScale;
	scale.domain = () => [...domain];
	scale.range = () => [...range];
	return scale;
}
