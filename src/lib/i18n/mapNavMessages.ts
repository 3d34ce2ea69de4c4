/** Strings of the map's keyboard action and of the area search box. */
export const mapNavFr = {
	openProfileOf: (name: string) => `Ouvrir la fiche : ${name}`,
	searchLabel: 'Rechercher un lieu',
	searchPlaceholder: 'Commune, département',
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
