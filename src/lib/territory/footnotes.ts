import { licenceName } from '../data/citations';
import type { Lang, Observation, Source } from '../data/types';

/**
 * Numbers the sources of some groups of observations in order of first use, for footnotes:
 * each group gets the numbers of its sources, and `order` lists the source ids by number.
 * @example footnotes([[{ source: 'a' }], [{ source: 'b' }, { source: 'a' }]]) // { order: ['a', 'b'], numbers: [[1], [1, 2]] }
 */
export function footnotes(groups: readonly (readonly Pick<Observation, 'source'>[])[]): {
	order: string[];
	numbers: number[][];
} {
	const order: string[] = [];
	const numbers = groups.map((group) => {
		const ids = [...new Set(group.map((o) => o.source))];
		for (const id of ids) if (!order.includes(id)) order.push(id);
		return ids.map((id) => order.indexOf(id) + 1).sort((a, b) => a - b);
	});
	return { order, numbers };
}

/**
 * A footnote of a source: publisher, title, the producer's licence, vintage and the
 * publication's address (left out when only an intermediate copy's is known: the methodology
 * page has it).
 * @example footnoteText(source, 'fr') // 'INSEE, Populations légales… — licence : Licence Ouverte — millésime 2023 — https://…'
 */
export function footnoteText(source: Source, lang: Lang): string {
	const licence = licenceName(source, lang);
	const licenceWord = lang === 'fr' ? 'licence : ' : 'licence: ';
	return [
		`${source.publisher}, ${source.title}`,
		`${licenceWord}${licence}`,
		source.vintage[lang],
		source.path === source.via ? '' : source.path
	]
		.filter(Boolean)
		.join(' — ');
}
