import { describe, expect, it } from 'vitest';
import { hatchLines } from '$lib/export/legendSvg';
import { attrs, escapeXml, round1, wrapText } from '$lib/export/svgText';

describe('wrapText', () => {
	it.each([
		['Emplois salariés de l’industrie', 16, ['Emplois salariés', 'de l’industrie']],
		['court', 20, ['court']],
		['  espaces   multiples  ', 40, ['espaces multiples']],
		['', 10, []],
		['anticonstitutionnellement', 10, ['anticonsti', 'tutionnell', 'ement']],
		['a b c d', 3, ['a b', 'c d']]
	])('%j at %d characters → %j', (text, max, expected) => {
		expect(wrapText(text, max)).toEqual(expected);
	});

	it('never exceeds the width', () => {
		const text = 'Établissements industriels pour 10 000 habitants, par département et par année';
		for (const max of [8, 12, 20, 33]) {
			expect(wrapText(text, max).every((line) => line.length <= max)).toBe(true);
		}
	});
});

describe('escapeXml and attrs', () => {
	it.each([
		['R&D <2021>', 'R&amp;D &lt;2021&gt;'],
		[`"l'usine"`, '&quot;l&apos;usine&quot;'],
		['déjà échappé &amp;', 'déjà échappé &amp;amp;']
	])('%j → %j', (text, expected) => {
		expect(escapeXml(text)).toBe(expected);
	});

	it('writes rounded numbers and skips undefined attributes', () => {
		expect(attrs({ x: 1.26, y: -0.04, fill: 'a"b', stroke: undefined })).toBe(
			' x="1.3" y="0" fill="a&quot;b"'
		);
		expect(round1(-0.04)).toBe(0);
	});
});

describe('hatchLines', () => {
	it('keeps every hatch line inside its rectangle', () => {
		const markup = hatchLines(10, 20, 24, 14, 5);
		const points = [...markup.matchAll(/[xy][12]="([\d.]+)"/g)].map((m) => Number(m[1]));
		const lines = markup.match(/<line/g) ?? [];
		expect(lines.length).toBe(7);
		const xs = [...markup.matchAll(/x[12]="([\d.]+)"/g)].map((m) => Number(m[1]));
		const ys = [...markup.matchAll(/y[12]="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(points.length).toBe(28);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(10);
		expect(Math.max(...xs)).toBeLessThanOrEqual(34);
		expect(Math.min(...ys)).toBeGreaterThanOrEqual(20);
		expect(Math.max(...ys)).toBeLessThanOrEqual(34);
	});
});
