import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { sourcesText } from '$lib/data/citations';
import type { Lang } from '$lib/data/types';
import MethodologyPage from '$lib/profile/MethodologyPage.svelte';
import SourceNotes from '$lib/profile/SourceNotes.svelte';
import { loadBundledModel } from '../bundledModel';

const model = await loadBundledModel();
const ids = [...model.sourceById.keys()];
const textOf = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');

/** Words that name a path (an intermediate copy) or a licence nobody looked for. */
const PATH_OR_UNKNOWN =
	/rouages|github|mon-entreprise|Barometre|topogram|rOpenGov|datas\.fun|inconnue|unknown/i;

describe('the sources of a profile, once, as footnotes', () => {
	for (const lang of ['fr', 'en'] as Lang[]) {
		it(`name the producer and its licence, never the copy read on the way (${lang})`, () => {
			const footnotes = new Map(ids.map((id, i) => [id, i + 1]));
			const html = render(SourceNotes, { props: { model, footnotes, lang } }).body;
			const items = html.split('<li').slice(1);
			expect(items).toHaveLength(ids.length);
			items.forEach((item, i) => {
				const source = model.sourceById.get(ids[i])!;
				const text = textOf(`<li${item}`);
				expect(text).toContain(source.publisher);
				expect(text).toMatch(lang === 'fr' ? /Licence : [^.]+\./ : /Licence: [^.]+\./);
				expect(text).not.toMatch(PATH_OR_UNKNOWN);
				expect(item).toContain(`#source-${ids[i]}"`);
			});
			const france = items[ids.indexOf('france-travail-rouages')];
			expect(textOf(france)).toContain(
				lang === 'fr' ? 'Licence : non trouvée.' : 'Licence: not found.'
			);
		});

		it(`say the same in figures' source lines (exports, /compare, key figures) (${lang})`, () => {
			for (const id of ids) {
				const line = sourcesText(model, [{ source: id } as never], lang, true);
				expect(line, id).not.toMatch(PATH_OR_UNKNOWN);
			}
		});
	}

	it('each link to a methodology entry that exists, which names the copy read and its licence', () => {
		const html = render(MethodologyPage, { props: { model } }).body;
		for (const id of ids) expect(html).toContain(`id="source-${id}"`);
		const entry = html.slice(html.indexOf('id="source-france-travail-rouages"'));
		expect(textOf(entry.slice(0, entry.indexOf('</article>')))).toContain('MayetSoft/rouages.fr');
	});
});
