import type { Lang } from '../data/types';

type Verdict = 'confirmed' | 'close' | 'not-confirmed' | 'not-measurable';

/** Strings of /chiffres-cles (the key figures) and of its export. French first. */
const fr = {
	pageTitle: 'Chiffres clés du territoire CIMES',
	territoryKind: 'Territoire du pôle CIMES : deux régions réunies',
	territoryIntro:
		'Le territoire CIMES réunit Auvergne-Rhône-Alpes et Nouvelle-Aquitaine. Chaque chiffre est la somme des deux régions pour le même indicateur et la même année ; les taux et parts sont recalculés à partir de ces sommes, jamais moyennés ; une année où l’une des régions manque est « pas de données ». Un territoire de deux régions n’est pas classé parmi les régions.',
	intro:
		'Le territoire CIMES réunit Auvergne-Rhône-Alpes et Nouvelle-Aquitaine. Ses chiffres sont les sommes des deux régions pour le même indicateur et la même année ; une année où l’une des deux manque est « pas de données ». Chaque chiffre porte son année et sa source ; « Copier » met une phrase sourcée dans le presse-papiers.',
	dataDate: (years: string) => `Données de ${years}`,
	printButton: 'Imprimer la fiche',
	families: {
		industry: 'Industrie (B–E) : établissements et salariés',
		manufacturing: 'Industrie manufacturière (C)',
		mechanics: 'Métallurgie (CH) et machines et équipements (CK–CL) : salariés',
		machining: 'Décolletage (APE 25.62A) et mécanique industrielle (25.62B) : établissements',
		research: 'Recherche et développement',
		population: 'Population'
	} as Record<string, string>,
	area: 'Territoire',
	territoryShort: 'Territoire CIMES',
	figure: 'Chiffre',
	year: 'Année',
	shareFrance: 'Part de la France',
	ofFrance: (percent: string) => `${percent} de la France`,
	change: 'Évolution',
	trend: 'Tendance',
	copy: 'Copier',
	copyLabel: (area: string) => `Copier la phrase : ${area}`,
	copied: 'Phrase copiée',
	copyFailed: 'Copie impossible : sélectionnez la phrase à la main',
	noData: 'pas de données',
	changeText: (percent: string, from: number, to: number) => `${percent} de ${from} à ${to}`,
	trendLabel: (area: string, from: number, to: number) => `Tendance de ${area}, ${from}–${to}`,
	source: 'Source',
	sentence: (
		year: number,
		area: string,
		value: string,
		label: string,
		share: string,
		source: string
	) =>
		`En ${year}, ${area} comptait ${value} (${label})${share ? `, soit ${share} du total de la France` : ''} (${source}).`,
	territoryInSentence: 'le territoire CIMES (Auvergne-Rhône-Alpes + Nouvelle-Aquitaine)',
	claimsTitle: 'Les chiffres souvent cités, vérifiés',
	claimsIntro:
		'Les affirmations de la présentation du pôle, à côté des chiffres officiels les plus proches. Le verdict est calculé à partir des données de l’atlas : il suit leurs mises à jour.',
	claimsRule:
		'Règle : « plus de X » est confirmé dès X et proche à moins de 10 % en dessous ; un chiffre « X » est confirmé à ±2,5 % et proche à ±10 %.',
	claim: 'Affirmation',
	claimArea: 'Territoire visé',
	nearest: 'Chiffres officiels les plus proches',
	verdict: 'Verdict',
	explanation: 'Explication',
	verdicts: {
		confirmed: 'Confirmé',
		close: 'Proche',
		'not-confirmed': 'Non confirmé',
		'not-measurable': 'Non mesurable avec les données publiques'
	} as Record<Verdict, string>,
	gapText: (gap: string) => `écart ${gap} avec le chiffre annoncé`,
	atLeastHolds: 'au-dessus du seuil annoncé',
	figureAs: (label: string, value: string, year: number) => `${label} : ${value} (${year})`,
	shareOfFrance: (label: string) => `${label}, part de la France`,
	noFigure: 'aucun chiffre de l’atlas pour ce territoire',
	basedOn: (figure: string) => `d’après ${figure}`,
	claimsTableTitle: 'Chiffres souvent cités, vérifiés avec les données publiques',
	footnotes: 'Sources',
	printedOn: (date: string) => `Fiche imprimée le ${date}`,
	since: (year: number) => `depuis ${year}`,
	pageOf: (page: number, pages: number) => `page ${page} sur ${pages}`,
	sheetLead:
		'Territoire CIMES : somme d’Auvergne-Rhône-Alpes et de Nouvelle-Aquitaine, même indicateur, même année ; chiffre (année), part de la France, évolution depuis la première année disponible'
};

