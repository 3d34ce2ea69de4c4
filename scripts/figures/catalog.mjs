// The atlas's sources and indicators (French and English texts), its geography and the data
// files' layout: what scripts/figures/dataFiles.mjs writes and describes.

import { createRequire } from 'node:module';
import { EUROSTAT_INDICATORS, EUROSTAT_SOURCES } from './eurostatCatalog.mjs';
import { OFFICIAL_DOWNLOADS } from './officialSources.mjs';

const require = createRequire(import.meta.url);

export const HEADER = ['geo_level', 'geo_code', 'indicator', 'year', 'value', 'source'];

// ---------------------------------------------------------------------------------------------
// Geography
// ---------------------------------------------------------------------------------------------
export const DEPARTEMENTS = {
	84: ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'],
	75: ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87']
};
export const DEPS = [...DEPARTEMENTS['84'], ...DEPARTEMENTS['75']].sort();
export const REGIONS_METRO = require('../../src/lib/geo/metroRegions.json');
export const GEO_LEVELS = ['departement', 'region', 'pays'];
export const ALLOWED_CODES = { departement: DEPS, region: REGIONS_METRO, pays: ['FR'] };

// ---------------------------------------------------------------------------------------------
// Our sources. Each reference source_id (S01…S650) is mapped to one of these by its URL / note.
// ---------------------------------------------------------------------------------------------
// Each text of a source is in French and English, like the indicators' labels.
const URSSAF_ODBL = {
	fr: "ODbL 1.0 (les jeux de données Open URSSAF sont publiés sous Open Database License, comme l'indiquent leurs pages miroirs sur data.gouv.fr)",
	en: 'ODbL 1.0 (Open URSSAF datasets are published under the Open Database License, as stated on their data.gouv.fr mirror pages)'
};

const BAROMETRE = {
	fr: 'ThomasJaafar12/Barometre (barometre.html), sans fichier de licence (inconnue)',
	en: 'ThomasJaafar12/Barometre (barometre.html), no licence file (unknown)'
};

