import { describe, expect, it } from 'vitest';
import { packAtlas, unpackAtlas, webDatapackage } from '$lib/data/packedAtlas';
import { extendAtlas, loadAtlas } from '$lib/data/loadAtlas';
import { missingResources } from '$lib/data/model';
import { fetchFromDisk, loadBundledModel } from '../bundledModel';

const model = await loadBundledModel();

describe('packAtlas / unpackAtlas', () => {
	it('gives back the same model: every observation, issue, index entry and year', () => {
		const round = unpackAtlas(JSON.parse(JSON.stringify(packAtlas(model))));
		expect(round.observations).toEqual(model.observations);
		expect(round.issues).toEqual(model.issues);
		expect(round.loaded).toEqual(model.loaded);
		expect([...round.index]).toEqual([...model.index]);
		expect([...round.years]).toEqual([...model.years]);
		expect(round.indicators).toEqual(model.indicators);
	});

	it("packs rows as tuples, one table per file, lighter than the objects", () => {
		const packed = packAtlas(model);
		expect(packed.tables.map((t) => t.file)).toEqual([
			...new Set(model.observations.map((o) => o.file))
		]);
		expect(packed.tables.reduce((n, t) => n + t.rows.length, 0)).toBe(model.observations.length);
		expect(JSON.stringify(packed.tables).length).toBeLessThan(
			JSON.stringify(model.observations).length * 0.7
		);
	});

	it('keeps "no data" as null, never zero', () => {
		const empty = model.observations.filter((o) => o.value === null);
		const round = unpackAtlas(JSON.parse(JSON.stringify(packAtlas(model))));
		expect(round.observations.filter((o) => o.value === null)).toEqual(empty);
	});
});

describe('webDatapackage', () => {
	const loaded = ['firms', 'population'];
	const web = webDatapackage(model.datapackage, loaded);

	it('keeps what pages show of cited sources, the publisher of others, and no research note', () => {
		const cited = new Set(
			model.indicators.filter((i) => loaded.includes(i.resource)).flatMap((i) => i.sources)
		);
		expect(web.sources.map((s) => [s.id, s.publisher])).toEqual(
			model.datapackage.sources.map((s) => [s.id, s.publisher])
		);
		for (const source of web.sources) {
			const full = model.sourceById.get(source.id);
			if (cited.has(source.id)) expect({ ...source, note: full?.note, via: full?.via }).toEqual(full);
			else expect([source.title, source.license.fr, source.vintage.en]).toEqual(['', '', '']);
			expect(source).not.toHaveProperty('note');
			expect(source).not.toHaveProperty('via');
		}
		expect(cited.size).toBeGreaterThan(0);
		expect(web.sources.length).toBeGreaterThan(cited.size);
	});

	it('gives the rest of other sources back with the file that cites them', async () => {
		const page = await loadAtlas(fetchFromDisk, loaded);
		const first = unpackAtlas(packAtlas(page, { datapackage: web }));
		const other = model.indicators.find((i) => !loaded.includes(i.resource));
		expect(other).toBeDefined();
		const source = other?.sources[0] ?? '';
		expect(first.sourceById.get(source)?.license.fr).toBe('');
		const more = await extendAtlas(first, fetchFromDisk, [other?.resource ?? '']);
		expect(more.sourceById.get(source)).toEqual(model.sourceById.get(source));
	});

	it('keeps every indicator, with its definition only where its file is loaded', () => {
		expect(web.indicators.map((i) => i.id)).toEqual(model.indicators.map((i) => i.id));
		for (const [i, indicator] of web.indicators.entries()) {
			const full = model.indicators[i];
			expect(indicator.label).toEqual(full.label);
			expect(indicator.definition).toEqual(
				loaded.includes(full.resource) ? full.definition : undefined
			);
		}
		expect(web.resources).toEqual(
			model.datapackage.resources.map((r) => ({ name: r.name, path: r.path }))
		);
	});

	it('is completed by extendAtlas: schemas to validate the next file, and its definitions', async () => {
		const first = await loadAtlas(fetchFromDisk, loaded);
		const page = unpackAtlas(
			JSON.parse(JSON.stringify(packAtlas(first, { datapackage: webDatapackage(first.datapackage, loaded) })))
		);
		const extended = await extendAtlas(page, fetchFromDisk, ['jobs']);
		expect(extended.issues).toEqual([]);
		expect(extended.loaded).toEqual([...loaded, 'jobs']);
		expect(extended.indicatorById.get('jobs_industry')?.definition?.fr).toMatch(/\w/);
		const direct = await loadAtlas(fetchFromDisk, [...loaded, 'jobs']);
		expect(extended.index).toEqual(direct.index);
		expect(extended.observations).toHaveLength(direct.observations.length);
	});

	it.each([
		['{', 'not valid JSON'],
		['null', 'a data package with'],
		['{"resources": {}}', 'a data package with']
	])('records a package that reads %s once, and keeps the page as it was (%s)', async (body, expected) => {
		const page = unpackAtlas(packAtlas(model, { datapackage: webDatapackage(model.datapackage, []) }));
		const broken = (async (url: string) =>
			url.endsWith('datapackage.json') ? new Response(body, { status: 200 }) : fetchFromDisk(url)) as typeof fetch;
		const unloaded = { ...page, loaded: [], observations: [] };
		const extended = await extendAtlas(unloaded, broken, ['jobs']);
		expect(extended.issues.at(-1)).toMatchObject({ file: 'datapackage.json', kind: 'file-unreadable' });
		expect(extended.issues.at(-1)?.expected).toContain(expected);
		expect(extended.loaded).toEqual(model.datapackage.resources.map((r) => r.name));
		expect(extended.observations).toEqual([]);
		// Asking again, for the same file or another, lists the problem no second time.
		expect(await extendAtlas(extended, broken, ['jobs'])).toBe(extended);
		expect(await extendAtlas(extended, broken, ['researchers', 'firms'])).toBe(extended);
	});
});

