// English of mapNavMessages.ts: loaded with the English dictionary (see english.svelte.ts).
import type { mapNavFr } from './mapNavMessages';

export const mapNavEn: typeof mapNavFr = {
	openProfileOf: (name: string) => `Open profile: ${name}`,
	searchLabel: 'Find a place',
	searchPlaceholder: 'Town, département',
	searchLoading: 'Loading communes…',
	searchNotLoaded: 'The list of communes could not be loaded.',
	searchNone: 'No result',
	searchCount: (n: number) => (n === 1 ? '1 result' : `${n} results`),
	kindDepartement: 'département',
	kindRegion: 'région',
	kindCommune: 'commune',
	inAtlas: (what: string, area: string) => `${what} → ${area}`,
	outsideAtlas: (what: string, where: string) =>
		`${what} → ${where}: outside the atlas’s territory (Auvergne-Rhône-Alpes and Nouvelle-Aquitaine).`,
	regionShown: (region: string) => `Its région, ${region}, is selected.`,
	switchToRegions: 'Switch to the “Régions” level to see its région.',
	notShown: 'It is not on the map shown: choose “Both régions”.'
};
