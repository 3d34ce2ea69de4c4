import { buildAtlasModel, type AtlasModel } from '../data/model';
import type { Indicator, Lang, Observation, Source } from '../data/types';
import { knownCodesOf } from '../geo/geoFacts';
import type { IngestValue } from '../ingest/types';

/** An indicator the user imported: kept in the browser (IndexedDB), never sent anywhere. */
export interface UserImport {
	id: string;
	label: string;
	unit: string;
	kind: 'count' | 'rate';
	fileName: string;
	/** ISO date of the import (YYYY-MM-DD). */
	importedAt: string;
	values: IngestValue[];
}

export const USER_RESOURCE = 'user';
export const USER_GROUP = 'user';

const dateText = (iso: string, lang: Lang) =>
	new Date(`${iso}T12:00:00Z`).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', {
		dateStyle: 'long',
		timeZone: 'UTC'
	});

/** The source line of an import, as the legend, tooltip, sources list and exports print it. */
export function userSource(item: UserImport, lang: Lang): Source {
	const imported = dateText(item.importedAt, lang);
	const both = {
		fr: `fichier importé le ${dateText(item.importedAt, 'fr')}`,
		en: `file imported on ${dateText(item.importedAt, 'en')}`
	};
	return {
		id: `user-${item.id}`,
		title:
			lang === 'fr'
				? `${item.fileName}, importé le ${imported}`
				: `${item.fileName}, imported on ${imported}`,
		publisher: lang === 'fr' ? 'Vos données' : 'Your data',
		path: item.fileName,
		licenseName: lang === 'fr' ? 'vos données' : 'your data',
		license: {
			fr: 'Données de l’utilisateur, gardées dans ce navigateur',
			en: 'The user’s data, kept in this browser'
		},
		vintage: both,
		note: both
	};
}

/**
 * The model with the user's imports added beside the bundled indicators (group `user`):
 * figures for territories the map has no shape for are left out, as bundled files' are.
 */
export function withUserData(
	model: AtlasModel,
	imports: readonly UserImport[],
	lang: Lang
): AtlasModel {
	if (imports.length === 0) return model;
	const known = knownCodesOf(model.topology);
	const ids = new Set(imports.map((i) => i.id));
	const indicators: Indicator[] = imports.map((item) => ({
		id: item.id,
		resource: USER_RESOURCE,
		group: USER_GROUP,
		label: { fr: item.label, en: item.label },
		unit: { fr: item.unit, en: item.unit },
		kind: item.kind,
		definition: {
			fr: `Vos données : ${item.fileName}, importé le ${dateText(item.importedAt, 'fr')}.`,
			en: `Your data: ${item.fileName}, imported on ${dateText(item.importedAt, 'en')}.`
		},
		sources: [`user-${item.id}`],
		vintage: item.importedAt
	}));
	const observations: Observation[] = imports.flatMap((item) =>
		item.values
			.filter((v) => known[v.geo_level].has(v.geo_code))
			.map((v) => ({
				level: v.geo_level,
				code: v.geo_code,
				indicator: item.id,
				year: v.year,
				value: v.value,
				source: `user-${item.id}`,
				file: item.fileName,
				row: 0
			}))
	);
	const datapackage = {
		...model.datapackage,
		indicators: [...model.datapackage.indicators.filter((i) => !ids.has(i.id)), ...indicators],
		sources: [...model.datapackage.sources, ...imports.map((i) => userSource(i, lang))]
	};
	return buildAtlasModel({
		datapackage,
		topology: model.topology,
		observations: [...model.observations.filter((o) => !ids.has(o.indicator)), ...observations],
		issues: model.issues,
		loaded: [...model.loaded, USER_RESOURCE]
	});
}

/** An indicator id for an import that no bundled indicator or earlier import has. */
export function userIndicatorId(label: string, taken: ReadonlySet<string>): string {
	const base = `user_${
		label
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '_')
			.replace(/^_|_$/g, '') || 'data'
	}`;
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
	return id;
}
