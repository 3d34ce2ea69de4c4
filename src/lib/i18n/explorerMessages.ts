import type { ClassCountNote } from '../scales/classCount';
import type { ManualBreaksError } from '../scales/classify';
import type { MapLevel } from '../state/explorerParams';
import { plural } from './plural';

const areasOf = (n: number, level: MapLevel, lang: 'fr' | 'en') =>
	level === 'region'
		? plural(n, lang, 'région', 'régions')
		: plural(n, lang, 'département', 'départements');

/** Strings of the map explorer: controls, zoom, details. French first; English typed from it. */
export const explorerFr = {
	controls: 'Réglages de la carte',
	indicator: 'Indicateur',
	groups: {
		firms: 'Établissements',
		jobs: 'Emplois',
		researchers: 'Recherche et développement',
		jobseekers: 'Demandeurs d’emploi',
		population: 'Population',
		territory: 'Territoire',
		user: 'Vos données'
	} as Record<string, string>,
	play: 'Lecture',
	pause: 'Pause',
	yearSpan: (first: number, last: number, n: number) => `${n} années, de ${first} à ${last}`,
	singleYear: 'Une seule année disponible',
	baseYear: 'Évolution depuis',
	level: 'Niveau',
	levels: { departement: 'Départements', region: 'Régions (13)' },
	scope: 'Territoire',
	scopes: { both: 'Les deux régions', '84': 'Auvergne-Rhône-Alpes', '75': 'Nouvelle-Aquitaine' },
	method: 'Classes',
	methods: {
		quantile: 'Quantiles',
		equal: 'Intervalles égaux',
		ckmeans: 'Seuils naturels (ckmeans)',
		nice: 'Pas arrondis',
		manual: 'Seuils manuels'
	},
	classes: 'Nombre de classes',
	manualBreaks: 'Seuils',
	manualHelp: 'Par exemple 0 - 10 - 20 - 50 (virgule décimale acceptée)',
	manualError: (error: ManualBreaksError) => {
		switch (error.kind) {
			case 'empty':
				return 'Saisissez au moins un seuil, par exemple 0 - 10 - 20.';
			case 'not-a-number':
				return `« ${error.token} » n’est pas un nombre.`;
			case 'out-of-order':
				return `Les seuils doivent croître : ${error.previous} puis ${error.next}.`;
			case 'too-many':
				return `${error.count} seuils : ${error.max} au plus (7 classes).`;
		}
	},
	palette: 'Couleurs',
	paletteAuto: 'Automatique',
	sequential: 'Séquentielles',
	diverging: 'Divergentes',
	fixedBreaks: 'Mêmes classes pour toutes les années',
	mapTools: 'Outils de la carte',
	zoomIn: 'Zoom avant',
	zoomOut: 'Zoom arrière',
	zoomReset: 'Vue d’ensemble',
	zoomTo: (region: string) => `Zoomer sur ${region}`,
	zoomHint: 'Ctrl + molette ou double-clic pour zoomer ; flèches pour passer d’une zone à l’autre.',
	copyLink: 'Copier le lien',
	linkCopied: 'Lien copié',
	linkNotCopied: 'Copie impossible : copiez l’adresse de la page',
	detailsNotLoaded: 'Le panneau de détails n’a pas pu être chargé : rechargez la page.',
	details: 'Détails',
	openProfile: 'Ouvrir la fiche',
	close: 'Fermer',
	allIndicators: (name: string) => `${name} : tous les indicateurs`,
	rankIn: (rank: number, total: number, where: string) =>
		`${rank === 1 ? '1ᵉʳ' : `${rank}ᵉ`} sur ${total} ${where}`,
	inRegion: 'dans sa région',
	among24: 'parmi les départements affichés',
	among13: 'parmi les 13 régions',
	sizeLegend: 'Taille des cercles',
	legendHint: 'Survolez ou sélectionnez une classe pour la repérer sur la carte.',
	/** Why the legend shows another number of classes than asked; `value` is the tied value. */
	classCountNote: (note: ClassCountNote, value: string, level: MapLevel) => {
		const asked = `${note.requested} classes demandées`;
		const shown = plural(note.shown, 'fr', 'distincte', 'distinctes');
		switch (note.reason.kind) {
			case 'ties':
				return `${asked}, ${shown}\u00a0: ${areasOf(note.reason.count, level, 'fr')} ont la même valeur (${value}).`;
			case 'few-values':
				return `${asked}, ${shown}\u00a0: seulement ${note.reason.distinct} valeurs différentes.`;
			case 'round-steps':
				return `${asked}, ${plural(note.shown, 'fr', 'affichée', 'affichées')}\u00a0: les pas arrondis les plus proches.`;
		}
	},
	paramNotice: (param: string, value: string) =>
		`Paramètre « ${param}=${value} » non reconnu : valeur par défaut utilisée.`,
	unknownIndicator: (value: string) =>
		`Indicateur « ${value} » inconnu : indicateur par défaut affiché.`,
	levelSwitched: 'Cet indicateur n’existe qu’au niveau régional : affichage des 13 régions.',
	levelSwitchedDep: 'Cet indicateur n’existe que par département : affichage des départements.',
	measureUnavailable: (measure: string, shown: string) =>
		`La mesure « ${measure} » ne s’applique pas à cet indicateur : « ${shown} » affichée.`,
	yearUnavailable: (year: number) =>
		`Pas de données en ${year} : dernière année disponible affichée.`,
	baseUnavailable: (year: number) =>
		`${year} ne peut servir de base : première année disponible utilisée.`,
	noBaseYear: 'Une évolution demande au moins deux années de données.',
	selectHint: 'Entrée pour sélectionner, Échap pour désélectionner.',
	measureNames: {
		value: 'Valeur',
		per10k: 'Pour 10 000 habitants',
		per1kJobs: 'Pour 1 000 emplois salariés privés',
		shareRegion: 'Part de la région (%)',
		shareFrance: 'Part de la France (%)',
		density: 'Densité pour 100 km²',
		change: 'Évolution depuis une année (%)'
	} as Record<string, string>
};

