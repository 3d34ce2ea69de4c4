// The official downloads of issue 11 (src/lib/sources): their entries in the catalog's SOURCES.
// They feed figures only once `npm run data:update` has read their file (data/sources/official/);
// until then the frozen extract's copies stay, and datapackage.json lists only the sources that
// feed a figure. `covers`: the geography a file filtered on the 24 départements can give.

const ODBL = {
	fr: 'ODbL 1.0 (Open Database License, licence des jeux de données Open URSSAF)',
	en: 'ODbL 1.0 (Open Database License, the licence of Open URSSAF datasets)'
};
const ETALAB = {
	fr: 'Licence Ouverte / Etalab 2.0',
	en: 'Licence Ouverte / Etalab 2.0 (Open Licence)'
};
const NOT_READ = {
	fr: 'pas encore lu : les chiffres viennent de l’extrait figé tant que data:update n’a pas lu ce fichier',
	en: 'not read yet: the figures come from the frozen extract until data:update reads this file'
};
const official = (entry) => ({
	official: true,
	via: '',
	vintage: NOT_READ,
	...entry,
	match: () => false
});

export const OFFICIAL_DOWNLOADS = [
	official({
		id: 'urssaf-commune-ape',
		title:
			"Nombre d'établissements employeurs et effectifs salariés du secteur privé, par commune x APE",
		publisher: 'URSSAF (Urssaf Caisse nationale)',
		path: 'https://open.urssaf.fr/explore/dataset/etablissements-et-effectifs-salaries-au-niveau-commune-x-ape-last/',
		license: ODBL,
		covers: { region: ['75', '84'] },
		note: {
			fr: "Export CSV de l'API Explore v2.1 (filtre code_departement sur les 24 départements), une colonne « Nombre d'établissements AAAA » par année depuis 2006, établissements employeurs au 31 décembre. Chaque ligne (commune x code APE) compte dans les groupes de son code APE : divisions 05 à 39 = industrie (B-E), 10 à 33 = industrie manufacturière (C), division 25, division 28, APE 25.62A, APE 25.62B, et tous les codes = total ; les « Effectifs salariés AAAA » de tous les codes donnent l'effectif salarié brut au 31 décembre, tous secteurs (jobs_total_private_dec31). Communes sommées en départements (code de la commune), départements en régions (AURA et Nouvelle-Aquitaine, seulement si aucun ne manque). Cellule vide = aucun établissement.",
			en: 'CSV export of the Explore API v2.1 (code_departement filter on the 24 départements), a column "Nombre d\'établissements YYYY" per year since 2006, employer establishments at 31 December. Each row (commune x APE code) counts in the groups of its APE code: divisions 05-39 = industry (B-E), 10-33 = manufacturing (C), division 25, division 28, APE 25.62A, APE 25.62B, and all codes = total; the "Effectifs salariés YYYY" of all codes give the raw salaried headcount at 31 December, all sectors (jobs_total_private_dec31). Communes summed into départements (by commune code), départements into régions (AURA and Nouvelle-Aquitaine, only when none is missing). Empty cell = no establishment.'
		}
	}),
	official({
		id: 'urssaf-dep-grand-secteur-trimestriel',
		title:
			'Effectifs salariés et masse salariale du secteur privé, par département x grand secteur (séries trimestrielles depuis 1998)',
		publisher: 'URSSAF (Urssaf Caisse nationale)',
		path: 'https://open.urssaf.fr/explore/dataset/effectifs-salaries-et-masse-salariale-du-secteur-prive-par-departement-x-grand-s/',
		license: ODBL,
		note: {
			fr: "Export CSV de l'API Explore v2.1 (filtre sur les 24 départements). Lignes du 4e trimestre (colonne Trimestre = 4), colonne « Effectifs salariés (CVS) » : industrie = grand secteur « GS1 Industrie » ; tous secteurs = somme des grands secteurs du département.",
			en: 'CSV export of the Explore API v2.1 (filter on the 24 départements). 4th-quarter rows (column Trimestre = 4), column "Effectifs salariés (CVS)": industry = grand secteur "GS1 Industrie"; all sectors = sum of the département\'s grands secteurs.'
		}
	}),
	official({
		id: 'urssaf-region-na38',
		title: 'Effectifs salariés et masse salariale du secteur privé, par région x NA38',
		publisher: 'URSSAF (Urssaf Caisse nationale)',
		path: 'https://open.urssaf.fr/explore/dataset/effectifs-salaries-et-masse-salariale-du-secteur-prive-par-region-x-na38/',
		license: ODBL,
		note: {
			fr: "Export CSV de l'API Explore v2.1. Valeurs au 31 décembre (colonne « Dernier jour du trimestre »), « Effectifs salariés (CVS) » des séries « Secteur NA28i » : industrie = somme de BZ, CA, CB, CC, CD-CE-CF, CG, CH, CI-CJ, CK-CL, CM, DZ-EZ ; industrie manufacturière = les séries C ; CH et CK-CL telles quelles ; tous secteurs = somme de toutes les séries. France : non lue ici (reste celle de l'extrait figé).",
			en: 'CSV export of the Explore API v2.1. Values at 31 December (column "Dernier jour du trimestre"), "Effectifs salariés (CVS)" of the "Secteur NA28i" series: industry = sum of BZ, CA, CB, CC, CD-CE-CF, CG, CH, CI-CJ, CK-CL, CM, DZ-EZ; manufacturing = the C series; CH and CK-CL as published; all sectors = sum of every series. France: not read here (the frozen extract\'s stays).'
		}
	}),
	official({
		id: 'dares-defm-communales',
		title:
			"Demandeurs d'emploi inscrits à France Travail : données communales trimestrielles brutes (catégories A, B, C)",
		publisher: 'DARES / France Travail',
		path: 'https://data.dares.travail-emploi.gouv.fr/explore/dataset/dares_defm_communales-brutes/',
		license: {
			fr: `${ETALAB.fr} (licence indiquée pour les jeux de la Dares sur data.gouv.fr ; à confirmer sur la page du jeu)`,
			en: `${ETALAB.en} (licence stated for the DARES datasets on data.gouv.fr; to be confirmed on the dataset page)`
		},
		note: {
			fr: "Export CSV de l'API Explore v2.1 du portail de la Dares (filtre sexe = Total, tranche d'âge = Total, 24 départements). Moyenne du 4e trimestre de chaque année (« 2024-T4 »), données brutes, chaque valeur arrondie par la Dares au multiple de 5. Lignes Total x Total de chaque commune sommées en départements ; les lignes de cumul (code commune « Total ») et les arrondissements de Paris, Lyon et Marseille (publiés en plus de leur commune) sont écartés. C'est la source des séries communales de rouages.fr : la somme des communes de la Gironde au 2024-T4 (142 570) y est la même.",
			en: 'CSV export of the Explore API v2.1 of the DARES portal (filter sex = Total, age band = Total, 24 départements). Average of the 4th quarter of each year ("2024-T4"), raw data, each value rounded by DARES to a multiple of 5. Total x Total rows of each commune summed into départements; cumulative rows (commune code "Total") and the arrondissements of Paris, Lyon and Marseille (published besides their commune) are left out. It is the source of the rouages.fr commune series: the sum of the Gironde communes for 2024-T4 (142,570) is the same there.'
		}
	}),
	official({
		id: 'insee-comparateur-superficie',
		title: 'Base du comparateur de territoires — superficie des communes (SUPERF)',
		publisher: 'INSEE',
		path: 'https://www.insee.fr/fr/statistiques/2521169',
		license: {
			fr: `${ETALAB.fr} (conditions de réutilisation de l'INSEE)`,
			en: `${ETALAB.en} (INSEE reuse terms)`
		},
		note: {
			fr: "Fichier base_cc_comparateur.csv de l'archive base_cc_comparateur_csv.zip : une ligne par commune (Paris, Lyon et Marseille par leurs arrondissements), superficie en km² dans SUPERF, sommée en départements et en régions (AURA et Nouvelle-Aquitaine). L'année est celle de la géographie de l'édition, lue dans ses colonnes du recensement : le recensement de l'année N − 3 (P21_POP) paraît en juin N dans la géographie (COG) du 1er janvier N (COG 2024 pour la base de juin 2024).",
			en: "File base_cc_comparateur.csv of the archive base_cc_comparateur_csv.zip: one row per commune (Paris, Lyon and Marseille by their arrondissements), land area in km² in SUPERF, summed into départements and régions (AURA and Nouvelle-Aquitaine). The year is the edition's geography, read from its census columns: the census of year N − 3 (P21_POP) is published in June N in the geography (COG) of 1 January N (COG 2024 for the base of June 2024)."
		}
	})
];
