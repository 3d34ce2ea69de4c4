// The areas the atlas is about, apart from any code that uses them (pages load only what they use).
import metroRegions from './metroRegions.json';

/** The two régions the atlas is about: Auvergne-Rhône-Alpes and Nouvelle-Aquitaine. */
export const FOCUS_REGIONS = ['84', '75'] as const;

/** The départements of each of the two régions, in code order. */
export const DEPARTEMENTS_OF_FOCUS_REGION = {
	'84': ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'],
	'75': ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87']
} as const;

/** The 24 départements of the two régions, AURA first, each in code order. */
export const FOCUS_DEPARTEMENTS = [
	...DEPARTEMENTS_OF_FOCUS_REGION['84'],
	...DEPARTEMENTS_OF_FOCUS_REGION['75']
] as const;

/**
 * The 13 metropolitan régions (COG codes), in code order. A JSON file, so that the data scripts
 * (plain Node, `scripts/figures/catalog.mjs`) read the same list.
 */
export const METRO_REGIONS: readonly string[] = metroRegions;
