import { describe, expect, it } from 'vitest';
import { scatterData } from '$lib/charts/scatterData';
import { scatterLayout } from '$lib/charts/scatterLayout';
import { FIXTURE_INDICATORS, fixtureContext } from '../../fixtures/compareFixture';

const ctx = fixtureContext();
const request = (log: boolean, x = FIXTURE_INDICATORS.firms, y = FIXTURE_INDICATORS.jobs) => ({
	x: { indicator: x, measure: 'per10k' as const },
	y: { indicator: y, measure: 'per10k' as const },
	level: 'departement' as const,
	log
});

describe('scatterData', () => {
	it('draws every area with both values, and states both years in the title', () => {
		const data = scatterData(ctx, request(false));
		expect(data.points.map((p) => p.key)).toEqual(['01', '69', '74', '33', '64']);
		expect(data.title).toBe(
			'Indicateur jobs pour 10 000 habitants, 2018 (population 2023), selon l’indicateur « Indicateur firms pour 10 000 habitants, 2021 (population 2023) », par département d’Auvergne-Rhône-Alpes et de Nouvelle-Aquitaine'
		);
		expect(data.correlation.n).toBe(5);
		expect(data.correlationText).toMatch(/^Corrélation .* \(r = -?\d,\d+, 5 départements\)$/);
	});

	it('on a log scale, leaves out zero and negative values and names them', () => {
		const data = scatterData(ctx, request(true));
		expect(data.points.map((p) => p.key)).not.toContain('64');
		expect(data.excluded.notPositive).toEqual(['Pyrénées-Atlantiques']);
		expect(data.notes).toEqual([
			'Valeur nulle ou négative, impossible en échelle logarithmique, non représentés : Pyrénées-Atlantiques.'
		]);
		expect(data.correlation.n).toBe(4);
		expect(data.correlationText).toMatch(/; calculée sur les logarithmes$/);
		expect(scatterLayout(data, 640, 'fr').x.log).toBe(true);
	});

	it('leaves out areas without data and names them, and measures r on what is drawn', () => {
		const share = {
			...request(false),
			x: { indicator: FIXTURE_INDICATORS.share, measure: 'value' as const }
		};
		const data = scatterData(ctx, share);
		expect(data.excluded.noData).toEqual(['Pyrénées-Atlantiques']);
		expect(data.points).toHaveLength(4);
		expect(data.rows).toHaveLength(5);
		expect(data.rows[4].xText).toBe('pas de données');
	});
});

describe('scatterLayout', () => {
	it('sizes points by the square root of population, largest drawn first', () => {
		const layout = scatterLayout(scatterData(ctx, request(false)), 640, 'fr');
		const byKey = new Map(layout.points.map((p) => [p.key, p.r]));
		expect(byKey.get('69')).toBe(14);
		expect(byKey.get('01')).toBeCloseTo(14 * Math.sqrt(600_000 / 1_800_000), 1);
		expect(layout.points[0].key).toBe('69');
	});

	it('labels the selected points only, and names every point for assistive technology', () => {
		const layout = scatterLayout(scatterData(ctx, request(false)), 375, 'fr', ['74']);
		expect(layout.labels.map((l) => l.text)).toEqual(['Haute-Savoie']);
		expect(layout.points.find((p) => p.key === '74')?.ariaLabel).toBe(
			'Haute-Savoie : Indicateur firms : 30\u00a0établissements pour 10 000 hab., 2021 (population 2023) ; Indicateur jobs : 894\u00a0salariés pour 10 000 hab., 2018 (population 2023) ; population 800\u202f000 (2023)'
		);
	});
});