export type KeyFiguresMessages = typeof fr;

const en: KeyFiguresMessages = {
	pageTitle: 'Key figures of the CIMES territory',
	territoryKind: 'The CIMES cluster’s territory: two régions together',
	territoryIntro:
		'The CIMES territory is Auvergne-Rhône-Alpes and Nouvelle-Aquitaine together. Each figure is the sum of the two régions for the same indicator and year; rates and shares are recomputed from those sums, never averaged; a year where either région lacks the figure is “no data”. A territory of two régions is not ranked among régions.',
	intro:
		'The CIMES territory is Auvergne-Rhône-Alpes and Nouvelle-Aquitaine together. Its figures are the sums of the two régions for the same indicator and year; a year where either lacks the figure is “no data”. Every figure carries its year and source; “Copy” puts a sourced sentence on the clipboard.',
	dataDate: (years) => `Data from ${years}`,
	printButton: 'Print the sheet',
	families: {
		industry: 'Industry (B–E): establishments and jobs',
		manufacturing: 'Manufacturing (C)',
		mechanics: 'Metal products (CH) and machinery and equipment (CK–CL): jobs',
		machining: 'Bar-turning (APE 25.62A) and industrial machining (25.62B): establishments',
		research: 'Research and development',
		population: 'Population'
	},
	area: 'Area',
	territoryShort: 'CIMES territory',
	figure: 'Figure',
	year: 'Year',
	shareFrance: 'Share of France',
	ofFrance: (percent) => `${percent} of France`,
	change: 'Change',
	trend: 'Trend',
	copy: 'Copy',
	copyLabel: (area) => `Copy the sentence: ${area}`,
	copied: 'Sentence copied',
	copyFailed: 'Could not copy: select the sentence by hand',
	noData: 'no data',
	changeText: (percent, from, to) => `${percent} from ${from} to ${to}`,
	trendLabel: (area, from, to) => `Trend of ${area}, ${from}–${to}`,
	source: 'Source',
	sentence: (year, area, value, label, share, source) =>
		`In ${year}, ${area} had ${value} (${label})${share ? `, ${share} of France’s total` : ''} (${source}).`,
	territoryInSentence: 'the CIMES territory (Auvergne-Rhône-Alpes + Nouvelle-Aquitaine)',
	claimsTitle: 'Commonly quoted figures, checked',
	claimsIntro:
		'The claims of the cluster’s presentation, beside the nearest official figures. The verdict is computed from the atlas’s data: it follows their updates.',
	claimsRule:
		'Rule: “more than X” is confirmed from X and close within 10 % below; a figure “X” is confirmed within ±2.5 % and close within ±10 %.',
	claim: 'Claim',
	claimArea: 'Area meant',
	nearest: 'Nearest official figures',
	verdict: 'Verdict',
	explanation: 'Explanation',
	verdicts: {
		confirmed: 'Confirmed',
		close: 'Close',
		'not-confirmed': 'Not confirmed',
		'not-measurable': 'Not measurable with public data'
	},
	gapText: (gap) => `${gap} from the figure claimed`,
	atLeastHolds: 'above the floor claimed',
	figureAs: (label, value, year) => `${label}: ${value} (${year})`,
	shareOfFrance: (label) => `${label}, share of France`,
	noFigure: 'no figure of the atlas for this area',
	basedOn: (figure) => `based on ${figure}`,
	claimsTableTitle: 'Commonly quoted figures, checked against public data',
	footnotes: 'Sources',
	printedOn: (date) => `Sheet printed on ${date}`,
	since: (year) => `since ${year}`,
	pageOf: (page, pages) => `page ${page} of ${pages}`,
	sheetLead:
		'CIMES territory: Auvergne-Rhône-Alpes and Nouvelle-Aquitaine summed, same indicator, same year; figure (year), share of France, change since the first year available'
};

export const keyFiguresMessages: Record<Lang, KeyFiguresMessages> = { fr, en };
