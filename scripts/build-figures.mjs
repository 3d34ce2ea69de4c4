#!/usr/bin/env node
// Build the sourced data files of data/ from the read-only reference folder.
//
//   node scripts/build-figures.mjs [reference-dir]      (default: data/sources/reference,
//                                                        the frozen copy in the repository)
//
// Writes data/firms.csv, data/jobs.csv, data/researchers.csv, data/jobseekers.csv,
// data/datapackage.json and data/SOURCES.md. data/population.csv is written by
// scripts/build-population.mjs; this script only declares it in the datapackage and checks it
// when it exists.
//
// Rule: values are copied from figures.csv exactly as written (same digits). Nothing is
// computed, rounded or filled in. A row that is not selected is listed as excluded.
// Deterministic: no dates, no locale-dependent sorting, fixed key order.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REF_DIR = path.resolve(ROOT, process.argv[2] ?? 'data/sources/reference');
const OUT_DIR = path.join(ROOT, 'data');
const HEADER = ['geo_level', 'geo_code', 'indicator', 'year', 'value', 'source'];

// ---------------------------------------------------------------------------------------------
// Geography
// ---------------------------------------------------------------------------------------------
const DEPARTEMENTS = {
	84: ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'],
	75: ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87']
};
const DEPS = [...DEPARTEMENTS['84'], ...DEPARTEMENTS['75']].sort();
const REGIONS_METRO = [
	'11',
	'24',
	'27',
	'28',
	'32',
	'44',
	'52',
	'53',
	'75',
	'76',
	'84',
	'93',
	'94'
];
const GEO_LEVELS = ['departement', 'region', 'pays'];
const ALLOWED_CODES = { departement: DEPS, region: REGIONS_METRO, pays: ['FR'] };

// ---------------------------------------------------------------------------------------------
// Tiny RFC-4180 CSV parser (quoted fields, doubled quotes, CRLF/LF, optional BOM)
// ---------------------------------------------------------------------------------------------
function parseCsv(text) {
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	const rows = [];
	let row = [];
	let field = '';
	let inQuotes = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (inQuotes) {
			if (c === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else inQuotes = false;
			} else field += c;
		} else if (c === '"') inQuotes = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			field = '';
			if (row.length > 1 || row[0] !== '') rows.push(row);
			row = [];
		} else field += c;
	}
	if (inQuotes) throw new Error('CSV: unterminated quoted field');
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	const [head, ...body] = rows;
	return body.map((r, n) => {
		if (r.length !== head.length)
			throw new Error(`CSV: line ${n + 2} has ${r.length} fields, header has ${head.length}`);
		return Object.fromEntries(head.map((h, j) => [h.trim(), r[j]]));
	});
}

