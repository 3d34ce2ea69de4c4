import { ATLAS_DEPARTEMENTS } from './atlasGeography';

/**
 * The CSV export of an Opendatasoft portal's dataset (Explore API v2.1): `;`, the portal's
 * column labels, and an ODSQL `where` when given.
 * @example exportUrl('https://open.urssaf.fr', 'mon-jeu', 'code_departement IN ("01")')
 */
export function exportUrl(portal: string, dataset: string, where?: string): string {
	const query = new URLSearchParams({ delimiter: ';', use_labels: 'true' });
	if (where) query.set('where', where);
	return `${portal}/api/explore/v2.1/catalog/datasets/${dataset}/exports/csv?${query}`;
}

/** An ODSQL condition keeping the atlas's 24 départements: `code_departement IN ("01", …)`. */
export function atlasDepartementsWhere(field = 'code_departement'): string {
	return `${field} IN (${ATLAS_DEPARTEMENTS.map((d) => `"${d}"`).join(', ')})`;
}

/** The arrondissements municipaux of Paris, Marseille and Lyon, published beside their commune by some files. */
export const ARRONDISSEMENTS_MUNICIPAUX: readonly string[] = [
	...Array.from({ length: 20 }, (_, i) => String(75101 + i)),
	...Array.from({ length: 16 }, (_, i) => String(13201 + i)),
	...Array.from({ length: 9 }, (_, i) => String(69381 + i))
];
