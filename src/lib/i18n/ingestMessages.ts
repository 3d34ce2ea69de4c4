import type { Lang } from '../data/types';
import { ENGLISH_MESSAGES, type MessageKey, type MessageParams } from '../ingest/messages';
import { ENGLISH_REPORT, type ReportWords, type Said } from '../ingest/report';

type Say = (p: MessageParams) => string;

/** The reading core's issues, refusals and notes in French (English: `ENGLISH_MESSAGES`). */
export const ingestFr: Record<MessageKey, Say> = {
	cellCount: (p) => `${p.cells} cellules alors que l’en-tête en a ${p.header}`,
	emptyCode: () => 'code vide',
	emptyName: () => 'nom vide',
	notFr: (p) => `« ${p.cell} » n’est pas FR`,
	notRegion: (p) => `« ${p.cell} » n’est pas un code de région`,
	notDepartement: (p) => `« ${p.cell} » n’est pas un code de département`,
	notCommune: (p) => `« ${p.cell} » n’est pas un code de commune`,
	notRegionName: (p) => `« ${p.cell} » n’est pas le nom d’une région`,
	notDepartementName: (p) => `« ${p.cell} » n’est pas le nom d’un département`,
	emptyCategory: () => 'catégorie vide',
	notYear: (p) => `« ${p.cell} » n’est pas une année`,
	emptyIndicator: () => 'indicateur vide',
	percentNotAllowed: (p) => `« ${p.cell} » : un pourcentage là où un nombre est attendu`,
	notNumber: (p) => `« ${p.cell} » : pas un nombre`,
	manyDecimalMarks: (p) => `« ${p.cell} » : plus d’un séparateur décimal « ${p.mark} »`,
	badGrouping: (p) => `« ${p.cell} » : séparateurs de milliers hors de groupes de 3 chiffres`,
	duplicate: (p) => `même territoire, indicateur et année que la ligne ${p.first}`,
	columnNotFound: () => 'colonne absente de l’en-tête',
	noMeasureByYear: () => 'aucune colonne de cette mesure par année',
	yearNeeded: () => 'il faut une colonne d’année ou une année',
	yearAndValueNeeded: () =>
		'il faut une colonne d’année et une de valeurs, ou des mesures par année',
	indicatorNeeded: () => 'il faut un nom d’indicateur ou une colonne d’indicateurs',
	noTerritoryColumn: () => 'aucune colonne de codes ou de noms de territoires',
	noValueColumn: () => 'aucune colonne de valeurs',
	noYearColumn: () => 'aucune colonne d’année : désignez-en une, ou donnez l’année des chiffres',
	emptyFile: () => 'le fichier est vide',
	tooLarge: (p) => `le fichier est trop gros (${p.size} Mo ; ${p.max} Mo au plus)`,
	binaryFile: () => 'un fichier binaire, pas un tableau (CSV, TSV ou .xlsx attendu)',
	noTable: () => 'aucun tableau trouvé : il faut un en-tête et au moins une ligne de deux colonnes',
	unreadableXlsx: (p) => `fichier .xlsx illisible (${p.detail})`,
	notWorkbook: () => 'pas un classeur .xlsx (pas de xl/workbook.xml)',
	noSheet: () => 'le classeur n’a aucune feuille',
	unknownSheet: (p) => `aucune feuille nommée « ${p.sheet} » (feuilles : ${p.sheets})`,
	encoding: (p) => `encodage ${p.encoding}${p.bom ? ' avec BOM' : ''}`,
	encodingSwitched: (p) =>
		`encodage utf-8${p.bom ? ' avec BOM' : ''}, puis windows-1252 à partir de l’octet ${p.at}`,
	delimiter: (p) => `séparateur « ${p.delimiter === 'tab' ? 'tabulation' : p.delimiter} »`,
	regionNotSummed: (p) =>
		`région ${p.region}, ${p.indicator} ${p.year} : pas de somme, aucun chiffre pour ${
			String(p.missing).includes(',') ? 'les départements' : 'le département'
		} ${p.missing}`,
	rowsLeftOut: (p) =>
		`${p.count} lignes écartées par la correspondance (autres lignes, périodes ou groupes)`,
	readerStopped: (p) => `la lecture s’est arrêtée${p.detail ? ` (${p.detail})` : ''}`
};

const catalogue: Record<Lang, Record<MessageKey, Say>> = { fr: ingestFr, en: ENGLISH_MESSAGES };

/**
 * What the core said, in the page's language; a message without a key is shown as written.
 * @example sayIngest({ key: 'notYear', params: { cell: '2O20' }, message: '…' }, 'fr') // '« 2O20 » n’est pas une année'
 */
export function sayIngest(said: Said, lang: Lang): string {
	return said.key ? catalogue[lang][said.key](said.params ?? {}) : said.message;
}

/** The downloadable report's words in the page's language. */
export function reportWords(lang: Lang): ReportWords {
	if (lang === 'en') return ENGLISH_REPORT;
	return {
		say: (said) => sayIngest(said, 'fr'),
		header: ['ligne', 'colonne', 'motif'],
		rows: 'lignes lues',
		accepted: 'acceptées',
		rejected: 'rejetées',
		noData: 'sans donnée',
		outside: 'hors AURA et NA',
		note: 'note',
		communesIn: (territory) => `communes additionnées dans ${territory}`,
		unknownCommunes: 'codes de commune inconnus',
		issuesInAll: 'problèmes en tout',
		issuesListed: 'problèmes listés ci-dessus (les premiers)',
		issuesByReason: (reason) => `problèmes en tout : ${reason}`
	};
}
