import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

const namesOf = (properties: unknown) => {
	const { name, region } = (properties ?? {}) as { name?: string; region?: string };
	return region === undefined ? { name } : { name, region };
};

/**
 * The topology's areas by code, name and région, with no outline: what a page needs to check
 * codes and know each département's région, in a few hundred bytes instead of the whole
 * geometry. topojson-client reads its features with a null geometry.
 */
export function withoutOutlines(topology: Topology): Topology {
	const objects = Object.fromEntries(
		Object.entries(topology.objects).map(([name, object]) => [
			name,
			{
				...object,
				geometries: (object as GeometryCollection).geometries.map(
					(g) => ({ type: null, id: g.id, properties: namesOf(g.properties) }) as GeometryObject
				)
			}
		])
	);
	return { type: 'Topology', objects, arcs: [] };
}
