// Eurostat's R&D sources and the indicators they feed (src/lib/sources/eurostatRd.ts reads them):
// part of the catalog (scripts/figures/catalog.mjs), kept apart for its size.

const CC_BY = {
	fr: "CC BY 4.0 (politique de réutilisation d'Eurostat, décision 2011/833/UE de la Commission)",
	en: 'CC BY 4.0 (Eurostat reuse policy, Commission Decision 2011/833/EU)'
};
const NUTS_NOTE = {
	fr: "Réponse de l'API de diffusion d'Eurostat (JSON-stat 2.0), lue par npm run data:update (src/lib/sources/eurostat.ts). Région = le chiffre NUTS 1 quand Eurostat publie la région entière (NUTS 2016/2021 : FRK = Auvergne-Rhône-Alpes), sinon la somme de ses régions NUTS 2 (table data/sources/nuts-regions.csv : AURA = FRK1 + FRK2, Nouvelle-Aquitaine = FRI1 + FRI2 + FRI3…), seulement quand aucune ne manque : une partie confidentielle (c) ou absente (:) laisse la région sans chiffre. France = la valeur nationale (FR). Les drapeaux p (provisoire), e (estimé), b (rupture de série) gardent la valeur et sont listés dans le rapport de mise à jour.",
	en: "Answer of Eurostat's dissemination API (JSON-stat 2.0), read by npm run data:update (src/lib/sources/eurostat.ts). Région = the NUTS-1 figure when Eurostat publishes the whole région (NUTS 2016/2021: FRK = Auvergne-Rhône-Alpes), otherwise the sum of its NUTS-2 regions (table data/sources/nuts-regions.csv: AURA = FRK1 + FRK2, Nouvelle-Aquitaine = FRI1 + FRI2 + FRI3…), only when none is missing: a confidential (c) or unavailable (:) part leaves the région without a figure. France = the national value (FR). Flags p (provisional), e (estimated), b (break in series) keep the value and are listed in the update report."
};
const UPDATED = {
	fr: 'mis à jour par Eurostat une fois par an (en général au printemps) ; années publiées par Eurostat',
	en: 'updated by Eurostat once a year (usually in spring); the years Eurostat publishes'
};

export const EUROSTAT_SOURCES = [
	{
		id: 'eurostat-rd-personnel',
		// Read from its official file (data/sources/official/, src/lib/sources) once downloaded.
		official: true,
		title:
			'Total R&D personnel and researchers by sectors of performance, sex and NUTS 2 regions (rd_p_persreg)',
		publisher: 'Eurostat',
		path: 'https://ec.europa.eu/eurostat/databrowser/view/rd_p_persreg/default/table',
		license: CC_BY,
		vintage: UPDATED,
		note: NUTS_NOTE,
		match: () => false
	},
	{
		id: 'eurostat-rd-expenditure',
		official: true,
		title:
			'Intramural R&D expenditure (GERD) by sectors of performance and NUTS 2 regions (rd_e_gerdreg)',
		publisher: 'Eurostat',
		path: 'https://ec.europa.eu/eurostat/databrowser/view/rd_e_gerdreg/default/table',
		license: CC_BY,
		vintage: UPDATED,
		note: NUTS_NOTE,
		match: () => false
	}
];

const SECTORS = [
	{
		suffix: '',
		fr: '',
		en: '',
		defFr: "tous secteurs d'exécution",
		defEn: 'all sectors of performance'
	},
	{
		suffix: '_business',
		fr: ' en entreprise',
		en: ', business sector',
		defFr: 'secteur des entreprises (BES)',
		defEn: 'business enterprise sector (BES)'
	},
	{
		suffix: '_government',
		fr: " de l'État",
		en: ', government sector',
		defFr: "secteur de l'État (GOV)",
		defEn: 'government sector (GOV)'
	},
	{
		suffix: '_higher_education',
		fr: ' du supérieur',
		en: ', higher education',
		defFr: "secteur de l'enseignement supérieur (HES)",
		defEn: 'higher education sector (HES)'
	}
];
const UNITS = {
	fte: {
		unit: { fr: 'ETP', en: 'FTE' },
		fr: 'ETP',
		en: 'FTE',
		defFr: 'en équivalent temps plein',
		defEn: 'full-time equivalent'
	},
	hc: {
		unit: { fr: 'personnes', en: 'persons' },
		fr: 'effectifs',
		en: 'headcount',
		defFr: 'en personnes physiques',
		defEn: 'headcount (persons)'
	}
};
const PROFESSIONS = {
	researchers: {
		fr: 'Chercheurs',
		en: 'Researchers',
		defFr: 'Chercheurs (prof_pos=RSE)',
		defEn: 'Researchers (prof_pos=RSE)'
	},
	rd_personnel: {
		fr: 'Personnel de R&D',
		en: 'R&D personnel',
		defFr:
			'Personnel total de R&D : chercheurs, techniciens et personnel de soutien (prof_pos=TOTAL)',
		defEn: 'Total R&D personnel: researchers, technicians and support staff (prof_pos=TOTAL)'
	}
};

const eurostatIndicator = (id, source, label, unit, definition) => ({
	id,
	file: 'researchers',
	group: 'researchers',
	kind: 'count',
	label,
	unit,
	definition,
	take: { region: [source], pays: [source] },
	years: [1990, 2100],
	// Declared ahead of the first download: no figures yet is not an error, and the indicator
	// stays out of the data package until a download gives it figures.
	optional: true,
	// Eurostat leaves some régions without a figure (confidential or unpublished NUTS parts).
	incomplete: true
});

/** The indicators of rd_p_persreg and rd_e_gerdreg; rd_personnel_fte is the catalog's own. */
export const EUROSTAT_INDICATORS = [
	...Object.entries(PROFESSIONS)
		.flatMap(([p, prof]) =>
			Object.entries(UNITS).flatMap(([u, unit]) =>
				SECTORS.map((s) => [`${p}_${u}${s.suffix}`, prof, unit, s])
			)
		)
		.filter(([id]) => id !== 'rd_personnel_fte')
		.map(([id, prof, unit, s]) =>
			eurostatIndicator(
				id,
				'eurostat-rd-personnel',
				{ fr: `${prof.fr}${s.fr} (${unit.fr})`, en: `${prof.en}${s.en} (${unit.en})` },
				unit.unit,
				{
					fr: `${prof.defFr}, ${s.defFr}, ${unit.defFr}, hommes et femmes. Eurostat rd_p_persreg.`,
					en: `${prof.defEn}, ${s.defEn}, ${unit.defEn}, both sexes. Eurostat rd_p_persreg.`
				}
			)
		),
	...SECTORS.map((s) =>
		eurostatIndicator(
			`rd_expenditure_mio_eur${s.suffix}`,
			'eurostat-rd-expenditure',
			{ fr: `Dépense de R&D${s.fr} (Eurostat, M€)`, en: `R&D expenditure${s.en} (Eurostat, € m)` },
			{ fr: "millions d'euros", en: 'million euros' },
			{
				fr: `Dépense intérieure de R&D (DIRD, « intramural R&D expenditure »), ${s.defFr}, en millions d'euros courants (unit=MIO_EUR). Eurostat rd_e_gerdreg. Autre source et autre unité que rd_expenditure_DIRD (Insee, milliards d'euros) : ne pas les mettre bout à bout.`,
				en: `Intramural R&D expenditure (GERD), ${s.defEn}, million euros at current prices (unit=MIO_EUR). Eurostat rd_e_gerdreg. Another source and unit than rd_expenditure_DIRD (INSEE, billion euros): do not join them into one series.`
			}
		)
	)
];