export const SOURCES = [
	{
		id: 'urssaf-etab-commune-ape-2021',
		title:
			"Nombre d'établissements employeurs et effectifs salariés du secteur privé, par commune x APE (colonne nombre_d_etablissements_2021)",
		publisher: 'URSSAF (Urssaf Caisse nationale)',
		path: 'https://open.urssaf.fr/explore/dataset/etablissements-et-effectifs-salaries-au-niveau-commune-x-ape-last/',
		via: 'https://github.com/betagouv/mon-entreprise/blob/21038e390756cd54bad80ae18c38c06f2140d6fb/scripts/codeAPESearch/donn%C3%A9es-code-APE/output.min.json',
		license: URSSAF_ODBL,
		intermediate: {
			fr: 'betagouv/mon-entreprise (output.min.json, au commit indiqué), sous licence MIT',
			en: 'betagouv/mon-entreprise (output.min.json, at the commit given), MIT licence'
		},
		vintage: {
			fr: '2021 (extraction de décembre 2022)',
			en: '2021 (extract of Dec 2022)'
		},
		note: {
			fr: "Établissements = employeurs ayant déclaré une masse salariale le dernier mois de l'année (selon une description du jeu de données par un tiers). Le fichier brut de l'URSSAF n'était pas disponible. betagouv/mon-entreprise l'a téléchargé en décembre 2022, a sommé les communes en cellules (code APE, département) de nombre_d_etablissements_2021 et n'a gardé que les cellules > 0 (output.min.json au commit ci-dessus). Pour chaque département, la recherche de référence a sommé ces cellules sur les codes APE par division NAF : 05-39 = industrie (B-E), 10-33 = industrie manufacturière (C), 25, 28, APE 2562A, APE 2562B, et tous les codes = total. Région = somme de ses départements (table COG 2026 de @etalab/decoupage-administratif 6.0.0) ; France = tous les départements, outre-mer compris. Les cellules masquées par l'URSSAF pour secret statistique, s'il y en a, manquent dans les sommes.",
			en: 'Establishments = employers that declared a payroll in the last month of the year (per a third-party description of the dataset). The raw URSSAF file was not available. betagouv/mon-entreprise downloaded it in Dec 2022, summed the communes into (APE code, département) cells of nombre_d_etablissements_2021 and kept only cells > 0 (output.min.json at the commit above). For each département the reference research summed those cells over APE codes by NAF division: 05-39 = industry (B-E), 10-33 = manufacturing (C), 25, 28, APE 2562A, APE 2562B, and all codes = total. Région = sum of its départements (COG 2026 table of @etalab/decoupage-administratif 6.0.0); France = all départements including the overseas ones. Cells blanked by URSSAF for confidentiality, if any, are missing from the sums.'
		},
		match: (s) => /github\.com\/betagouv\/mon-entreprise\//.test(s.source_url)
	},
	{
		id: 'urssaf-commune-ape-rouages',
		title:
			"Nombre d'établissements employeurs et effectifs salariés du secteur privé, par commune x APE (séries communales au 31 décembre)",
		publisher: 'URSSAF (Urssaf Caisse nationale)',
		path: 'https://open.urssaf.fr/explore/dataset/etablissements-et-effectifs-salaries-au-niveau-commune-x-ape-last/',
		via: 'https://github.com/MayetSoft/rouages.fr/tree/372f7636f4f2cc2aa91265dea40effc815e958b2/public/territoires/dep',
		license: URSSAF_ODBL,
		intermediate: {
			fr: 'MayetSoft/rouages.fr (fichiers public/territoires/dep/<DD>-travail.json, datés « maj » 2026-10-01 / 2026-10-09), licence non indiquée dans les documents lus (inconnue)',
			en: 'MayetSoft/rouages.fr (files public/territoires/dep/<DD>-travail.json, dated "maj" 2026-10-01 / 2026-10-09), licence not stated in the material read (unknown)'
		},
		vintage: {
			fr: '31 décembre 2015-2025 (effectifs tous secteurs) ; 31 décembre 2025 (répartition par grand secteur)',
			en: '31 Dec 2015-2025 (all-sector headcounts); 31 Dec 2025 (breakdown by grand secteur)'
		},
		note: {
			fr: "Les fichiers public/territoires/dep/<DD>-travail.json de MayetSoft/rouages.fr (construits par ce projet à partir du jeu URSSAF commune x APE, communes rapportées à la liste des communes actuelles) ont été lus page par page et vérifiés (longueur, lecture JSON, sommes par secteur de 2025). Les fichiers conservés viennent de trois commits : 372f7636f4f2cc2aa91265dea40effc815e958b2 (03 07 24 38 40 63 73 74 87), 7e0d95998ecbfa5c116fe55d667e06e0f083fcd9 (01 16 19 33 42 43 64 79 86), 3b9915244a88cb4cd95e20b921882d41998d553b (15 17 23 26 47 69). Les chiffres départementaux sont des sommes sur les communes de l'effectif salarié privé annuel au 31 décembre (brut, non corrigé des variations saisonnières ; null = aucun employeur, ignoré) et, pour 2025 seulement, des effectifs et des établissements par secteur (« Industrie » = grand secteur URSSAF GS1, NAF B-E).",
			en: 'The files public/territoires/dep/<DD>-travail.json of MayetSoft/rouages.fr (built by that project from the URSSAF commune x APE dataset, communes mapped to the current commune list) were read page by page and checked (length, JSON parse, 2025 sector sums). The stored files come from three commits: 372f7636f4f2cc2aa91265dea40effc815e958b2 (03 07 24 38 40 63 73 74 87), 7e0d95998ecbfa5c116fe55d667e06e0f083fcd9 (01 16 19 33 42 43 64 79 86), 3b9915244a88cb4cd95e20b921882d41998d553b (15 17 23 26 47 69). Département figures are sums over communes of the yearly private salaried headcount at 31 December (raw, not seasonally adjusted; null = no employer, skipped) and, for 2025 only, of the headcount and establishments by sector ("Industrie" = URSSAF grand secteur GS1, NAF B-E).'
		},
		match: (s) =>
			/github\.com\/MayetSoft\/rouages\.fr\//.test(s.source_url) &&
			!/jobseekers/i.test(s.source_note)
	},
	{
		id: 'urssaf-region-na28i',
		title: 'Effectifs salariés et masse salariale du secteur privé, par région x secteur NA28i',
		publisher: 'URSSAF (Urssaf Caisse nationale)',
		path: 'https://open.urssaf.fr/explore/dataset/effectifs-salaries-et-masse-salariale-du-secteur-prive-par-region-x-na38/',
		via: 'https://github.com/ThomasJaafar12/Barometre/blob/402b0b394d5e8087ea2aaa0e76c5ad52e508d3ac/barometre.html',
		license: URSSAF_ODBL,
		intermediate: BAROMETRE,
		vintage: {
			fr: 'séries trimestrielles CVS, valeurs au 31 décembre 1998-2025 (extraction du 2026-04-22 ; apprentis inclus depuis la publication du 1er trimestre 2023)',
			en: 'quarterly CVS series, values at 31 Dec 1998-2025 (extract generated 2026-04-22; apprentices included since the Q1-2023 publication)'
		},
		note: {
			fr: "Le CSV brut n'était pas disponible. Les séries ont été décodées depuis le contenu window.BAROMETRE_DEFERRED_GZIP (JSON en base64 + gzip) de barometre.html, chemin modules.sector.regional.regions[code].series[sector].points[] (effectifs_cvs), et les valeurs au AAAA-12-31 ont été gardées. Tous secteurs = la « population-entiere » du générateur (somme des 28 séries NA28i) ; industrie B-E = notre somme de BZ, CA, CB, CC, CD-CE-CF, CG, CH, CI-CJ, CK-CL, CM, DZ-EZ ; industrie manufacturière C = notre somme des séries C (CA…CM) ; CH et CK-CL sont chacune publiées en une seule série. France = notre somme sur les 18 codes de région de l'extraction (13 métropolitaines + 01, 02, 03, 04, 06 ; Mayotte n'a pas de série).",
			en: 'The raw CSV was not available. The series were decoded from the window.BAROMETRE_DEFERRED_GZIP payload (base64 + gzip JSON) of barometre.html, path modules.sector.regional.regions[code].series[sector].points[] (effectifs_cvs), and the values at YYYY-12-31 were kept. All sectors = the builder\'s "population-entiere" (sum of the 28 NA28i series); industry B-E = our sum of BZ, CA, CB, CC, CD-CE-CF, CG, CH, CI-CJ, CK-CL, CM, DZ-EZ; manufacturing C = our sum of the C series (CA…CM); CH and CK-CL are single published series. France = our sum over the 18 région codes in the extract (13 metropolitan + 01, 02, 03, 04, 06; Mayotte has no series).'
		},
		match: (s) => /ThomasJaafar12\/Barometre\//.test(s.source_url) && /NA28i/.test(s.source_note)
	},
	{
		id: 'urssaf-dep-grand-secteur-2025q4',
		title:
			'Effectifs salariés et masse salariale du secteur privé, par département x grand secteur',
		publisher: 'URSSAF (Urssaf Caisse nationale)',
		path: 'https://open.urssaf.fr/explore/dataset/effectifs-salaries-et-masse-salariale-du-secteur-prive-par-departement-x-grand-s/',
		via: 'https://github.com/ThomasJaafar12/Barometre/blob/402b0b394d5e8087ea2aaa0e76c5ad52e508d3ac/barometre.html',
		license: URSSAF_ODBL,
		intermediate: BAROMETRE,
		vintage: {
			fr: 'fin du 4e trimestre 2025 seulement (séries trimestrielles CVS ; extraction du 2026-04-22)',
			en: 'end of Q4 2025 only (quarterly CVS series; extract generated 2026-04-22)'
		},
		note: {
			fr: "Lu dans le même contenu de barometre.html, module modules.sector.departmental, qui ne contient que le dernier trimestre (2025-12-31). Industrie = grand secteur « GS1 Industrie » (NAF B-E), CVS ; tous secteurs = somme de GS1…GS7 calculée par le générateur du Baromètre (modules.py). L'évolution sur un an qu'il contient aussi n'a pas servi à recalculer 2024. Contrôle : les GS1 des 12 départements d'AURA totalisent 504 635, contre 504 637 pour la somme NA28i de la région.",
			en: 'Read from the same barometre.html payload, module modules.sector.departmental, which holds only the latest quarter (2025-12-31). Industry = grand secteur "GS1 Industrie" (NAF B-E), CVS; all sectors = sum of GS1…GS7 computed by the Barometre builder (modules.py). The year-on-year change it also carries was not used to back-compute 2024. Check: the 12 AURA départements\' GS1 add up to 504,635 against 504,637 for the région NA28i sum.'
		},
		match: (s) =>
			/ThomasJaafar12\/Barometre\//.test(s.source_url) && /grand secteur/.test(s.source_note)
	},
	{
		id: 'insee-tcrd027-2019',
		title:
			"Structure de l'emploi total par grand secteur d'activité en 2019 (Chiffres détaillés, tableau TCRD_027)",
		publisher: 'INSEE',
		path: 'https://www.insee.fr/fr/statistiques/2012798',
		via: 'https://github.com/dreamRs/topogram/blob/aaf72b0/data-raw/TCRD_027.xlsx',
		license: {
			fr: "Licence Ouverte / Etalab 2.0 (conditions de réutilisation de l'INSEE ; non rappelées dans les documents lus)",
			en: 'Licence Ouverte / Etalab 2.0 (INSEE reuse terms; not restated in the material read)'
		},
		intermediate: {
			fr: 'dreamRs/topogram (data-raw/TCRD_027.xlsx, fichier téléchargé en novembre 2021), sous licence MIT',
			en: 'dreamRs/topogram (data-raw/TCRD_027.xlsx, file downloaded Nov 2021), MIT licence'
		},
		vintage: {
			fr: '2019 (dernière semaine de décembre 2019, provisoire)',
			en: '2019 (last week of December 2019, provisional)'
		},
		note: {
			fr: "Source : Insee, Estimations d'emploi. Part de l'industrie dans l'emploi total (salarié et non salarié), au lieu de travail, données brutes, provisoires. Le XLSX (une feuille pour les départements, une pour les régions) a été téléchargé depuis la page de l'INSEE par dreamRs/topogram en novembre 2021 et lu dans cette copie ; valeurs recopiées telles qu'imprimées (en pourcentage).",
			en: "Source: Insee, Estimations d'emploi. Share of industry in total employment (salaried + non-salaried), at place of work, raw data, provisional. The XLSX (one sheet for départements, one for régions) was downloaded from the INSEE page by dreamRs/topogram in Nov 2021 and read from that copy; values copied as printed (percent)."
		},
		match: (s) => /insee\.fr\/fr\/statistiques\/2012798/.test(s.source_url)
	},
	{
		id: 'eurostat-rd-persreg-2009',
		title:
			'Total R&D personnel and researchers by sectors of performance, sex and NUTS 2 regions (rd_p_persreg)',
		publisher: 'Eurostat',
		path: 'https://ec.europa.eu/eurostat/databrowser/view/rd_p_persreg/default/table',
		via: 'https://github.com/rOpenGov/regions/blob/0890afe/data/regional_rd_personnel.rda',
		license: {
			fr: "CC BY 4.0 (politique de réutilisation d'Eurostat ; non rappelée dans les documents lus)",
			en: 'CC BY 4.0 (Eurostat reuse policy; not restated in the material read)'
		},
		intermediate: {
			fr: 'paquet R regions (rOpenGov, 2021 ; extrait data/regional_rd_personnel.rda), sous licence GPL-3',
			en: 'R package regions (rOpenGov, 2021; subset data/regional_rd_personnel.rda), GPL-3 licence'
		},
		vintage: {
			fr: '2009',
			en: '2009'
		},
		note: {
			fr: "Extrait prof_pos=TOTAL (tout le personnel de R&D : chercheurs, techniciens et personnel de soutien), sectperf=TOTAL, sex=T, unit=FTE, lu dans data/regional_rd_personnel.rda avec un petit lecteur XDR. Les valeurs NUTS-2 (2010) françaises n'existent que pour 2009 dans cet extrait ; les anciennes régions ont été sommées en régions de 2016 (par exemple AURA = FR71 + FR72 = 46 499 + 7 331 ; Nouvelle-Aquitaine = FR61 + FR63 + FR53). France = la valeur nationale du même extrait. Ce n'est pas un nombre de chercheurs (prof_pos=RSE n'était pas disponible).",
			en: 'Subset prof_pos=TOTAL (all R&D personnel: researchers + technicians + support staff), sectperf=TOTAL, sex=T, unit=FTE, read from data/regional_rd_personnel.rda with a small XDR reader. French NUTS-2 (2010) values exist only for 2009 in this subset; the old regions were summed into the 2016 régions (e.g. AURA = FR71 + FR72 = 46,499 + 7,331; Nouvelle-Aquitaine = FR61 + FR63 + FR53). France = the national value of the same subset. Not a researcher count (prof_pos=RSE was not available).'
		},
		match: (s) => /github\.com\/rOpenGov\/regions\//.test(s.source_url)
	},
	{
		id: 'insee-dird-2017',
		title:
			'La France et ses territoires, édition 2021 — fiche 3.8 « Recherche et développement expérimental », figure 1 : Dépense intérieure de recherche et développement expérimental en 2017',
		publisher: 'INSEE (Insee Références)',
		path: 'https://insee.fr/fr/statistiques/5039895?q=recherche+et+d%C3%A9veloppement&sommaire=5040030',
		via: '',
		license: {
			fr: "Licence Ouverte / Etalab 2.0 (conditions de réutilisation de l'INSEE ; non rappelées dans les documents lus)",
			en: 'Licence Ouverte / Etalab 2.0 (INSEE reuse terms; not restated in the material read)'
		},
		vintage: {
			fr: '2017 (édition parue le 29/04/2021)',
			en: '2017 (edition published 29/04/2021)'
		},
		note: {
			fr: "Valeurs lues dans le texte conservé de la figure 1 (milliards d'euros), colonnes Entreprises | Administrations | Ensemble, lignes = les 13 régions métropolitaines et la France. Ensemble est imprimé avec 1 décimale, les deux composantes avec 2 décimales (la Corse s'imprime 0,0 ; ses composantes totalisent 0,02). La ligne « DOM-COM » (0,02 | 0,24 | 0,3) n'est pas une région et n'a pas été gardée. « Champ : France » (la suite de la note est coupée dans la copie conservée).",
			en: 'Values read in the stored page text of figure 1 (billion euros), columns Entreprises | Administrations | Ensemble, rows = the 13 metropolitan régions and France. Ensemble is printed with 1 decimal, the two components with 2 decimals (Corse prints as 0,0; its components sum to 0,02). The "DOM-COM" row (0,02 | 0,24 | 0,3) is not one région and was not stored. "Champ : France" (rest of the note cut in the stored copy).'
		},
		match: (s) => /statistiques\/5039895/.test(s.source_url)
	},
	{
		id: 'france-travail-rouages',
		// The producer's dataset, as the intermediate's own download script names it
		// (scripts/travail-emettre.ts of rouages.fr at 3b9915244a88cb4cd95e20b921882d41998d553b).
		title:
			"Demandeurs d'emploi inscrits à France Travail : données communales trimestrielles brutes (catégories A, B, C)",
		publisher: 'DARES / France Travail',
		path: 'https://data.dares.travail-emploi.gouv.fr/explore/dataset/dares_defm_communales-brutes/',
		via: 'https://github.com/MayetSoft/rouages.fr/tree/372f7636f4f2cc2aa91265dea40effc815e958b2/public/territoires/dep',
		// No licence stated by DARES for this dataset was found: said so, never guessed.
		licenseName: 'not found',
		license: {
			fr: 'non trouvée (aucune licence de la DARES n’est indiquée pour ce jeu dans les documents lus)',
			en: 'not found (no DARES licence is stated for this dataset in the material read)'
		},
		intermediate: {
			fr: 'MayetSoft/rouages.fr (séries communales, fichiers public/territoires/dep/<DD>-travail.json datés « maj » 2026-10-01 / 2026-10-09, écrits par son script scripts/travail-emettre.ts) ; selon son LICENSE-CONTENU.md, ces données restent sous la licence de leur producteur',
			en: 'MayetSoft/rouages.fr (commune series, files public/territoires/dep/<DD>-travail.json dated "maj" 2026-10-01 / 2026-10-09, written by its script scripts/travail-emettre.ts); per its LICENSE-CONTENU.md, these data stay under their producer\'s licence'
		},
		vintage: {
			fr: "2015-2024 (moyenne du 4e trimestre de chaque année, « AAAA-T4 », selon le script de l'intermédiaire)",
			en: '2015-2024 (average of the 4th quarter of each year, "YYYY-T4", per the intermediate\'s script)'
		},
		note: {
			fr: "Jeu d'origine : dares_defm_communales-brutes du portail de la DARES, lu par rouages.fr (script scripts/travail-emettre.ts, commit 3b99152) en export CSV de l'API Explore v2.1, lignes sexe = Total, tranche d'âge = Total, catégorie = ABC, trimestres « AAAA-T4 », chaque nombre arrondi par la DARES au multiple de 5 ; c'est le jeu de la source dares-defm-communales (même somme des communes de la Gironde au 2024-T4, 142 570). Troisième tableau de chaque entrée communale de public/territoires/dep/<DD>-travail.json (mêmes trois commits que urssaf-commune-ape-rouages), sommé sur les communes du département : chaque somme peut donc s'écarter de 2,5 au plus par commune. Cantal : 2 communes (15035, 15141) n'ont pas de valeur et sont ignorées. Licence : rouages.fr dit ses jeux réutilisés tous sous Licence Ouverte 1.0 ou 2.0 et aucun sous ODbL, ce que contredit l'ODbL des données Open URSSAF qu'il reprend aussi : son affirmation n'est pas reprise ici.",
			en: 'Original dataset: dares_defm_communales-brutes of the DARES portal, read by rouages.fr (script scripts/travail-emettre.ts, commit 3b99152) as a CSV export of the Explore API v2.1, rows sex = Total, age band = Total, category = ABC, quarters "YYYY-T4", each number rounded by DARES to a multiple of 5; it is the dataset of the dares-defm-communales source (same sum of the Gironde communes for 2024-T4, 142,570). Third array of each commune entry of public/territoires/dep/<DD>-travail.json (same three commits as urssaf-commune-ape-rouages), summed over the communes of the département, so each sum can be off by up to 2.5 per commune. Cantal: 2 communes (15035, 15141) have no value and are skipped. Licence: rouages.fr says all the datasets it reuses are under the Licence Ouverte 1.0 or 2.0 and none under ODbL, which the ODbL of the Open URSSAF data it also reuses contradicts: its statement is not taken up here.'
		},
		match: (s) =>
			/github\.com\/MayetSoft\/rouages\.fr\//.test(s.source_url) &&
			/jobseekers/i.test(s.source_note)
	},
	{
		id: 'insee-populations-legales',
		title: 'Populations légales — population municipale des communes (millésime 2023)',
		publisher: 'INSEE',
		path: 'https://www.insee.fr/fr/statistiques/8680726?sommaire=8681011',
		via: 'https://www.npmjs.com/package/@etalab/decoupage-administratif/v/6.0.0',
		license: {
			fr: "Licence Ouverte (conditions de réutilisation de l'INSEE)",
			en: 'Licence Ouverte (INSEE reuse terms)'
		},
		intermediate: {
			fr: 'paquet npm @etalab/decoupage-administratif 6.0.0 (millésime 2026 du paquet, d’où l’année 2023 est déduite ; Mayotte telle que fournie par le paquet), dont le README indique la Licence Ouverte pour les données ; code du paquet sous licence MIT',
			en: 'npm package @etalab/decoupage-administratif 6.0.0 (package millésime 2026, from which the year 2023 is inferred; Mayotte as shipped in the package), whose README states Licence Ouverte for the data; package code MIT'
		},
		vintage: {
			fr: '2023 (déduit : populations légales en vigueur au 1er janvier 2026 ; Mayotte : chiffre du recensement de 2017)',
			en: '2023 (inferred: legal populations in force on 1 Jan 2026; Mayotte: 2017 census figure)'
		},
		note: {
			fr: "Somme du champ « population » de data/communes.json sur les entrées de type « commune-actuelle » (les arrondissements municipaux de Paris, Lyon et Marseille ne sont donc pas comptés deux fois), calculée par scripts/build-population.mjs. France = France métropolitaine + les 5 DROM ; les collectivités d'outre-mer (COM, codes 975-989) ne sont pas incluses. Les sommes par département et par région sont égales aux lignes de population du figures.csv de référence.",
			en: 'Sum of the "population" field of data/communes.json over entries with type "commune-actuelle" (so the arrondissements municipaux of Paris, Lyon and Marseille are not counted twice), computed by scripts/build-population.mjs. France = metropolitan France + the 5 DROM; the collectivités d\'outre-mer (COM, codes 975-989) are not included. Département and région sums equal the population rows of the reference figures.csv.'
		},
		match: (s) => /decoupage-administratif/.test(s.source_url)
	},
	{
		id: 'urssaf-dep-grand-secteur-tranche',
		// Read from its official file (data/sources/official/, src/lib/sources): the reference's
		// rows of this source are only compared with what the file gives.
		official: true,
		title:
			"Nombre d'établissements employeurs et effectifs salariés du secteur privé par département x grand secteur d'activité x tranche d'effectif salarié",
		publisher: 'URSSAF (Urssaf Caisse nationale)',
		path: 'https://open.urssaf.fr/explore/dataset/nombre-detablissements-employeurs-et-effectifs-salaries-du-secteur-prive-par-dep/',
		via: 'https://github.com/LIONPANJSHIR/dynamiques-emploi-prive-france-2006-2025/blob/72a6ff1554ccb10104dce49954617562443517ea/data/raw/raw.csv',
		license: URSSAF_ODBL,
		intermediate: {
			fr: "copie brute de l'export : LIONPANJSHIR/dynamiques-emploi-prive-france-2006-2025 (lignes « GS1 Industrie » des 24 départements recopiées cellule par cellule dans data/sources/official/)",
			en: 'raw copy of the export: LIONPANJSHIR/dynamiques-emploi-prive-france-2006-2025 (the "GS1 Industrie" rows of the 24 départements copied cell by cell into data/sources/official/)'
		},
		vintage: {
			fr: 'au 31 décembre de chaque année, 2006-2025 (publication 2026)',
			en: 'at 31 December of each year, 2006-2025 (2026 publication)'
		},
		note: {
			fr: "Fichier de l'URSSAF dans sa mise en page (une ligne par département x grand secteur x tranche d'effectif, une paire de colonnes « Nombre d'établissements AAAA » / « Effectifs salariés AAAA » par année ; cellule vide = aucun établissement dans la tranche), lu par npm run data:update (src/lib/ingest, src/lib/sources). Département = somme des tranches a) à h) de la ligne « GS1 Industrie » (le fichier n'a pas de ligne de total) ; région = somme de ses 12 départements, seulement quand aucun ne manque. Effectifs avec une décimale à partir de 2022 (apprentis inclus depuis 2023). Contrôle : chaque somme est égale à la valeur de la recherche de référence (source S901) et, pour 2025, aux sommes communales de rouages.fr.",
			en: 'URSSAF\'s file in its own layout (one row per département x grand secteur x size band, a pair of columns "Nombre d\'établissements YYYY" / "Effectifs salariés YYYY" per year; empty cell = no establishment in the band), read by npm run data:update (src/lib/ingest, src/lib/sources). Département = sum of the size bands a) to h) of the "GS1 Industrie" row (the file has no total row); région = sum of its 12 départements, only when none is missing. Jobs carry one decimal from 2022 (apprentices included since 2023). Check: every sum equals the reference research\'s value (source S901) and, for 2025, the rouages.fr commune sums.'
		},
		match: (s) =>
			/open\.urssaf\.fr\/explore\/dataset\/nombre-detablissements-employeurs-et-effectifs-salaries-du-secteur-prive-par-dep\//.test(
				s.source_url
			)
	},
	{
		id: 'insee-superficie-2024',
		title: 'Base du comparateur de territoires — superficie des communes (COG 2024)',
		publisher: 'INSEE',
		path: 'https://www.insee.fr/fr/statistiques/2521169',
		via: 'https://github.com/rcarlier/datas.fun/blob/b9874080432e11b943e93aeae75ee372a024697b/France/communes.csv',
		license: {
			fr: "Licence Ouverte / Etalab 2.0 (conditions de réutilisation de l'INSEE)",
			en: 'Licence Ouverte / Etalab 2.0 (INSEE reuse terms)'
		},
		intermediate: {
			fr: 'rcarlier/datas.fun (France/communes.csv), licence non indiquée dans les documents lus (inconnue)',
			en: 'rcarlier/datas.fun (France/communes.csv), licence not stated in the material read (unknown)'
		},
		vintage: {
			fr: '2024 (base du 27/06/2024, géographie au 1er janvier 2024)',
			en: '2024 (base of 27/06/2024, geography at 1 January 2024)'
		},
		note: {
			fr: "Superficie des communes (colonne superficie_km2) lue dans la copie de rcarlier/datas.fun ; département = somme de ses communes (Paris, Lyon et Marseille par leurs arrondissements), région = somme de ses départements, arrondi à 0,01 km² par la recherche de référence. Contrôles : Haute-Savoie 4 387,80 (Insee 4 388), Rhône 3 249,12 (3 249), Gironde 9 975,59 (9 976). Les superficies de l'Insee excluent les grands lacs et l'estran ; celles de l'IGN sont plus grandes (Haute-Savoie 4 605).",
			en: "Commune land area (column superficie_km2) read from the rcarlier/datas.fun copy; département = sum of its communes (Paris, Lyon and Marseille through their arrondissements), région = sum of its départements, rounded to 0.01 km² by the reference research. Checks: Haute-Savoie 4,387.80 (INSEE 4,388), Rhône 3,249.12 (3,249), Gironde 9,975.59 (9,976). INSEE's areas exclude large lakes and the foreshore; IGN's are larger (Haute-Savoie 4,605)."
		},
		match: (s) => /insee\.fr\/fr\/statistiques\/2521169/.test(s.source_url)
	},
	...OFFICIAL_DOWNLOADS,
	...EUROSTAT_SOURCES
];

