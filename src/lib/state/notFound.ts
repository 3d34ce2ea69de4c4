import { normalizeGeoCode } from '../data/geoCode';
import { FOCUS_DEPARTEMENTS, METRO_REGIONS } from '../geo/focusAreas';

/** What an unknown address asked for, and the profile it may have meant. */
export type NotFound =
	{ kind: 'departement' | 'region'; code: string; suggestion: string | null } | { kind: 'page' };

const PROFILES = { departement: FOCUS_DEPARTEMENTS, region: METRO_REGIONS } as const;

/**
 * Reads an address that no page answers: a profile with an unknown code, or any other path.
 * The suggestion is the code as the atlas writes it, when that one has a profile.
 * @example notFoundOf('/departement/1') // { kind: 'departement', code: '1', suggestion: '01' }
 * @example notFoundOf('/region/xx') // { kind: 'region', code: 'xx', suggestion: null }
 */
export function notFoundOf(pathname: string): NotFound {
	const match = /^\/(departement|region)\/([^/]+)\/?$/.exec(pathname);
	if (!match) return { kind: 'page' };
	const kind = match[1] as 'departement' | 'region';
	const code = match[2];
	const normalized = normalizeGeoCode(kind, code);
	const known = (PROFILES[kind] as readonly string[]).includes(normalized);
	return { kind, code, suggestion: known && normalized !== code ? normalized : null };
}
