import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

type ArcIndexes = number | ArcIndexes[];

function visitArcs(arcs: ArcIndexes, visit: (index: number) => void): void {
	if (Array.isArray(arcs)) for (const a of arcs) visitArcs(a, visit);
	else visit(arcs < 0 ? ~arcs : arcs);
}

function remapArcs(arcs: ArcIndexes, to: Map<number, number>): ArcIndexes {
	if (Array.isArray(arcs)) return arcs.map((a) => remapArcs(a, to));
	return arcs < 0 ? ~(to.get(~arcs) as number) : (to.get(arcs) as number);
}

const arcsOf = (g: GeometryObject) => ('arcs' in g ? (g.arcs as ArcIndexes) : []);

/**
 * The topology the web map needs: every région whole, the départements of the focus régions
 * whole, and the other départements kept by code and name only (null geometry), since they are
 * only ever drawn as part of their région. Arcs no geometry uses any more are dropped, which
 * roughly halves the file the first page load carries.
 */
export function focusTopology(topology: Topology, focusRegions: readonly string[]): Topology {
	const departements = topology.objects.departements as GeometryCollection;
	const regions = topology.objects.regions as GeometryCollection;
	const kept = departements.geometries.map((g) =>
		focusRegions.includes((g.properties as { region?: string } | undefined)?.region ?? '')
			? g
			: ({ type: null, id: g.id, properties: g.properties } as GeometryObject)
	);
	const used = new Set<number>();
	for (const g of [...kept, ...regions.geometries]) visitArcs(arcsOf(g), (i) => used.add(i));
	const order = [...used].sort((a, b) => a - b);
	const newIndex = new Map(order.map((old, i) => [old, i]));
	const remapped = (g: GeometryObject): GeometryObject =>
		'arcs' in g ? ({ ...g, arcs: remapArcs(g.arcs as ArcIndexes, newIndex) } as GeometryObject) : g;
	return {
		...topology,
		objects: {
			...topology.objects,
			departements: { ...departements, geometries: kept.map(remapped) },
			regions: { ...regions, geometries: regions.geometries.map(remapped) }
		},
		arcs: order.map((i) => topology.arcs[i])
	};
}