// ---------------------------------------------------------------------------------------------
// Indicators. `take` maps each geo level to the accepted source ids (first = main source) and
// `years` is the accepted year range; anything else of that indicator is excluded and reported.
// ---------------------------------------------------------------------------------------------
const U = {
	etab: { fr: 'établissements', en: 'establishments' },
	jobs: { fr: 'salariés', en: 'salaried jobs' },
	pct: { fr: '%', en: '%' },
	fte: { fr: 'ETP', en: 'FTE' },
	bneur: { fr: 'milliards d’euros', en: 'billion euros' },
	seekers: { fr: 'demandeurs d’emploi', en: 'jobseekers' },
	inhab: { fr: 'habitants', en: 'inhabitants' },
	km2: { fr: 'km²', en: 'km²' }
};

const ETAB_2021 = {
	fr: "Établissements employeurs du secteur privé (SIRET ayant déclaré une masse salariale le dernier mois de l'année ; Urssaf, régime général, hors agriculture) en 2021. Département : somme, sur les codes APE retenus, des cellules (APE x département) du jeu Urssaf commune x APE agrégé par mon-entreprise (cellules > 0 seulement) ; région : somme de ses départements ; France : tous les départements, outre-mer compris. Établissements employeurs uniquement, et non « établissements actifs » de l'Insee ; d'éventuelles cellules masquées pour secret statistique manquent dans les sommes.",
	en: "Private-sector employer establishments (SIRET that declared a payroll in the last month of the year; URSSAF, régime général, excluding agriculture) in 2021. Département: sum, over the selected APE codes, of the (APE x département) cells of the URSSAF commune x APE dataset as aggregated by mon-entreprise (cells > 0 only); région: sum of its départements; France: all départements including overseas. Employer establishments only, not INSEE 'établissements actifs'; cells blanked for confidentiality, if any, are missing from the sums."
};
const etab2021 = (frScope, enScope) => ({
	fr: `${frScope} ${ETAB_2021.fr}`,
	en: `${enScope} ${ETAB_2021.en}`
});

