import { describe, expect, it } from 'vitest';
import { availableMeasures, measureValues } from '$lib/data/measures';
import { specialisation, specialisationOf } from '$lib/data/specialisation';
import type { Observation } from '$lib/data/types';
import { loadBundledModel } from '../bundledModel';

const obs = (value: number | null, source = 'urssaf', year = 2021): Observation => ({
	level: 'departement',
	code: '74',
	indicator: 'x',
	year,
	value,
	source,
	file: 'f.csv',
	row: 2
});

describe('specialisation (location quotient)', () => {
	it("divides the area's share of the sector by France's share", () => {
		const lq = specialisation({
			sector: obs(30),
			total: obs(1_000),
			franceSector: obs(600),
			franceTotal: obs(100_000)
		});
		expect(lq.ok && lq.value).toBeCloseTo(5, 10);
		expect(lq.ok && lq.year).toBe(2021);
	});

	it.each([
		[
			'different-sources',
			{ sector: obs(3), total: obs(100, 'insee'), franceSector: obs(6), franceTotal: obs(1000) }
		],
		[
			'different-years',
			{ sector: obs(3), total: obs(100), franceSector: obs(6, 'urssaf', 2020), franceTotal: obs(1000) }
		],
		['missing', { sector: obs(3), total: obs(100), franceSector: undefined, franceTotal: obs(1000) }],
		['missing', { sector: obs(null), total: obs(100), franceSector: obs(6), franceTotal: obs(1000) }],
		['zero', { sector: obs(3), total: obs(0), franceSector: obs(6), franceTotal: obs(1000) }]
	] as const)('refuses (%s)', (reason, inputs) => {
		const lq = specialisation(inputs);
		expect(lq.ok).toBe(false);
		expect(!lq.ok && lq.reason).toBe(reason);
	});

	it('is computed from one URSSAF file for bar-turning in Haute-Savoie, and refused for département jobs (two URSSAF publications)', async () => {
		const model = await loadBundledModel();
		const barTurning = specialisationOf(model, 'establishments_2562A_barturning', 'departement', '74', 2021);
		expect(barTurning.ok).toBe(true);
		// Haute-Savoie is the heart of French bar-turning: far above France's share.
		expect(barTurning.ok && barTurning.value).toBeGreaterThan(5);
		const jobs = specialisationOf(model, 'jobs_industry', 'departement', '74', 2025);
		expect(jobs.ok).toBe(false);
		expect(!jobs.ok && jobs.reason).toBe('different-sources');
	});
});

describe('specialisation as a measure of the explorer and /compare', () => {
	it('is offered where one publication gives all four figures, and not for département jobs', async () => {
		const model = await loadBundledModel();
		const indicator = (id: string) => model.indicatorById.get(id)!;
		expect(
			availableMeasures(model, indicator('establishments_2562A_barturning'), 'departement')
		).toContain('specialisation');
		expect(availableMeasures(model, indicator('jobs_industry'), 'region')).toContain(
			'specialisation'
		);
		expect(availableMeasures(model, indicator('jobs_industry'), 'departement')).not.toContain(
			'specialisation'
		);
		expect(availableMeasures(model, indicator('population'), 'departement')).not.toContain(
			'specialisation'
		);
		const [haute] = measureValues(
			model,
			{
				indicator: indicator('establishments_2562A_barturning'),
				measure: 'specialisation',
				level: 'departement',
				year: 2021
			},
			{ regionOf: new Map() },
			['74']
		);
		const direct = specialisationOf(model, 'establishments_2562A_barturning', 'departement', '74', 2021);
		expect(direct.ok && haute.value).toBe(direct.ok && direct.value);
		expect(haute.inputs).toHaveLength(4);
	});
});
