import type { Lang } from '../data/types';
import { messages } from '../i18n/messages';
import type { MapLevel } from '../state/explorerParams';
import type { Place } from './areaSearch';
import type { Geography } from './places';

/** The atlas's territory: Auvergne-Rhône-Alpes and Nouvelle-Aquitaine. */
export const ATLAS_REGIONS: readonly string[] = ['84', '75'];

export interface SearchContext {
	level: MapLevel;
	/** The codes of the areas on the map now. */
	shown: ReadonlySet<string>;
	/** The régions that fill the map at département level. */
	focusRegions: readonly string[];
	geography: Geography;
	lang: Lang;
}

/** What choosing a result does: the area to select and zoom to, and what to tell the reader. */
export interface SearchChoice {
	select: string | null;
	zoomTo: string | null;
	message: string;
}

/**
 * How a place reads in the list of results.
 * @example placeLabel(cluses, geography, 'fr') // 'Cluses (commune) → Haute-Savoie (74)'
 */
export function placeLabel(place: Place, geography: Geography, lang: Lang): string {
	const t = messages[lang];
	if (place.kind === 'region') return `${place.name} (${t.kindRegion})`;
	const departement = `${geography.departements.get(place.code)?.name ?? place.code} (${place.code})`;
	return place.kind === 'commune'
		? t.inAtlas(`${place.name} (${t.kindCommune})`, departement)
		: `${departement}, ${t.kindDepartement}`;
}

/**
 * What to do with a chosen result on the map as it is: select and zoom to the area it names
 * (or to its région at région level), or say why it is not on the map.
 */
export function searchChoice(place: Place, context: SearchContext): SearchChoice {
	const t = messages[context.lang];
	const { geography, shown } = context;
	const label = placeLabel(place, geography, context.lang);
	const regionCode =
		place.kind === 'region' ? place.code : (geography.departements.get(place.code)?.region ?? '');
	const regionName = geography.regions.get(regionCode) ?? regionCode;
	const inTerritory = ATLAS_REGIONS.includes(regionCode);
	const where =
		place.kind === 'region'
			? regionName
			: `${geography.departements.get(place.code)?.name ?? place.code} (${place.code}), ${regionName}`;
	const what = place.kind === 'commune' ? `${place.name} (${t.kindCommune})` : place.name;
	const outside = inTerritory ? '' : t.outsideAtlas(what, where);

	if (context.level === 'region') {
		if (!shown.has(regionCode)) return { select: null, zoomTo: null, message: outside };
		const message = inTerritory
			? t.inAtlas(label, regionName)
			: `${outside} ${t.regionShown(regionName)}`;
		return { select: regionCode, zoomTo: regionCode, message };
	}
	if (place.kind === 'region') {
		if (context.focusRegions.includes(place.code))
			return { select: null, zoomTo: place.code, message: label };
		return { select: null, zoomTo: null, message: `${outside || label} ${t.switchToRegions}` };
	}
	if (shown.has(place.code)) return { select: place.code, zoomTo: place.code, message: label };
	// Overseas régions (codes 01 to 06) are on neither map.
	const hint = inTerritory ? t.notShown : regionCode.startsWith('0') ? '' : t.switchToRegions;
	return { select: null, zoomTo: null, message: `${outside || label} ${hint}`.trim() };
}
