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

export const workspaceEn: WorkspaceMessages = {
	settings: 'Settings',
	showSettings: 'Show settings',
	hideSettings: 'Hide settings',
	closeSettings: 'Close settings',
	allIndicatorsButton: 'All indicators',
	scrollHint: 'Scroll the table sideways to see every column.',
	regionShort: { '84': 'AURA', '75': 'NA' },
	zoomToShort: (region, short) => `${short}: zoom to ${region}`
};
