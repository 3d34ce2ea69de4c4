import { describe, expect, it } from 'vitest';
import { messages } from '$lib/i18n/messages';

describe("the map's description names its territory as a sentence would", () => {
	it.each([
		['fr', 'both', 'Carte des 24 départements d’Auvergne-Rhône-Alpes et de Nouvelle-Aquitaine ;'],
		['fr', '75', 'Carte des 12 départements de Nouvelle-Aquitaine ;'],
		['en', 'both', 'Map of the 24 départements of Auvergne-Rhône-Alpes and Nouvelle-Aquitaine;']
	] as const)('%s, %s', (lang, scope, start) => {
		const n = scope === 'both' ? 24 : 12;
		expect(messages[lang].mapDescription(n, 'departement', scope)).toMatch(new RegExp(`^${start}`));
	});
});
