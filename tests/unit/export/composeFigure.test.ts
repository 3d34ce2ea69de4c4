import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { composeBest, composeFigure } from '$lib/export/composeFigure';
import { A4_LANDSCAPE, A4_PORTRAIT, SCREEN, SLIDE, SQUARE } from '$lib/export/layouts';
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

	it('puts the legend right of the chart on a screen or a slide, below it on a square or A4 portrait', () => {
		for (const [layout, right] of [
			[SCREEN, true],
			[SLIDE, true],
			[SQUARE, false],
			[A4_PORTRAIT, false]
		] as const) {
			const { svg } = composeFigure(body(700, 400), spec(), layout);
			const nested = attributesOf(svg, 'svg', 'preserveAspectRatio');
			const legendTitle =
				/<g transform="translate\(([\d.]+) ([\d.]+)\)[^"]*"><text[^>]*>Emplois/.exec(svg)!;
			const [x, y] = [Number(legendTitle[1]), Number(legendTitle[2])];
			expect(x >= Number(nested.x) + Number(nested.width), layout.id).toBe(right);
			expect(y >= Number(nested.y) + Number(nested.height), layout.id).toBe(!right);
		}
	});

	it.each([
		[SLIDE, 1280, 720],
		[SQUARE, 810, 810],
		[A4_LANDSCAPE, 1122.6, 793.6]
	] as const)(
		'%s: a fixed canvas whatever the body, the body scaled in its box',
		(layout, w, h) => {
			for (const [bw, bh] of [
				[300, 900],
				[2000, 400]
			]) {
				const figure = composeFigure(body(bw, bh), spec(), layout);
				expect([figure.width, figure.height]).toEqual([w, h]);
				const nested = attributesOf(figure.svg, 'svg', 'preserveAspectRatio');
				expect(nested.viewBox).toBe(`0 0 ${bw} ${bh}`);
				expect(Number(nested.height) / Number(nested.width)).toBeCloseTo(bh / bw, 2);
				expect(Number(nested.y) + Number(nested.height)).toBeLessThan(h);
			}
		}
	);

	it('draws a body given as a function for its box, divided by the layout zoom', () => {
		const sizes: { width: number; height: number }[] = [];
		const draw = (size: { width: number; height: number }) => {
			sizes.push(size);
			return { body: body(size.width, size.height) };
		};
		const figure = composeFigure(draw, spec(), SLIDE);
		expect(sizes[0].width * SLIDE.zoom).toBeCloseTo(figure.body.width, -1);
		expect(figure.body.width * figure.body.height).toBeGreaterThan(0.4 * 1280 * 720);
	});

	it('draws a tall chart (a ranking) again wider, so it fills its box', () => {
		// Like a ranking: its height follows its 24 rows, whatever the width asked.
		const draw = ({ width }: { width: number }) => ({ body: body(width, 900) });
		const figure = composeFigure(draw, spec(), SLIDE);
		const once = composeFigure(body(Math.round(880 / SLIDE.zoom), 900), spec(), SLIDE);
		expect(figure.body.height).toBeCloseTo(once.body.height, 0);
		expect(figure.body.width).toBeGreaterThan(1.5 * once.body.width);
	});

	it('uses the legend a drawing asks for (none for labelled lines)', () => {
		const draw = () => ({ body: body(600, 400), legend: { kind: 'none' } as const });
		expect(composeFigure(draw, spec(), SCREEN).svg).not.toContain('Emplois pour 1 000');
	});

	it('prints the reader’s note above the sources', () => {
		const { svg } = composeFigure(body(600, 400), { ...spec(), note: 'Vu en réunion' }, SLIDE);
		expect(svg).toContain('>Note : Vu en réunion</text>');
		const drawn = svg.slice(svg.indexOf('</desc>'));
		expect(drawn.indexOf('Note : Vu')).toBeLessThan(drawn.indexOf('Source : URSSAF'));
	});

	it('keeps numbers with their unit: a no-break space never breaks a line', () => {
		const title = 'Établissements industriels (B–E) pour 10\u00a0000 habitants, par département';
		const { svg } = composeFigure(body(600, 400), { ...spec(), title }, SQUARE);
		expect(svg).toContain('10\u00a0000');
	});

	it('A4 takes the orientation where the chart is larger', () => {
		expect(composeBest(body(300, 900), spec(), [A4_LANDSCAPE, A4_PORTRAIT]).layout.id).toBe(
			'a4-portrait'
		);
		expect(composeBest(body(900, 300), spec(), [A4_LANDSCAPE, A4_PORTRAIT]).layout.id).toBe(
			'a4-landscape'
		);
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
		const { svg } = composeFigure(body(400, 300), spec(legend));
		const nested = attributesOf(svg, 'svg', 'preserveAspectRatio');
		const scale = Number(nested.width) / 400;
		const radii = [...svg.matchAll(/<circle[^>]* r="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(radii[0]).toBeCloseTo(30 * scale, 0);
		expect(radii[1]).toBeCloseTo(10 * scale, 0);
		expect(() => render(svg)).not.toThrow();
	});
});