const URSSAF_FIELD = {
	fr: 'Champ : secteur privé, régime général, hors agriculture (employeurs privés seulement : ni secteur public, ni non-salariés). Données CVS, fin du 4e trimestre ; apprentis inclus depuis la publication du 1er trimestre 2023 (séries révisées).',
	en: 'Field: private sector, régime général, excluding agriculture (private employers only: no public sector, no self-employed). Seasonally adjusted (CVS), end of Q4; apprentices included since the Q1-2023 publication (series revised).'
};
const NA28I_REGION = {
	fr: "France : somme des 18 codes région de l'extrait (13 régions métropolitaines et 5 d'outre-mer ; Mayotte n'a pas de série).",
	en: 'France: sum of the 18 région codes of the extract (13 metropolitan and 5 overseas; Mayotte has no series).'
};
const DEC31 = {
	fr: 'Effectif brut au 31 décembre (non CVS), jeu Urssaf commune x APE, sommé par nous sur les communes du département (valeur nulle = aucun employeur, ignorée). Champ : secteur privé, régime général, hors agriculture.',
	en: 'Raw headcount at 31 December (not seasonally adjusted), URSSAF commune x APE dataset, summed by us over the communes of the département (null = no employer, skipped). Field: private sector, régime général, excluding agriculture.'
};

