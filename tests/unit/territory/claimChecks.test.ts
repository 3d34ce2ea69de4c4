import { describe, expect, it } from 'vitest';
import { checkClaims, verdictOf } from '$lib/territory/claimChecks';
import type { Claim } from '$lib/territory/claims';
import { claimExplanation } from '$lib/territory/keyFigureTexts';
import { TERRITORY_CODE, withTerritory } from '$lib/territory/territory';
import {
	territoryFixtureModel,
	territoryFixtureObservations
} from '../../fixtures/territoryFixture';

const TERRITORY = { level: 'region' as const, code: TERRITORY_CODE };
const AURA = { level: 'region' as const, code: '84' };
const NA = { level: 'region' as const, code: '75' };
const claim = (id: string, area: Claim['area'], test: Claim['test']): Claim => ({
	id,
	quote: id,
	area,
	test
});

describe('verdictOf', () => {
	it.each([
		['atLeast', 30, 31, 'confirmed'],
		['atLeast', 30, 30, 'confirmed'],
		['atLeast', 30, 28.5, 'close'],
		['atLeast', 30, 26.9, 'not-confirmed'],
		['about', 240_000, 245_000, 'confirmed'],
		['about', 240_000, 234_000, 'confirmed'],
		['about', 240_000, 230_000, 'close'],
		['about', 240_000, 259_814, 'close'],
		['about', 240_000, 270_000, 'not-confirmed'],
		['about', 240_000, 200_000, 'not-confirmed']
	] as const)('%s %i with %d: %s', (kind, target, value, verdict) => {
		expect(verdictOf(kind, target, value)).toBe(verdict);
	});
});

describe('checkClaims on fixture data', () => {
	const model = withTerritory(territoryFixtureModel());
	const claims: Claim[] = [
		claim('confirms', TERRITORY, {
			kind: 'atLeast',
			target: 500_000,
			measure: 'value',
			indicators: ['jobs_manufacturing']
		}),
		claim('nearly', AURA, {
			kind: 'atLeast',
			target: 21_000,
			measure: 'value',
			indicators: ['establishments_industry']
		}),
		claim('contradicts', NA, {
			kind: 'about',
			target: 20_000,
			measure: 'value',
			indicators: ['establishments_industry']
		}),
		claim('share', TERRITORY, {
			kind: 'atLeast',
			target: 30,
			measure: 'shareFrance',
			indicators: ['jobs_industry']
		}),
		claim('nearest-of-two', NA, {
			kind: 'about',
			target: 240_000,
			measure: 'value',
			indicators: ['jobs_manufacturing', 'jobs_industry']
		}),
		claim('unmeasurable', TERRITORY, {
			kind: 'none',
			nearest: { indicators: ['jobs_industry'], measure: 'value' },
			missing: { fr: 'aucun chiffre d’affaires', en: 'no turnover' }
		}),
		claim('not-in-data', AURA, {
			kind: 'atLeast',
			target: 1,
			measure: 'value',
			indicators: ['no_such_indicator']
		})
	];
	const checks = checkClaims(model, claims);
	const byId = (id: string) => {
		const found = checks.find((c) => c.claim.id === id);
		if (!found) throw new Error(id);
		return found;
	};

	it.each([
		['confirms', 'confirmed'],
		['nearly', 'close'],
		['contradicts', 'not-confirmed'],
		['share', 'not-confirmed'],
		['nearest-of-two', 'close'],
		['unmeasurable', 'not-measurable'],
		['not-in-data', 'not-measurable']
	])('%s → %s', (id, verdict) => {
		expect(byId(id).verdict).toBe(verdict);
	});

	it('rests a claim on the territory’s summed figure and its latest year', () => {
		const best = byId('confirms').best;
		expect(best?.value).toBe(660_000);
		expect(best?.year).toBe(2013);
	});

	it('tests a share of France from the sums: 700 000 of 2 800 000 is 25 %', () => {
		expect(byId('share').best?.value).toBeCloseTo(25, 9);
	});

	it('takes the nearest of several official figures and shows them all', () => {
		const check = byId('nearest-of-two');
		expect(check.best?.indicator.id).toBe('jobs_industry');
		expect(check.figures.map((f) => f.value)).toEqual([220_000, 230_000]);
	});

	it('explains each verdict in one line, in French and English', () => {
		expect(claimExplanation(byId('nearly'), 'fr')).toMatch(/écart −4,8\u202f% avec le chiffre/);
		expect(claimExplanation(byId('confirms'), 'en')).toContain('above the floor claimed');
		expect(claimExplanation(byId('unmeasurable'), 'en')).toBe('No turnover.');
		expect(claimExplanation(byId('not-in-data'), 'fr')).toBe(
			'Aucun chiffre de l’atlas pour ce territoire.'
		);
		for (const check of checks) expect(claimExplanation(check, 'fr')).not.toContain('\n');
	});

	it('follows the data: a new figure changes the verdict', () => {
		const updated = territoryFixtureObservations.map((o) =>
			o.indicator === 'establishments_industry' && o.code === '84' ? { ...o, value: 21_500 } : o
		);
		const [check] = checkClaims(withTerritory(territoryFixtureModel(updated)), [claims[1]]);
		expect(check.verdict).toBe('confirmed');
	});
});
