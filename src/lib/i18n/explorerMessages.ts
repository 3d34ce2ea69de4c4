import type { ClassCountNote } from '../scales/classCount';
import type { ManualBreaksError } from '../scales/classify';
import type { MapLevel } from '../state/explorerParams';
import { plural } from './plural';

export const areasOf = (n: number, level: MapLevel, lang: 'fr' | 'en') =>
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