export const INDICATORS = [
	// ---- firms ----------------------------------------------------------------------------------
	{
		id: 'establishments_industry',
		file: 'firms',
		group: 'firms',
		kind: 'count',
		label: { fr: 'Établissements industriels (B–E)', en: 'Industrial establishments (B–E)' },
		unit: U.etab,
		definition: etab2021(
			'Établissements dont le code APE relève des divisions NAF rév. 2 05 à 39 (sections B à E : industries extractives, manufacturières, énergie, eau et déchets).',
			'Establishments whose APE code is in NAF rev. 2 divisions 05-39 (sections B-E: mining and quarrying, manufacturing, energy, water and waste).'
		),
		take: { all: ['urssaf-commune-ape', 'urssaf-etab-commune-ape-2021'] },
		years: [2021, 2021]
	},
	{
		id: 'establishments_manufacturing',
		file: 'firms',
		group: 'firms',
		kind: 'count',
		label: {
			fr: 'Établissements de l’industrie manufacturière (C)',
			en: 'Manufacturing establishments (C)'
		},
		unit: U.etab,
		definition: etab2021(
			'Établissements dont le code APE relève des divisions NAF 10 à 33 (section C, industrie manufacturière).',
			'Establishments whose APE code is in NAF divisions 10-33 (section C, manufacturing).'
		),
		take: { all: ['urssaf-commune-ape', 'urssaf-etab-commune-ape-2021'] },
		years: [2021, 2021]
	},
	{
		id: 'establishments_total',
		file: 'firms',
		group: 'firms',
		kind: 'count',
		label: {
			fr: 'Établissements employeurs, tous secteurs',
			en: 'Employer establishments, all sectors'
		},
		unit: U.etab,
		definition: etab2021('Tous codes APE.', 'All APE codes.'),
		take: { all: ['urssaf-commune-ape', 'urssaf-etab-commune-ape-2021'] },
		years: [2021, 2021]
	},
	{
		id: 'establishments_C25_metal_products',
		file: 'firms',
		group: 'firms',
		kind: 'count',
		label: {
			fr: 'Établissements, produits métalliques (NAF 25)',
			en: 'Establishments, fabricated metal products (NACE 25)'
		},
		unit: U.etab,
		definition: etab2021(
			"Établissements dont le code APE relève de la division NAF 25 (fabrication de produits métalliques, à l'exception des machines et des équipements).",
			'Establishments whose APE code is in NAF division 25 (fabricated metal products, except machinery and equipment).'
		),
		take: { all: ['urssaf-commune-ape', 'urssaf-etab-commune-ape-2021'] },
		years: [2021, 2021]
	},
	{
		id: 'establishments_C28_machinery',
		file: 'firms',
		group: 'firms',
		kind: 'count',
		label: {
			fr: 'Établissements, machines et équipements (NAF 28)',
			en: 'Establishments, machinery and equipment (NACE 28)'
		},
		unit: U.etab,
		definition: etab2021(
			'Établissements dont le code APE relève de la division NAF 28 (fabrication de machines et équipements n.c.a.).',
			'Establishments whose APE code is in NAF division 28 (machinery and equipment n.e.c.).'
		),
		take: { all: ['urssaf-commune-ape', 'urssaf-etab-commune-ape-2021'] },
		years: [2021, 2021]
	},
	{
		id: 'establishments_2562A_barturning',
		file: 'firms',
		group: 'firms',
		kind: 'count',
		label: {
			fr: 'Établissements de décolletage (APE 25.62A)',
			en: 'Bar-turning establishments (APE 25.62A)'
		},
		unit: U.etab,
		definition: etab2021(
			'Établissements de code APE 25.62A (décolletage).',
			'Establishments with APE code 25.62A (décolletage, bar-turning).'
		),
		take: { all: ['urssaf-commune-ape', 'urssaf-etab-commune-ape-2021'] },
		years: [2021, 2021]
	},
	{
		id: 'establishments_2562B_industrial_mechanics',
		file: 'firms',
		group: 'firms',
		kind: 'count',
		label: {
			fr: 'Établissements de mécanique industrielle (APE 25.62B)',
			en: 'Industrial machining establishments (APE 25.62B)'
		},
		unit: U.etab,
		definition: etab2021(
			'Établissements de code APE 25.62B (mécanique industrielle).',
			'Establishments with APE code 25.62B (mécanique industrielle, industrial machining).'
		),
		take: { all: ['urssaf-commune-ape', 'urssaf-etab-commune-ape-2021'] },
		years: [2021, 2021]
	},
	{
		id: 'establishments_sector_industry_dec31',
		// A file of its own: the 20-year series stays out of the first load of / (firms.csv).
		file: 'firms_series',
		group: 'firms',
		kind: 'count',
		label: {
			fr: 'Établissements de l’industrie (B–E) au 31 décembre',
			en: 'Industry establishments (B–E) at 31 December'
		},
		unit: U.etab,
		definition: {
			fr: "Établissements employeurs du secteur privé au 31 décembre de chaque année, 2006-2025, du grand secteur Urssaf « GS1 Industrie » (NAF B à E) : fichier Urssaf par département x grand secteur x tranche d'effectif, tranches sommées par nous ; région = somme de ses départements. Inclut des établissements sans salarié au 31 décembre. Autre extrait que establishments_industry (2021, codes APE 05 à 39) : ne pas les mettre bout à bout en série.",
			en: 'Private-sector employer establishments at 31 December of each year, 2006-2025, in URSSAF grand secteur "GS1 Industrie" (NAF B-E): URSSAF file per département x grand secteur x size band, bands summed by us; région = sum of its départements. Includes establishments with no employee at 31 December. Different extract from establishments_industry (2021, APE 05-39): do not join them into one series.'
		},
		take: {
			departement: ['urssaf-dep-grand-secteur-tranche', 'urssaf-commune-ape-rouages'],
			region: ['urssaf-dep-grand-secteur-tranche']
		},
		// Régions: the sums of the 24 départements' files, AURA and Nouvelle-Aquitaine only.
		expect: { region: ['75', '84'] },
		years: [2006, 2025]
	},
	{
		id: 'establishments_all_sectors_dec31',
		file: 'firms',
		group: 'firms',
		kind: 'count',
		label: {
			fr: 'Établissements employeurs, tous secteurs, au 31 décembre',
			en: 'Employer establishments, all sectors, at 31 December'
		},
		unit: U.etab,
		definition: {
			fr: 'Établissements employeurs du secteur privé au 31 décembre 2025, les 7 grands secteurs réunis (intérim compris), sommés par nous sur les communes du département (jeu Urssaf commune x APE ; chaque établissement compté une fois, dans son secteur). Autre extrait et autre année que establishments_total (2021).',
			en: 'Private-sector employer establishments at 31 December 2025, all 7 grands secteurs (incl. temp agency work), summed by us over the communes of the département (URSSAF commune x APE dataset; each establishment counted once, in its sector). Different extract and year from establishments_total (2021).'
		},
		take: { departement: ['urssaf-commune-ape-rouages'] },
		years: [2025, 2025]
	},
	// ---- jobs -----------------------------------------------------------------------------------
	{
		id: 'jobs_industry',
		file: 'jobs',
		group: 'jobs',
		kind: 'count',
		label: {
			fr: 'Salariés du privé dans l’industrie (B–E)',
			en: 'Private salaried jobs in industry (B–E)'
		},
		unit: U.jobs,
		definition: {
			fr: `Effectifs salariés du secteur privé dans l'industrie (NAF B à E), Urssaf. Région : somme, calculée par nous, des séries NA28i BZ, CA, CB, CC, CD-CE-CF, CG, CH, CI-CJ, CK-CL, CM et DZ-EZ (l'intérim est compté dans les services, NZa), 1998-2025. ${NA28I_REGION.fr} Département : grand secteur Urssaf « GS1 Industrie », fin du 4e trimestre 2025 seulement. Les deux correspondent aux sections NAF B à E. ${URSSAF_FIELD.fr}`,
			en: `Private-sector salaried headcount in industry (NAF B-E), URSSAF. Région: our sum of the NA28i series BZ, CA, CB, CC, CD-CE-CF, CG, CH, CI-CJ, CK-CL, CM and DZ-EZ (temp agency workers are counted in services, NZa), 1998-2025. ${NA28I_REGION.en} Département: URSSAF grand secteur "GS1 Industrie", end of Q4 2025 only. Both mean NAF sections B-E. ${URSSAF_FIELD.en}`
		},
		take: {
			departement: ['urssaf-dep-grand-secteur-trimestriel', 'urssaf-dep-grand-secteur-2025q4'],
			region: ['urssaf-region-na38', 'urssaf-region-na28i'],
			pays: ['urssaf-region-na28i']
		},
		years: [1998, 2025]
	},
	{
		id: 'jobs_manufacturing',
		file: 'jobs',
		group: 'jobs',
		kind: 'count',
		label: {
			fr: 'Salariés du privé dans l’industrie manufacturière (C)',
			en: 'Private salaried jobs in manufacturing (C)'
		},
		unit: U.jobs,
		definition: {
			fr: `Effectifs salariés du secteur privé dans l'industrie manufacturière (NAF C), Urssaf : somme, calculée par nous, des séries NA28i CA, CB, CC, CD-CE-CF, CG, CH, CI-CJ, CK-CL et CM. ${NA28I_REGION.fr} Aucune donnée par département (le grand secteur GS1 couvre B à E). ${URSSAF_FIELD.fr}`,
			en: `Private-sector salaried headcount in manufacturing (NAF C), URSSAF: our sum of the NA28i series CA, CB, CC, CD-CE-CF, CG, CH, CI-CJ, CK-CL and CM. ${NA28I_REGION.en} No département figures (grand secteur GS1 covers B-E). ${URSSAF_FIELD.en}`
		},
		take: { region: ['urssaf-region-na38', 'urssaf-region-na28i'], pays: ['urssaf-region-na28i'] },
		years: [1998, 2025]
	},
	{
		id: 'jobs_total_private',
		file: 'jobs',
		group: 'jobs',
		kind: 'count',
		label: {
			fr: 'Salariés du secteur privé, tous secteurs',
			en: 'Private-sector salaried jobs, all sectors'
		},
		unit: U.jobs,
		definition: {
			fr: `Effectifs salariés du secteur privé, tous secteurs (intérim compris), Urssaf. Région : somme des 28 séries NA28i calculée par le générateur du Baromètre, 1998-2025. ${NA28I_REGION.fr} Département : somme des 7 grands secteurs GS1 à GS7 calculée par le générateur du Baromètre, fin du 4e trimestre 2025 seulement. ${URSSAF_FIELD.fr} Différent de jobs_total_private_dec31 (effectif brut au 31 décembre).`,
			en: `Private-sector salaried headcount, all sectors (incl. temp agency work), URSSAF. Région: sum of the 28 NA28i series computed by the Barometre builder, 1998-2025. ${NA28I_REGION.en} Département: sum of the 7 grands secteurs GS1-GS7 computed by the Barometre builder, end of Q4 2025 only. ${URSSAF_FIELD.en} Differs from jobs_total_private_dec31 (raw headcount at 31 December).`
		},
		take: {
			departement: ['urssaf-dep-grand-secteur-trimestriel', 'urssaf-dep-grand-secteur-2025q4'],
			region: ['urssaf-region-na38', 'urssaf-region-na28i'],
			pays: ['urssaf-region-na28i']
		},
		years: [1998, 2025]
	},
	{
		id: 'jobs_CH_metal',
		file: 'jobs',
		group: 'jobs',
		kind: 'count',
		label: {
			fr: 'Salariés, métallurgie et produits métalliques (CH)',
			en: 'Salaried jobs, metals and metal products (CH)'
		},
		unit: U.jobs,
		definition: {
			fr: `Effectifs salariés du secteur privé du secteur NA28i CH « Métallurgie et fabrication de produits métalliques » (NAF 24-25), série Urssaf publiée telle quelle. ${NA28I_REGION.fr} ${URSSAF_FIELD.fr}`,
			en: `Private-sector salaried headcount in NA28i sector CH "Métallurgie et fabrication de produits métalliques" (basic metals and fabricated metal products, NAF 24-25), single published URSSAF series. ${NA28I_REGION.en} ${URSSAF_FIELD.en}`
		},
		take: { region: ['urssaf-region-na38', 'urssaf-region-na28i'], pays: ['urssaf-region-na28i'] },
		years: [1998, 2025]
	},
	{
		id: 'jobs_CK_CL_machinery_transport',
		file: 'jobs',
		group: 'jobs',
		kind: 'count',
		label: {
			fr: 'Salariés, machines et matériels de transport (CK–CL)',
			en: 'Salaried jobs, machinery and transport equipment (CK–CL)'
		},
		unit: U.jobs,
		definition: {
			fr: `Effectifs salariés du secteur privé du secteur NA28i CK-CL « Fabrication de machines et de matériels de transport » (NAF 28-30), série Urssaf publiée telle quelle. ${NA28I_REGION.fr} ${URSSAF_FIELD.fr}`,
			en: `Private-sector salaried headcount in NA28i sector CK-CL "Fabrication de machines et de matériels de transport" (machinery and transport equipment, NAF 28-30), single published URSSAF series. ${NA28I_REGION.en} ${URSSAF_FIELD.en}`
		},
		take: { region: ['urssaf-region-na38', 'urssaf-region-na28i'], pays: ['urssaf-region-na28i'] },
		years: [1998, 2025]
	},
	{
		id: 'jobs_total_private_dec31',
		file: 'jobs',
		group: 'jobs',
		kind: 'count',
		label: {
			fr: 'Salariés du privé au 31 décembre (données brutes)',
			en: 'Private salaried jobs at 31 December (raw)'
		},
		unit: U.jobs,
		definition: {
			fr: `Effectifs salariés du secteur privé au 31 décembre, tous secteurs (intérim compris). ${DEC31.fr} À ne pas confondre avec jobs_total_private (CVS, fin du 4e trimestre) : en 2025 le rapport va de 0,93 (Landes) à 1,13 (Savoie, saison d'hiver).`,
			en: `Private-sector salaried headcount at 31 December, all sectors (incl. temp agency work). ${DEC31.en} Not the same as jobs_total_private (CVS, end of Q4): in 2025 the ratio ranges from 0.93 (Landes) to 1.13 (Savoie, winter season).`
		},
		take: {
			departement: ['urssaf-commune-ape', 'urssaf-commune-ape-rouages'],
			region: ['urssaf-commune-ape']
		},
		years: [2015, 2025]
	},
	{
		id: 'jobs_sector_industry_dec31',
		file: 'jobs',
		group: 'jobs',
		kind: 'count',
		label: {
			fr: 'Salariés de l’industrie (B–E) au 31 décembre (bruts)',
			en: 'Industry salaried jobs (B–E) at 31 December (raw)'
		},
		unit: U.jobs,
		definition: {
			fr: "Effectifs salariés du secteur privé au 31 décembre de chaque année, 2006-2025 (bruts, non CVS), du grand secteur Urssaf « GS1 Industrie » (NAF B à E) : fichier Urssaf par département x grand secteur x tranche d'effectif, tranches sommées par nous ; région = somme de ses départements. Une décimale à partir de 2022 ; apprentis inclus depuis 2023. Champ : secteur privé, régime général, hors agriculture. En 2025, écart de -1,6 % à +1,0 % avec jobs_industry (CVS, fin du 4e trimestre).",
			en: 'Private-sector salaried headcount at 31 December of each year, 2006-2025 (raw, not seasonally adjusted), in URSSAF grand secteur "GS1 Industrie" (NAF B-E): URSSAF file per département x grand secteur x size band, bands summed by us; région = sum of its départements. One decimal from 2022; apprentices included since 2023. Field: private sector, régime général, excluding agriculture. In 2025, within -1.6 % to +1.0 % of jobs_industry (CVS, end of Q4).'
		},
		take: {
			departement: ['urssaf-dep-grand-secteur-tranche', 'urssaf-commune-ape-rouages'],
			region: ['urssaf-dep-grand-secteur-tranche']
		},
		// Régions: the sums of the 24 départements' files, AURA and Nouvelle-Aquitaine only.
		expect: { region: ['75', '84'] },
		years: [2006, 2025]
	},
	{
		id: 'industry_share_total_employment',
		file: 'jobs',
		group: 'jobs',
		kind: 'share',
		label: {
			fr: 'Part de l’industrie dans l’emploi total',
			en: 'Industry share of total employment'
		},
		unit: U.pct,
		definition: {
			fr: "Part de l'industrie (NAF B à E) dans l'emploi total (salarié et non salarié, public et privé), au lieu de travail, dernière semaine de décembre 2019, données brutes provisoires. Source : Insee, Estimations d'emploi, tableau TCRD_027. En % (14,7 = 14,7 %). Aucune valeur France entière ici : le tableau ne donne que la France métropolitaine (non reprise).",
			en: "Share of industry (NAF B-E) in total employment (salaried and non-salaried, public and private), at place of work, last week of December 2019, raw, provisional. Source: Insee, Estimations d'emploi, table TCRD_027. In % (14.7 = 14.7 %). No France value here: the table gives France métropolitaine only (not included)."
		},
		take: {
			departement: ['insee-tcrd027-2019'],
			region: ['insee-tcrd027-2019'],
			pays: ['insee-tcrd027-2019']
		},
		years: [2019, 2019]
	},
	// ---- researchers ----------------------------------------------------------------------------
	{
		id: 'rd_personnel_fte',
		file: 'researchers',
		group: 'researchers',
		kind: 'count',
		label: {
			fr: 'Personnel de R&D (ETP, chercheurs et soutien)',
			en: 'R&D personnel (FTE, researchers and support staff)'
		},
		unit: U.fte,
		definition: {
			fr: "Personnel total de R&D (chercheurs, techniciens et personnel de soutien), tous secteurs d'exécution, en équivalent temps plein, hommes et femmes. Eurostat rd_p_persreg (prof_pos=TOTAL, sectperf=TOTAL, sex=T, unit=FTE) : depuis l'API d'Eurostat quand elle a été téléchargée (npm run data:update) ; 2009 tel que fourni par le paquet R regions, région = somme, calculée par nous, des anciennes régions NUTS 2 (2010), France = valeur nationale du même extrait. Ce n'est pas un nombre de chercheurs.",
			en: "Total R&D personnel (researchers, technicians and support staff), all sectors of performance, full-time equivalent, both sexes. Eurostat rd_p_persreg (prof_pos=TOTAL, sectperf=TOTAL, sex=T, unit=FTE): from Eurostat's API once downloaded (npm run data:update); 2009 as shipped in the R package regions, région = our sum of the old NUTS-2 (2010) regions, France = national value of the same extract. Not a researcher count."
		},
		// Eurostat's own figures first; the 2009 extract fills the years they lack.
		take: {
			region: ['eurostat-rd-personnel', 'eurostat-rd-persreg-2009'],
			pays: ['eurostat-rd-personnel', 'eurostat-rd-persreg-2009']
		},
		incomplete: true,
		years: [2009, 2009]
	},
	{
		id: 'rd_expenditure_DIRD',
		file: 'researchers',
		group: 'researchers',
		kind: 'count',
		label: {
			fr: 'Dépense intérieure de R&D (DIRD)',
			en: 'Gross domestic expenditure on R&D (DIRD)'
		},
		unit: U.bneur,
		definition: {
			fr: "Dépense intérieure de recherche et développement expérimental (DIRD) exécutée sur le territoire, tous secteurs (colonne « Ensemble »), 2017, en milliards d'euros, publiée avec 1 décimale (Corse : 0,0). Insee, La France et ses territoires, édition 2021, fiche 3.8, figure 1. France : y compris DOM-COM.",
			en: "Gross domestic expenditure on R&D (DIRD) performed in the territory, all sectors ('Ensemble' column), 2017, billion euros, published with 1 decimal (Corse: 0.0). INSEE, La France et ses territoires, 2021 edition, fiche 3.8, figure 1. France: including DOM-COM."
		},
		take: { region: ['insee-dird-2017'], pays: ['insee-dird-2017'] },
		years: [2017, 2017]
	},
	{
		id: 'rd_expenditure_DIRDE_business',
		file: 'researchers',
		group: 'researchers',
		kind: 'count',
		label: {
			fr: 'Dépense de R&D des entreprises (DIRDE)',
			en: 'Business R&D expenditure (DIRDE)'
		},
		unit: U.bneur,
		definition: {
			fr: "Part de la DIRD exécutée par les entreprises (DIRDE, colonne « Entreprises »), 2017, en milliards d'euros, publiée avec 2 décimales. Insee, La France et ses territoires, édition 2021, fiche 3.8, figure 1.",
			en: "Part of DIRD performed by enterprises (DIRDE, 'Entreprises' column), 2017, billion euros, published with 2 decimals. INSEE, La France et ses territoires, 2021 edition, fiche 3.8, figure 1."
		},
		take: { region: ['insee-dird-2017'], pays: ['insee-dird-2017'] },
		years: [2017, 2017]
	},
	{
		id: 'rd_expenditure_DIRDA_public',
		file: 'researchers',
		group: 'researchers',
		kind: 'count',
		label: {
			fr: 'Dépense de R&D des administrations (DIRDA)',
			en: 'Public-sector R&D expenditure (DIRDA)'
		},
		unit: U.bneur,
		definition: {
			fr: "Part de la DIRD exécutée par les administrations (DIRDA, colonne « Administrations » : État, enseignement supérieur, organismes publics, institutions sans but lucratif), 2017, en milliards d'euros, publiée avec 2 décimales. Insee, La France et ses territoires, édition 2021, fiche 3.8, figure 1.",
			en: "Part of DIRD performed by administrations (DIRDA, 'Administrations' column: State, higher education, public bodies, non-profit institutions), 2017, billion euros, published with 2 decimals. INSEE, La France et ses territoires, 2021 edition, fiche 3.8, figure 1."
		},
		take: { region: ['insee-dird-2017'], pays: ['insee-dird-2017'] },
		years: [2017, 2017]
	},
	...EUROSTAT_INDICATORS,
	// ---- jobseekers -----------------------------------------------------------------------------
	{
		id: 'jobseekers_abc',
		file: 'jobseekers',
		group: 'jobseekers',
		kind: 'count',
		label: {
			fr: 'Demandeurs d’emploi (catégories A, B, C)',
			en: 'Jobseekers (categories A, B, C)'
		},
		unit: U.seekers,
		definition: {
			fr: "Demandeurs d'emploi inscrits à France Travail (ex-Pôle emploi), catégories A, B et C, sommés par nous sur les communes du département (séries communales France Travail / Dares, voir la méthodologie). Toutes les valeurs communales sont des multiples de 5 (arrondi de la source ou de la copie lue) : les sommes portent une erreur d'arrondi. La période de référence dans l'année (moyenne annuelle, trimestre…) n'est pas documentée. Cantal : 2 communes sans valeur (246 sur 248 sommées).",
			en: 'Jobseekers registered with France Travail (formerly Pôle emploi), categories A, B and C, summed by us over the communes of the département (France Travail / DARES commune series, see the methodology). All commune values are multiples of 5 (rounded by the source or by the copy read), so the sums carry rounding error. The reference period within the year (annual average, a quarter…) is not documented. Cantal: 2 communes without a value (246 of 248 summed).'
		},
		take: { departement: ['dares-defm-communales', 'france-travail-rouages'] },
		years: [2015, 2024]
	},
	// ---- population (rows written by scripts/build-population.mjs) -------------------------------
	{
		id: 'population',
		file: 'population',
		group: 'population',
		kind: 'count',
		label: { fr: 'Population municipale', en: 'Municipal population' },
		unit: U.inhab,
		definition: {
			fr: "Population municipale (populations légales de l'Insee), somme des communes (type « commune-actuelle », pour ne pas compter deux fois les arrondissements de Paris, Lyon et Marseille) de @etalab/decoupage-administratif 6.0.0 (COG 2026). Année 2023 déduite du millésime du paquet (populations légales en vigueur au 1er janvier 2026). France = métropole et les 5 DROM (Mayotte : population légale issue du recensement de 2017, telle que fournie par le paquet) ; collectivités d'outre-mer exclues.",
			en: "Municipal population (INSEE legal populations), sum of the communes (type 'commune-actuelle', so the Paris, Lyon and Marseille arrondissements are not counted twice) of @etalab/decoupage-administratif 6.0.0 (COG 2026). Year 2023 inferred from the package millésime (legal populations in force on 1 January 2026). France = metropolitan France and the 5 DROM (Mayotte: legal population from the 2017 census, as shipped in the package); overseas collectivities (COM) excluded."
		},
		external: true, // built by scripts/build-population.mjs
		take: {
			departement: ['insee-populations-legales'],
			region: ['insee-populations-legales'],
			pays: ['insee-populations-legales']
		},
		years: [2023, 2023]
	},
	// ---- territory ------------------------------------------------------------------------------
	{
		id: 'land_area_km2',
		file: 'territory',
		group: 'territory',
		kind: 'count',
		label: { fr: 'Superficie', en: 'Land area' },
		unit: U.km2,
		definition: {
			fr: "Superficie en km² (Insee, base du comparateur de territoires, COG 2024) : somme des superficies des communes du département, puis des départements de la région. Superficie de l'Insee, sans les grands lacs ni l'estran (celle de l'IGN est plus grande). Sert aux densités (pour 100 km²).",
			en: "Land area in km² (INSEE, base du comparateur de territoires, COG 2024): sum of the communes' areas of the département, then of the départements of the région. INSEE's area, without large lakes or the foreshore (IGN's is larger). Used for densities (per 100 km²)."
		},
		take: {
			departement: ['insee-comparateur-superficie', 'insee-superficie-2024'],
			region: ['insee-comparateur-superficie', 'insee-superficie-2024']
		},
		years: [2024, 2024]
	}
];

export const FILES = [
	'firms',
	'firms_series',
	'jobs',
	'researchers',
	'jobseekers',
	'territory',
	'population'
];
export const GENERATED_FILES = [
	'firms',
	'firms_series',
	'jobs',
	'researchers',
	'jobseekers',
	'territory'
];