export type ExplorerMessages = typeof explorerFr;

export const explorerEn: ExplorerMessages = {
	controls: 'Map settings',
	indicator: 'Indicator',
	groups: {
		firms: 'Establishments',
		jobs: 'Jobs',
		researchers: 'Research and development',
		jobseekers: 'Jobseekers',
		population: 'Population',
		territory: 'Territory',
		user: 'Your data'
	},
	play: 'Play',
	pause: 'Pause',
	yearSpan: (first, last, n) => `${n} years, ${first} to ${last}`,
	singleYear: 'Only one year available',
	baseYear: 'Change since',
	level: 'Level',
	levels: { departement: 'Départements', region: 'Régions (13)' },
	scope: 'Area',
	scopes: { both: 'Both régions', '84': 'Auvergne-Rhône-Alpes', '75': 'Nouvelle-Aquitaine' },
	method: 'Classes',
	methods: {
		quantile: 'Quantiles',
		equal: 'Equal intervals',
		ckmeans: 'Natural breaks (ckmeans)',
		nice: 'Rounded steps',
		manual: 'Manual breaks'
	},
	classes: 'Number of classes',
	manualBreaks: 'Breaks',
	manualHelp: 'For example 0 - 10 - 20 - 50',
	manualError: (error) => {
		switch (error.kind) {
			case 'empty':
				return 'Type at least one break, for example 0 - 10 - 20.';
			case 'not-a-number':
				return `"${error.token}" is not a number.`;
			case 'out-of-order':
				return `Breaks must increase: ${error.previous} then ${error.next}.`;
			case 'too-many':
				return `${error.count} breaks: ${error.max} at most (7 classes).`;
		}
	},
	palette: 'Colours',
	paletteAuto: 'Automatic',
	sequential: 'Sequential',
	diverging: 'Diverging',
	fixedBreaks: 'Same classes for every year',
	mapTools: 'Map tools',
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	zoomReset: 'Whole map',
	zoomTo: (region) => `Zoom to ${region}`,
	zoomHint: 'Ctrl + wheel or double-click to zoom; arrow keys move between areas.',
	copyLink: 'Copy link',
	linkCopied: 'Link copied',
	linkNotCopied: 'Cannot copy: copy the page address',
	detailsNotLoaded: 'The details panel could not be loaded: reload the page.',
	details: 'Details',
	openProfile: 'Open the profile',
	close: 'Close',
	allIndicators: (name) => `${name}: all indicators`,
	rankIn: (rank, total, where) => `${rank} of ${total} ${where}`,
	inRegion: 'in its région',
	among24: 'among the départements shown',
	among13: 'among the 13 régions',
	sizeLegend: 'Circle size',
	legendHint: 'Hover or select a class to find it on the map.',
	classCountNote: (note, value, level) => {
		const asked = `${note.requested} classes asked`;
		const shown = `${note.shown} distinct`;
		switch (note.reason.kind) {
			case 'ties':
				return `${asked}, ${shown}: ${areasOf(note.reason.count, level, 'en')} share the same value (${value}).`;
			case 'few-values':
				return `${asked}, ${shown}: only ${note.reason.distinct} different values.`;
			case 'round-steps':
				return `${asked}, ${note.shown} shown: the nearest rounded steps.`;
		}
	},
	paramNotice: (param, value) => `Parameter "${param}=${value}" not understood: default used.`,
	unknownIndicator: (value) => `Unknown indicator "${value}": default indicator shown.`,
	levelSwitched: 'This indicator exists only for régions: showing the 13 régions.',
	levelSwitchedDep: 'This indicator exists only by département: showing départements.',
	measureUnavailable: (measure, shown) =>
		`The measure "${measure}" does not apply to this indicator: "${shown}" shown.`,
	yearUnavailable: (year) => `No data in ${year}: latest year shown.`,
	baseUnavailable: (year) => `${year} cannot be the base year: first year used.`,
	noBaseYear: 'A change needs at least two years of data.',
	selectHint: 'Enter to select, Escape to clear.',
	measureNames: {
		value: 'Value',
		per10k: 'Per 10,000 inhabitants',
		per1kJobs: 'Per 1,000 private jobs',
		shareRegion: 'Share of the région (%)',
		shareFrance: 'Share of France (%)',
		density: 'Density per 100 km²',
		change: 'Change since a year (%)'
	}
};
