import type { AreaRef } from './areas';

/**
 * Okabe-Ito blue and vermillion: a categorical pair told apart with every common colour-vision
 * deficiency, and dark enough on white (contrast ≥ 4:1) for thin lines and small points.
 */
export const REGION_COLORS: Readonly<Record<string, string>> = {
	'84': '#0072B2',
	'75': '#D55E00',
	// The CIMES territory (AURA + NA): Okabe-Ito bluish green.
	CIMES: '#009E73'
};
/** France, drawn as the reference. */
export const FRANCE_COLOR = '#1a1a1a';
/** Régions other than the two of the atlas. */
export const OTHER_COLOR = '#767676';
/** Highlight of hovered and selected marks. */
export const HIGHLIGHT = '#111111';

/**
 * The colour of an area: that of its région (AURA blue, NA vermillion), near-black for France,
 * grey for any other région.
 * @example colorOf({ key: '74', level: 'departement', code: '74', name: 'Haute-Savoie', region: '84' }) // '#0072B2'
 */
export function colorOf(area: Pick<AreaRef, 'level' | 'region'>): string {
	if (area.level === 'pays') return FRANCE_COLOR;
	return (area.region && REGION_COLORS[area.region]) || OTHER_COLOR;
}

/** Darker versions of the colours for text (contrast ≥ 4.5:1 on white). */
const INKS: Readonly<Record<string, string>> = { '#D55E00': '#B34700', '#009E73': '#00604A' };

/**
 * The colour to write a label in, for a mark of `color`: the same hue, dark enough for text.
 * @example inkOf('#D55E00') // '#B34700'
 */
export function inkOf(color: string): string {
	return INKS[color] ?? color;
}
