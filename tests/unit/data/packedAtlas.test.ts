import { describe, expect, it } from 'vitest';
import { packAtlas, unpackAtlas, webDatapackage } from '$lib/data/packedAtlas';
import { loadBundledModel } from '../bundledModel';

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
	it('keeps what pages show (titles, publishers, licences, vintages) and drops research notes', () => {
		const web = webDatapackage(model.datapackage);
		expect(web.indicators).toEqual(model.datapackage.indicators);
		expect(web.resources).toEqual(model.datapackage.resources);
		expect(web.sources.map((s) => s.id)).toEqual(model.datapackage.sources.map((s) => s.id));
		for (const [i, source] of web.sources.entries()) {
			const full = model.datapackage.sources[i];
			expect(source).toMatchObject({
				title: full.title,
				publisher: full.publisher,
				path: full.path,
				licenseName: full.licenseName,
				license: full.license,
				vintage: full.vintage
			});
			expect(source).not.toHaveProperty('note');
			expect(source).not.toHaveProperty('via');
		}
	});
});
