import { describe, expect, it } from 'vitest';
import { getObservation, yearsOf } from '$lib/data/model';
import { toUserImports } from '$lib/userData/toUserImports';
import { withUserData } from '$lib/userData/userModel';
import { loadBundledModel as bundledModel } from '../bundledModel';

describe('the user’s data beside the bundled indicators', () => {
	const imports = toUserImports(
		[
			{ geo_level: 'departement', geo_code: '74', indicator: 'x', year: 2024, value: 30 },
			{ geo_level: 'departement', geo_code: '971', indicator: 'x', year: 2024, value: 5 },
			{ geo_level: 'region', geo_code: '84', indicator: 'x', year: 2024, value: 120 }
		],
		{
			label: 'Adhérents',
			unit: 'adhérents',
			kind: 'count',
			fileName: 'adherents.csv',
			importedAt: '2026-12-03'
		},
		new Set()
	);

	it('adds an indicator marked with its file and import date, in the user group', async () => {
		const model = withUserData(await bundledModel(), imports, 'fr');
		const indicator = model.indicatorById.get('user_adherents');
		expect(indicator).toMatchObject({ group: 'user', kind: 'count', label: { fr: 'Adhérents' } });
		const source = model.sourceById.get(indicator!.sources[0]);
		expect(`${source?.publisher}, ${source?.title}`).toBe(
			'Vos données, adherents.csv, importé le 3 décembre 2026'
		);
		expect(getObservation(model, 'user_adherents', 'departement', '74', 2024)?.value).toBe(30);
		expect(yearsOf(model, 'user_adherents', 'region')).toEqual([2024]);
		expect(model.indicators.length).toBe((await bundledModel()).indicators.length + 1);
	});

	it('leaves out territories the map has no shape for, and names an English source in English', async () => {
		const model = withUserData(await bundledModel(), imports, 'en');
		expect(getObservation(model, 'user_adherents', 'departement', '971', 2024)).toBeUndefined();
		expect(model.sourceById.get('user-user_adherents')?.title).toBe(
			'adherents.csv, imported on 3 December 2026'
		);
	});

	it('gives each of several indicators its own id, never one already taken', () => {
		const two = toUserImports(
			[
				{ geo_level: 'departement', geo_code: '74', indicator: 'a', year: 2024, value: 1 },
				{ geo_level: 'departement', geo_code: '74', indicator: 'b', year: 2024, value: 2 }
			],
			{ label: 'Emplois', unit: '', kind: 'count', fileName: 'f.csv', importedAt: '2026-12-03' },
			new Set(['user_emplois_a'])
		);
		expect(two.map((i) => i.id)).toEqual(['user_emplois_a_2', 'user_emplois_b']);
	});
});
