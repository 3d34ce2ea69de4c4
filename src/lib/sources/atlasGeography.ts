/** The région of each of the atlas's 24 départements (COG): Auvergne-Rhône-Alpes 84, Nouvelle-Aquitaine 75. */
export const ATLAS_REGION_OF: Readonly<Record<string, string>> = Object.fromEntries([
	...['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'].map((d) => [d, '84']),
	...['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87'].map((d) => [d, '75'])
]);

export const ATLAS_DEPARTEMENTS: readonly string[] = Object.keys(ATLAS_REGION_OF).sort();
