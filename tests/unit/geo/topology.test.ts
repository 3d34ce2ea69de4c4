import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import officialDepartements from '@etalab/decoupage-administratif/data/departements.json';
import officialRegions from '@etalab/decoupage-administratif/data/regions.json';
import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

type Properties = { name: string; region?: string };
type GeoFeature = Feature<Geometry, Properties> & { id: string };

const topo = JSON.parse(
	readFileSync(join(process.cwd(), 'data/geo/france.topo.json'), 'utf8')
) as Topology;
const objectOf = (name: string) => topo.objects[name] as GeometryCollection;
const featuresOf = (name: string) =>
	(feature(topo, objectOf(name)) as FeatureCollection<Geometry, Properties>)
		.features as GeoFeature[];

const departements = featuresOf('departements');
const regions = featuresOf('regions');
const departementById = new Map(departements.map((f) => [f.id, f]));
const regionById = new Map(regions.map((f) => [f.id, f]));

const metroDepartements = officialDepartements.filter((d) => d.zone === 'metro');
const metroRegions = officialRegions.filter((r) => r.zone === 'metro');
const sorted = (values: Iterable<string>) => [...values].sort();

describe('data/geo/france.topo.json', () => {
	it('has 96 départements with unique ids equal to the metropolitan INSEE codes', () => {
		expect(departements).toHaveLength(96);
		expect(departementById.size).toBe(96);
		expect(sorted(departementById.keys())).toEqual(sorted(metroDepartements.map((d) => d.code)));
	});

	it('has the 13 metropolitan régions', () => {
		expect(regions).toHaveLength(13);
		expect(sorted(regionById.keys())).toEqual(sorted(metroRegions.map((r) => r.code)));
	});

	it.each(metroDepartements.map((d) => [d.code, d.nom, d.region]))(
		'département %s is %s in région %s',
		(code, name, region) => {
			const f = departementById.get(code);
			expect(f?.properties).toMatchObject({ name, region });
		}
	);

	it.each(metroRegions.map((r) => [r.code, r.nom]))('région %s is %s', (code, name) => {
		expect(regionById.get(code)?.properties).toMatchObject({ name });
	});

	it.each([
		['84', ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74']],
		['75', ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87']]
	])('région %s has its 12 départements', (region, codes) => {
		const ids = departements.filter((f) => f.properties.region === region).map((f) => f.id);
		expect(sorted(ids)).toEqual(codes);
	});

	it.each([
		['01', 'Ain'],
		['15', 'Cantal'],
		['2A', 'Corse-du-Sud'],
		['2B', 'Haute-Corse'],
		['23', 'Creuse'],
		['42', 'Loire'],
		['43', 'Haute-Loire'],
		['63', 'Puy-de-Dôme'],
		['64', 'Pyrénées-Atlantiques'],
		['68', 'Haut-Rhin'],
		['69', 'Rhône'],
		['74', 'Haute-Savoie'],
		['77', 'Seine-et-Marne'],
		['79', 'Deux-Sèvres']
	])('département %s is named %s', (code, name) => {
		expect(departementById.get(code)?.properties.name).toBe(name);
	});

	it.each([...departements, ...regions].map((f) => [f.id, f]))(
		'%s is wound clockwise (area below a hemisphere)',
		(_id, f) => {
			expect(geoArea(f)).toBeGreaterThan(0);
			expect(geoArea(f)).toBeLessThan(2 * Math.PI);
		}
	);

	it.each([
		...departements.map((f) => [f.id, f, departements] as const),
		...regions.map((f) => [f.id, f, regions] as const)
	])('the centroid of %s lies in it and in no other feature of its kind', (id, f, all) => {
		const centroid = geoCentroid(f);
		expect(all.filter((g) => geoContains(g, centroid)).map((g) => g.id)).toEqual([id]);
	});

	// Chef-lieu of each département of the two target régions, plus a few others.
	const cities: [string, string, [number, number]][] = [
		['01', 'Bourg-en-Bresse', [5.226, 46.205]],
		['03', 'Moulins', [3.333, 46.566]],
		['07', 'Privas', [4.599, 44.735]],
		['15', 'Aurillac', [2.445, 44.926]],
		['26', 'Valence', [4.892, 44.933]],
		['38', 'Grenoble', [5.724, 45.188]],
		['42', 'Saint-Étienne', [4.387, 45.434]],
		['43', 'Le Puy-en-Velay', [3.885, 45.043]],
		['63', 'Clermont-Ferrand', [3.087, 45.777]],
		['69', 'Lyon', [4.835, 45.758]],
		['73', 'Chambéry', [5.917, 45.566]],
		['74', 'Annecy', [6.129, 45.899]],
		['16', 'Angoulême', [0.156, 45.649]],
		['17', 'La Rochelle', [-1.151, 46.16]],
		['19', 'Tulle', [1.772, 45.267]],
		['23', 'Guéret', [1.871, 46.171]],
		['24', 'Périgueux', [0.721, 45.184]],
		['33', 'Bordeaux', [-0.58, 44.84]],
		['40', 'Mont-de-Marsan', [-0.5, 43.89]],
		['47', 'Agen', [0.616, 44.203]],
		['64', 'Pau', [-0.37, 43.295]],
		['79', 'Niort', [-0.459, 46.323]],
		['86', 'Poitiers', [0.34, 46.58]],
		['87', 'Limoges', [1.261, 45.834]],
		['75', 'Paris', [2.349, 48.853]],
		['92', 'Nanterre', [2.206, 48.892]],
		['13', 'Marseille', [5.37, 43.296]],
		['31', 'Toulouse', [1.444, 43.604]],
		['59', 'Lille', [3.063, 50.629]],
		// Ajaccio is on the shore, outside Natural Earth's 10m coastline even before simplification.
		['2A', 'Sartène', [8.974, 41.621]],
		['2B', 'Bastia', [9.45, 42.697]]
	];

	it.each(cities)(
		'département %s contains %s, and no other département does',
		(code, _city, point) => {
			const containing = departements.filter((f) => geoContains(f, point)).map((f) => f.id);
			expect(containing).toEqual([code]);
		}
	);

	it.each(cities)('the région of département %s contains %s', (code, _city, point) => {
		const region = departementById.get(code)?.properties.region ?? '';
		const containing = regions.filter((f) => geoContains(f, point)).map((f) => f.id);
		expect(containing).toEqual([region]);
	});

	it.each([
		['departements', 'départements'],
		['regions', 'régions']
	])('%s share their interior borders (non-empty mesh)', (name) => {
		const interior = mesh(topo, objectOf(name), (a, b) => a !== b);
		expect(interior.coordinates.length).toBeGreaterThan(0);
	});

	it('draws régions from the départements arcs (no arc of its own)', () => {
		const arcsOf = (name: string) =>
			new Set(
				JSON.stringify(objectOf(name).geometries.map((g) => ('arcs' in g ? g.arcs : [])))
					.match(/-?\d+/g)
					?.map((n) => (Number(n) < 0 ? ~Number(n) : Number(n)))
			);
		const departementArcs = arcsOf('departements');
		for (const arc of arcsOf('regions')) expect(departementArcs.has(arc)).toBe(true);
	});
});

describe('land areas', () => {
	// Official INSEE areas (km²), for a sanity check of the outline-derived areas (within 8 %).
	it.each([
		['departements', '33', 9976],
		['departements', '69', 3249],
		['departements', '63', 7970],
		['regions', '84', 69711],
		['regions', '75', 84036]
	] as const)('%s %s is about %d km²', (object, code, official) => {
		const geometry = topo.objects[object] as GeometryCollection;
		const area = (
			geometry.geometries.find((g) => g.id === code)?.properties as { area_km2: number }
		).area_km2;
		expect(Math.abs(area - official) / official).toBeLessThan(0.08);
	});
});
