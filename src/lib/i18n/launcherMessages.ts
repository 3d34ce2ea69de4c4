// Apart from userDataMessages: / loads these before any importer code, profiles load only those.
/** The import button's strings, on every map page before any importer code loads. */
export const launcherMessages = {
	fr: { open: 'Importer vos données', dropHint: 'ou déposez un fichier n’importe où sur la page' },
	en: { open: 'Import your data', dropHint: 'or drop a file anywhere on the page' }
};
