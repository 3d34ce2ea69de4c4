import type { Topology } from 'topojson-specification';
import { loadTopology } from '../data/loadAtlas';
import { DEPARTEMENTS_OF_FOCUS_REGION, FOCUS_REGIONS, METRO_REGIONS } from './focusAreas';
import { objectOf } from './geoFacts';

export interface NamedArea {
	code: string;
	name: string;
}

/**
 * Every area with a profile page: the 24 départements under their région, in code order, and
 * the 13 régions, in alphabetical order.
 */
export interface AreaDirectory {
	departementsByRegion: { region: NamedArea; departements: NamedArea[] }[];
	regions: NamedArea[];
}

/** Names by code, read from the geometry's properties (no outline is decoded). */
function namesIn(topology: Topology | null, object: 'departements' | 'regions') {
	return new Map<string, string | undefined>(
		(topology ? objectOf(topology, object).geometries : []).map((g) => [
			String(g.id),
			(g.properties as { name?: string } | undefined)?.name
		])
	);
}

/**
 * The areas that have a profile page, named from the geometry (a code stands for a name it
 * lacks, and for every name without a geometry).
 * @example areaDirectory(topology).departementsByRegion[0].departements[0] // { code: '01', name: 'Ain' }
 */
export function areaDirectory(topology: Topology | null): AreaDirectory {
	const departements = namesIn(topology, 'departements');
	const regions = namesIn(topology, 'regions');
	const named = (names: Map<string, string | undefined>) => (code: string) => ({
		code,
		name: names.get(code) ?? code
	});
	return {
		departementsByRegion: FOCUS_REGIONS.map((region) => ({
			region: named(regions)(region),
			departements: DEPARTEMENTS_OF_FOCUS_REGION[region].map(named(departements))
		})),
		regions: METRO_REGIONS.map(named(regions)).sort((a, b) => a.name.localeCompare(b.name, 'fr'))
	};
}

/** The directory of the geometry the site serves, or one named by codes if it cannot be read. */
export async function loadAreaDirectory(fetcher: typeof fetch): Promise<AreaDirectory> {
	try {
		return areaDirectory(await loadTopology(fetcher));
	} catch {
		return areaDirectory(null);
	}
}
