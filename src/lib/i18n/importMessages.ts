import type { ColumnRole } from '../ingest/guess';
import type { SourceLevel } from '../ingest/types';
import type { Lang } from '../data/types';
import { formatNumber } from '../scales/format';
import { isSingular } from './plural';

const count = (n: number, lang: Lang) => formatNumber(n, lang, 0);
/** A count in the reader's digits with its word agreeing: '1 ligne lue', '1 500 lignes lues'. */
const fr = (n: number, one: string, other: string) =>
	`${count(n, 'fr')} ${isSingular(n, 'fr') ? one : other}`;
const en = (n: number, one: string, other: string) =>
	`${count(n, 'en')} ${isSingular(n, 'en') ? one : other}`;

/** Strings of the importer (your own data on the map). French first; English typed from it. */
export const importFr = {
	title: 'Importer vos données',
	close: 'Fermer',
	pick: 'Choisir un fichier (CSV, TSV, .xlsx)',
	paste: 'Ou collez des cellules copiées d’un tableur',
	readPaste: 'Lire les cellules collées',
	reading: 'Lecture du fichier',
	cancel: 'Annuler',
	cancelled: 'Lecture annulée.',
	failed: (file: string, message: string) => `${file} ne peut pas être importé : ${message}`,
	sheet: 'Feuille',
	preview: (n: number) => `Aperçu des ${n} premières lignes`,
	mapping: 'Rôle des colonnes',
	roleOf: (column: string) => `Rôle de « ${column} »`,
	roles: {
		code: 'code du territoire',
		name: 'nom du territoire',
		year: 'année',
		value: 'valeur',
		indicator: 'indicateur',
		unit: 'unité',
		category: 'catégorie',
		ignore: 'ignorée'
	} satisfies Record<ColumnRole, string>,
	level: 'Les codes sont ceux de',
	levels: {
		departement: 'départements',
		region: 'régions',
		commune: 'communes (additionnées par département)',
		pays: 'pays'
	} satisfies Record<SourceLevel, string>,
	name: 'Nom de l’indicateur',
	unit: 'Unité',
	kind: 'Nature',
	count: 'effectif (cercles, additionné en régions)',
	rate: 'taux ou part (aplats de couleur)',
	year: 'Année des chiffres (si aucune colonne ne la donne)',
	check: 'Vérifier',
	report: 'Rapport de jointure',
	rows: (read: number, accepted: number, rejected: number) =>
		`${fr(read, 'ligne lue', 'lignes lues')}, ${fr(accepted, 'acceptée', 'acceptées')}, ${fr(rejected, 'rejetée', 'rejetées')}`,
	noData: (n: number) =>
		fr(
			n,
			'cellule sans donnée (jamais lue comme zéro)',
			'cellules sans donnée (jamais lues comme zéro)'
		),
	matched: (deps: number, regions: number) =>
		`${fr(deps, 'département', 'départements')} et ${fr(regions, 'région', 'régions')} reconnus`,
	outside: (n: number) =>
		`${fr(n, 'chiffre', 'chiffres')} hors Auvergne-Rhône-Alpes et Nouvelle-Aquitaine (${isSingular(n, 'fr') ? 'gardé' : 'gardés'})`,
	unknown: (total: string, shown?: string) =>
		`Codes inconnus (${total}${shown ? ` ; les ${shown} premières lignes ci-dessous` : ''})`,
	duplicates: (total: string, shown?: string) =>
		`Doublons (${total}${shown ? ` ; les ${shown} premières lignes ci-dessous` : ''})`,
	issues: 'Lignes rejetées',
	row: 'Ligne',
	column: 'Colonne',
	reason: 'Motif',
	more: (n: string) => `et ${n} autres dans le rapport téléchargé`,
	capped: (total: string, listed: string) =>
		`${total} problèmes en tout : le rapport téléchargé liste les ${listed} premiers et les compte tous par motif :`,
	byReason: (n: string, reason: string) => `${n} × ${reason}`,
	download: 'Télécharger le rapport (CSV)',
	back: 'Retour',
	add: (n: number) => (n > 1 ? `Ajouter les ${n} indicateurs à la carte` : 'Ajouter à la carte'),
	nothing: 'Aucun chiffre n’a pu être lu : corrigez le rôle des colonnes.',
	communes: 'Communes additionnées',
	territory: 'Territoire',
	communeCount: 'Communes',
	unknownCommunes: (codes: string) => `Codes de commune inconnus : ${codes}`,
	notes: 'Remarques'
};

export const importEn: typeof importFr = {
	title: 'Import your data',
	close: 'Close',
	pick: 'Choose a file (CSV, TSV, .xlsx)',
	paste: 'Or paste cells copied from a spreadsheet',
	readPaste: 'Read the pasted cells',
	reading: 'Reading the file',
	cancel: 'Cancel',
	cancelled: 'Reading cancelled.',
	failed: (file, message) => `${file} cannot be imported: ${message}`,
	sheet: 'Sheet',
	preview: (n) => `Preview of the first ${n} rows`,
	mapping: 'Column roles',
	roleOf: (column) => `Role of “${column}”`,
	roles: {
		code: 'territory code',
		name: 'territory name',
		year: 'year',
		value: 'value',
		indicator: 'indicator',
		unit: 'unit',
		category: 'category',
		ignore: 'ignored'
	},
	level: 'The codes are those of',
	levels: {
		departement: 'départements',
		region: 'régions',
		commune: 'communes (summed by département)',
		pays: 'countries'
	},
	name: 'Indicator name',
	unit: 'Unit',
	kind: 'Kind',
	count: 'count (circles, summed into régions)',
	rate: 'rate or share (colours)',
	year: 'Year of the figures (when no column gives it)',
	check: 'Check',
	report: 'Join report',
	rows: (read, accepted, rejected) =>
		`${en(read, 'row', 'rows')} read, ${count(accepted, 'en')} accepted, ${count(rejected, 'en')} rejected`,
	noData: (n) => `${en(n, 'cell', 'cells')} with no data (never read as zero)`,
	matched: (deps, regions) =>
		`${en(deps, 'département', 'départements')} and ${en(regions, 'région', 'régions')} matched`,
	outside: (n) =>
		`${en(n, 'figure', 'figures')} outside Auvergne-Rhône-Alpes and Nouvelle-Aquitaine (kept)`,
	unknown: (total, shown) =>
		`Unknown codes (${total}${shown ? `; the first ${shown} rows below` : ''})`,
	duplicates: (total, shown) =>
		`Duplicates (${total}${shown ? `; the first ${shown} rows below` : ''})`,
	issues: 'Rejected rows',
	row: 'Row',
	column: 'Column',
	reason: 'Reason',
	more: (n) => `and ${n} more in the downloaded report`,
	capped: (total, listed) =>
		`${total} issues in all: the downloaded report lists the first ${listed} and counts them all by reason:`,
	byReason: (n, reason) => `${n} × ${reason}`,
	download: 'Download the report (CSV)',
	back: 'Back',
	add: (n) => (n > 1 ? `Add the ${n} indicators to the map` : 'Add to the map'),
	nothing: 'No figure could be read: correct the columns’ roles.',
	communes: 'Communes summed',
	territory: 'Territory',
	communeCount: 'Communes',
	unknownCommunes: (codes) => `Unknown commune codes: ${codes}`,
	notes: 'Notes'
};

export const importMessages = { fr: importFr, en: importEn };
