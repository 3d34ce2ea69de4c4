import type { MeasureId } from '../data/measures';
import type { Lang } from '../data/types';
import type { MapsMode, TrendMode } from '../state/compareParams';
import { plural } from './plural';

type Strength = 'negligible' | 'weak' | 'moderate' | 'strong' | 'very-strong';
type Level = 'departement' | 'region';

const ordinalFr = (n: number) => (n === 1 ? '1ᵉʳ' : `${n}ᵉ`);
const ordinalEn = (n: number) => {
	const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${suffix}`;
};

/** Strings of /compare and of the profile pages. French first; English typed from it. */
const fr = {
	pageTitle: 'Comparer les régions et les départements',
	intro:
		'Survolez ou sélectionnez un territoire dans un graphique : il est mis en évidence dans tous les graphiques et sur les deux cartes. La sélection est gardée dans l’adresse de la page.',
	controls: 'Réglages de la comparaison',
	indicator: 'Indicateur',
	measure: 'Mesure',
	year: 'Année',
	year2: 'Seconde année',
	none: 'Aucune',
	added: 'Régions et France affichées avec AURA et NA',
	selection: 'Sélection',
	clearSelection: 'Tout désélectionner',
	noSelection:
		'Aucun territoire sélectionné : cliquez une barre, un point, une ligne ou une zone de carte (ou Entrée au clavier).',
	removeFromSelection: (name: string) => `Retirer ${name} de la sélection`,
	selectLabel: 'Ajouter à la sélection',
	choose: 'Choisir…',
	profileOf: (name: string) => `Fiche ${name}`,
	headings: {
		regions: 'Les régions côte à côte',
		ranking: 'Classement',
		trend: 'Évolutions',
		scatter: 'Deux indicateurs l’un contre l’autre',
		maps: 'Deux cartes, mêmes classes'
	},
	trendIndicator: 'Indicateur',
	trendMode: 'Affichage',
	trendModes: { absolute: 'Valeurs', index: 'Indice (base 100)' } satisfies Record<
		TrendMode,
		string
	>,
	baseYear: 'Année de base',
	scatterX: 'Axe horizontal',
	scatterY: 'Axe vertical',
	logScale: 'Échelles logarithmiques',
	mapsMode: 'Les deux cartes',
	mapsModes: {
		regions: 'Les deux régions à la même échelle',
		years: 'Deux années',
		indicators: 'Deux indicateurs'
	} satisfies Record<MapsMode, string>,
	mapIndicator: 'Second indicateur',
	showTable: 'Voir les données en tableau',
	area: 'Territoire',
	region: 'Région',
	value: 'Valeur',
	rank: 'Rang',
	reference: 'référence',
	population: 'Population',
	source: 'Source',
	sources: 'Sources',
	methodology: 'Méthodologie',
	colon: ' : ',
	and: 'et',
	vs: ' et ',
	noData: 'pas de données',
	credit: 'CIMES Atlas',
	measureNames: {
		value: 'Valeur',
		per10k: 'Pour 10 000 habitants',
		per1kJobs: 'Pour 1 000 emplois salariés privés',
		shareRegion: 'Part de la région (%)',
		shareFrance: 'Part de la France (%)',
		density: 'Densité pour 100 km²',
		change: 'Évolution entre deux années (%)',
		specialisation: 'Indice de spécialisation (1 = comme la France)'
	} satisfies Record<MeasureId, string>,
	// Chart titles: what, where, when.
	regionsTitle: (label: string, where: string, years: string) => `${label} : ${where}, ${years}`,
	byDepartement: 'par département d’Auvergne-Rhône-Alpes et de Nouvelle-Aquitaine',
	byRegion: 'par région',
	rankingTitle: (label: string, where: string, years: string) => `${label}, ${where}, ${years}`,
	trendTitle: (label: string, base: number | null, span: string) =>
		base === null ? `${label}, ${span}` : `${label}, indice base 100 en ${base}, ${span}`,
	yearSpan: (first: number, last: number) => (first === last ? `${first}` : `${first}–${last}`),
	scatterTitle: (y: string, x: string, where: string) =>
		`${y}, selon l’indicateur « ${x} », ${where}`,
	mapsTitle: (label: string, detail: string, mode: MapsMode | null) =>
		mode === 'regions'
			? `${label}, ${detail} : les deux régions à la même échelle`
			: `${label}, ${detail}`,
	mapsYears: (a: string, b: string) => `${a} et ${b}`,
	mapsIndicatorsTitle: (a: string, b: string, measure: string) =>
		`${a} et ${b} (${measure.toLocaleLowerCase('fr')})`,
	sameClasses: 'Mêmes classes sur les deux cartes (quantiles des deux cartes réunies).',
	legendTitle: 'Classes',
	regionColors: 'Couleurs des régions',
	otherRegions: 'Autres régions',
	inhabitants: 'habitants',
	dataYears: (span: string) => `données ${span}`,
	// Notes under charts.
	regionMeasureChanged: (measure: string) =>
		`Mesure non applicable aux régions : « ${measure} » affichée à la place.`,
	noRegionData: 'Cet indicateur n’existe pas par région : pas de données.',
	noReferenceForCounts:
		'Pas de ligne de référence : le total d’une région ou de la France ne se lit pas sur le même axe que ses départements.',
	referenceLines: 'Lignes verticales : valeur de la région et de la France pour la même mesure.',
	trendNoData: (names: string) => `Pas de données pour cet indicateur : ${names}.`,
	trendSinglePoint: (names: string) => `Une seule année, donc un point sans ligne : ${names}.`,
	baseUnavailable: (asked: number, used: number) =>
		`Pas de données en ${asked} : base ${used} utilisée.`,
	noBaseValue: (names: string, base: number) =>
		`Pas de valeur en ${base}, donc pas d’indice : ${names}.`,
	indexUnit: (base: number) => `indice, base 100 en ${base}`,
	gapsNote: 'Une année sans donnée est une interruption de la ligne, jamais un zéro.',
	excludedNoData: (names: string) => `Sans données, non représentés : ${names}.`,
	excludedLog: (names: string) =>
		`Valeur nulle ou négative, impossible en échelle logarithmique, non représentés : ${names}.`,
	onLogs: ' ; calculée sur les logarithmes',
	pointSize: (year: number | undefined) =>
		`Surface des points proportionnelle à la population${year ? ` (${year})` : ''}.`,
	mapsSingle: 'Aucune seconde carte possible pour cet indicateur : une seule carte.',
	areasCount: (n: number, level: Level) =>
		level === 'departement'
			? plural(n, 'fr', 'département', 'départements')
			: plural(n, 'fr', 'région', 'régions'),
	correlation: (strength: Strength, positive: boolean, r: string, areas: string) => {
		const words: Record<Strength, string> = {
			negligible: 'Pas de corrélation notable',
			weak: 'Corrélation faible',
			moderate: 'Corrélation modérée',
			strong: 'Corrélation forte',
			'very-strong': 'Corrélation très forte'
		};
		const sign = strength === 'negligible' ? '' : positive ? ' et positive' : ' et négative';
		return `${words[strength]}${sign} (r = ${r}, ${areas})`;
	},
	correlationTooFew: (areas: string) =>
		`Trop peu de points pour mesurer une corrélation (${areas})`,
	correlationUndefined: (areas: string) =>
		`Corrélation non définie : les valeurs ne varient pas (${areas})`,
	// Accessible names of marks.
	markLabel: (name: string, value: string, years: string) => `${name} : ${value}, ${years}`,
	lineLabel: (name: string, first: string, firstYear: number, last: string, lastYear: number) =>
		firstYear === lastYear
			? `${name} : ${last} en ${lastYear}`
			: `${name} : ${first} en ${firstYear}, ${last} en ${lastYear}`,
	yearAxis: 'Année',
	pointLabel: (name: string, x: string, y: string, population: string) =>
		`${name} : ${x} ; ${y} ; ${population}`,
	populationText: (value: string, year: number | undefined) =>
		`population ${value}${year ? ` (${year})` : ''}`,
	selectHint: 'Entrée ou clic : sélectionner ou désélectionner.',
	// Notices.
	paramNotice: (param: string, value: string) =>
		`Paramètre « ${param}=${value} » non reconnu : valeur par défaut utilisée.`,
	unknownIndicator: (value: string) => `Indicateur « ${value} » inconnu : indicateur par défaut.`,
	measureUnavailable: (measure: string) =>
		`La mesure « ${measure} » ne s’applique pas ici : mesure par défaut.`,
	yearUnavailable: (year: number) => `Pas de données en ${year} : année par défaut.`,
	levelSwitched: 'Cet indicateur n’existe que par région : classement et cartes des 13 régions.',
	unknownArea: (value: string) => `Territoire « ${value} » inconnu : ignoré.`,
	noSeries: (value: string) =>
		`« ${value} » n’a qu’une année : l’évolution montre l’indicateur par défaut.`,
	mapsUnavailable: (mode: string) => `Cartes « ${mode} » impossibles ici : autre choix affiché.`,
	scatterRegions:
		'Un des deux indicateurs n’existe que par région : le nuage montre les 13 régions.',
	// Profiles.
	departementOf: (region: string) => `Département de la région ${region}`,
	metroRegion: 'Région de France métropolitaine',
	inShort: 'En bref',
	allIndicators: 'Tous les indicateurs',
	ranks: 'Rangs',
	shares: 'Part',
	trendOf: (label: string, name: string, span: string) => `${label}, ${name}, ${span}`,
	rankText: (rank: number, total: number, scope: string) =>
		`${ordinalFr(rank)} sur ${total} ${scope}`,
	rankScopes: {
		region: 'dans sa région',
		focus: 'départements d’AURA et de NA',
		regions: 'régions'
	},
	shareOf: (share: string, of: string) => `${share} ${of}`,
	ofRegion: 'de la région',
	ofFrance: 'de la France',
	summaryClause: (label: string, value: string, year: number, extra: string) =>
		`${label} : ${value} en ${year}${extra ? ` (${extra})` : ''}`,
	profileSummary: (where: string, clauses: string[]) => `${where} — ${clauses.join(' ; ')}.`,
	profileNoSummary: (where: string) => `${where} : aucun chiffre clé disponible.`,
	seeOnMap: 'Voir sur la carte',
	compareIt: 'Comparer dans les graphiques',
	regionProfile: (name: string) => `Fiche de la région ${name}`,
	departementsOf: 'Départements de la région',
	otherProfiles: 'Autres fiches'
};

export type CompareMessages = typeof fr;

const en: CompareMessages = {
	pageTitle: 'Compare régions and départements',
	intro:
		'Hover or select an area in any chart: it is highlighted in every chart and on both maps. The selection is kept in the page address.',
	controls: 'Comparison settings',
	indicator: 'Indicator',
	measure: 'Measure',
	year: 'Year',
	year2: 'Second year',
	none: 'None',
	added: 'Régions and France shown with AURA and NA',
	selection: 'Selection',
	clearSelection: 'Clear selection',
	noSelection:
		'No area selected: click a bar, a point, a line or a map area (or press Enter on the keyboard).',
	removeFromSelection: (name) => `Remove ${name} from the selection`,
	selectLabel: 'Add to the selection',
	choose: 'Choose…',
	profileOf: (name) => `${name} profile`,
	headings: {
		regions: 'Régions side by side',
		ranking: 'Ranking',
		trend: 'Trends',
		scatter: 'Two indicators against each other',
		maps: 'Two maps, same classes'
	},
	trendIndicator: 'Indicator',
	trendMode: 'Show',
	trendModes: { absolute: 'Values', index: 'Index (base 100)' },
	baseYear: 'Base year',
	scatterX: 'Horizontal axis',
	scatterY: 'Vertical axis',
	logScale: 'Log scales',
	mapsMode: 'The two maps',
	mapsModes: {
		regions: 'Both régions at one scale',
		years: 'Two years',
		indicators: 'Two indicators'
	},
	mapIndicator: 'Second indicator',
	showTable: 'Show the data as a table',
	area: 'Area',
	region: 'Région',
	value: 'Value',
	rank: 'Rank',
	reference: 'reference',
	population: 'Population',
	source: 'Source',
	sources: 'Sources',
	methodology: 'Methodology',
	colon: ': ',
	and: 'and',
	vs: ' and ',
	noData: 'no data',
	credit: 'CIMES Atlas',
	measureNames: {
		value: 'Value',
		per10k: 'Per 10,000 inhabitants',
		per1kJobs: 'Per 1,000 private jobs',
		shareRegion: 'Share of the région (%)',
		shareFrance: 'Share of France (%)',
		density: 'Density per 100 km²',
		change: 'Change between two years (%)',
		specialisation: 'Specialisation index (1 = as in France)'
	},
	regionsTitle: (label, where, years) => `${label}: ${where}, ${years}`,
	byDepartement: 'by département of Auvergne-Rhône-Alpes and Nouvelle-Aquitaine',
	byRegion: 'by région',
	rankingTitle: (label, where, years) => `${label}, ${where}, ${years}`,
	trendTitle: (label, base, span) =>
		base === null ? `${label}, ${span}` : `${label}, index base 100 in ${base}, ${span}`,
	yearSpan: (first, last) => (first === last ? `${first}` : `${first}–${last}`),
	scatterTitle: (y, x, where) => `${y}, against "${x}", ${where}`,
	mapsTitle: (label, detail, mode) =>
		mode === 'regions' ? `${label}, ${detail}: both régions at one scale` : `${label}, ${detail}`,
	mapsYears: (a, b) => `${a} and ${b}`,
	mapsIndicatorsTitle: (a, b, measure) => `${a} and ${b} (${measure.toLocaleLowerCase('en')})`,
	sameClasses: 'Same classes on both maps (quantiles of both maps together).',
	legendTitle: 'Classes',
	regionColors: 'Région colours',
	otherRegions: 'Other régions',
	inhabitants: 'inhabitants',
	dataYears: (span) => `data ${span}`,
	regionMeasureChanged: (measure) =>
		`Measure not applicable to régions: "${measure}" shown instead.`,
	noRegionData: 'This indicator does not exist by région: no data.',
	noReferenceForCounts:
		'No reference line: the total of a région or of France does not read on the same axis as its départements.',
	referenceLines: 'Vertical lines: the région’s and France’s figure for the same measure.',
	trendNoData: (names) => `No data for this indicator: ${names}.`,
	trendSinglePoint: (names) => `A single year, so a point without a line: ${names}.`,
	baseUnavailable: (asked, used) => `No data in ${asked}: base ${used} used.`,
	noBaseValue: (names, base) => `No value in ${base}, so no index: ${names}.`,
	indexUnit: (base) => `index, base 100 in ${base}`,
	gapsNote: 'A year without data is a gap in the line, never a zero.',
	excludedNoData: (names) => `No data, not shown: ${names}.`,
	excludedLog: (names) => `Zero or negative value, impossible on a log scale, not shown: ${names}.`,
	onLogs: '; computed on the logarithms',
	pointSize: (year) => `Point area proportional to population${year ? ` (${year})` : ''}.`,
	mapsSingle: 'No second map fits this indicator: one map.',
	areasCount: (n, level) =>
		level === 'departement'
			? plural(n, 'en', 'département', 'départements')
			: plural(n, 'en', 'région', 'régions'),
	correlation: (strength, positive, r, areas) => {
		const words: Record<Strength, string> = {
			negligible: 'No notable correlation',
			weak: 'Weak',
			moderate: 'Moderate',
			strong: 'Strong',
			'very-strong': 'Very strong'
		};
		if (strength === 'negligible') return `${words[strength]} (r = ${r}, ${areas})`;
		return `${words[strength]} ${positive ? 'positive' : 'negative'} correlation (r = ${r}, ${areas})`;
	},
	correlationTooFew: (areas) => `Too few points to measure a correlation (${areas})`,
	correlationUndefined: (areas) => `Correlation undefined: the values do not vary (${areas})`,
	markLabel: (name, value, years) => `${name}: ${value}, ${years}`,
	lineLabel: (name, first, firstYear, last, lastYear) =>
		firstYear === lastYear
			? `${name}: ${last} in ${lastYear}`
			: `${name}: ${first} in ${firstYear}, ${last} in ${lastYear}`,
	yearAxis: 'Year',
	pointLabel: (name, x, y, population) => `${name}: ${x}; ${y}; ${population}`,
	populationText: (value, year) => `population ${value}${year ? ` (${year})` : ''}`,
	selectHint: 'Enter or click: select or deselect.',
	paramNotice: (param, value) => `Parameter "${param}=${value}" not understood: default used.`,
	unknownIndicator: (value) => `Unknown indicator "${value}": default indicator.`,
	measureUnavailable: (measure) => `The measure "${measure}" does not apply here: default measure.`,
	yearUnavailable: (year) => `No data in ${year}: default year.`,
	levelSwitched: 'This indicator exists only by région: ranking and maps of the 13 régions.',
	unknownArea: (value) => `Unknown area "${value}": ignored.`,
	noSeries: (value) => `"${value}" has a single year: the trend shows the default indicator.`,
	mapsUnavailable: (mode) => `Maps "${mode}" not possible here: another choice shown.`,
	scatterRegions:
		'One of the two indicators exists only by région: the scatter shows the 13 régions.',
	departementOf: (region) => `Département of the ${region} région`,
	metroRegion: 'Région of metropolitan France',
	inShort: 'In short',
	allIndicators: 'All indicators',
	ranks: 'Ranks',
	shares: 'Share',
	trendOf: (label, name, span) => `${label}, ${name}, ${span}`,
	rankText: (rank, total, scope) => `${ordinalEn(rank)} of ${total} ${scope}`,
	rankScopes: {
		region: 'in its région',
		focus: 'départements of AURA and NA',
		regions: 'régions'
	},
	shareOf: (share, of) => `${share} ${of}`,
	ofRegion: 'of the région',
	ofFrance: 'of France',
	summaryClause: (label, value, year, extra) =>
		`${label}: ${value} in ${year}${extra ? ` (${extra})` : ''}`,
	profileSummary: (where, clauses) => `${where} — ${clauses.join('; ')}.`,
	profileNoSummary: (where) => `${where}: no key figure available.`,
	seeOnMap: 'See on the map',
	compareIt: 'Compare in the charts',
	regionProfile: (name) => `${name} région profile`,
	departementsOf: 'Départements of the région',
	otherProfiles: 'Other profiles'
};

export const compareMessages: Record<Lang, CompareMessages> = { fr, en };
