import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Lang } from '$lib/data/types';
import SourcesList from '$lib/ui/SourcesList.svelte';
import { loadBundledModel } from '../bundledModel';

const model = await loadBundledModel();

/** The list's text as a reader sees it (a source's title is its publisher's, so left out). */
function listText(lang: Lang): string {
	const html = render(SourcesList, { props: { model, lang } }).body;
	const titles = [...model.sourceById.values()].map((s) => s.title);
	const text = html
		.replace(/<[^>]+>/g, '')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');
	return titles.reduce((rest, title) => rest.replaceAll(title, ''), text);
}

const ENGLISH = [
	'intermediate file',
	'not stated in the material read',
	'not restated',
	'as stated by the intermediate',
	'no licence file',
	'reuse terms',
	'extract of',
	'extract generated',
	'quarterly',
	'provisional',
	'files dated',
	'edition published',
	'inferred',
	'subset',
	'unknown'
];
const FRENCH = [
	'fichier intermédiaire',
	'non indiquée',
	'non rappelée',
	"selon l'intermédiaire",
	'sans fichier de licence',
	'conditions de réutilisation',
	'extraction',
	'trimestrielles',
	'provisoire',
	'fichiers datés',
	'édition parue',
	'déduit',
	'paquet',
	'inconnue'
];

describe('SourcesList', () => {
	it('says every licence and vintage in French, with no English phrase, in the French page', () => {
		const text = listText('fr');
		for (const phrase of ENGLISH) expect(text).not.toContain(phrase);
		for (const source of model.sourceById.values()) {
			expect(text).toContain(source.license.fr);
			expect(text).toContain(source.vintage.fr);
		}
		expect(text).toContain('DARES / France Travail,');
		expect(text).toContain('Licence : non trouvée');
	});

	it('says them in English, with no French phrase, in the English page', () => {
		const text = listText('en');
		for (const phrase of FRENCH) expect(text).not.toContain(phrase);
		for (const source of model.sourceById.values()) {
			expect(text).toContain(source.license.en);
			expect(text).toContain(source.vintage.en);
		}
		expect(text).toContain('DARES / France Travail,');
		expect(text).toContain('Licence: not found');
	});
});
