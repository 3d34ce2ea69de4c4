import { describe, expect, it } from 'vitest';
import { getObservation } from '$lib/data/model';
import { keyFigures } from '$lib/profile/keyFigures';
import { keyTile } from '$lib/profile/keyTileTexts';
import { loadBundledModel } from '../bundledModel';

const model = await loadBundledModel();
const AURA = ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'];
const NA = ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87'];
const value = (id: string, level: 'departement' | 'region' | 'pays', code: string, year: number) =>
	getObservation(model, id, level, code, year)?.value as number;

describe('key figures of a profile', () => {
	const figures = keyFigures(
		model,
		{ level: 'departement', code: '74' },
		'84',
		[...AURA, ...NA],
		AURA
	);
	const byId = new Map(figures.map((f) => [f.id, f]));

	it('are the four figures, in order', () => {
		expect(figures.map((f) => f.id)).toEqual([
			'jobs_industry',
			'establishments_industry',
			'barturning_machining',
			'industry_share_total_employment'
		]);
	});

	it('sum bar-turning and industrial machining from one file, with a rate, ranks and gaps', () => {
		const bar = byId.get('barturning_machining');
		const sum =
			value('establishments_2562A_barturning', 'departement', '74', 2021) +
			value('establishments_2562B_industrial_mechanics', 'departement', '74', 2021);
		expect(bar?.observation?.value).toBe(sum);
		expect(bar?.rank).toEqual({ rank: 1, total: 24 });
		expect(bar?.rankInRegion).toEqual({ rank: 1, total: 12 });
		const population = value('population', 'departement', '74', 2023);
		expect(bar?.rate?.value).toBeCloseTo((sum / population) * 10_000, 10);
		// Haute-Savoie has many times France's rate of bar-turning shops per inhabitant.
		expect(bar?.gapFrance?.unit).toBe('percent');
		expect(bar?.gapFrance?.value).toBeGreaterThan(100);
		expect(bar?.specialisation?.ok).toBe(true);
	});

	it('gives a share its gap in points, and no rate per inhabitant', () => {
		const share = byId.get('industry_share_total_employment');
		expect(share?.rate).toBeNull();
		const own = value('industry_share_total_employment', 'departement', '74', 2019);
		const aura = value('industry_share_total_employment', 'region', '84', 2019);
		expect(share?.gapRegion).toEqual({ value: expect.closeTo(own - aura, 10), unit: 'points' });
		// INSEE's file has no figure for France: no gap, never an estimate.
		expect(share?.gapFrance).toBeNull();
	});

	it('never compares figures from two publications: département jobs against the région’s', () => {
		const jobs = byId.get('jobs_industry');
		expect(jobs?.observation?.source).toBe('urssaf-dep-grand-secteur-2025q4');
		expect(jobs?.gapRegion).toBeNull();
		const tile = keyTile(model, jobs!, 'fr', 'departement');
		expect(tile.rows.find((r) => r.term === 'Écart à la région')?.text).toBe(
			'pas de données comparables'
		);
	});

	it('writes a tile in English too', () => {
		const tile = keyTile(model, byId.get('barturning_machining')!, 'en', 'departement');
		expect(tile.label).toBe('Bar-turning and industrial machining');
		expect(tile.rows.map((r) => r.term)).toEqual([
			'Per 10,000 inh.',
			'Rank in the région',
			'Rank of 24 dép.',
			'Gap to the région',
			'Gap to France',
			'Specialisation'
		]);
		expect(tile.rows[1].text).toBe('1st of 12');
		expect(tile.rows[4].text).toMatch(/^\+\d+%$/);
	});
});
