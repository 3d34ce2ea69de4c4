import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { objectOf } from './geoFacts';

export interface DepartementProperties {
	name: string;
	region: string;
}
export interface RegionProperties {
	name: string;
}
export type DepartementFeature = Feature<Geometry, DepartementProperties> & { id: string };
export type RegionFeature = Feature<Geometry, RegionProperties> & { id: string };

export function departementsOf(topology: Topology): DepartementFeature[] {
	const collection = feature(topology, objectOf(topology, 'departements')) as FeatureCollection;
	return collection.features as DepartementFeature[];
}

export function regionsOf(topology: Topology): RegionFeature[] {
	const collection = feature(topology, objectOf(topology, 'regions')) as FeatureCollection;
	return collection.features as RegionFeature[];
}

/**
 * Borders shared by two areas, drawn once (topojson-client's mesh idiom); with `keep`, only
 * those with at least one side kept.
 */
export function interiorBorders(
	topology: Topology,
	name: 'departements' | 'regions',
	keep: (id: string) => boolean = () => true
): MultiLineString {
	return mesh(
		topology,
		objectOf(topology, name),
		(a, b) => a !== b && (keep(String(a.id)) || keep(String(b.id)))
	);
}
