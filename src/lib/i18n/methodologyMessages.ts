import type { Lang } from '../data/types';

/** Strings of the methodology page. French first. */
const fr = {
	title: 'Méthodologie',
	intro:
		'D’où vient chaque chiffre de l’atlas et comment il a été obtenu : le producteur public, la publication, le millésime, la licence, la copie intermédiaire consultée quand il y en a une, et les calculs faits par l’atlas. Aucun chiffre n’est estimé, interpolé ni complété : une valeur inconnue reste « pas de données ».',
	sourcesHeading: 'Sources, une par une',
	producer: 'Producteur',
	publication: 'Publication',
	vintage: 'Millésime',
	licence: 'Licence',
	original: 'Adresse de la publication',
	via: 'Copie intermédiaire consultée',
	intermediate: 'Copie lue et sa licence',
	howObtained: 'Comment les chiffres ont été obtenus',
	notRecorded: 'non renseigné',
	indicators: 'Indicateurs tirés de cette source',
	measuresHeading: 'Calculs faits par l’atlas',
	measures: [
		[
			'Taux pour 10 000 habitants',
			'Le chiffre divisé par la population légale (INSEE) de l’année la plus proche, multiplié par 10 000 ; les deux années sont écrites quand elles diffèrent.'
		],
		[
			'Rangs',
			'Rang du chiffre parmi les 24 départements d’Auvergne-Rhône-Alpes et de Nouvelle-Aquitaine (ou parmi les 13 régions), et dans sa région ; 1 est le plus élevé ; seuls les territoires qui ont un chiffre sont comptés.'
		],
		[
			'Écarts à la région et à la France',
			'Pour un effectif : de combien le taux par habitant du territoire dépasse celui de la région ou de la France, en %. Pour une part : la différence en points. L’écart n’est calculé que si les deux chiffres viennent de la même publication et de la même année ; sinon « pas de données comparables ».'
		],
		[
			'Indice de spécialisation',
			'La part d’un secteur dans le territoire (établissements du secteur / tous les établissements, ou emplois du secteur / tous les emplois salariés privés) divisée par la même part en France. Il n’est proposé que si les quatre chiffres viennent de la même publication et de la même année ; sinon il est refusé, avec la raison.'
		],
		[
			'Sommes',
			'Décolletage (25.62A) et mécanique industrielle (25.62B) sont additionnés seulement quand les deux chiffres viennent du même fichier et de la même année. Les chiffres départementaux issus de fichiers communaux sont des sommes sur les communes, comme le dit la note de leur source.'
		],
		[
			'Chiffres anciens',
			'Un chiffre de plus de six ans avant le plus récent de l’atlas est signalé avec son année (dépenses de R&D 2017, personnel de R&D 2009).'
		],
		[
			'Repères sur les courbes',
			'Les périodes marquées sur les courbes (crise financière de 2008-2009, crise sanitaire de 2020) sont des repères de lecture ; elles ne modifient aucun chiffre.'
		]
	] as [string, string][]
};

const en: typeof fr = {
	title: 'Methodology',
	intro:
		'Where each figure of the atlas comes from and how it was obtained: the public producer, the publication, its vintage, its licence, the intermediate copy read when there is one, and the atlas’s own computations. No figure is estimated, interpolated or filled in: an unknown value stays “no data”.',
	sourcesHeading: 'Sources, one by one',
	producer: 'Producer',
	publication: 'Publication',
	vintage: 'Vintage',
	licence: 'Licence',
	original: 'Address of the publication',
	via: 'Intermediate copy read',
	intermediate: 'Copy read and its licence',
	howObtained: 'How the figures were obtained',
	notRecorded: 'not recorded',
	indicators: 'Indicators from this source',
	measuresHeading: 'Computations made by the atlas',
	measures: [
		[
			'Rates per 10,000 inhabitants',
			'The figure divided by the legal population (INSEE) of the nearest year, times 10,000; both years are written when they differ.'
		],
		[
			'Ranks',
			'Rank of the figure among the 24 départements of Auvergne-Rhône-Alpes and Nouvelle-Aquitaine (or among the 13 régions), and within its région; 1 is the highest; only areas with a figure are counted.'
		],
		[
			'Gaps to the région and to France',
			'For a count: how much the area’s rate per inhabitant exceeds the région’s or France’s, in %. For a share: the difference in points. A gap is computed only when both figures come from the same publication and year; otherwise “no comparable data”.'
		],
		[
			'Specialisation index',
			'A sector’s share in the area (the sector’s establishments / all establishments, or the sector’s jobs / all private salaried jobs) divided by the same share in France. It is offered only when the four figures come from the same publication and year; otherwise it is refused, with the reason.'
		],
		[
			'Sums',
			'Bar-turning (25.62A) and industrial machining (25.62B) are added only when both figures come from the same file and year. Département figures from commune files are sums over the communes, as their source’s note says.'
		],
		[
			'Old figures',
			'A figure more than six years older than the atlas’s newest is flagged with its year (R&D expenditure 2017, R&D personnel 2009).'
		],
		[
			'Marks on the trend charts',
			'The periods marked on the trend charts (2008–2009 financial crisis, 2020 pandemic) are reading aids; they change no figure.'
		]
	]
};

export const methodologyMessages: Record<Lang, typeof fr> = { fr, en };
