import type { SpecialisationRefusal } from '../data/specialisation';
import type { Lang } from '../data/types';

/** Strings of the profile pages' key figures, specialisation, sources and print. French first. */
const fr = {
	keyFigures: 'L’essentiel',
	keyLabels: {
		jobs_industry: 'Emplois salariés de l’industrie',
		establishments_industry: 'Établissements industriels',
		barturning_machining: 'Décolletage et mécanique industrielle',
		industry_share_total_employment: 'Part de l’industrie dans l’emploi'
	} as Record<string, string>,
	keyNotes: {
		barturning_machining: 'établissements des codes APE 25.62A et 25.62B'
	} as Record<string, string>,
	perInhabitants: (rate: string, populationYear: number) =>
		`${rate} (population ${populationYear})`,
	rate: 'Pour 10 000 hab.',
	rankRegion: 'Rang dans la région',
	rankPeers: { departement: 'Rang sur 24 dép.', region: 'Rang sur 13 régions' },
	rankOf: (rank: string, total: number) => `${rank} sur ${total}`,
	gapRegion: 'Écart à la région',
	gapFrance: 'Écart à la France',
	gapNote:
		'Écarts : du taux pour 10 000 habitants pour un effectif, en points pour une part ; jamais entre deux publications différentes (« pas de données comparables »). Indice de spécialisation : 1 = comme la France.',
	gapPoints: (points: string) => `${points} pt`,
	noData: 'pas de données',
	notComparable: 'pas de données comparables',
	notApplicable: 'sans objet (c’est déjà une part)',
	specialisation: 'Spécialisation',
	specialisationHeading: 'Spécialisation dans les métiers du pôle',
	specialisationIntro:
		'Indice de spécialisation : la part du secteur dans le territoire divisée par sa part en France, pour la même source et la même année. 1 : comme la France ; 2 : deux fois plus présent.',
	sector: 'Secteur',
	index: 'Indice',
	basis: 'Base',
	refusals: {
		missing: 'non calculé : chiffre manquant',
		'different-sources': 'non calculé : chiffres de publications différentes',
		'different-years': 'non calculé : chiffres d’années différentes',
		zero: 'non calculé : total nul'
	} satisfies Record<SpecialisationRefusal, string>,
	oldFigure: (year: number) => `Chiffre ancien : ${year}`,
	compareWith: 'Comparer avec…',
	compareGo: 'Comparer',
	compareChoose: 'choisir un territoire',
	departements: 'Départements',
	regions: 'Régions',
	print: 'PDF / Imprimer',
	locator: (name: string) => `Carte de situation : ${name}`,
	yourFiles: 'Vos fichiers importés',
	yourFilesNote: 'Gardés dans ce navigateur seulement, jamais envoyés.',
	sources: 'Sources',
	sourceRef: (n: number) => `source ${n}`,
	producer: 'Producteur',
	licence: 'Licence',
	unknownLicence: 'licence non précisée par la source',
	vintage: 'Millésime',
	howObtained: 'Comment ce chiffre a été obtenu',
	methodology: 'Méthodologie'
};

const en: typeof fr = {
	keyFigures: 'Key figures',
	keyLabels: {
		jobs_industry: 'Salaried jobs in industry',
		establishments_industry: 'Industrial establishments',
		barturning_machining: 'Bar-turning and industrial machining',
		industry_share_total_employment: 'Industry’s share of jobs'
	},
	keyNotes: {
		barturning_machining: 'establishments of APE codes 25.62A and 25.62B'
	},
	perInhabitants: (rate, populationYear) => `${rate} (population ${populationYear})`,
	rate: 'Per 10,000 inh.',
	rankRegion: 'Rank in the région',
	rankPeers: { departement: 'Rank of 24 dép.', region: 'Rank of 13 régions' },
	rankOf: (rank, total) => `${rank} of ${total}`,
	gapRegion: 'Gap to the région',
	gapFrance: 'Gap to France',
	gapNote:
		'Gaps: in the rate per 10,000 inhabitants for a count, in points for a share; never between two different publications (“no comparable data”). Specialisation index: 1 = as in France.',
	gapPoints: (points) => `${points} pp`,
	noData: 'no data',
	notComparable: 'no comparable data',
	notApplicable: 'not applicable (already a share)',
	specialisation: 'Specialisation',
	specialisationHeading: 'Specialisation in the cluster’s trades',
	specialisationIntro:
		'Specialisation index: the sector’s share in the area divided by its share in France, from the same source and year. 1: as in France; 2: twice as present.',
	sector: 'Sector',
	index: 'Index',
	basis: 'Basis',
	refusals: {
		missing: 'not computed: a figure is missing',
		'different-sources': 'not computed: figures from different publications',
		'different-years': 'not computed: figures from different years',
		zero: 'not computed: zero total'
	},
	oldFigure: (year) => `Old figure: ${year}`,
	compareWith: 'Compare with…',
	compareGo: 'Compare',
	compareChoose: 'choose an area',
	departements: 'Départements',
	regions: 'Régions',
	print: 'PDF / Print',
	locator: (name) => `Locator map: ${name}`,
	yourFiles: 'Your imported files',
	yourFilesNote: 'Kept in this browser only, never sent anywhere.',
	sources: 'Sources',
	sourceRef: (n) => `source ${n}`,
	producer: 'Producer',
	licence: 'Licence',
	unknownLicence: 'licence not stated by the source',
	vintage: 'Vintage',
	howObtained: 'How this figure was obtained',
	methodology: 'Methodology'
};

export const profileMessages: Record<Lang, typeof fr> = { fr, en };
