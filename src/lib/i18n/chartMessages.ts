import type { Lang } from '../data/types';

/** Strings of the charts' reading aids (crosshair, keyboard, annotations). French first. */
const fr = {
	trendKeys:
		'Au clavier : Tab atteint le graphique, flèches gauche et droite pour changer d’année, haut et bas pour passer d’une ligne à l’autre, Échap pour fermer.',
	marksKeys: 'Au clavier : Tab atteint le graphique, les flèches passent d’un élément à l’autre.',
	annotationsNote: (texts: string[]) => `Repères : ${texts.join(' ; ')}.`
};

const en: typeof fr = {
	trendKeys:
		'Keyboard: Tab reaches the chart, left and right arrows change the year, up and down move from line to line, Escape closes.',
	marksKeys: 'Keyboard: Tab reaches the chart, arrows move from mark to mark.',
	annotationsNote: (texts) => `Marked periods: ${texts.join('; ')}.`
};

export const chartMessages: Record<Lang, typeof fr> = { fr, en };