describe('a first view packed alone (`only`)', () => {
	const only = ['establishments_industry', 'population'];

	it('carries those rows and no other, and says which file is only partly there', async () => {
		const first = await loadAtlas(fetchFromDisk, ['firms', 'population']);
		const packed = packAtlas(first, { only });
		const rows = packed.tables.flatMap((t) => t.rows);
		expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(only));
		expect(rows).toHaveLength(first.observations.filter((o) => only.includes(o.indicator)).length);
		// firms.csv has other indicators: not loaded, its first-view indicator preloaded.
		expect(packed.loaded).toEqual(['population']);
		expect(packed.preloaded).toEqual(['establishments_industry']);
		const page = unpackAtlas(JSON.parse(JSON.stringify(packed)));
		expect(missingResources(page, ['establishments_industry', 'population'])).toEqual([]);
		expect(missingResources(page, ['establishments_total'])).toEqual(['firms']);
	});

	it('loads the whole file on demand without counting the first rows twice', async () => {
		const first = await loadAtlas(fetchFromDisk, ['firms', 'population']);
		const packed = packAtlas(first, { only });
		const web = webDatapackage(first.datapackage, packed.loaded, packed.preloaded);
		expect(web.indicators.find((i) => i.id === 'establishments_industry')?.definition).toBeDefined();
		expect(web.indicators.find((i) => i.id === 'establishments_total')?.definition).toBeUndefined();
		const page = unpackAtlas(JSON.parse(JSON.stringify({ ...packed, datapackage: web })));
		const extended = await extendAtlas(page, fetchFromDisk, ['firms']);
		expect(extended.observations).toHaveLength(first.observations.length);
		expect(extended.index).toEqual(first.index);
		expect(extended.preloaded).toEqual([]);
		expect(missingResources(extended, ['establishments_total'])).toEqual([]);
		expect(extended.indicatorById.get('establishments_total')?.definition?.fr).toMatch(/\w/);
	});
});
