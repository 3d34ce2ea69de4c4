import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { composeFigure } from '$lib/export/composeFigure';
import type { FigureSpec, LegendSpec } from '$lib/export/figureSpec';
import { attributesOf, xmlProblems } from './xmlCheck';

const classes: LegendSpec = {
	kind: 'classes',
	title: 'Emplois pour 1 000 habitants',
	items: [
		{ color: '#fee5d9', label: '[1,2 ; 3,4[', count: '4 départements' },
		{ color: '#fcae91', label: '[3,4 ; 5,6[', count: '5 départements' },
		{ color: '#de2d26', label: '[5,6 ; 9,9]', count: '3 départements' }
	],
	noData: { label: 'Pas de données', count: '1 département' }
};

const spec = (legend: LegendSpec = classes): FigureSpec => ({
	title: 'R&D <industrie> « "mécanique" » d’Auvergne-Rhône-Alpes et de Nouvelle-Aquitaine, 2021',
	subtitle: 'Établissements pour 10 000 habitants',
	legend,
	source: 'Source : URSSAF — Licence Ouverte 2.0 — données 2021',
	credit: 'CIMES Atlas',
	date: '12 mars 2025',
	lang: 'fr'
});

const body = (width: number, height: number, fill = '#3182bd') => ({
	markup: `<rect x="0" y="0" width="${width}" height="${height}" fill="${fill}"/><text x="10" y="20">a &amp; b</text>`,
	width,
	height
});

function render(svg: string) {
	const resvg = new Resvg(svg, {
		font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' }
	});
	return PNG.sync.read(resvg.render().asPng());
}

function hasColor(png: PNG, hex: string): boolean {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	for (let i = 0; i < png.data.length; i += 4) {
		if (png.data[i] === r && png.data[i + 1] === g && png.data[i + 2] === b) return true;
	}
	return false;
}

const legends: [string, LegendSpec][] = [
	['classes', classes],
	['categories', { kind: 'categories', title: 'Région', items: classes.items }],
	[
		'sizes',
		{
			kind: 'sizes',
			title: 'Effectifs',
			color: '#08519c',
			circles: [
				{ radius: 30, label: '10 000' },
				{ radius: 10, label: '1 000' }
			]
		}
	],
	['none', { kind: 'none' }]
];

describe('composeFigure', () => {
	describe.each([
		['wide', 800, 600],
		['narrow', 500, 400]
	])('%s body', (_name, width, height) => {
		it.each(legends)('%s legend: standalone, well-formed, self-contained SVG', (_kind, legend) => {
			const { svg, width: w, height: h } = composeFigure(body(width, height), spec(legend));
			expect(xmlProblems(svg)).toEqual([]);
			const root = attributesOf(svg, 'svg');
			expect(root.xmlns).toBe('http://www.w3.org/2000/svg');
			expect([root.width, root.height, root.viewBox]).toEqual([`${w}`, `${h}`, `0 0 ${w} ${h}`]);
			expect(root['font-family']).toBe('&apos;Liberation Sans&apos;, Arial, Helvetica, sans-serif');
			expect(svg).toMatch(/^<svg[^>]*><title>[^<]+<\/title><desc>[^<]+<\/desc>/);
			for (const banned of ['class=', 'var(', '@import', '<filter', '<style', 'url(', ' id=']) {
				expect(svg).not.toContain(banned);
			}
			expect(svg.match(/href="[^#]/g)).toBeNull();
			expect(svg.match(/\d\.\d\d/g)).toBeNull();
			expect(composeFigure(body(width, height), spec(legend)).svg).toBe(svg);
		});
	});

	it('escapes every text', () => {
		const { svg } = composeFigure(body(500, 400), spec());
		expect(svg).toContain('<title>R&amp;D &lt;industrie&gt; « &quot;mécanique&quot; » d’');
		expect(svg).not.toMatch(/<industrie>/);
	});

	it('puts the legend right of a body wider than 700 px, else below', () => {
		for (const [width, right] of [
			[701, true],
			[700, false]
		] as const) {
			const { svg } = composeFigure(body(width, 400), spec());
			const nested = attributesOf(svg, 'svg', 'preserveAspectRatio');
			const legendTitle = attributesOf(svg, 'text', 'font-size="13"');
			const x = Number(legendTitle.x);
			const y = Number(legendTitle.y);
			expect(x > Number(nested.x) + Number(nested.width)).toBe(right);
			expect(y > Number(nested.y) + Number(nested.height)).toBe(!right);
		}
	});

	it('scales the body to a requested width, keeping its aspect ratio', () => {
		const { svg, width } = composeFigure(body(500, 400), spec(), { width: 1000 });
		const nested = attributesOf(svg, 'svg', 'preserveAspectRatio');
		expect(width).toBe(1000);
		expect(nested.viewBox).toBe('0 0 500 400');
		expect(Number(nested.height) / Number(nested.width)).toBeCloseTo(0.8, 2);
	});

	it('wraps a long title on several lines within the width', () => {
		const { svg } = composeFigure(body(500, 400), spec());
		const titleLines = svg.match(
			/<text[^>]*font-weight="bold"[^>]*font-size="20"|<text[^>]*font-size="20"/g
		);
		expect(titleLines?.length).toBeGreaterThan(1);
	});

	it.each([
		['wide', 800, 600],
		['narrow', 500, 400]
	])('renders with resvg (%s) at the announced size, with the legend colours', (_n, w, h) => {
		const figure = composeFigure(body(w, h), spec());
		const png = render(figure.svg);
		expect([png.width, png.height]).toEqual([Math.ceil(figure.width), Math.ceil(figure.height)]);
		for (const color of ['#ffffff', '#3182bd', '#fee5d9', '#fcae91', '#de2d26', '#f0f0f0']) {
			expect(hasColor(png, color), color).toBe(true);
		}
	});

	it('draws nested circles for a size legend, scaled like the body', () => {
		const legend = legends[2][1];
		const { svg } = composeFigure(body(400, 300), spec(legend), { width: 848 });
		const radii = [...svg.matchAll(/<circle[^>]* r="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(radii).toEqual([60, 20]);
		expect(() => render(svg)).not.toThrow();
	});
});
