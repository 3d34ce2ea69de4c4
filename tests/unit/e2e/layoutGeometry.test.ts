import { describe, expect, it } from 'vitest';
import {
	cutSides,
	describeCuts,
	describeOverlap,
	findCuts,
	findOverlaps,
	intersection,
	seenTexts,
	type Clip,
	type Rect,
	type TextBox
} from '../../e2e/layoutGeometry';

const rect = (left: number, top: number, width: number, height: number): Rect => ({
	left,
	top,
	right: left + width,
	bottom: top + height
});

const clip = (r: Rect, options: Partial<Clip> = {}): Clip => ({
	where: 'div.panel',
	rect: r,
	clipsX: true,
	clipsY: true,
	scrollsX: false,
	scrollsY: false,
	showsScrollX: false,
	...options
});

const box = (text: string, r: Rect, clips: Clip[] = []): TextBox => ({
	text,
	where: `span.${text.replace(/\W/g, '')}`,
	rect: r,
	clips
});

describe('intersection', () => {
	it.each([
		['apart', rect(0, 0, 10, 10), rect(20, 0, 10, 10), null],
		['touching edges', rect(0, 0, 10, 10), rect(10, 0, 10, 10), null],
		['crossing', rect(0, 0, 10, 10), rect(6, 7, 10, 10), { width: 4, height: 3 }],
		['one inside the other', rect(0, 0, 100, 20), rect(10, 5, 5, 5), { width: 5, height: 5 }]
	])('%s', (_name, a, b, expected) => {
		expect(intersection(a, b)).toEqual(expected);
	});
});

describe('findOverlaps', () => {
	it('finds a label drawn over its value, as in a collapsed details panel', () => {
		const label = box('Établissements', rect(1105, 1177, 80, 16));
		const value = box('81 établissements', rect(1168, 1177, 120, 16));
		const [overlap] = findOverlaps([label, value]);
		expect(overlap).toMatchObject({ a: label, b: value, width: 17, height: 16 });
		expect(describeOverlap(overlap)).toBe(
			'texts overlap by 17 × 16 px: « Établissements » in span.tablissements at (1105, 1177)' +
				' and « 81 établissements » in span.81tablissements at (1168, 1177)'
		);
	});

	it.each([
		['lines touching by 2 px', rect(0, 0, 100, 18), rect(0, 16, 100, 18)],
		['words touching by 1 px on a line', rect(0, 0, 50, 18), rect(49, 0, 50, 18)],
		['texts far apart', rect(0, 0, 50, 18), rect(0, 500, 50, 18)]
	])('tolerates %s', (_name, a, b) => {
		expect(findOverlaps([box('a', a), box('b', b)])).toEqual([]);
	});

	it('takes a halo drawn under the same label at the same place as one text', () => {
		expect(
			findOverlaps([box('Savoie', rect(10, 10, 40, 12)), box('Savoie', rect(10.5, 10, 40, 12))])
		).toEqual([]);
	});

	it('counts two different map labels that collide', () => {
		expect(
			findOverlaps([box('Rhône', rect(10, 10, 40, 12)), box('Loire', rect(30, 14, 40, 12))])
		).toHaveLength(1);
	});

	it('finds overlaps among many texts whatever their order', () => {
		const texts = [
			rect(0, 300, 10, 10),
			rect(0, 0, 10, 10),
			rect(5, 305, 10, 10),
			rect(0, 100, 10, 10)
		].map((r, i) => box(`t${i}`, r));
		expect(findOverlaps(texts).map(({ a, b }) => [a.text, b.text])).toEqual([['t0', 't2']]);
	});
});

describe('cutSides', () => {
	it('says how far a text passes each edge its container cuts', () => {
		expect(cutSides(rect(90, -5, 50, 20), clip(rect(0, 0, 100, 100)))).toEqual({
			right: 40,
			top: 5
		});
		expect(cutSides(rect(90, -5, 50, 20), clip(rect(0, 0, 100, 100), { clipsY: false }))).toEqual({
			right: 40
		});
	});
});

describe('findCuts', () => {
	const panel = rect(0, 0, 351, 400);

	it('finds a table cell cut by a wrapper that scrolls sideways with no sign of it', () => {
		const cell = box('18,6 établissements', rect(229, 10, 255, 16), [
			clip(panel, { scrollsX: true, scrollsY: true })
		]);
		const cuts = findCuts([cell]);
		expect(cuts).toMatchObject([{ sides: { right: 133 } }]);
		expect(describeCuts(cuts)).toEqual([
			'text cut by div.panel (up to 133 px on the right) (it scrolls sideways with no sign of it: give ' +
				'it data-scroll-x and a visible cue): « 18,6 établissements » in span.186tablissements at (229, 10)'
		]);
	});

	it('accepts a wrapper that shows it scrolls sideways (data-scroll-x)', () => {
		const cell = box('18,6', rect(229, 10, 255, 16), [
			clip(panel, { scrollsX: true, showsScrollX: true })
		]);
		expect(findCuts([cell])).toEqual([]);
	});

	it('accepts text below the fold of a panel that scrolls vertically', () => {
		const line = box('Source', rect(10, 390, 100, 30), [
			clip(panel, { scrollsY: true, clipsX: false })
		]);
		expect(findCuts([line])).toEqual([]);
	});

	it('finds text cut by a hidden overflow, but not text a closed drawer hides whole', () => {
		const cut = box('Établissements industriels', rect(300, 10, 100, 16), [clip(panel)]);
		const tuckedAway = box('Réglages', rect(400, 10, 100, 16), [clip(panel)]);
		expect(findCuts([cut, tuckedAway]).map((c) => c.box.text)).toEqual([
			'Établissements industriels'
		]);
		expect(seenTexts([cut, tuckedAway]).map((b) => b.text)).toEqual(['Établissements industriels']);
	});

	it('accepts an ellipsis when a title gives the whole text', () => {
		expect(
			findCuts([{ ...box('Long', rect(300, 10, 100, 16), [clip(panel)]), ellipsisWithTitle: true }])
		).toEqual([]);
	});

	it('ignores screen-reader-only text clipped to 1 px, and leaves it out of overlaps', () => {
		const hidden = box('Classe 1', rect(0, 0, 60, 16), [clip(rect(0, 0, 1, 1))]);
		expect(findCuts([hidden])).toEqual([]);
		expect(seenTexts([hidden])).toEqual([]);
	});

	it('reports text outside an SVG viewBox, naming the innermost clip that cuts', () => {
		const canvas = clip(rect(0, 0, 600, 400), { where: 'the viewBox of svg' });
		const label = box('Pyrénées-Atlantiques', rect(560, 380, 120, 14), [
			canvas,
			clip(rect(0, 0, 2000, 2000))
		]);
		expect(describeCuts(findCuts([label]))[0]).toMatch(
			/^text cut by the viewBox of svg \(up to 80 px on the right\)/
		);
	});

	it('groups the texts one container cuts into one line', () => {
		const wrapper = clip(panel, { scrollsX: true });
		const cells = ['1', '2', '3', '4'].map((t, i) =>
			box(t, rect(340, i * 20, 30 + i, 16), [wrapper])
		);
		const [line] = describeCuts(findCuts(cells));
		expect(line).toMatch(/^4 texts cut by div.panel \(up to 22 px on the right\)/);
		expect(line).toMatch(/; …$/);
	});
});
