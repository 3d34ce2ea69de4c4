import { describe, expect, it } from 'vitest';
import { areaRef } from '$lib/charts/areas';
import {
	annotationMarks,
	crosshairAt,
	crosshairBox,
	lineAtY,
	lineNextTo,
	stepYear,
	yearAtX
} from '$lib/charts/trendCrosshair';
import { trendData } from '$lib/charts/trendData';
import { trendLayout, yearAxis } from '$lib/charts/trendLayout';
import { textWidth } from '$lib/charts/layout';
import annotations from '$lib/charts/annotations.json';
import { FIXTURE_INDICATORS, fixtureContext } from '../../fixtures/compareFixture';

const ctx = fixtureContext();
const data = trendData(ctx, {
	indicator: FIXTURE_INDICATORS.jobs,
	mode: 'absolute',
	baseYear: null,
	areas: [areaRef(ctx, 'region', '84'), areaRef(ctx, 'departement', '69')]
});
const layout = trendLayout(data, 640, 360, 'fr');

describe('trend crosshair', () => {
	it("gives the year and every line's value, highest first, a gap as no value", () => {
		const at2016 = crosshairAt(data, layout.x, layout.y, 2016);
		expect(at2016.year).toBe(2016);
		expect(at2016.rows.map((r) => r.key)).toEqual(['r84', '69']);
		expect(at2016.rows[1].valueText).toBe('205\u202f000\u00a0salariés');
		const at2017 = crosshairAt(data, layout.x, layout.y, 2017);
		expect(at2017.rows.find((r) => r.key === '69')).toMatchObject({ value: null, y: null });
	});

	it('follows the pointer: the nearest year, and the line nearest to it', () => {
		expect(yearAtX(data.years, layout.x, layout.x.scale(2016) + 3)).toBe(2016);
		const at = crosshairAt(data, layout.x, layout.y, 2016);
		const rhone = at.rows.find((r) => r.key === '69')?.y as number;
		expect(lineAtY(at, rhone + 2)).toBe('69');
	});

	it('moves by key: a year left or right, the line above or below, stopping at the ends', () => {
		expect(stepYear(data.years, 2016, 'ArrowRight')).toBe(2017);
		expect(stepYear(data.years, 2015, 'ArrowLeft')).toBe(2015);
		expect(stepYear(data.years, 2016, 'End')).toBe(2018);
		const at = crosshairAt(data, layout.x, layout.y, 2016);
		expect(lineNextTo(at, '69', 'ArrowUp')).toBe('r84');
		expect(lineNextTo(at, 'r84', 'ArrowUp')).toBeNull();
	});

	it('keeps its box of values inside the chart on a phone, beside the line', () => {
		const narrow = trendLayout(data, 320, 240, 'fr');
		const at = crosshairAt(data, narrow.x, narrow.y, 2018);
		const box = crosshairBox(at, narrow.frame, '69', ' : ', 'pas de données');
		expect(box.x).toBeGreaterThanOrEqual(-narrow.frame.margins.left);
		expect(box.x + box.width).toBeLessThanOrEqual(
			narrow.frame.innerWidth + narrow.frame.margins.right
		);
		expect(box.lines.map((l) => l.text)[0]).toBe('2018');
		expect(box.lines.find((l) => l.key === '69')?.weight).toBe(700);
	});
});

describe('annotations', () => {
	const x = yearAxis([1998, 2025], [0, 600], 6);
	it('marks the breaks the chart covers, from the data file, in the reader’s language', () => {
		const marks = annotationMarks(annotations, [1998, 2025], x, 600, 'en');
		expect(marks.map((m) => m.id)).toEqual(['crisis-2008', 'covid-2020']);
		expect(marks[0].x2).toBeGreaterThan(marks[0].x1);
		expect(marks[1].text).toBe('Covid-19 pandemic, 2020');
	});

	it('leaves out breaks outside the years shown', () => {
		const recent = yearAxis([2015, 2025], [0, 600], 6);
		expect(annotationMarks(annotations, [2015, 2025], recent, 600, 'fr').map((m) => m.id)).toEqual([
			'covid-2020'
		]);
	});

	it('never lets two labels overlap, whatever the width', () => {
		for (let width = 120; width <= 800; width += 20) {
			const axis = yearAxis([1998, 2025], [0, width], 6);
			const marks = annotationMarks(annotations, [1998, 2025], axis, width, 'fr');
			expect(marks).toHaveLength(2);
			const extents = marks
				.filter((m) => m.label)
				.map((m) => {
					const w = textWidth(m.label, 11);
					return m.anchor === 'start' ? [m.labelX, m.labelX + w] : [m.labelX - w, m.labelX];
				});
			for (let i = 1; i < extents.length; i++) {
				expect(extents[i][0]).toBeGreaterThanOrEqual(extents[i - 1][1]);
			}
			for (const [from, to] of extents) {
				expect(from).toBeGreaterThanOrEqual(0);
				expect(to).toBeLessThanOrEqual(width + 1);
			}
		}
	});
});
