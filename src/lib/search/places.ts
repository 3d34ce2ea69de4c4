import type { Topology } from 'topojson-specification';
import { objectOf } from '../geo/geoFacts';
import { placeOf, type Place } from './areaSearch';

/** Names of départements (with their région) and of régions, by code. */
export interface Geography {
	departements: ReadonlyMap<string, { name: string; region: string }>;
	regions: ReadonlyMap<string, string>;
}

/** The shape of data/geo/communes.json (scripts/build-communes.mjs). */
export interface CommuneFile {
	source: string;
	departements: Record<string, [name: string, region: string]>;
	regions: Record<string, string>;
	/** Commune names of each département, split by '|'. */
	communes: Record<string, string>;
}

/** The départements and régions of the map's geometry (the outlines are not needed). */
export function geographyOfTopology(topology: Topology): Geography {
	const named = (name: 'departements' | 'regions') =>
		objectOf(topology, name).geometries.map((g) => ({
			code: String(g.id),
			...(g.properties as { name: string; region?: string })
		}));
	return {
		departements: new Map(
			named('departements').map((d) => [d.code, { name: d.name, region: d.region ?? '' }])
		),
		regions: new Map(named('regions').map((r) => [r.code, r.name]))
	};
}

/** Every département and région of a geography, as places to search. */
export const areaPlacesOf = (geography: Geography): Place[] => [
	...[...geography.departements].map(([code, d]) => placeOf('departement', d.name, code)),
	...[...geography.regions].map(([code, name]) => placeOf('region', name, code))
];

/** The communes of the file as places, and the geography of all France (overseas included). */
export function readCommuneFile(file: CommuneFile): { communes: Place[]; geography: Geography } {
	const communes = Object.entries(file.communes).flatMap(([code, names]) =>
		names.split('|').map((name) => placeOf('commune', name, code))
	);
	const departements = new Map(
		Object.entries(file.departements).map(([code, [name, region]]) => [code, { name, region }])
	);
	return { communes, geography: { departements, regions: new Map(Object.entries(file.regions)) } };
}
