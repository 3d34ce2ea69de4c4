import { codeOf, normalizeName } from './normalizeName';

export type PlaceKind = 'departement' | 'region' | 'commune';

/** A place the search can find. For a commune, `code` is its département's. */
export interface Place {
	kind: PlaceKind;
	name: string;
	code: string;
	/** normalizeName(name), computed once. */
	key: string;
}

export const placeOf = (kind: PlaceKind, name: string, code: string): Place => ({
	kind,
	name,
	code,
	key: normalizeName(name)
});

const KIND_ORDER: Record<PlaceKind, number> = { departement: 0, region: 1, commune: 2 };

/** How well a place matches (lower is better), or null if it does not. */
function rank(place: Place, query: string, code: string | null): number | null {
	if (code !== null && place.kind !== 'commune' && place.code === code) return 0;
	if (query.length === 0) return null;
	if (place.key === query) return 1;
	if (place.key.startsWith(query)) return 2;
	if (place.key.includes(` ${query}`)) return 3;
	// Communes are many: a match inside a word would mostly be noise.
	if (place.kind !== 'commune' && place.key.includes(query)) return 4;
	return null;
}

/**
 * The places that match a query, best first: a code, then a whole name, the start of a name,
 * the start of a word; départements and régions before communes, then shorter names first.
 * Accents, case, hyphens and apostrophes do not matter.
 * @example searchPlaces('puy de dome', places) // [{ kind: 'departement', code: '63', … }]
 */
export function searchPlaces(query: string, places: readonly Place[], limit = 8): Place[] {
	const key = normalizeName(query);
	const code = codeOf(query);
	const found: { place: Place; rank: number }[] = [];
	for (const place of places) {
		const r = rank(place, key, code);
		if (r !== null) found.push({ place, rank: r });
	}
	return found
		.sort(
			(a, b) =>
				a.rank - b.rank ||
				KIND_ORDER[a.place.kind] - KIND_ORDER[b.place.kind] ||
				a.place.key.length - b.place.key.length ||
				a.place.key.localeCompare(b.place.key) ||
				a.place.code.localeCompare(b.place.code)
		)
		.slice(0, limit)
		.map((f) => f.place);
}
