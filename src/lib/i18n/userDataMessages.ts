/** Strings of the list of the user's imports. */
export const userDataMessages = {
	fr: {
		open: 'Importer vos données',
		yours: 'Vos données importées',
		remove: (label: string) => `Retirer « ${label} »`,
		added: (label: string) => `« ${label} » ajouté à la carte.`,
		removed: (label: string) => `« ${label} » retiré.`
	},
	en: {
		open: 'Import your data',
		yours: 'Your imported data',
		remove: (label: string) => `Remove “${label}”`,
		added: (label: string) => `“${label}” added to the map.`,
		removed: (label: string) => `“${label}” removed.`
	}
};

/** The import button's strings, on every map page before any importer code loads. */
export const launcherMessages = {
	fr: { open: 'Importer vos données', dropHint: 'ou déposez un fichier n’importe où sur la page' },
	en: { open: 'Import your data', dropHint: 'or drop a file anywhere on the page' }
};
