import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasModel } from '$lib/data/model';
import { embeddedFigure } from '$lib/export/embedFigure';
import { TERRITORY_SHORT_NAME } from '$lib/territory/territoryArea';
import { loadBundledModel } from '../bundledModel';

let model: AtlasModel;
beforeAll(async () => {
	model = await loadBundledModel();
});

const embed = (query: string) => embeddedFigure(model, new URLSearchParams(query));

describe('embeddedFigure: the figures of profiles and of /chiffres-cles', () => {
	it.each([
		[
			'figure=profile-jobseekers_abc&area=69',
			/^Demandeurs d’emploi \(catégories A, B, C\), Rhône, 2015–2024$/,
			{ route: '/departement/[code]', code: '69' },
			''
		],
		[
			'figure=profile-jobs_sector_industry_dec31&area=r84&lang=en',
			/, Auvergne-Rhône-Alpes, \d{4}–\d{4}$/,
			{ route: '/region/[code]', code: '84' },
			'?lang=en'
		],
		[
			'figure=profile-jobs_sector_industry_dec31&area=rCIMES',
			new RegExp(`, ${TERRITORY_SHORT_NAME.fr.replace(/[()+]/g, '\\$&')}, \\d{4}–\\d{4}$`),
			{ route: '/territoire' },
			''
		],
		[
			'figure=claims&lang=en',
			/checked against public data/,
			{ route: '/chiffres-cles' },
			'?lang=en'
		]
	])('%s: titled as on its page, with the way back', (query, title, back, backQuery) => {
		const figure = embed(query);
		expect(figure?.spec.title).toMatch(title);
		expect(figure?.spec.source).toMatch(/Sources? ?:/);
		expect(figure?.back).toEqual(back);
		expect(figure?.query).toBe(backQuery);
	});

	it("a key-figure card keeps its indicator's label and the reader's title", () => {
		const figure = embed('figure=keyfigure-jobs_industry');
		expect(figure?.spec.title).toBe(model.indicatorById.get('jobs_industry')?.label.fr);
		const titled = embed('figure=keyfigure-jobs_industry&keyfigure-jobs_industry-title=Mon+titre');
		expect(titled?.spec.title).toBe('Mon titre');
		expect(titled?.query).toBe('?keyfigure-jobs_industry-title=Mon+titre');
	});

	it.each([
		'figure=profile-jobseekers_abc',
		'figure=profile-jobseekers_abc&area=FR',
		'figure=profile-no_such_indicator&area=69',
		'figure=profile-land_area_km2&area=69',
		'figure=keyfigure-no_such_indicator',
		'figure=nothing',
		// The reader's imported data is in their browser only: not another indicator instead.
		'figure=ranking&indicator=user-ab12',
		'figure=map&indicator=user-ab12'
	])('%s: no figure (the page says there is nothing to show)', (query) => {
		expect(embed(query)).toBeNull();
	});
});
