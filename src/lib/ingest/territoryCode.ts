import { METRO_REGIONS } from '../geo/focusAreas';
import { explain, type MessageKey, type MessageParams } from './messages';
import type { SourceLevel } from './types';

export type CodeReading =
	| { ok: true; code: string }
	| { ok: false; reason: string; key: MessageKey; params: MessageParams };

/** A refusal with its English reason and its key, for the page's language. */
export function refuse(key: MessageKey, params: MessageParams = {}): CodeReading {
	const { message } = explain(key, params);
	return { ok: false, reason: message, key, params };
}

/** The 18 région codes of the COG: overseas 01–06 (no 05) and metropolitan 11–94. */
const REGIONS = new Set(['01', '02', '03', '04', '06', ...METRO_REGIONS]);
const DEPARTEMENT = /^(0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-6])$/;
const COMMUNE = /^(\d{5}|2[AB]\d{3}|97[1-6]\d{2})$/;

/**
 * Normalises a territory code at a level the caller knows from the column (never guessed from
 * the code: 84 is both Vaucluse and Auvergne-Rhône-Alpes). Pads what Excel shortened ('1' → '01',
 * '1001' → '01001'), upper-cases Corsica ('2a' → '2A'), keeps overseas codes (971–976).
 * A commune cell may carry its name after the code ('74081 Cluses').
 * @example readTerritoryCode('departement', '1') // { ok: true, code: '01' }
 * @example readTerritoryCode('region', '01') // { ok: true, code: '01' } (Guadeloupe, the région)
 */
export function readTerritoryCode(level: SourceLevel, raw: string): CodeReading {
	let code = raw.trim().toUpperCase().replace(/\.0+$/, '');
	if (level === 'commune') code = code.split(/\s+/)[0];
	if (code === '') return refuse('emptyCode');
	switch (level) {
		case 'pays':
			return code === 'FR' ? { ok: true, code } : refuse('notFr', { cell: raw });
		case 'region':
			code = code.padStart(2, '0');
			return REGIONS.has(code) ? { ok: true, code } : refuse('notRegion', { cell: raw });
		case 'departement':
			code = /^\d$/.test(code) ? `0${code}` : code;
			return DEPARTEMENT.test(code) ? { ok: true, code } : refuse('notDepartement', { cell: raw });
		case 'commune':
			code = /^\d{4}$/.test(code) ? `0${code}` : code;
			return COMMUNE.test(code) && DEPARTEMENT.test(departementOfCommune(code))
				? { ok: true, code }
				: refuse('notCommune', { cell: raw });
	}
}

/** The département of a commune code: '74081' → '74', '2A004' → '2A', '97411' → '974'. */
export function departementOfCommune(commune: string): string {
	return commune.startsWith('97') ? commune.slice(0, 3) : commune.slice(0, 2);
}
