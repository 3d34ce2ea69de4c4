import { readTerritoryCode, refuse, type CodeReading } from './territoryCode';
import { DEPARTEMENT_NAMES, REGION_NAMES } from './territoryNames';
import type { SourceLevel } from './types';

/** A territory name reduced to what identifies it: 'Puy de Dôme' and 'PUY-DE-DOME' are alike. */
export function nameKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[\u2019'`´]/g, ' ')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

const byKey = (list: readonly [string, string][]) =>
	new Map(list.map(([code, name]) => [nameKey(name), code]));
const DEPARTEMENTS = byKey(DEPARTEMENT_NAMES);
const REGIONS = byKey(REGION_NAMES);

/**
 * The code of a département or région written by its name (without regard to case, accents,
 * hyphens or apostrophes); a cell that already holds a code, or a code before the name
 * ('63 - Puy-de-Dôme'), is read as a code.
 * @example readTerritoryName('departement', 'Puy de Dome') // { ok: true, code: '63' }
 */
export function readTerritoryName(level: SourceLevel, raw: string): CodeReading {
	const leadingCode = /^\s*([0-9][0-9AB]?[0-9]?)\b(\s*[-–:]?\s*.*)?$/i.exec(raw);
	if (leadingCode) return readTerritoryCode(level, leadingCode[1]);
	const key = nameKey(raw);
	if (key === '') return refuse('emptyName');
	const table = level === 'region' ? REGIONS : level === 'departement' ? DEPARTEMENTS : undefined;
	const code = table?.get(key);
	if (code === undefined)
		return refuse(level === 'region' ? 'notRegionName' : 'notDepartementName', { cell: raw });
	return readTerritoryCode(level, code);
}
