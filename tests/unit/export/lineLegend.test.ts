import { describe, expect, it } from 'vitest';
import { lineLegend } from '$lib/export/lineLegend';
import type { LegendSpec } from '$lib/export/figureSpec';

const legend: LegendSpec = {
	kind: 'categories',
	title: 'Couleurs des régions',
	items: [
		{ color: '#0072B2', label: 'Auvergne-Rhône-Alpes' },
		{ color: '#1a1a1a', label: 'France' }
	]
};
const lines = [
	{ key: 'r84', name: 'Auvergne-Rhône-Alpes', color: '#0072B2', dash: null },
	{ key: 'FR', name: 'France', color: '#1a1a1a', dash: '6 3' }
];

describe('lineLegend', () => {
	it('is left out when it only repeats the labels at the lines’ ends', () => {
		expect(lineLegend(legend, lines, new Set(['r84', 'FR']))).toEqual({ kind: 'none' });
	});

	it('draws each entry as its line, dashed for a dashed series, when a label is missing', () => {
		const kept = lineLegend(legend, lines, new Set(['r84']));
		expect(kept.kind === 'categories' && kept.items.map((i) => i.line)).toEqual([
			{},
			{ dash: '6 3' }
		]);
	});

	it('is kept when a colour stands for several lines (a région and its départements)', () => {
		const withRhone = [...lines, { key: '69', name: 'Rhône', color: '#0072B2', dash: null }];
		expect(lineLegend(legend, withRhone, new Set(['r84', 'FR', '69'])).kind).toBe('categories');
	});
});
