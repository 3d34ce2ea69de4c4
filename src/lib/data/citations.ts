import { messages } from '../i18n/messages';
import { denominatorYear, type MeasureId } from './measures';
import type { AtlasModel } from './model';
import type { GeoLevel, Indicator, Lang, Observation, Source } from './types';

/**
 * A source's licence as a caption names it: the producer's, or that it was not found.
 * @example licenceName(franceTravail, 'fr') // 'non trouvée'
 */
export function licenceName(source: Pick<Source, 'licenseName'>, lang: Lang): string {
	const t = messages[lang];
	if (source.licenseName === 'not found') return t.licenceNotFound;
	if (source.licenseName === 'unknown') return t.unknownLicence;
	return source.licenseName;
}

/**
 * The sources of some observations, each once: 'URSSAF, Nombre d’établissements… ; INSEE, …',
 * with their licences when asked (for exported figures).
 * @example sourcesText(model, observations, 'fr', true) // 'INSEE, Populations légales… (licence : Licence Ouverte)'
 */
export function sourcesText(
	model: AtlasModel,
	observations: readonly Observation[],
	lang: Lang,
	withLicence = false
): string {
	const t = messages[lang];
	const ids = [...new Set(observations.map((o) => o.source))].sort();
	return ids
		.map((id) => {
			const source = model.sourceById.get(id);
			if (!source) return id;
			const known = source.publisherNote ? ` (${source.publisherNote[lang]})` : '';
			const name = `${source.publisher}${known}, ${source.title}`;
			if (!withLicence) return name;
			return `${name} (${t.licenceOf(licenceName(source, lang) || source.license[lang])})`;
		})
		.join(t.semicolon);
}

/**
 * The year(s) behind a measure: a ratio states both years when they differ, a change its span.
 * @example yearsTextFor(model, { indicator, measure: 'per10k', level: 'departement', year: 2021 }, 'fr') // '2021 (population 2023)'
 */
export function yearsTextFor(
	model: AtlasModel,
	request: { indicator: Indicator; measure: MeasureId; level: GeoLevel; year: number; baseYear?: number },
	lang: Lang
): string {
	const t = messages[lang];
	const { measure, year } = request;
	if (measure === 'change') return t.yearRange(request.baseYear ?? year, year);
	const kinds: Partial<Record<MeasureId, 'population' | 'jobs' | 'area'>> = {
		per10k: 'population',
		per1kJobs: 'jobs',
		density: 'area'
	};
	const kind = kinds[measure];
	if (!kind) return String(year);
	const other = denominatorYear(model, request);
	return other === undefined || other === year
		? String(year)
		: t.yearsWith(String(year), t.denominators[kind], String(other));
}
