import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasModel } from '$lib/data/model';
import { explorerViewOf } from '$lib/explorer/explorerViewOf';
import { mapFigureSpec } from '$lib/explorer/mapExport';
import type { ExplorerParams } from '$lib/state/explorerParams';
import { loadBundledModel } from '../bundledModel';

let model: AtlasModel;
beforeAll(async () => {
	model = await loadBundledModel();
});

const BAR_TURNING = { indicator: 'establishments_2562A_barturning', measure: 'per10k' } as const;

/** The legend as printed in an export (and on screen: the same formatInterval and decimals). */
function printedLegend(patch: Partial<ExplorerParams>) {
	const { view } = explorerViewOf(model, patch);
	const spec = mapFigureSpec(model, view, patch.lang ?? 'fr', '1 janvier 2027');
	if (spec.legend.kind !== 'classes') throw new Error('expected classes');
	return { view, legend: spec.legend };
}

/** The bounds of '[a ; b[' or '[a, b)' labels, in order, each printed once. */
const boundsOf = (labels: string[]) =>
	labels.flatMap((label, i) => {
		const [lower, upper] = label.replace(/^\[|[[\])]$/g, '').split(/ ; |, /);
		return i === 0 ? [lower, upper ?? lower] : [upper ?? lower];
	});

describe('legend classes on the bundled data', () => {
	it.each([
		['fr', 'region', 5],
		['fr', 'region', 7],
		['en', 'region', 6],
		['fr', 'departement', 7]
	] as const)(
		'bar-turning per 10,000 inhabitants (%s, %s, %d quantiles): every printed bound differs from its neighbours',
		(lang, level, classes) => {
			const { legend } = printedLegend({ ...BAR_TURNING, lang, level, classes });
			const bounds = boundsOf(legend.items.map((i) => i.label));
			expect(bounds.length).toBeGreaterThan(3);
			bounds.slice(1).forEach((b, i) => expect(b).not.toBe(bounds[i]));
		}
	);

	it('prints the région legend with enough digits: 0,007 and 0,013, not 0,01 twice', () => {
		const { legend } = printedLegend({ ...BAR_TURNING, level: 'region' });
		expect(legend.items[1].label).toMatch(/^\[0,0\d\d ; 0,0\d\d\[$/);
	});

	it.each([
		[5, 4, 'fr', '5 classes demandées, 4 distinctes\u00a0: 9 départements ont la même valeur (0).'],
		[7, 5, 'fr', '7 classes demandées, 5 distinctes\u00a0: 9 départements ont la même valeur (0).'],
		[5, 4, 'en', '5 classes asked, 4 distinct: 9 départements share the same value (0).']
	] as const)(
		'says why %d quantile classes asked give %d by département (%s), on screen and in exports',
		(classes, shown, lang, note) => {
			const { view, legend } = printedLegend({ ...BAR_TURNING, classes, lang });
			expect(view.classes).toHaveLength(shown);
			expect(view.classNote).toBe(note);
			expect(legend.note).toBe(note);
		}
	);

	it('says nothing when the classes asked are shown', () => {
		const { view, legend } = printedLegend({});
		expect(view.classes).toHaveLength(5);
		expect(view.classNote).toBe('');
		expect(legend.note).toBeUndefined();
	});
});

describe('unit words on the bundled data', () => {
	const count = (lang: 'fr' | 'en') =>
		explorerViewOf(model, { indicator: BAR_TURNING.indicator, measure: 'value', lang }).view;

	it.each([
		['03', 'fr', '0\u00a0établissement'],
		['23', 'fr', '1\u00a0établissement'],
		['07', 'fr', '2\u00a0établissements'],
		['03', 'en', '0\u00a0establishments'],
		['23', 'en', '1\u00a0establishment']
	] as const)('%s in %s reads %j', (code, lang, text) => {
		expect(count(lang).areas.find((a) => a.code === code)?.valueText).toBe(text);
	});

	it('says how many areas share the lowest value instead of naming one', () => {
		expect(count('fr').summary).toBe(
			'Valeur la plus élevée : Haute-Savoie (247\u00a0établissements) ; la plus basse : ' +
				'0\u00a0établissement, partagée par 9 départements ; médiane : 1\u00a0établissement.'
		);
		expect(count('en').summary).toContain(
			'lowest: 0\u00a0establishments, shared by 9 départements'
		);
	});

	it('counts areas in the singular for 0 in French, in the plural in English', () => {
		const { legend } = printedLegend({ ...BAR_TURNING, level: 'region' });
		expect(legend.noData?.count).toBe('0 région');
		expect(
			printedLegend({ ...BAR_TURNING, level: 'region', lang: 'en' }).legend.noData?.count
		).toBe('0 régions');
	});
});
