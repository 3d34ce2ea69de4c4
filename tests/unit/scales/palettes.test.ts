import { describe, expect, it } from 'vitest';
import { schemeRdBu } from 'd3-scale-chromatic';
import { classColorScale, divergingColorScale } from '$lib/scales/colorScale';
import {
	DIVERGING_PALETTES,
	divergingColors,
	PALETTE_LABELS,
	paletteColors,
	SEQUENTIAL_PALETTES,
	withZeroThreshold,
	type DivergingPaletteId
} from '$lib/scales/palettes';

/** [r, g, b] from '#rrggbb' or 'rgb(r, g, b)'. */
const rgb = (color: string): number[] =>
	color.startsWith('#')
		? [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16))
		: (color.match(/\d+/g) ?? []).map(Number);
const lightness = (color: string) => {
	const [r, g, b] = rgb(color);
	return 0.299 * r + 0.587 * g + 0.114 * b;
};
/** -1 on the hue used below 0, +1 above, 0 for the neutral middle. */
const LOW_HUE_IS_BLUER: Record<DivergingPaletteId, boolean> = {
	RdBu: false,
	PuOr: true,
	BrBG: false
};
const side = (id: DivergingPaletteId, color: string) => {
	const [r, , b] = rgb(color);
	const sign = Math.sign(r - b);
	return LOW_HUE_IS_BLUER[id] ? sign : -sign;
};

describe('palette lists and labels', () => {
	it('offers five sequential and three diverging palettes, labelled in both languages', () => {
		expect(SEQUENTIAL_PALETTES).toEqual(['YlGnBu', 'Blues', 'Greens', 'Purples', 'Oranges']);
		expect(DIVERGING_PALETTES).toEqual(['RdBu', 'PuOr', 'BrBG']);
		for (const id of [...SEQUENTIAL_PALETTES, ...DIVERGING_PALETTES]) {
			expect(PALETTE_LABELS[id].fr).not.toBe('');
			expect(PALETTE_LABELS[id].en).not.toBe('');
		}
		expect(PALETTE_LABELS.YlGnBu).toEqual({ fr: 'Jaune-vert-bleu', en: 'Yellow-green-blue' });
	});
});

describe('paletteColors', () => {
	const counts = [1, 2, 3, 5, 7, 9, 12];
	it.each(SEQUENTIAL_PALETTES.flatMap((id) => counts.map((classes) => ({ id, classes }))))(
		'$id in $classes classes: distinct colours, light to dark',
		({ id, classes }) => {
			const colors = paletteColors(id, classes);
			expect(colors).toHaveLength(classes);
			expect(new Set(colors).size).toBe(classes);
			for (let i = 1; i < colors.length; i++) {
				expect(lightness(colors[i])).toBeLessThan(lightness(colors[i - 1]));
			}
		}
	);

	it('takes 1 and 2 classes from the 3-class scheme', () => {
		expect(paletteColors('YlGnBu', 1)).toEqual(['#7fcdbb']);
		expect(paletteColors('YlGnBu', 2)).toEqual(['#edf8b1', '#2c7fb8']);
		expect(paletteColors('Blues', 3)).toEqual(['#deebf7', '#9ecae1', '#3182bd']);
	});
});

describe('withZeroThreshold', () => {
	it.each([
		{ thresholds: [-4, 3, 8], min: -12, max: 9, expected: [-4, 0, 3, 8] },
		{ thresholds: [-4, 0, 3], min: -12, max: 9, expected: [-4, 0, 3] },
		{ thresholds: [], min: -3, max: 4, expected: [0] },
		{ thresholds: [3, 8], min: 1, max: 9, expected: [3, 8] },
		{ thresholds: [3, 8], min: 0, max: 9, expected: [3, 8] },
		{ thresholds: [-8, -3], min: -9, max: -1, expected: [-8, -3] }
	])('$thresholds on [$min, $max] → $expected', ({ thresholds, min, max, expected }) => {
		expect(withZeroThreshold(thresholds, min, max)).toEqual(expected);
	});
});

