/** Strings of the map's keyboard action and of the area search box. */
export const mapNavFr = {
	openProfileOf: (name: string) => `Ouvrir la fiche : ${name}`,
	searchLabel: 'Rechercher un lieu',
	searchPlaceholder: 'Commune, département, région',
	searchLoading: 'Chargement des communes…',
	searchNotLoaded: 'La liste des communes n’a pas pu être chargée.',
	searchNone: 'Aucun résultat',
	searchCount: (n: number) => (n <= 1 ? `${n} résultat` : `${n} résultats`),
	kindDepartement: 'département',
	kindRegion: 'région',
	kindCommune: 'commune',
	inAtlas: (what: string, area: string) => `${what} → ${area}`,
	outsideAtlas: (what: string, where: string) =>
		`${what} → ${where} : hors du territoire de l’atlas (Auvergne-Rhône-Alpes et Nouvelle-Aquitaine).`,
	regionShown: (region: string) => `Sa région, ${region}, est sélectionnée.`,
	switchToRegions: 'Passez au niveau « Régions » pour voir sa région.',
	notShown: 'Il n’est pas sur la carte affichée : choisissez « Les deux régions ».'
};

export const mapNavEn: typeof mapNavFr = {
	openProfileOf: (name: string) => `Open profile: ${name}`,
	searchLabel: 'Find a place',
	searchPlaceholder: 'Commune, département, région',
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
