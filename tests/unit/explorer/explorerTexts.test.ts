import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasModel } from '$lib/data/model';
import { getObservation } from '$lib/data/model';
import { describeArea, tooltipLines } from '$lib/explorer/explorerTexts';
import { explorerViewOf } from '$lib/explorer/explorerViewOf';
import type { ExplorerParams } from '$lib/state/explorerParams';
import { loadBundledModel } from '../bundledModel';

let model: AtlasModel;
beforeAll(async () => {
	model = await loadBundledModel();
});

const NUMBER = /^([\d\u202f,]+)/;
const read = (text: string) =>
	Number(
		NUMBER.exec(text)![1]
			.replace(/\u202f/g, '')
			.replace(',', '.')
	);

function textsOf(code: string, patch: Partial<ExplorerParams> = {}) {
	const { view } = explorerViewOf(model, patch);
	const area = view.areas.find((a) => a.code === code)!;
	return { view, area, lines: tooltipLines(area, view, view.level, patch.lang ?? 'fr') };
}

describe('the tooltip of a rate shows the value, the count and the denominator, and the ranks', () => {
	it('Isère, establishments per 10,000 inhabitants: the count (2021) and the population (2023)', () => {
		const { lines } = textsOf('38');
		const establishments = getObservation(
			model,
			'establishments_industry',
			'departement',
			'38',
			2021
		)!;
		const population = getObservation(model, 'population', 'departement', '38', 2023)!;
		expect(lines[0]).toMatch(/^\d+,\d\u00a0établissements pour 10 000 hab\.$/);
		expect(lines[1]).toMatch(
			/^[\d\u202f]+\u00a0établissements \(2021\) \/ [\d\u202f]+\u00a0habitants \(2023\)$/
		);
		const [count, inhabitants] = lines[1].split(' / ').map(read);
		expect([count, inhabitants]).toEqual([establishments.value, population.value]);
		expect(read(lines[0])).toBeCloseTo((count / inhabitants) * 10_000, 1);
		expect(lines[2]).toMatch(/^\d+ᵉ sur 24 parmi les départements affichés$/);
		expect(lines[3]).toMatch(/^\d+ᵉ sur 12 dans sa région$/);
		expect(lines.at(-1)).toMatch(/^Source : URSSAF.* ; INSEE/);
	});

	it('in English, per 1,000 private jobs: the count and the jobs with their years', () => {
		const { lines } = textsOf('74', { measure: 'per1kJobs', lang: 'en' });
		expect(lines[1]).toMatch(
			/^[\d,]+\u00a0establishments \(2021\) \/ [\d,]+\u00a0salaried jobs \(\d{4}\)$/
		);
		expect(lines[2]).toMatch(/^\d+ of 24 among the départements shown$/);
		expect(lines[3]).toMatch(/^\d+ of 12 in its région$/);
	});

	it('a share names the région its total is counted in', () => {
		const { lines } = textsOf('74', {
			indicator: 'establishments_2562A_barturning',
			measure: 'shareRegion'
		});
		expect(lines[0]).toBe('85,8\u202f% du total de la région');
		expect(lines[1]).toBe(
			'247\u00a0établissements (2021) / 288\u00a0établissements (Auvergne-Rhône-Alpes, 2021)'
		);
	});

	it('a plain count keeps the year line', () => {
		const { lines } = textsOf('23', {
			indicator: 'establishments_2562A_barturning',
			measure: 'value'
		});
		expect(lines.slice(0, 2)).toEqual(['1\u00a0établissement', 'Année : 2021']);
	});
});

describe('describeArea, the accessible name of an area on the map', () => {
	it('says the value, the count and denominator with their years, the class and the ranks', () => {
		const { view, area, lines } = textsOf('38');
		expect(describeArea(area, view, 'fr')).toBe(
			`Isère : ${lines[0]} — ${lines[1]}, classe ${area.classIndex! + 1} sur 5, ${lines[2]}, ${lines[3]}`
		);
	});
});
