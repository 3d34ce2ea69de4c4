// Generated files for the import bench, in URSSAF's export layouts (';', labels as the portal
// writes them, empty cells for "no establishment"), with every commune of the official list.
// Their figures are arbitrary: they measure the reader, not the economy.
import { createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const communes = require('@etalab/decoupage-administratif/data/communes.json').filter(
	(c) => c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal'
);
const SECTORS = [
	'GS1 Industrie',
	'GS2 Construction',
	'GS3 Commerce',
	'GS4 Hôtellerie',
	'GS5 Services'
];

async function write(file, header, lineAt, done) {
	const out = createWriteStream(file);
	out.write(header);
	let written = Buffer.byteLength(header);
	let n = 0;
	while (!done(n, written)) {
		const line = lineAt(n);
		if (!out.write(line)) await new Promise((r) => out.once('drain', r));
		written += line.length;
		n++;
	}
	await new Promise((r) => out.end(r));
	return n;
}

/** Communes × grand secteur × APE, six years (establishments, jobs with halves): `mb` megabytes. */
export function generateCommuneFile(file, mb) {
	const years = [2019, 2020, 2021, 2022, 2023, 2024];
	const header = `Région;Département;Nom commune;Commune;Grand secteur d'activité;APE;Code région;Code département;Code commune;Code APE;${years.map((y) => `Nombre d'établissements ${y};Effectifs salariés ${y}`).join(';')}\n`;
	return write(
		file,
		header,
		(n) => {
			const c = communes[n % communes.length];
			const sector = SECTORS[n % SECTORS.length];
			const ape = `${String(1000 + (n % 8000)).slice(0, 4)}Z`;
			const cells = years
				.map((_, i) => ((n + i) % 17 === 0 ? ';' : `${(n + i) % 40};${((n * 7 + i) % 900) / 2}`))
				.join(';');
			return `Région;Département;${c.nom};${c.code} ${c.nom};${sector};${ape} Activité;${c.region};${c.departement};${c.code};${ape};${cells}\n`;
		},
		(_, written) => written >= mb * 1024 * 1024
	);
}

const NATIONAL_APE = [
	[
		'GS1 Industrie',
		'C5 Autres produits industriels',
		'CG Industrie des plastiques',
		'22 Fabrication de produits en caoutchouc et en plastique',
		"2223Z Fabrication d'éléments en matières plastiques pour la construction"
	],
	[
		'GS1 Industrie',
		'C5 Autres produits industriels',
		'CH Métallurgie',
		'25 Fabrication de produits métalliques',
		'2562B Mécanique industrielle'
	],
	[
		'GS1 Industrie',
		"C4 Biens d'équipement",
		'CK Machines et équipements',
		'28 Fabrication de machines et équipements n.c.a.',
		'2822Z Fabrication de matériel de levage et de manutention'
	],
	[
		'GS2 Construction',
		'FZ Construction',
		'FZ Construction',
		'43 Travaux de construction spécialisés',
		"4321A Travaux d'installation électrique"
	],
	['GS3 Commerce', 'GZ Commerce', 'GZ Commerce', '47 Commerce de détail', '4711D Supermarchés'],
	[
		'GS5 Autres services',
		'"MN Activités scientifiques et techniques ; soutien et services administratifs"',
		'MC Activités juridiques',
		'69 Activités juridiques et comptables',
		'6920Z Activités comptables'
	]
];

/**
 * The national commune × APE file as the portal exports it (19 label and code columns, then a
 * pair per year 2006–2025): `rows` rows, each commune with several APE codes.
 */
export function generateNationalFile(file, rows) {
	const years = Array.from({ length: 20 }, (_, i) => 2006 + i);
	const header = `Région;Ancienne région;Département;Zone d'emploi;EPCI;Nom commune;Commune;Grand secteur d'activité;Secteur NA17;Secteur NA38;Secteur NA88;APE;Code région;Code ancienne région;Code département;Code zone d'emploi;Code EPCI;Code commune;Code APE;${years.map((y) => `Nombre d'établissements ${y};Effectifs salariés ${y}`).join(';')}\n`;
	return write(
		file,
		header,
		(n) => {
			const c = communes[n % communes.length];
			const [gs, na17, na38, na88, ape] =
				NATIONAL_APE[Math.floor(n / communes.length) % NATIONAL_APE.length];
			const cells = years
				.map((_, i) => ((n + i) % 5 === 0 ? ';' : `${(n + i) % 9 || 1};${(n * 3 + i) % 250}`))
				.join(';');
			return `Région ${c.region};Ancienne région;Département ${c.departement};Zone d'emploi;CC du territoire;${c.nom};${c.code} ${c.nom};${gs};${na17};${na38};${na88};${ape};${c.region};00;${c.departement};8401;200000000;${c.code};${ape.slice(0, 5)};${cells}\n`;
		},
		(n) => n >= rows
	);
}
