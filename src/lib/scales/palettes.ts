import { COLORBREWER } from './colorbrewer';
import type { Localized } from '../data/types';

/** Sequential ColorBrewer palettes (light → dark), all readable with colour-vision deficiencies. */
export type SequentialPaletteId = 'YlGnBu' | 'Blues' | 'Greens' | 'Purples' | 'Oranges';
/** Diverging ColorBrewer palettes, for changes: first hue below 0, second hue above 0. */
export type DivergingPaletteId = 'RdBu' | 'PuOr' | 'BrBG';
export type PaletteId = SequentialPaletteId | DivergingPaletteId;

export const SEQUENTIAL_PALETTES: readonly SequentialPaletteId[] = [
	'YlGnBu',
	'Blues',
	'Greens',
	'Purples',
	'Oranges'
];
export const DIVERGING_PALETTES: readonly DivergingPaletteId[] = ['RdBu', 'PuOr', 'BrBG'];

export const PALETTE_LABELS: Record<PaletteId, Localized> = {
	YlGnBu: { fr: 'Jaune-vert-bleu', en: 'Yellow-green-blue' },
	Blues: { fr: 'Bleus', en: 'Blues' },
	Greens: { fr: 'Verts', en: 'Greens' },
	Purples: { fr: 'Violets', en: 'Purples' },
	Oranges: { fr: 'Oranges', en: 'Oranges' },
	RdBu: { fr: 'Rouge-bleu', en: 'Red-blue' },
	PuOr: { fr: 'Violet-orange', en: 'Purple-orange' },
	BrBG: { fr: 'Brun-bleu-vert', en: 'Brown-blue-green' }
};

type Scheme = ReadonlyArray<readonly string[]>;

/** ColorBrewer schemes: `scheme[k]` holds k colours, k = 3..9 (sequential) or 3..11 (diverging). */
const SCHEMES = COLORBREWER as Record<PaletteId, Scheme>;

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const toHex = (rgb: number[]) =>
	`#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** Colour at t ∈ [0, 1] along the largest scheme, mixing its two nearest swatches in RGB. */
function sample(scheme: Scheme, t: number): string {
	const swatches = scheme[scheme.length - 1];
	const position = t * (swatches.length - 1);
	const i = Math.min(Math.floor(position), swatches.length - 2);
	const [a, b] = [channels(swatches[i]), channels(swatches[i + 1])];
	const f = position - i;
	return toHex(a.map((c, k) => c + (b[k] - c) * f));
}

/**
 * Whether a palette is diverging (to centre on 0).
 * @example isDivergingPalette('RdBu') // true; isDivergingPalette('Blues') // false
 */
export function isDivergingPalette(id: PaletteId): id is DivergingPaletteId {
	return (DIVERGING_PALETTES as readonly PaletteId[]).includes(id);
}

/**
 * `classes` colours in scheme order (light → dark for sequential palettes). 1 class takes the
 * middle and 2 classes the ends of the 3-class scheme; beyond the largest scheme (9 or 11) the
 * colours are sampled evenly from the continuous interpolator.
 * @example paletteColors('Blues', 3) // ['#deebf7', '#9ecae1', '#3182bd']
 * @example paletteColors('YlGnBu', 1) // ['#7fcdbb']
 */
export function paletteColors(id: PaletteId, classes: number): string[] {
	const scheme = SCHEMES[id];
	const count = Math.max(0, Math.floor(classes));
	const [light, middle, dark] = scheme[3];
	if (count <= 2) return [[], [middle], [light, dark]][count];
	if (count < scheme.length) return [...scheme[count]];
	return Array.from({ length: count }, (_, i) => sample(scheme, i / (count - 1)));
}

/**
 * Adds 0 to sorted thresholds when the data run from below to above 0 (min < 0 < max), so that
 * no class mixes decreases and increases. This may give one class more than asked.
 * @example withZeroThreshold([-4, 3, 8], -12, 9) // [-4, 0, 3, 8]
 * @example withZeroThreshold([3, 8], 1, 9) // [3, 8] (all above 0)
 */
export function withZeroThreshold(thresholds: number[], min: number, max: number): number[] {
	if (!(min < 0 && max > 0) || thresholds.includes(0)) return [...thresholds];
	return [...thresholds, 0].sort((a, b) => a - b);
}

/**
 * One colour per class (`thresholds.length + 1`) from a diverging palette centred on 0: the
 * class just below 0 and the class just above get the two lightest colours of opposite hues.
 *
 *     thresholds   -20    -5     0     10            (0 is a threshold: n− = 3, n+ = 2)
 *     classes    |  c0  |  c1  |  c2  |  c3  |  c4  |
 *     RdBu[6]    [ red3   red2   red1 | blu1   blu2   blu3 ]   (6 = 2·max(n−, n+))
 *     picked       red3   red2   red1   blu1   blu2
 *
 * When 0 lies inside a class (not a threshold), that class takes the neutral middle colour of
 * the scheme with 2·max(n−, n+) + 1 colours. With `extent` (data [min, max]), a class holding
 * 0 only on paper counts as below (max < 0) or above (min ≥ 0): all-negative data is all red.
 * ColorBrewer stops at 11 colours: past it (a side with 6 classes or more), the colours are
 * sampled evenly along the largest scheme, which keeps the same centring on 0.
 * @example divergingColors('RdBu', [0]) // ['#ef8a62', '#67a9cf']: red below 0, blue above
 * @example divergingColors('RdBu', [-5, 5]) // ['#ef8a62', '#f7f7f7', '#67a9cf']
 */
export function divergingColors(
	id: DivergingPaletteId,
	thresholds: number[],
	extent?: readonly [number, number]
): string[] {
	const classes = thresholds.length + 1;
	let below = thresholds.filter((t) => t <= 0).length;
	let above = thresholds.filter((t) => t >= 0).length;
	let straddles = !thresholds.includes(0);
	if (straddles && extent && extent[1] < 0) [below, straddles] = [below + 1, false];
	else if (straddles && extent && extent[0] >= 0) [above, straddles] = [above + 1, false];
	const half = Math.max(below, above);
	const ideal = 2 * half + (straddles ? 1 : 0);
	const start = half - below;
	return paletteColors(id, ideal).slice(start, start + classes);
}
