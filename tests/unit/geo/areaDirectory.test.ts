import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { areaDirectory, loadAreaDirectory } from '$lib/geo/areaDirectory';

const france = JSON.parse(
	readFileSync(join(process.cwd(), 'data/geo/france.topo.json'), 'utf8')
) as Topology;

describe('areaDirectory', () => {
	it('lists the 24 départements under their région and the 13 régions, named from the geometry', () => {
		const directory = areaDirectory(france);
		expect(
			directory.departementsByRegion.map((g) => [g.region.name, g.departements.length])
		).toEqual([
			['Auvergne-Rhône-Alpes', 12],
			['Nouvelle-Aquitaine', 12]
		]);
		expect(directory.departementsByRegion[0].departements[0]).toEqual({ code: '01', name: 'Ain' });
		expect(directory.departementsByRegion[1].departements.at(-1)).toEqual({
			code: '87',
			name: 'Haute-Vienne'
		});
		expect(directory.regions).toHaveLength(13);
		expect(directory.regions[0]).toEqual({ code: '84', name: 'Auvergne-Rhône-Alpes' });
		expect(directory.regions.map((r) => r.name)).toContain('Île-de-France');
	});

	it('names each area by its code when the geometry is missing', () => {
		const directory = areaDirectory(null);
		expect(directory.departementsByRegion[0].departements[0]).toEqual({ code: '01', name: '01' });
		expect(directory.regions.map((r) => r.code)).toHaveLength(13);
	});

	it('falls back to codes when the geometry cannot be fetched', async () => {
		const failing = (async () => new Response('', { status: 500 })) as typeof fetch;
		const directory = await loadAreaDirectory(failing);
		expect(directory.departementsByRegion[1].departements[0]).toEqual({ code: '16', name: '16' });
	});
});
