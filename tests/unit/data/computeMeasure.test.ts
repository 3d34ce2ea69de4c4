import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { computeMeasure } from '$lib/data/computeMeasure';
import type { MapMeasure } from '$lib/data/mapMeasures';
import { buildAtlasModel, nearestYear } from '$lib/data/model';
import type { Observation } from '$lib/data/types';

const obs = (indicator: string, code: string, year: number, value: number | null): Observation => ({
	level: 'departement',
	code,
	indicator,
	year,
	value,
	source: 's',
	file: 'f.csv',
	row: 2
});

const model = buildAtlasModel({
	datapackage: { name: 't', title: 't', sources: [], resources: [], indicators: [] },
	topology: { type: 'Topology', objects: {}, arcs: [] } as Topology,
	issues: [],
	observations: [
		obs('firms', '01', 2020, 5),
		obs('firms', '01', 2021, 10),
		obs('firms', '02', 2021, null),
		obs('firms', '03', 2021, 4),
		obs('pop', '01', 2023, 1000),
		obs('pop', '02', 2023, 500),
		obs('pop', '03', 2023, 0),
		obs('share', '01', 2019, 12.5)
	]
});

const perThousand: MapMeasure = {
	id: 'm',
	label: { fr: 'm', en: 'm' },
	unit: { fr: 'u', en: 'u' },
	numerator: 'firms',
	denominator: 'pop',
	factor: 1000
};

describe('computeMeasure', () => {
	it('divides the latest numerator by the nearest denominator year, and says so', () => {
		const mapped = computeMeasure(model, perThousand, 'departement', ['01', '02', '03', '04']);
		expect([mapped.year, mapped.denominatorYear]).toEqual([2021, 2023]);
		expect(mapped.areas.map((a) => a.value)).toEqual([10, null, null, null]);
	});

	it('maps a rate indicator as it is, without a denominator', () => {
		const share: MapMeasure = { ...perThousand, numerator: 'share', denominator: undefined, factor: 1 };
		const mapped = computeMeasure(model, share, 'departement', ['01', '02']);
		expect(mapped.areas.map((a) => a.value)).toEqual([12.5, null]);
	});
});

describe('nearestYear', () => {
	it.each([
		[[2019, 2021, 2023], 2022, 2021],
		[[2023], 2021, 2023],
		[[2015, 2025], 2020, 2015],
		[[], 2020, undefined]
	])('in %j, nearest to %d is %s', (years, target, expected) => {
		expect(nearestYear(years, target)).toBe(expected);
	});
});
