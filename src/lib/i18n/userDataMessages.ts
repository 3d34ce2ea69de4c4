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
