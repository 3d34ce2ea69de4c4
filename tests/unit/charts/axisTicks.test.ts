import { describe, expect, it } from 'vitest';
import { horizontalLinearAxis, labelsApart, thinTicks } from '$lib/charts/axisTicks';
import { regionBarsLayout } from '$lib/charts/barLayout';
import { regionBarsData } from '$lib/charts/compareData';
import { logAxis } from '$lib/charts/layout';
import { DEFAULT_COMPARE } from '$lib/state/compareParams';
import { resolveCompare } from '$lib/state/resolveCompare';
import { fixtureContext } from '../../fixtures/compareFixture';

const tick = (position: number, label: string) => ({ value: position, position, label });

describe('labelsApart', () => {
	it('sees two population labels 47 units apart as overlapping, and 80 apart as apart', () => {
		expect(labelsApart([tick(0, '10 000 000'), tick(47, '20 000 000')])).toBe(false);
		expect(labelsApart([tick(0, '10 000 000'), tick(80, '20 000 000')])).toBe(true);
		expect(labelsApart([tick(0, '0'), tick(20, '5')])).toBe(true);
	});
});

describe('horizontalLinearAxis', () => {
	it.each([120, 200, 260, 320, 400, 500, 800, 1400])(
		'population up to 68 million over %i units: labels apart, domain kept to 70 million',
		(width) => {
			const axis = horizontalLinearAxis([0, 68e6], [0, width], 'fr', 5);
			expect(labelsApart(axis.ticks)).toBe(true);
			expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
			expect(axis.domain).toEqual([0, 70e6]);
			expect(axis.ticks.every((t) => t.position >= 0 && t.position <= width)).toBe(true);
		}
	);

	it('keeps every 10 million when the axis is wide, and fewer ticks when narrow', () => {
		const labels = (width: number) =>
			horizontalLinearAxis([0, 68e6], [0, width], 'en', 5).ticks.map((t) => t.label);
		expect(labels(800)).toHaveLength(8);
		expect(labels(260)).toEqual(['0', '20,000,000', '40,000,000', '60,000,000']);
		expect(labels(150)).toEqual(['0', '50,000,000']);
	});

	it('keeps short labels as d3 chooses them', () => {
		const axis = horizontalLinearAxis([0, 97], [0, 300], 'fr', 5);
		expect(axis.ticks.map((t) => t.label)).toEqual(['0', '20', '40', '60', '80', '100']);
	});
});

describe('thinTicks', () => {
	it('keeps one power of ten in two or three on a narrow log axis, all on a wide one', () => {
		const labels = (width: number) =>
			thinTicks(logAxis([1, 1e6], [0, width], 'en')).ticks.map((t) => t.label);
		expect(labels(120)).toEqual(['1', '1,000', '1,000,000']);
		expect(labels(500)).toHaveLength(7);
	});
});

describe('the régions chart with a long row name', () => {
	const ctx = fixtureContext();
	const base = regionBarsData(
		ctx,
		resolveCompare(ctx, { ...DEFAULT_COMPARE, indicator: 'jobs', measure: 'value' })
	);
	const populations = [8_200_000, 6_100_000, 68_000_000];
	const bars = base.groups[0].bars.map((bar, i) => ({ ...bar, value: populations[i] }));
	const territory = {
		...bars[0],
		key: 'cimes',
		name: 'Territoire CIMES (AURA + Nouvelle-Aquitaine)',
		value: 14_300_000
	};
	const data = {
		...base,
		groups: [{ ...base.groups[0], bars: [...bars.slice(0, 2), territory, bars[2]] }]
	};

	it.each([320, 375, 480, 640, 760, 1000, 1920])(
		'has value labels apart at %i units wide',
		(width) => {
			const { x } = regionBarsLayout(data, width, 'fr');
			expect(labelsApart(x.ticks)).toBe(true);
			expect(x.ticks.length).toBeGreaterThanOrEqual(2);
		}
	);
});
