import { describe, expect, it } from 'vitest';
import { exportFileName, slugify } from '$lib/export/fileName';

describe('slugify', () => {
	it.each([
		['Emplois industrie', 'emplois-industrie'],
		['Établissements pour 10 000 hab.', 'etablissements-pour-10-000-hab'],
		['Côte-d’Or', 'cote-d-or'],
		['  Part (%) — œuvres  ', 'part-oeuvres'],
		['AURA + NA', 'aura-na'],
		['ÀÉÎÕÜ ç', 'aeiou-c'],
		['a'.repeat(80), 'a'.repeat(60)],
		['!!!', '']
	])('%j → %j', (text, expected) => {
		expect(slugify(text)).toBe(expected);
	});
});

describe('exportFileName', () => {
	it.each([
		[
			{ view: '', indicator: 'Emplois industrie', year: 2025, scope: 'AURA NA' },
			'png',
			undefined,
			'cimes-atlas_emplois-industrie_2025_aura-na.png'
		],
		[
			{ view: 'Carte', indicator: 'Emplois industrie', year: 2025, scope: 'AURA NA' },
			'png',
			'2x',
			'cimes-atlas_carte_emplois-industrie_2025_aura-na_2x.png'
		],
		[
			{ view: 'Graphique', indicator: 'Part de l’emploi', year: '2021 / 2023' },
			'svg',
			undefined,
			'cimes-atlas_graphique_part-de-l-emploi_2021-2023.svg'
		],
		[
			{ view: 'carte', indicator: 'Valeur ajoutée' },
			'csv',
			'excel-fr',
			'cimes-atlas_carte_valeur-ajoutee_excel-fr.csv'
		]
	] as const)('%j as %s (suffix %s) → %s', (parts, extension, suffix, expected) => {
		expect(exportFileName(parts, extension, { suffix })).toBe(expected);
	});
});
