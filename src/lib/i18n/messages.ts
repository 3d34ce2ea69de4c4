import type { MeasureId } from '../data/measures';
import type { ClassMethod } from '../scales/classify';
import type { MapLevel } from '../state/explorerParams';
import type { IssueKind, Lang } from '../data/types';
import { explorerEn, explorerFr } from './explorerMessages';
import { mapNavEn, mapNavFr } from './mapNavMessages';
import { workspaceEn, workspaceFr } from './workspaceMessages';
import { plural } from './plural';

const listFr = (names: string[]) =>
	names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`;
const listEn = (names: string[]) =>
	names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** The map's territory after "départements": French elides and contracts the article. */
const SCOPE_OF_FR: Record<string, string> = {
	both: 'd’Auvergne-Rhône-Alpes et de Nouvelle-Aquitaine',
	'84': 'd’Auvergne-Rhône-Alpes',
	'75': 'de Nouvelle-Aquitaine'
};
const SCOPE_OF_EN: Record<string, string> = {
	both: 'Auvergne-Rhône-Alpes and Nouvelle-Aquitaine',
	'84': 'Auvergne-Rhône-Alpes',
	'75': 'Nouvelle-Aquitaine'
};

const fr = {
	...explorerFr,
	...workspaceFr,
	...mapNavFr,
	appName: 'CIMES Atlas',
	skipToContent: 'Aller au contenu',
	mainNav: 'Navigation principale',
	navMap: 'Carte',
	/** The export menu's button, drawn before the menu's own strings load. */
	exportButton: 'Exporter',
	navCompare: 'Comparer',
	navKeyFigures: 'Chiffres clés',
	explorerHeading: 'Explorer la carte',
	tagline: 'L’industrie mécanique en Auvergne-Rhône-Alpes et en Nouvelle-Aquitaine',
	language: 'Langue',
	measure: 'Mesure',
	mapDescription: (n: number, level: MapLevel, scope: string) =>
		level === 'region'
			? `Carte des ${n} régions de France métropolitaine.`
			: `Carte des ${n} départements ${SCOPE_OF_FR[scope] ?? ''} ; le reste de la France en gris.`,
	legend: 'Légende',
	legendTitle: (method: ClassMethod) => `Classes : ${explorerFr.methods[method].toLowerCase()}`,
	legendClosure: 'Borne basse incluse, borne haute exclue (sauf la dernière classe).',
	areas: (n: number, level: MapLevel = 'departement') =>
		level === 'region'
			? plural(n, 'fr', 'région', 'régions')
			: plural(n, 'fr', 'département', 'départements'),
	noData: 'Pas de données',
	years: 'Années',
	source: 'Source',
	sources: 'Sources',
	licence: 'Licence',
	unknownLicence: 'inconnue',
	licenceOf: (licence: string) => `licence : ${licence}`,
	table: 'Tableau des données',
	departement: 'Département',
	region: 'Région',
	value: 'Valeur',
	numerator: 'Numérateur',
	denominator: 'Dénominateur',
	year: 'Année',
	rank: 'Rang',
	changeSince: (percent: string, year: number) => `${percent} % depuis ${year}`,
	explorerTitle: (indicator: string, measure: string, years: string) =>
		`${indicator}${measure ? ` ${measure}` : ''}, ${years}`,
	yearsWith: (year: string, denominator: string, other: string) =>
		`${year} (${denominator} ${other})`,
	denominators: { population: 'population', jobs: 'emplois', area: 'superficie' },
	yearRange: (from: number, to: number) => `${from}–${to}`,
	measures: {
		value: '',
		per10k: 'pour 10 000 habitants',
		per1kJobs: 'pour 1 000 emplois salariés privés',
		shareRegion: '— part de la région',
		shareFrance: '— part de la France',
		density: 'pour 100 km²',
		change: '— évolution',
		specialisation: '— indice de spécialisation'
	} satisfies Record<MeasureId, string>,
	summary: (high: string, low: string, median: string, n: number, total: number) =>
		`Valeur la plus élevée : ${high} ; la plus basse : ${low} ; médiane : ${median}` +
		(n < total ? ` (${n} zones sur ${total} ont une valeur).` : '.'),
	summaryEmpty: 'Aucune zone n’a de valeur pour ce choix.',
	summaryExtreme: (names: string[], value: string, level: MapLevel = 'departement') =>
		names.length <= 3
			? `${listFr(names)} (${value})`
			: `${value}, partagée par ${names.length} ${level === 'region' ? 'régions' : 'départements'}`,
	countedIn: (quantity: string, year: number, place?: string) =>
		`${quantity} (${place ? `${place}, ` : ''}${year})`,
	ratioInputs: (count: string, denominator: string) => `${count} / ${denominator}`,
	changeInputs: (before: string, after: string) => `de ${before} à ${after}`,
	classOf: (index: number, count: number) => `classe ${index} sur ${count}`,
	vintage: 'Millésime',
	definition: 'Définition',
	issuesTitle: (n: number) => `${plural(n, 'fr', 'problème', 'problèmes')} dans les données`,
	issuesIntro: 'Ces lignes ont été écartées de la carte ; corrigez-les dans le fichier indiqué.',
	row: 'ligne',
	column: 'colonne',
	expected: 'attendu',
	found: 'trouvé',
	quote: (text: string) => `« ${text} »`,
	colon: ' : ',
	semicolon: ' ; ',
	issueKinds: {
		'file-unreadable': 'fichier illisible',
		'malformed-row': 'ligne mal formée',
		'unclosed-quote':
			'guillemet non fermé : les lignes suivantes sont lues comme une seule cellule',
		'missing-column': 'colonne manquante',
		required: 'valeur obligatoire manquante',
		'not-in-list': 'valeur inconnue',
		pattern: 'format incorrect',
		'not-a-year': 'année invalide (4 chiffres attendus)',
		'not-a-number': 'nombre invalide',
		'below-minimum': 'valeur trop petite',
		'unknown-code': 'code géographique inconnu',
		duplicate: 'ligne en double'
	} satisfies Record<IssueKind, string>,
	cellCount: (found: string, expected: string) => `${found} cellules au lieu de ${expected}`,
	duplicateOf: (line: string) => `première occurrence ligne ${line}`,
	codeOfLevel: (level: string) => `un code connu de niveau « ${level} »`,
	footer:
		'Données publiques sourcées ; aucune valeur n’est estimée ni complétée. Rien n’est envoyé : le site fonctionne hors ligne.',
	dataFiles: 'Fichiers de données',
	allSources: 'Toutes les sources et la méthode'
};

export type Messages = typeof fr;

const en: Messages = {
	...explorerEn,
	...workspaceEn,
	...mapNavEn,
	appName: 'CIMES Atlas',
	skipToContent: 'Skip to content',
	mainNav: 'Main navigation',
	navMap: 'Map',
	exportButton: 'Export',
	navCompare: 'Compare',
	navKeyFigures: 'Key figures',
	explorerHeading: 'Explore the map',
	tagline: 'Manufacturing engineering in Auvergne-Rhône-Alpes and Nouvelle-Aquitaine',
	language: 'Language',
	measure: 'Measure',
	mapDescription: (n, level, scope) =>
		level === 'region'
			? `Map of the ${n} régions of metropolitan France.`
			: `Map of the ${n} départements of ${SCOPE_OF_EN[scope] ?? ''}; the rest of France in grey.`,
	legend: 'Legend',
	legendTitle: (method) => `Classes: ${explorerEn.methods[method].toLowerCase()}`,
	legendClosure: 'Lower bound included, upper bound excluded (except in the last class).',
	areas: (n, level = 'departement') =>
		level === 'region'
			? plural(n, 'en', 'région', 'régions')
			: plural(n, 'en', 'département', 'départements'),
	noData: 'No data',
	years: 'Years',
	source: 'Source',
	sources: 'Sources',
	licence: 'Licence',
	unknownLicence: 'unknown',
	licenceOf: (licence) => `licence: ${licence}`,
	table: 'Data table',
	departement: 'Département',
	region: 'Region',
	value: 'Value',
	numerator: 'Numerator',
	denominator: 'Denominator',
	year: 'Year',
	rank: 'Rank',
	changeSince: (percent, year) => `${percent}% since ${year}`,
	explorerTitle: (indicator, measure, years) =>
		`${indicator}${measure ? ` ${measure}` : ''}, ${years}`,
	yearsWith: (year, denominator, other) => `${year} (${denominator} ${other})`,
	denominators: { population: 'population', jobs: 'jobs', area: 'area' },
	yearRange: (from, to) => `${from}–${to}`,
	measures: {
		value: '',
		per10k: 'per 10,000 inhabitants',
		per1kJobs: 'per 1,000 private jobs',
		shareRegion: '— share of the région',
		shareFrance: '— share of France',
		density: 'per 100 km²',
		change: '— change',
		specialisation: '— specialisation index'
	},
	summary: (high, low, median, n, total) =>
		`Highest: ${high}; lowest: ${low}; median: ${median}` +
		(n < total ? ` (${n} of ${total} areas have a value).` : '.'),
	summaryEmpty: 'No area has a value for this choice.',
	summaryExtreme: (names, value, level = 'departement') =>
		names.length <= 3
			? `${listEn(names)} (${value})`
			: `${value}, shared by ${names.length} ${level === 'region' ? 'régions' : 'départements'}`,
	countedIn: (quantity, year, place) => `${quantity} (${place ? `${place}, ` : ''}${year})`,
	ratioInputs: (count, denominator) => `${count} / ${denominator}`,
	changeInputs: (before, after) => `from ${before} to ${after}`,
	classOf: (index, count) => `class ${index} of ${count}`,
	vintage: 'Vintage',
	definition: 'Definition',
	issuesTitle: (n) => `${plural(n, 'en', 'problem', 'problems')} in the data`,
	issuesIntro: 'These rows were kept off the map; fix them in the file named.',
	row: 'row',
	column: 'column',
	expected: 'expected',
	found: 'found',
	quote: (text) => `"${text}"`,
	colon: ': ',
	semicolon: '; ',
	issueKinds: {
		'file-unreadable': 'file could not be read',
		'malformed-row': 'malformed row',
		'unclosed-quote': 'quote not closed: the lines after it are read as one cell',
		'missing-column': 'missing column',
		required: 'required value missing',
		'not-in-list': 'unknown value',
		pattern: 'wrong format',
		'not-a-year': 'invalid year (4 digits expected)',
		'not-a-number': 'invalid number',
		'below-minimum': 'value too small',
		'unknown-code': 'unknown geographic code',
		duplicate: 'duplicate row'
	},
	cellCount: (found, expected) => `${found} cells instead of ${expected}`,
	duplicateOf: (line) => `first seen on row ${line}`,
	codeOfLevel: (level) => `a known "${level}" code`,
	footer:
		'Public, sourced data; no value is estimated or filled in. Nothing is sent anywhere: the site works offline.',
	dataFiles: 'Data files',
	allSources: 'All sources and the method'
};

export const messages: Record<Lang, Messages> = { fr, en };

export const parseLang = (value: string | null): Lang => (value === 'en' ? 'en' : 'fr');
