import type { GeometryCollection, Topology } from 'topojson-specification';
import type { KnownCodes } from '../data/geoCode';
import type { GeoFacts } from '../data/measures';

/** One of the topology's two objects, read directly: no outline is decoded. */
export const objectOf = (topology: Topology, name: 'departements' | 'regions') => {
	const object = topology.objects[name];
	if (!object) throw new Error(`The topology has no "${name}" object`);
	return object as GeometryCollection;
};

/** The codes a data row may use: those of the geometry, and 'FR' for the whole country. */
export function knownCodesOf(topology: Topology): KnownCodes {
	const ids = (name: 'departements' | 'regions') =>
		new Set(objectOf(topology, name).geometries.map((g) => String(g.id)));
	return { departement: ids('departements'), region: ids('regions'), pays: new Set(['FR']) };
}

/** The région of each département, from the geometry. */
export function geoFactsOf(topology: Topology): GeoFacts {
	const departements = objectOf(topology, 'departements').geometries;
	return {
		regionOf: new Map(
			departements.map((g) => [String(g.id), (g.properties as { region?: string }).region ?? ''])
		)
	};
}