describe('divergingColors: centred on 0', () => {
	const cases = [
		{ name: 'symmetric', thresholds: [-10, -5, 0, 5, 10], below: 3, above: 3 },
		{ name: 'more above', thresholds: [-5, 0, 5, 10, 20], below: 2, above: 4 },
		{ name: 'more below', thresholds: [-20, -10, -5, 0, 5], below: 4, above: 2 },
		{ name: 'binary', thresholds: [0], below: 1, above: 1 },
		{
			name: '6 classes below (interpolated)',
			thresholds: [-6, -5, -4, -3, -2, 0],
			below: 6,
			above: 1
		},
		{
			name: '7 classes above (interpolated)',
			thresholds: [0, 1, 2, 3, 4, 5, 6],
			below: 1,
			above: 7
		}
	];
	const table = DIVERGING_PALETTES.flatMap((id) => cases.map((c) => ({ id, ...c })));

	it.each(table)(
		'$id, $name: one hue below 0, the other above',
		({ id, thresholds, below, above }) => {
			const colors = divergingColors(id, thresholds);
			expect(colors).toHaveLength(below + above);
			expect(new Set(colors).size).toBe(colors.length);
			expect(colors.map((c) => side(id, c))).toEqual([
				...Array(below).fill(-1),
				...Array(above).fill(1)
			]);
		}
	);

	it.each(table)('$id, $name: lightest next to 0', ({ id, thresholds, below }) => {
		const light = divergingColors(id, thresholds).map(lightness);
		expect(light.length).toBeGreaterThan(below);
		for (let i = 1; i < below; i++) expect(light[i]).toBeGreaterThan(light[i - 1]);
		for (let i = below + 1; i < light.length; i++) expect(light[i]).toBeLessThan(light[i - 1]);
	});

	it('picks the central colours of the 2·max(n−, n+) scheme', () => {
		expect(divergingColors('RdBu', [-5, 0, 5])).toEqual([...schemeRdBu[4]]);
		expect(divergingColors('RdBu', [-5, 0, 5, 10])).toEqual(schemeRdBu[6].slice(1));
		expect(divergingColors('RdBu', [-10, -5, 0, 5])).toEqual(schemeRdBu[6].slice(0, 5));
	});

	it.each([
		{ thresholds: [-5, 5], expected: schemeRdBu[3] },
		{ thresholds: [-10, -5, 5], expected: schemeRdBu[5].slice(0, 4) },
		{ thresholds: [2, 5], expected: schemeRdBu[5].slice(2) },
		{ thresholds: [], expected: ['#f7f7f7'] }
	])('a class straddling 0 ($thresholds) is neutral', ({ thresholds, expected }) => {
		expect(divergingColors('RdBu', thresholds)).toEqual([...expected]);
	});

	it.each([
		{ thresholds: [-10, -5], extent: [-20, -1] as const, expected: schemeRdBu[6].slice(0, 3) },
		{ thresholds: [2, 5], extent: [0, 9] as const, expected: schemeRdBu[6].slice(3) },
		{ thresholds: [-5, 5], extent: [-9, 9] as const, expected: schemeRdBu[3] }
	])(
		'with the data extent $extent, $thresholds stay on one side',
		({ thresholds, extent, expected }) => {
			expect(divergingColors('RdBu', thresholds, extent)).toEqual([...expected]);
		}
	);
});

describe('colour scales', () => {
	it('keeps the default YlGnBu and accepts another palette', () => {
		expect(classColorScale([10, 20]).range()).toEqual(paletteColors('YlGnBu', 3));
		expect(classColorScale([10, 20], 'Oranges')(25)).toBe(paletteColors('Oranges', 3)[2]);
	});

	it('centres changes on 0 with RdBu by default', () => {
		const scale = divergingColorScale([-5, 0, 5]);
		expect([-9, -1, 0, 9].map(scale)).toEqual([...schemeRdBu[4]]);
		expect(divergingColorScale([-5, 0, 5], 'Blues').range()).toEqual(paletteColors('Blues', 4));
	});

	it.each([
		{ make: () => classColorScale([10, 5], 'Greens') },
		{ make: () => divergingColorScale([0, 0]) }
	])('refuses thresholds out of order', ({ make }) => {
		expect(make).toThrow(/^Thresholds must increase: (10 then 5|0 then 0)$/);
	});
});

describe('bundled ColorBrewer schemes', () => {
	it('are exactly those of d3-scale-chromatic', async () => {
		const chromatic = await import('d3-scale-chromatic');
		const { COLORBREWER } = await import('$lib/scales/colorbrewer');
		for (const [id, scheme] of Object.entries(COLORBREWER)) {
			const reference = (chromatic as unknown as Record<string, readonly (readonly string[])[]>)[
				`scheme${id}`
			];
			for (let k = 3; k < reference.length; k++)
				expect(scheme[k], `${id}[${k}]`).toEqual([...reference[k]]);
			expect(scheme.length).toBe(reference.length);
		}
	});
});

describe('thresholdScale', () => {
	it.each([
		[5, 'a'],
		[10, 'b'],
		[15, 'b'],
		[20, 'c'],
		[99, 'c']
	])('%d → %s, as d3.scaleThreshold', async (value, expected) => {
		const { thresholdScale } = await import('$lib/scales/thresholdScale');
		const { scaleThreshold } = await import('d3-scale');
		const ours = thresholdScale([10, 20], ['a', 'b', 'c']);
		expect(ours(value)).toBe(expected);
		expect(ours(value)).toBe(
			scaleThreshold<number, string>().domain([10, 20]).range(['a', 'b', 'c'])(value)
		);
	});
});
