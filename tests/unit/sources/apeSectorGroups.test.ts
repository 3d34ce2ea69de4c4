import { describe, expect, it } from 'vitest';
import { apeSectorGroups } from '$lib/sources';

describe('apeSectorGroups: the atlas groups of an APE code', () => {
	it.each([
		['2562A', ['total', 'industry', 'manufacturing', 'C25_metal_products', '2562A_barturning']],
		[
			'25.62B',
			['total', 'industry', 'manufacturing', 'C25_metal_products', '2562B_industrial_mechanics']
		],
		['2815Z', ['total', 'industry', 'manufacturing', 'C28_machinery']],
		['0510Z', ['total', 'industry']],
		['3511Z', ['total', 'industry']],
		['3900Z', ['total', 'industry']],
		['1011Z', ['total', 'industry', 'manufacturing']],
		['3320A', ['total', 'industry', 'manufacturing']],
		['4110A', ['total']],
		['0111Z', ['total']],
		[
			'2562A Décolletage',
			['total', 'industry', 'manufacturing', 'C25_metal_products', '2562A_barturning']
		],
		['', []]
	])('%s → %j', (ape, groups) => {
		expect(apeSectorGroups(ape)).toEqual(groups);
	});
});
