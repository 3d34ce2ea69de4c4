import type { Localized } from '../data/types';

/**
 * The CIMES territory as an area of the charts: its code among the régions (not an INSEE code,
 * so it never meets one), its name, and which models know its figures. No other import, so the
 * chart modules can use it without loading the territory's computations.
 */
export const TERRITORY_CODE = 'CIMES';
/** The two régions the territory is made of: Auvergne-Rhône-Alpes and Nouvelle-Aquitaine. */
export const TERRITORY_REGIONS = ['84', '75'] as const;
export const TERRITORY_NAME: Localized = {
	fr: 'Territoire CIMES (AURA + Nouvelle-Aquitaine)',
	en: 'CIMES territory (AURA + Nouvelle-Aquitaine)'
};

/** Its name in a chart, where a label must fit beside a line or a bar; its page says what it is. */
export const TERRITORY_SHORT_NAME: Localized = {
	fr: 'Territoire CIMES',
	en: 'CIMES territory'
};

const withTerritoryModels = new WeakSet<object>();

/** Records that a model holds the territory's figures (called by `withTerritory`). */
export function markWithTerritory(model: object): void {
	withTerritoryModels.add(model);
}

/** Whether a model knows the territory (was built by `withTerritory`). */
export function hasTerritory(model: object): boolean {
	return withTerritoryModels.has(model);
}
