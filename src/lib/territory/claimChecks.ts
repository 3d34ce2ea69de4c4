import { getObservation, yearsOf, type AtlasModel } from '../data/model';
import type { Indicator, Observation } from '../data/types';
import type { Claim } from './claims';
import type { KeyArea } from './keyAreas';

export type Verdict = 'confirmed' | 'close' | 'not-confirmed' | 'not-measurable';

/**
 * How far a figure may be from a claim. "Plus de X" holds from X and is close from 90 % of X;
 * a round figure "X" holds within 2.5 % of X either way and is close within 10 %.
 */
export const TOLERANCE = { aboutConfirmed: 0.025, close: 0.1 } as const;

/** One official figure set beside a claim: the area's latest, as a value or a share of France. */
export interface ClaimFigure {
	indicator: Indicator;
	measure: 'value' | 'shareFrance';
	year: number;
	value: number;
	/** The observations it was computed from (the area's, then France's for a share). */
	inputs: Observation[];
	/** (figure − claim) / claim; absent beside a claim the atlas cannot test. */
	gap?: number;
	verdict?: Exclude<Verdict, 'not-measurable'>;
}

export interface ClaimCheck {
	claim: Claim;
	verdict: Verdict;
	/** The figure the verdict rests on (the nearest to the claim); undefined when none. */
	best: ClaimFigure | undefined;
	/** Every official figure set beside the claim, in the claim's order. */
	figures: ClaimFigure[];
}

const RANK: Record<Exclude<Verdict, 'not-measurable'>, number> = {
	confirmed: 0,
	close: 1,
	'not-confirmed': 2
};

/**
 * The verdict of one figure on a claim's number.
 * @example verdictOf('atLeast', 30, 28.5) // 'close' (within 10 % below the floor)
 * @example verdictOf('about', 240_000, 259_814) // 'close' (8.3 % above)
 */
export function verdictOf(
	kind: 'atLeast' | 'about',
	target: number,
	value: number
): Exclude<Verdict, 'not-measurable'> {
	const gap = (value - target) / target;
	if (kind === 'atLeast') {
		if (value >= target) return 'confirmed';
		return gap >= -TOLERANCE.close ? 'close' : 'not-confirmed';
	}
	if (Math.abs(gap) <= TOLERANCE.aboutConfirmed) return 'confirmed';
	return Math.abs(gap) <= TOLERANCE.close ? 'close' : 'not-confirmed';
}

/** The area's latest figure of an indicator, as a value or as a share of France's same year. */
function latestFigure(
	model: AtlasModel,
	indicator: Indicator,
	area: KeyArea,
	measure: 'value' | 'shareFrance'
): ClaimFigure | undefined {
	const years = yearsOf(model, indicator.id, area.level);
	for (let i = years.length - 1; i >= 0; i--) {
		const own = getObservation(model, indicator.id, area.level, area.code, years[i]);
		if (!own || own.value === null) continue;
		if (measure === 'value') {
			return { indicator, measure, year: own.year, value: own.value, inputs: [own] };
		}
		const france = getObservation(model, indicator.id, 'pays', 'FR', own.year);
		if (!france?.value || indicator.kind !== 'count') continue;
		const value = (own.value / france.value) * 100;
		return { indicator, measure, year: own.year, value, inputs: [own, france] };
	}
	return undefined;
}

/**
 * Checks each claim against the figures of data/ (the model from `withTerritory` for claims on the
 * territory): every candidate figure gets a verdict, and the claim takes the best of them (the
 * nearest on a tie). A claim with no figure that can test it is "not measurable", with the
 * nearest figures of the atlas beside it for context.
 * @example checkClaims(model, CLAIMS).find((c) => c.claim.id === 'na-firms')?.verdict // 'confirmed'
 */
export function checkClaims(model: AtlasModel, claims: readonly Claim[]): ClaimCheck[] {
	return claims.map((claim) => {
		const { test } = claim;
		const ids = test.kind === 'none' ? test.nearest.indicators : test.indicators;
		const measure = test.kind === 'none' ? test.nearest.measure : test.measure;
		const figures = ids
			.map((id) => model.indicatorById.get(id))
			.filter((i): i is Indicator => i !== undefined)
			.map((i) => latestFigure(model, i, claim.area, measure))
			.filter((f): f is ClaimFigure => f !== undefined);
		if (test.kind === 'none') return { claim, verdict: 'not-measurable', best: undefined, figures };
		for (const f of figures) {
			f.gap = (f.value - test.target) / test.target;
			f.verdict = verdictOf(test.kind, test.target, f.value);
		}
		const best = [...figures].sort(
			(a, b) =>
				RANK[a.verdict ?? 'not-confirmed'] - RANK[b.verdict ?? 'not-confirmed'] ||
				Math.abs(a.gap ?? 0) - Math.abs(b.gap ?? 0)
		)[0];
		return { claim, verdict: best?.verdict ?? 'not-measurable', best, figures };
	});
}