function csvField(v) {
	const s = String(v);
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// ---------------------------------------------------------------------------------------------
// Our sources. Each reference source_id (S01…S650) is mapped to one of these by its URL / note.
// ---------------------------------------------------------------------------------------------
// Each text of a source is in French and English, like the indicators' labels.
const URSSAF_ODBL = {
	fr: "ODbL 1.0 (les jeux de données Open URSSAF sont publiés sous Open Database License, comme l'indiquent leurs pages miroirs sur data.gouv.fr)",
	en: 'ODbL 1.0 (Open URSSAF datasets are published under the Open Database License, as stated on their data.gouv.fr mirror pages)'
};

const SOURCES = [
	{
		id: 'urssaf-etab-commune-ape-2021',
		title:
			"Nombre d'établissements employeurs et effectifs salariés du secteur privé, par commune x APE (colonne nombre_d_etablissements_2021)",
		publisher: 'URSSAF (Urssaf Caisse nationale)',
		path: 'https://open.urssaf.fr/explore/dataset/etablissements-et-effectifs-salaries-au-niveau-commune-x-ape-last/',
		via: 'https://github.com/betagouv/mon-entreprise/blob/21038e390756cd54bad80ae18c38c06f2140d6fb/scripts/codeAPESearch/donn%C3%A9es-code-APE/output.min.json',
		license: {
			fr: `${URSSAF_ODBL.fr} ; fichier intermédiaire : betagouv/mon-entreprise, MIT`,
			en: `${URSSAF_ODBL.en}; intermediate file: betagouv/mon-entreprise, MIT`
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
			"Nombre d'établissements employeurs et effectifs salariés du secteur privé, par commune x APE (séries communales au 31 décembre publiées par rouages.fr)",
		publisher: 'URSSAF (Urssaf Caisse nationale)',
		path: 'https://open.urssaf.fr/explore/dataset/etablissements-et-effectifs-salaries-au-niveau-commune-x-ape-last/',
		via: 'https://github.com/MayetSoft/rouages.fr/tree/372f7636f4f2cc2aa91265dea40effc815e958b2/public/territoires/dep',
		license: {
			fr: `${URSSAF_ODBL.fr} ; fichiers intermédiaires : MayetSoft/rouages.fr, licence non indiquée dans les documents lus (inconnue)`,
			en: `${URSSAF_ODBL.en}; intermediate files: MayetSoft/rouages.fr, licence not stated in the material read (unknown)`
		},
		vintage: {
			fr: '31 décembre 2015-2025 (effectifs tous secteurs) ; 31 décembre 2025 (répartition par grand secteur) ; fichiers datés « maj » 2026-10-01 / 2026-10-09',
			en: '31 Dec 2015-2025 (all-sector headcounts); 31 Dec 2025 (breakdown by grand secteur); files dated "maj" 2026-10-01 / 2026-10-09'
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
		license: {
			fr: `${URSSAF_ODBL.fr} ; fichier intermédiaire : ThomasJaafar12/Barometre, sans fichier de licence (inconnue)`,
			en: `${URSSAF_ODBL.en}; intermediate file: ThomasJaafar12/Barometre, no licence file (unknown)`
		},
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
		license: {
			fr: `${URSSAF_ODBL.fr} ; fichier intermédiaire : ThomasJaafar12/Barometre, sans fichier de licence (inconnue)`,
			en: `${URSSAF_ODBL.en}; intermediate file: ThomasJaafar12/Barometre, no licence file (unknown)`
		},
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
			fr: "Licence Ouverte / Etalab 2.0 (conditions de réutilisation de l'INSEE ; non rappelées dans les documents lus) ; fichier intermédiaire : dreamRs/topogram, MIT",
			en: 'Licence Ouverte / Etalab 2.0 (INSEE reuse terms; not restated in the material read); intermediate file: dreamRs/topogram, MIT'
		},
		vintage: {
			fr: '2019 (dernière semaine de décembre 2019, provisoire ; fichier téléchargé en novembre 2021)',
			en: '2019 (last week of December 2019, provisional; file downloaded Nov 2021)'
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
			fr: "CC BY 4.0 (politique de réutilisation d'Eurostat ; non rappelée dans les documents lus) ; fichier intermédiaire : paquet R regions (rOpenGov), GPL-3",
			en: 'CC BY 4.0 (Eurostat reuse policy; not restated in the material read); intermediate file: R package regions (rOpenGov), GPL-3'
		},
		vintage: {
			fr: '2009 (extrait fourni dans le paquet R regions, 2021)',
			en: '2009 (subset shipped in the R package regions, 2021)'
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
		title:
			"Demandeurs d'emploi inscrits à France Travail, catégories A, B, C, par commune (séries publiées par rouages.fr)",
		publisher: 'France Travail / DARES',
		publisherNote: { fr: "selon l'intermédiaire", en: 'as stated by the intermediate' },
		path: 'https://github.com/MayetSoft/rouages.fr/tree/372f7636f4f2cc2aa91265dea40effc815e958b2/public/territoires/dep',
		via: 'https://github.com/MayetSoft/rouages.fr/tree/372f7636f4f2cc2aa91265dea40effc815e958b2/public/territoires/dep',
		license: {
			fr: "inconnue (non indiquée dans les documents lus, ni pour les données d'origine ni pour rouages.fr)",
			en: 'unknown (not stated in the material read, neither for the original data nor for rouages.fr)'
		},
		vintage: {
			fr: "2015-2024 (période de référence dans l'année non documentée) ; fichiers datés « maj » 2026-10-01 / 2026-10-09",
			en: '2015-2024 (reference period within each year not documented); files dated "maj" 2026-10-01 / 2026-10-09'
		},
		note: {
			fr: "Le jeu de données d'origine de France Travail / DARES n'a pas été identifié ; l'adresse est celle de l'intermédiaire. Troisième tableau de chaque entrée communale de public/territoires/dep/<DD>-travail.json (mêmes trois commits que urssaf-commune-ape-rouages), sommé sur les communes du département. Toutes les valeurs communales sont des multiples de 5 (arrondies par la source ou par rouages.fr) : chaque somme peut donc s'écarter de 2,5 au plus par commune. Cantal : 2 communes (15035, 15141) n'ont pas de valeur et sont ignorées.",
			en: 'The original France Travail / DARES dataset was not identified; the path is the intermediate. Third array of each commune entry of public/territoires/dep/<DD>-travail.json (same three commits as urssaf-commune-ape-rouages), summed over the communes of the département. All commune values are multiples of 5 (rounded by the source or by rouages.fr), so each sum can be off by up to 2.5 per commune. Cantal: 2 communes (15035, 15141) have no value and are skipped.'
		},
		match: (s) =>
			/github\.com\/MayetSoft\/rouages\.fr\//.test(s.source_url) &&
			/jobseekers/i.test(s.source_note)
	},
	{
		id: 'insee-populations-legales',
		title:
			'Populations légales — population municipale des communes (millésime 2023), via @etalab/decoupage-administratif 6.0.0',
		publisher: 'INSEE',
		path: 'https://www.insee.fr/fr/statistiques/8680726?sommaire=8681011',
		via: 'https://www.npmjs.com/package/@etalab/decoupage-administratif/v/6.0.0',
		license: {
			fr: "Licence Ouverte (licence des données indiquée dans le README du paquet ; conditions de réutilisation de l'INSEE) ; code du paquet sous licence MIT",
			en: 'Licence Ouverte (data licence stated in the package README; INSEE reuse terms); package code MIT'
		},
		vintage: {
			fr: '2023 (déduit : millésime 2026 du paquet = populations légales en vigueur au 1er janvier 2026 ; Mayotte : chiffre du recensement de 2017, tel que fourni dans le paquet)',
			en: '2023 (inferred: package millésime 2026 = legal populations in force on 1 Jan 2026; Mayotte: 2017 census figure, as shipped in the package)'
		},
		note: {
			fr: "Somme du champ « population » de data/communes.json sur les entrées de type « commune-actuelle » (les arrondissements municipaux de Paris, Lyon et Marseille ne sont donc pas comptés deux fois), calculée par scripts/build-population.mjs. France = France métropolitaine + les 5 DROM ; les collectivités d'outre-mer (COM, codes 975-989) ne sont pas incluses. Les sommes par département et par région sont égales aux lignes de population du figures.csv de référence.",
			en: 'Sum of the "population" field of data/communes.json over entries with type "commune-actuelle" (so the arrondissements municipaux of Paris, Lyon and Marseille are not counted twice), computed by scripts/build-population.mjs. France = metropolitan France + the 5 DROM; the collectivités d\'outre-mer (COM, codes 975-989) are not included. Département and région sums equal the population rows of the reference figures.csv.'
		},
		match: (s) => /decoupage-administratif/.test(s.source_url)
	}
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
	bneur: { fr: "milliards d'euros", en: 'billion euros' },
	seekers: { fr: "demandeurs d'emploi", en: 'jobseekers' },
	inhab: { fr: 'habitants', en: 'inhabitants' }
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
	fr: 'Effectif brut au 31 décembre (non CVS), jeu Urssaf commune x APE publié par commune par rouages.fr, sommé par nous sur les communes du département (valeur nulle = aucun employeur, ignorée). Champ : secteur privé, régime général, hors agriculture.',
	en: 'Raw headcount at 31 December (not seasonally adjusted), URSSAF commune x APE dataset as published per commune by rouages.fr, summed by us over the communes of the département (null = no employer, skipped). Field: private sector, régime général, excluding agriculture.'
};

const INDICATORS = [
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
		take: { all: ['urssaf-etab-commune-ape-2021'] },
		years: [2021, 2021]
	},
	{
		id: 'establishments_manufacturing',
		file: 'firms',
		group: 'firms',
		kind: 'count',
		label: {
			fr: "Établissements de l'industrie manufacturière (C)",
			en: 'Manufacturing establishments (C)'
		},
		unit: U.etab,
		definition: etab2021(
			'Établissements dont le code APE relève des divisions NAF 10 à 33 (section C, industrie manufacturière).',
			'Establishments whose APE code is in NAF divisions 10-33 (section C, manufacturing).'
		),
		take: { all: ['urssaf-etab-commune-ape-2021'] },
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
		take: { all: ['urssaf-etab-commune-ape-2021'] },
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
		take: { all: ['urssaf-etab-commune-ape-2021'] },
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
		take: { all: ['urssaf-etab-commune-ape-2021'] },
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
		take: { all: ['urssaf-etab-commune-ape-2021'] },
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
		take: { all: ['urssaf-etab-commune-ape-2021'] },
		years: [2021, 2021]
	},
	{
		id: 'establishments_sector_industry_dec31',
		file: 'firms',
		group: 'firms',
		kind: 'count',
		label: {
			fr: "Établissements de l'industrie (B–E) au 31 décembre",
			en: 'Industry establishments (B–E) at 31 December'
		},
		unit: U.etab,
		definition: {
			fr: 'Établissements employeurs du secteur privé au 31 décembre 2025 dans le secteur « Industrie » de rouages.fr (= grand secteur Urssaf GS1, NAF B à E), sommés par nous sur les communes du département (jeu Urssaf commune x APE). Inclut des établissements sans salarié au 31 décembre. Autre extrait et autre année que establishments_industry (2021, codes APE 05 à 39) : ne pas les mettre bout à bout en série.',
			en: 'Private-sector employer establishments at 31 December 2025 in the rouages.fr sector "Industrie" (= URSSAF grand secteur GS1, NAF B-E), summed by us over the communes of the département (URSSAF commune x APE dataset). Includes establishments with no employee at 31 December. Different extract and year from establishments_industry (2021, APE 05-39): do not join them into one series.'
		},
		take: { departement: ['urssaf-commune-ape-rouages'] },
		years: [2025, 2025]
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
			fr: 'Établissements employeurs du secteur privé au 31 décembre 2025, les 7 grands secteurs réunis (intérim compris), sommés par nous sur les communes du département (jeu Urssaf commune x APE publié par rouages.fr ; chaque établissement compté une fois, dans son secteur). Autre extrait et autre année que establishments_total (2021).',
			en: 'Private-sector employer establishments at 31 December 2025, all 7 grands secteurs (incl. temp agency work), summed by us over the communes of the département (URSSAF commune x APE dataset as published by rouages.fr; each establishment counted once, in its sector). Different extract and year from establishments_total (2021).'
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
			fr: "Salariés du privé dans l'industrie (B–E)",
			en: 'Private salaried jobs in industry (B–E)'
		},
		unit: U.jobs,
		definition: {
			fr: `Effectifs salariés du secteur privé dans l'industrie (NAF B à E), Urssaf. Région : somme, calculée par nous, des séries NA28i BZ, CA, CB, CC, CD-CE-CF, CG, CH, CI-CJ, CK-CL, CM et DZ-EZ (l'intérim est compté dans les services, NZa), 1998-2025. ${NA28I_REGION.fr} Département : grand secteur Urssaf « GS1 Industrie », fin du 4e trimestre 2025 seulement. Les deux correspondent aux sections NAF B à E. ${URSSAF_FIELD.fr}`,
			en: `Private-sector salaried headcount in industry (NAF B-E), URSSAF. Région: our sum of the NA28i series BZ, CA, CB, CC, CD-CE-CF, CG, CH, CI-CJ, CK-CL, CM and DZ-EZ (temp agency workers are counted in services, NZa), 1998-2025. ${NA28I_REGION.en} Département: URSSAF grand secteur "GS1 Industrie", end of Q4 2025 only. Both mean NAF sections B-E. ${URSSAF_FIELD.en}`
		},
		take: {
			departement: ['urssaf-dep-grand-secteur-2025q4'],
			region: ['urssaf-region-na28i'],
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
			fr: "Salariés du privé dans l'industrie manufacturière (C)",
			en: 'Private salaried jobs in manufacturing (C)'
		},
		unit: U.jobs,
		definition: {
			fr: `Effectifs salariés du secteur privé dans l'industrie manufacturière (NAF C), Urssaf : somme, calculée par nous, des séries NA28i CA, CB, CC, CD-CE-CF, CG, CH, CI-CJ, CK-CL et CM. ${NA28I_REGION.fr} Aucune donnée par département (le grand secteur GS1 couvre B à E). ${URSSAF_FIELD.fr}`,
			en: `Private-sector salaried headcount in manufacturing (NAF C), URSSAF: our sum of the NA28i series CA, CB, CC, CD-CE-CF, CG, CH, CI-CJ, CK-CL and CM. ${NA28I_REGION.en} No département figures (grand secteur GS1 covers B-E). ${URSSAF_FIELD.en}`
		},
		take: { region: ['urssaf-region-na28i'], pays: ['urssaf-region-na28i'] },
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
			departement: ['urssaf-dep-grand-secteur-2025q4'],
			region: ['urssaf-region-na28i'],
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
		take: { region: ['urssaf-region-na28i'], pays: ['urssaf-region-na28i'] },
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
		take: { region: ['urssaf-region-na28i'], pays: ['urssaf-region-na28i'] },
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
		take: { departement: ['urssaf-commune-ape-rouages'] },
		years: [2015, 2025]
	},
	{
		id: 'jobs_sector_industry_dec31',
		file: 'jobs',
		group: 'jobs',
		kind: 'count',
		label: {
			fr: "Salariés de l'industrie (B–E) au 31 décembre (bruts)",
			en: 'Industry salaried jobs (B–E) at 31 December (raw)'
		},
		unit: U.jobs,
		definition: {
			fr: `Effectifs salariés du secteur privé au 31 décembre 2025 dans le secteur « Industrie » de rouages.fr (= grand secteur Urssaf GS1, NAF B à E). ${DEC31.fr} Écart de -1,6 % à +1,0 % avec jobs_industry (CVS, fin du 4e trimestre 2025).`,
			en: `Private-sector salaried headcount at 31 December 2025 in the rouages.fr sector "Industrie" (= URSSAF grand secteur GS1, NAF B-E). ${DEC31.en} Within -1.6 % to +1.0 % of jobs_industry (CVS, end of Q4 2025).`
		},
		take: { departement: ['urssaf-commune-ape-rouages'] },
		years: [2025, 2025]
	},
	{
		id: 'industry_share_total_employment',
		file: 'jobs',
		group: 'jobs',
		kind: 'share',
		label: {
			fr: "Part de l'industrie dans l'emploi total",
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
			fr: "Personnel total de R&D (chercheurs, techniciens et personnel de soutien), tous secteurs d'exécution, en équivalent temps plein, 2009. Eurostat rd_p_persreg (prof_pos=TOTAL) tel que fourni par le paquet R regions ; région = somme, calculée par nous, des anciennes régions NUTS 2 (2010) ; France = valeur nationale du même extrait. Ce n'est pas un nombre de chercheurs : aucun effectif de chercheurs récent par région n'a été trouvé.",
			en: 'Total R&D personnel (researchers, technicians and support staff), all sectors of performance, full-time equivalent, 2009. Eurostat rd_p_persreg (prof_pos=TOTAL) as shipped in the R package regions; région = our sum of the old NUTS-2 (2010) regions; France = national value of the same extract. Not a researcher count: no recent researcher count by région was found.'
		},
		take: { region: ['eurostat-rd-persreg-2009'], pays: ['eurostat-rd-persreg-2009'] },
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
	// ---- jobseekers -----------------------------------------------------------------------------
	{
		id: 'jobseekers_abc',
		file: 'jobseekers',
		group: 'jobseekers',
		kind: 'count',
		label: {
			fr: "Demandeurs d'emploi (catégories A, B, C)",
			en: 'Jobseekers (categories A, B, C)'
		},
		unit: U.seekers,
		definition: {
			fr: "Demandeurs d'emploi inscrits à France Travail (ex-Pôle emploi), catégories A, B et C, sommés par nous sur les communes du département à partir des séries communales de rouages.fr (données France Travail / Dares). Toutes les valeurs communales sont des multiples de 5 (arrondi de la source ou de rouages.fr) : les sommes portent une erreur d'arrondi. La période de référence dans l'année (moyenne annuelle, trimestre…) n'est pas documentée. Cantal : 2 communes sans valeur (246 sur 248 sommées).",
			en: 'Jobseekers registered with France Travail (formerly Pôle emploi), categories A, B and C, summed by us over the communes of the département from the rouages.fr commune series (France Travail / DARES data). All commune values are multiples of 5 (rounded by the source or by rouages.fr), so the sums carry rounding error. The reference period within the year (annual average, a quarter…) is not documented. Cantal: 2 communes without a value (246 of 248 summed).'
		},
		take: { departement: ['france-travail-rouages'] },
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
	}
];

const FILES = ['firms', 'jobs', 'researchers', 'jobseekers', 'population'];
const GENERATED_FILES = ['firms', 'jobs', 'researchers', 'jobseekers'];

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const levelRank = (l) => GEO_LEVELS.indexOf(l);
function rowCompare(a, b) {
	return (
		cmp(a.indicator, b.indicator) ||
		levelRank(a.geo_level) - levelRank(b.geo_level) ||
		cmp(a.geo_code, b.geo_code) ||
		Number(a.year) - Number(b.year)
	);
}
function acceptedSources(ind, level) {
	return ind.take.all ?? ind.take[level] ?? [];
}
function fail(msg) {
	console.error(`ERROR: ${msg}`);
	process.exitCode = 1;
}
function ranges(years) {
	const ys = [...new Set(years.map(Number))].sort((a, b) => a - b);
	const out = [];
	for (let i = 0; i < ys.length; i++) {
		let j = i;
		while (j + 1 < ys.length && ys[j + 1] === ys[j] + 1) j++;
		out.push(i === j ? `${ys[i]}` : `${ys[i]}–${ys[j]}`);
		i = j;
	}
	return out.join(', ');
}

// ---------------------------------------------------------------------------------------------
// Read the reference
// ---------------------------------------------------------------------------------------------
const figures = parseCsv(fs.readFileSync(path.join(REF_DIR, 'figures.csv'), 'utf8'));
const refSources = parseCsv(fs.readFileSync(path.join(REF_DIR, 'sources.csv'), 'utf8'));
const refSourceById = new Map(refSources.map((s) => [s.source_id, s]));

function ourSource(refId) {
	const s = refSourceById.get(refId);
	if (!s) throw new Error(`source_id ${refId} not in sources.csv`);
	const hits = SOURCES.filter((o) => o.match(s));
	if (hits.length > 1) throw new Error(`source_id ${refId} matches ${hits.map((h) => h.id)}`);
	return hits[0]?.id ?? null;
}

// ---------------------------------------------------------------------------------------------
// Select
// ---------------------------------------------------------------------------------------------
const indById = new Map(INDICATORS.map((i) => [i.id, i]));
const kept = new Map(); // indicator|level|code|year -> row
const excluded = []; // {row, src, reason}
const duplicates = [];

for (const r of figures) {
	const ind = indById.get(r.indicator);
	if (!ind || ind.external) continue;
	const src = r.source_id.split(/\s+/).map(ourSource);
	const srcId = src[0];
	const accepted = acceptedSources(ind, r.geo_level);
	let reason = null;
	if (src.some((s) => s !== srcId)) reason = 'row cites several of our sources';
	else if (!srcId || !accepted.includes(srcId))
		reason = `source ${r.source_id} (${srcId ?? 'not one of our sources'}) is not this indicator's source at level ${r.geo_level}`;
	else if (r.year === '' || Number(r.year) < ind.years[0] || Number(r.year) > ind.years[1])
		reason = `year ${r.year || '(none)'} outside ${ind.years[0]}-${ind.years[1]}`;
	else if (!ALLOWED_CODES[r.geo_level]?.includes(r.geo_code))
		reason = `geo code ${r.geo_level}/${r.geo_code} outside the app's geography (pattern ^(\\d{2}|2[AB]|97\\d|FR)$)`;
	else if (!/^\d+(\.\d+)?$/.test(r.value)) reason = `value '${r.value}' is not a plain number`;
	if (reason) {
		excluded.push({ r, srcId, reason });
		continue;
	}
	const row = {
		geo_level: r.geo_level,
		geo_code: r.geo_code,
		indicator: r.indicator,
		year: r.year,
		value: r.value,
		source: srcId
	};
	const key = [r.indicator, r.geo_level, r.geo_code, r.year].join('|');
	const prev = kept.get(key);
	if (prev) {
		const pa = accepted.indexOf(prev.source);
		const pb = accepted.indexOf(srcId);
		if (pa === pb) throw new Error(`duplicate key ${key} from the same source ${srcId}`);
		const [win, lose] = pa < pb ? [prev, row] : [row, prev];
		duplicates.push({ key, kept: win, dropped: lose });
		kept.set(key, win);
	} else kept.set(key, row);
}

// ---------------------------------------------------------------------------------------------
// Check coverage
// ---------------------------------------------------------------------------------------------
const rowsByIndicator = new Map();
for (const row of kept.values()) {
	if (!rowsByIndicator.has(row.indicator)) rowsByIndicator.set(row.indicator, []);
	rowsByIndicator.get(row.indicator).push(row);
}
for (const ind of INDICATORS) {
	if (ind.external) continue;
	const rows = rowsByIndicator.get(ind.id) ?? [];
	if (!rows.length) fail(`${ind.id}: no row selected`);
	for (const level of GEO_LEVELS) {
		const lr = rows.filter((r) => r.geo_level === level);
		if (!lr.length) continue;
		for (const y of new Set(lr.map((r) => r.year))) {
			const codes = new Set(lr.filter((r) => r.year === y).map((r) => r.geo_code));
			const missing = ALLOWED_CODES[level].filter((c) => !codes.has(c));
			if (missing.length) fail(`${ind.id} ${level} ${y}: missing ${missing.join(' ')}`);
		}
	}
	for (const l of ['fr', 'en']) {
		if ([...ind.label[l]].length > 60) fail(`${ind.id}: label.${l} longer than 60 characters`);
	}
}

// ---------------------------------------------------------------------------------------------
// Write the CSV files
// ---------------------------------------------------------------------------------------------
fs.mkdirSync(OUT_DIR, { recursive: true });
const fileStats = {};
for (const file of GENERATED_FILES) {
	const ids = new Set(INDICATORS.filter((i) => i.file === file).map((i) => i.id));
	const rows = [...kept.values()].filter((r) => ids.has(r.indicator)).sort(rowCompare);
	const text =
		[HEADER, ...rows.map((r) => HEADER.map((h) => r[h]))]
			.map((cells) => cells.map(csvField).join(','))
			.join('\n') + '\n';
	fs.writeFileSync(path.join(OUT_DIR, `${file}.csv`), text);
	fileStats[file] = { rows, indicators: [...new Set(rows.map((r) => r.indicator))] };
	console.log(
		`data/${file}.csv: ${rows.length} rows, ${fileStats[file].indicators.length} indicators (${fileStats[file].indicators.join(', ')})`
	);
}

// population.csv (written by build-population.mjs): check it if present
const popPath = path.join(OUT_DIR, 'population.csv');
if (fs.existsSync(popPath)) {
	const pop = parseCsv(fs.readFileSync(popPath, 'utf8'));
	const bad = pop.filter(
		(r) =>
			r.indicator !== 'population' ||
			r.source !== 'insee-populations-legales' ||
			r.year !== '2023' ||
			!ALLOWED_CODES[r.geo_level]?.includes(r.geo_code)
	);
	if (bad.length)
		fail(`data/population.csv: ${bad.length} rows do not match the declared metadata`);
	console.log(`data/population.csv (from build-population.mjs): ${pop.length} rows checked`);
} else {
	console.warn('warning: data/population.csv not found; run npm run data:population');
}

// ---------------------------------------------------------------------------------------------
// datapackage.json
// ---------------------------------------------------------------------------------------------
const POP_YEARS = { departement: ['2023'], region: ['2023'], pays: ['2023'] };
function coverage(ind) {
	if (ind.external) return POP_YEARS;
	const rows = rowsByIndicator.get(ind.id) ?? [];
	const cov = {};
	for (const level of GEO_LEVELS) {
		const ys = rows.filter((r) => r.geo_level === level).map((r) => r.year);
		if (ys.length) cov[level] = ys;
	}
	return cov;
}
function vintage(ind) {
	const cov = coverage(ind);
	const parts = Object.entries(cov).map(([l, ys]) => [l, ranges(ys)]);
	if (new Set(parts.map((p) => p[1])).size === 1) return parts[0][1];
	const names = { departement: 'départements', region: 'régions', pays: 'France' };
	return parts.map(([l, r]) => `${names[l]} ${r}`).join('; ');
}
function indicatorSources(ind) {
	const set = new Set(Object.values(ind.take).flat());
	return SOURCES.map((s) => s.id).filter((id) => set.has(id));
}

const resources = FILES.map((file) => {
	const inds = INDICATORS.filter((i) => i.file === file);
	const srcIds = SOURCES.map((s) => s.id).filter((id) =>
		inds.some((i) => indicatorSources(i).includes(id))
	);
	return {
		name: file,
		path: `${file}.csv`,
		format: 'csv',
		mediatype: 'text/csv',
		encoding: 'utf-8',
		schema: {
			fields: [
				{
					name: 'geo_level',
					type: 'string',
					constraints: { required: true, enum: GEO_LEVELS }
				},
				{
					name: 'geo_code',
					type: 'string',
					constraints: { required: true, pattern: '^(\\d{2}|2[AB]|97\\d|FR)$' }
				},
				{
					name: 'indicator',
					type: 'string',
					constraints: { required: true, enum: inds.map((i) => i.id) }
				},
				{ name: 'year', type: 'year', constraints: { required: true } },
				{ name: 'value', type: 'number', constraints: { minimum: 0 } },
				{ name: 'source', type: 'string', constraints: { required: true, enum: srcIds } }
			],
			missingValues: [''],
			primaryKey: ['geo_level', 'geo_code', 'indicator', 'year']
		}
	};
});

const datapackage = {
	name: 'cimes-atlas',
	title: 'CIMES Atlas — données sourcées',
	description:
		'Sourced figures on manufacturing industry in Auvergne-Rhône-Alpes (84) and Nouvelle-Aquitaine (75): employer establishments, private salaried jobs, R&D, jobseekers and population, for the 24 départements of the two régions, the 13 metropolitan régions and France. Tidy CSV, one figure per row (geo_level, geo_code, indicator, year, value, source). Every value is copied from a public source or is a plain sum of published values (see sources[].note, in French and English); nothing is interpolated, rounded or filled in; unknown values are absent. Years differ between indicators. Licences: each source keeps its own licence (sources[].license, in French and English): URSSAF-derived figures (firms, jobs except industry_share_total_employment) come from Open URSSAF data under ODbL 1.0; INSEE figures under Licence Ouverte / Etalab 2.0; Eurostat figures under CC BY 4.0; the licence of the France Travail jobseeker series is unknown. Built by scripts/build-figures.mjs and scripts/build-population.mjs; see SOURCES.md.',
	licenses: [
		{
			name: 'etalab-2.0',
			title: 'Licence Ouverte / Open Licence 2.0',
			path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/'
		},
		{
			name: 'ODbL-1.0',
			title: 'Open Data Commons Open Database License 1.0',
			path: 'https://opendatacommons.org/licenses/odbl/1-0/'
		},
		{
			name: 'CC-BY-4.0',
			title: 'Creative Commons Attribution 4.0',
			path: 'https://creativecommons.org/licenses/by/4.0/'
		}
	],
	sources: SOURCES.map((s) => {
		const o = {
			id: s.id,
			title: s.title,
			publisher: s.publisher,
			...(s.publisherNote ? { publisherNote: s.publisherNote } : {}),
			path: s.path
		};
		if (s.via) o.via = s.via;
		// The licence's short name for captions ('ODbL 1.0'); `license` keeps the full note, in
		// French and English, as `vintage` and `note` do.
		o.licenseName = s.license.en.split(/ \(|;/)[0].trim();
		o.license = s.license;
		o.vintage = s.vintage;
		o.note = s.note;
		return o;
	}),
	resources,
	indicators: INDICATORS.map((i) => ({
		id: i.id,
		resource: i.file,
		group: i.group,
		label: i.label,
		unit: i.unit,
		kind: i.kind,
		definition: i.definition,
		sources: indicatorSources(i),
		vintage: vintage(i)
	}))
};
fs.writeFileSync(
	path.join(OUT_DIR, 'datapackage.json'),
	JSON.stringify(datapackage, null, '\t') + '\n'
);
console.log(
	`data/datapackage.json: ${resources.length} resources, ${datapackage.indicators.length} indicators, ${SOURCES.length} sources`
);

// ---------------------------------------------------------------------------------------------
// Consistency checks on what was written
// ---------------------------------------------------------------------------------------------
{
	const declaredInd = new Set(datapackage.indicators.map((i) => i.id));
	const declaredSrc = new Set(datapackage.sources.map((s) => s.id));
	for (const file of GENERATED_FILES) {
		const res = resources.find((r) => r.name === file);
		const indEnum = new Set(res.schema.fields[2].constraints.enum);
		const srcEnum = new Set(res.schema.fields[5].constraints.enum);
		const seen = new Set();
		for (const r of fileStats[file].rows) {
			if (!declaredInd.has(r.indicator) || !indEnum.has(r.indicator))
				fail(`${file}: undeclared indicator ${r.indicator}`);
			if (!declaredSrc.has(r.source) || !srcEnum.has(r.source))
				fail(`${file}: undeclared source ${r.source}`);
			const k = [r.geo_level, r.geo_code, r.indicator, r.year].join('|');
			if (seen.has(k)) fail(`${file}: duplicate key ${k}`);
			seen.add(k);
		}
	}
}

// ---------------------------------------------------------------------------------------------
// Report exclusions and duplicates
// ---------------------------------------------------------------------------------------------
for (const d of duplicates)
	console.log(
		`duplicate ${d.key}: kept ${d.kept.source} (${d.kept.value}), dropped ${d.dropped.source} (${d.dropped.value})`
	);
for (const e of excluded)
	console.log(
		`excluded: ${e.r.indicator} ${e.r.geo_level}/${e.r.geo_code} ${e.r.year} = ${e.r.value} [${e.r.source_id}]: ${e.reason}`
	);

// ---------------------------------------------------------------------------------------------
// SOURCES.md
// ---------------------------------------------------------------------------------------------
const LEVEL_NAMES = { departement: 'départements (24)', region: 'régions (13)', pays: 'France' };
const md = [];
md.push('# CIMES Atlas — sources of the data files');
md.push('');
md.push(
	'Generated by `scripts/build-figures.mjs` (edit the script, not this file). The machine-readable version of this page is `datapackage.json`.'
);
md.push('');
md.push(
	'Every value in `firms.csv`, `jobs.csv`, `researchers.csv`, `jobseekers.csv` and `population.csv` was read in a public source, or is a plain sum of values read in a source (the sum is described below). Values are copied digit for digit from the research reference (`figures.csv` of the shared reference folder); nothing is interpolated, extrapolated, rounded or filled in. An unknown value has no row.'
);
md.push('');
md.push(
	'Format: UTF-8 CSV, comma-separated, header `geo_level,geo_code,indicator,year,value,source`; `geo_level` is `departement`, `region` or `pays`; `geo_code` is the INSEE code as text (`01`, `84`, `FR`); `value` uses `.` as decimal mark; `source` is one of the source ids below. Geography: the 24 départements of Auvergne-Rhône-Alpes (01 03 07 15 26 38 42 43 63 69 73 74) and Nouvelle-Aquitaine (16 17 19 23 24 33 40 47 64 79 86 87), the 13 metropolitan régions, and France.'
);
md.push('');
md.push('## Sources');
md.push('');
for (const s of SOURCES) {
	md.push(`### \`${s.id}\``);
	md.push('');
	md.push(`- **Title:** ${s.title}`);
	md.push(
		`- **Publisher:** ${s.publisher}${s.publisherNote ? ` (${s.publisherNote.en}; fr : ${s.publisherNote.fr})` : ''}`
	);
	md.push(`- **URL:** ${s.path}`);
	if (s.via) md.push(`- **Read via:** ${s.via}`);
	md.push(`- **Licence:** ${s.license.en}`);
	md.push(`- **Licence (fr) :** ${s.license.fr}`);
	md.push(`- **Vintage:** ${s.vintage.en}`);
	md.push(`- **Millésime (fr) :** ${s.vintage.fr}`);
	md.push(`- **How the figures were obtained:** ${s.note.en}`);
	md.push(`- **Mode d'obtention des chiffres (fr) :** ${s.note.fr}`);
	md.push('');
}
md.push('## Indicators');
md.push('');
md.push('| id | label (fr) | unit | kind | years | levels | source |');
md.push('|---|---|---|---|---|---|---|');
for (const i of INDICATORS) {
	const cov = coverage(i);
	const perLevel = Object.entries(cov).map(([l, ys]) => [l, ranges(ys)]);
	const short = { departement: 'dép.', region: 'rég.', pays: 'FR' };
	const years =
		new Set(perLevel.map((p) => p[1])).size === 1
			? perLevel[0][1]
			: perLevel.map(([l, r]) => `${short[l]} ${r}`).join('; ');
	md.push(
		`| \`${i.id}\` | ${i.label.fr} | ${i.unit.en} | ${i.kind} | ${years} | ${Object.keys(cov)
			.map((l) => LEVEL_NAMES[l])
			.join(', ')} | ${indicatorSources(i)
			.map((s) => `\`${s}\``)
			.join(', ')} |`
	);
}
md.push('');
md.push(
	'Kinds: `count` = additive quantity (people, establishments, FTE, euros); `share` = percent stored as 0–100 as in the source (14.7 means 14.7 %). The full French and English definitions are in `datapackage.json` (`indicators[].definition`).'
);
md.push('');
md.push('## Caveats');
md.push('');
md.push(
	'- **Years differ between indicators.** Establishments 2021 (and 31 Dec 2025 for the grand-secteur breakdown), jobs 1998–2025 by région but 2025 only by département (2015–2025 for the raw 31 December total), industry share 2019, R&D personnel 2009, R&D expenditure 2017, jobseekers 2015–2024, population 2023. A ratio of two indicators must state both years (e.g. "jobs 2025 / population 2023").'
);
md.push(
	'- **URSSAF counts private employers only** (secteur privé, régime général, excluding agriculture): no public-sector employers, no self-employed. It is not total employment; `industry_share_total_employment` (INSEE) is, and must not be charted on the same axis as the URSSAF counts.'
);
md.push(
	'- **Establishments are employer establishments** (SIRET with a payroll at year end), not INSEE "établissements actifs" (which include non-employers and number several times more), and not enterprises (SIREN).'
);
md.push(
	'- **Two kinds of job counts.** `jobs_industry` and `jobs_total_private` are seasonally adjusted (CVS) values at the end of Q4; `jobs_total_private_dec31` and `jobs_sector_industry_dec31` are raw headcounts at 31 December summed over communes. They differ: in 2025 the raw all-sector total is 0.93 (Landes) to 1.13 (Savoie) times the CVS value; the ski départements (Savoie, Haute-Savoie) are 2–13 % higher at 31 December, probably winter seasonal staff (an interpretation, not documented). For industry the two agree within −1.6 % to +1.0 %. Keep them as separate indicators; do not splice them into one series.'
);
md.push(
	'- **`jobs_industry` has two constructions.** By région (and France) it is our sum of the URSSAF NA28i industrial series (BZ … DZ-EZ); by département it is the URSSAF grand secteur "GS1 Industrie". Both mean NAF sections B–E, and the 12 AURA départements sum to 504,635 against 504,637 for the région (end 2025). Temp agency workers are not in industry in either. By département there is only the end of Q4 2025, and there is no manufacturing-only (C) job count.'
);
md.push(
	'- **URSSAF régional and national sums are sums of CVS series**, not the URSSAF "ensemble" series; France is the sum of the 18 région codes (Mayotte has no series). Apprentices are included since the Q1-2023 publication.'
);
md.push(
	'- **R&D figures are old and are not researcher counts.** `rd_personnel_fte` (2009) is all R&D personnel — researchers, technicians and support staff — in FTE, summed from old NUTS-2 regions. DIRD/DIRDE/DIRDA are for 2017 (INSEE 2021 edition), rounded to 1 or 2 decimals (Corse prints as 0.0).'
);
md.push(
	'- **No researcher count exists here for Auvergne-Rhône-Alpes or Nouvelle-Aquitaine**, by région or by département, for any recent year. What the research found: R&D personnel 2009 (above), DIRD 2017 (above), AURA = 14.8 % of metropolitan R&D personnel in 2021 (OBSéco relay of MESR figures, a share, not a count), AURA researchers +24 % between 2007 and 2014 and concentrated in Isère, Rhône and Puy-de-Dôme (INSEE AURA n°44, no count), 80 % of NA DIRD in three départements (INSEE 2019). The app should show "no data" for researchers rather than a stand-in.'
);
md.push(
	'- **Jobseekers** (`jobseekers_abc`) are sums of commune values that are all multiples of 5 (rounding of the source or of rouages.fr); the reference period within each year is not documented; Cantal sums 246 of 248 communes. The 2020 rise and 2021–2022 fall appear in every département.'
);
md.push(
	'- **Population year 2023 is inferred** from the package millésime (@etalab/decoupage-administratif 6.0.0 = COG 2026, legal populations in force on 1 January 2026 refer to 2023); check it against https://www.insee.fr/fr/statistiques/8680726. France = metropolitan France + the 5 DROM; the Mayotte figure in the package is the 2017 census legal population; the COM are excluded.'
);
md.push('');
md.push('## Not included, and why');
md.push('');
md.push(
	'Rows of the reference for the indicators above that were **not** copied (a different source, definition or year would make a false series, or the geography has no code in the app):'
);
md.push('');
const WHY = {
	S57: 'France métropolitaine (FR-METRO) is not France and has no code in the app; TCRD_027 gives no France-entière value',
	S58: 'Insee Analyses Nouvelle-Aquitaine n°116 (end 2018): another publication and reference date than TCRD_027 2019; mixing them would make a false series',
	S627: 'Insee Flash Île-de-France n°12 (2013): isolated value from another publication and year; it would make a false time series next to the 2017 cross-section',
	S629: 'Insee Nouvelle-Aquitaine study (2015): isolated value from another publication and year',
	S630: 'OBSéco (CCI Occitanie observatory relaying MESR figures, 2021): another source and year, one région only; it would make a false series and an unequal comparison between régions',
	S631: 'Insee Analyses AURA n°44 (2014): isolated value from another publication and year',
	S649: 'same Eurostat extract but 2018, France only (no régional value for 2018); kept out so that the indicator stays the 2009 cross-section of régions and France'
};
const exclByGroup = new Map();
for (const e of excluded) {
	const refId = e.r.source_id.split(/\s+/)[0];
	const why = WHY[refId] ?? e.reason;
	const k = `${e.r.indicator}|${why}`;
	if (!exclByGroup.has(k))
		exclByGroup.set(k, { e, why, items: [], url: refSourceById.get(refId)?.source_url });
	exclByGroup.get(k).items.push(`${e.r.geo_name} (${e.r.geo_code}) ${e.r.year} = ${e.r.value}`);
}
for (const { e, why, items, url } of exclByGroup.values()) {
	md.push(`- \`${e.r.indicator}\`: ${items.join('; ')} — ${why}. Source: ${url}`);
}
md.push(
	'- Not selected at all: the other indicators of the reference — INSEE job counts (`jobs_*_insee`: another field than URSSAF, single dates for AURA, NA or France only), Q3 press figures (`jobs_*_q3`), `jobs_salaried_insee_quarterly` (11 of 24 départements, field unclear), the other grand-secteur breakdowns of 2025, R&D shares and % of GDP for a few régions, `researchers_rounded` (IDF 2013, rounded "100 000"), `cnrs_insis_researchers` (national), press and undated claims (`context.csv`, rows without a year).'
);
md.push('');
md.push('## How to regenerate');
md.push('');
md.push('```sh');
md.push('npm run data:population   # data/population.csv from @etalab/decoupage-administratif');
md.push(
	'npm run data:figures      # firms, jobs, researchers, jobseekers, datapackage.json, SOURCES.md'
);
md.push('# or: node scripts/build-figures.mjs /path/to/reference-data');
md.push('```');
md.push('');
md.push(
	'Both scripts are deterministic (same input, same bytes). `build-population.mjs` exits non-zero if its sums differ from the population rows of the reference; `build-figures.mjs` exits non-zero if a département or région is missing for an indicator-year, a key is duplicated, or a row uses an undeclared indicator or source.'
);
md.push('');
fs.writeFileSync(path.join(OUT_DIR, 'SOURCES.md'), md.join('\n'));
console.log(
	`data/SOURCES.md written; ${excluded.length} reference rows excluded, ${duplicates.length} duplicates resolved`
);
