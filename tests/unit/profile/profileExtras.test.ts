import { describe, expect, it } from 'vitest';
import {
	footnoteNumbers,
	isOldFigure,
	newestYear,
	specialisationRows
} from '$lib/profile/profileExtras';
import { loadBundledModel } from '../bundledModel';

const model = await loadBundledModel();

describe('profile extras', () => {
	it('flags R&D figures of 2009 and 2017 as old, not those of 2019 or later', () => {
		const newest = newestYear(model);
		expect(newest).toBeGreaterThanOrEqual(2025);
		expect(isOldFigure(2009, newest)).toBe(true);
		expect(isOldFigure(2017, newest)).toBe(true);
		expect(isOldFigure(newest - 1, newest)).toBe(false);
	});

	it('gives each trade’s specialisation, refusing département jobs (two publications)', () => {
		const rows = new Map(specialisationRows(model, 'departement', '74').map((r) => [r.sector, r]));
		expect(rows.get('establishments_2562A_barturning')?.result.ok).toBe(true);
		expect(rows.get('jobs_industry')?.result).toMatchObject({
			ok: false,
			reason: 'different-sources'
		});
		// Régions have jobs and their total from the same URSSAF series as France.
		const aura = new Map(specialisationRows(model, 'region', '84').map((r) => [r.sector, r]));
		expect(aura.get('jobs_industry')?.result.ok).toBe(true);
	});

	it('numbers footnotes in order of first use', () => {
		expect([...footnoteNumbers(['a', 'b', 'a', null, 'c'])]).toEqual([
			['a', 1],
			['b', 2],
			['c', 3]
		]);
	});
});
