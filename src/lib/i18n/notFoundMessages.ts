import type { Lang } from '../data/types';

// Apart from messages.ts: only the error page needs these, and no other page should load them.
/** Strings of the error page and of unknown addresses. French first; English typed from it. */
const fr = {
	title: 'Page introuvable',
	asked: (address: string) => `L’adresse « ${address} » ne mène à aucune page de l’atlas.`,
	whyDepartement: (code: string) =>
		`Il n’y a pas de fiche pour le département « ${code} » : l’atlas couvre les 24 départements d’Auvergne-Rhône-Alpes et de Nouvelle-Aquitaine, listés ci-dessous.`,
	whyRegion: (code: string) =>
		`Il n’y a pas de fiche pour la région « ${code} » : l’atlas a une fiche pour chacune des 13 régions de France métropolitaine, listées ci-dessous.`,
	whyPage:
		'L’adresse est peut-être mal recopiée, ou la page a changé d’adresse. Voici les fiches de l’atlas.',
	didYouMean: 'Vouliez-vous dire',
	questionMark: ' ?',
	profiles: 'Les fiches de l’atlas',
	departements: 'Départements',
	regions: 'Régions',
	backToMap: 'Retour à la carte',
	errorTitle: (status: number) => `Erreur ${status}`,
	errorIntro: 'Cette page n’a pas pu s’afficher.'
};

const en: typeof fr = {
	title: 'Page not found',
	asked: (address) => `The address "${address}" leads to no page of the atlas.`,
	whyDepartement: (code) =>
		`There is no profile for département "${code}": the atlas covers the 24 départements of Auvergne-Rhône-Alpes and Nouvelle-Aquitaine, listed below.`,
	whyRegion: (code) =>
		`There is no profile for région "${code}": the atlas has a profile for each of the 13 régions of metropolitan France, listed below.`,
	whyPage:
		'The address may be mistyped, or the page may have moved. Here are the atlas’s profiles.',
	didYouMean: 'Did you mean',
	questionMark: '?',
	profiles: 'The atlas’s profiles',
	departements: 'Départements',
	regions: 'Régions',
	backToMap: 'Back to the map',
	errorTitle: (status) => `Error ${status}`,
	errorIntro: 'This page could not be shown.'
};

export const notFoundMessages: Record<Lang, typeof fr> = { fr, en };
