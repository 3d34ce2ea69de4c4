import type { GeoLevel } from './types';

/**
 * Normalises an INSEE code as files write it: '1' → '01', '2a' → '2A', ' 69 ' → '69'.
 * Codes stay strings; validity is checked against the known codes, not here.
 * @example normalizeGeoCode('departement', '1') // '01'
 */
export function normalizeGeoCode(level: GeoLevel, raw: string): string {
	const code = raw.trim().toUpperCase();
	if (level === 'pays') return code;
	return /^\d$/.test(code) ? `0${code}` : code;
}

/** The known codes of each level, from the geometry and the official lists. */
export type KnownCodes = Record<GeoLevel, ReadonlySet<string>>;
