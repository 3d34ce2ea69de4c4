/** Strings of the explorer's workspace: settings panel, map actions, the selected area's card. */
export const workspaceFr = {
	settings: 'Réglages',
	showSettings: 'Afficher les réglages',
	hideSettings: 'Masquer les réglages',
	closeSettings: 'Fermer les réglages',
	allIndicatorsButton: 'Tous les indicateurs',
	scrollHint: 'Faites défiler le tableau horizontalement pour voir toutes les colonnes.',
	/** Short names where room is scarce (the map's zoom buttons); the full name is in the label. */
	regionShort: { '84': 'AURA', '75': 'NA' } as Record<string, string>,
	zoomToShort: (region: string, short: string) => `${short} : zoomer sur ${region}`
};

export type WorkspaceMessages = typeof workspaceFr;
