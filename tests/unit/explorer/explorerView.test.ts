import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasModel } from '$lib/data/model';
import { mapExportRows, mapFigureSpec } from '$lib/explorer/mapExport';
import { describeArea, noticesOf } from '$lib/explorer/explorerTexts';
import { explorerViewOf } from '$lib/explorer/explorerViewOf';
import { readExplorerParams, type ExplorerParams } from '$lib/state/explorerParams';
import { resolveExplorer } from '$lib/state/resolveExplorer';
import { loadBundledModel } from '../bundledModel';

let model: AtlasModel;
beforeAll(async () => {
	model = await loadBundledModel();
});

const viewOf = (patch: Partial<ExplorerParams>) => explorerViewOf(model, patch);

describe('buildExplorerView on the bundled data', () => {
	it('classes the 24 départements in 5 quantile classes with French texts', () => {
		const { view } = viewOf({});
		expect(view.areas).toHaveLength(24);
		expect(view.classes.map((c) => c.count).reduce((a, b) => a + b)).toBe(24);
		expect(view.title).toBe(
			'Établissements industriels (B–E) pour 10 000 habitants, 2021 (population 2023)'
		);
		expect(view.summary).toMatch(
			/^Valeur la plus élevée : .+ ; la plus basse : .+ ; médiane : .+\.$/
		);
		const isere = view.areas.find((a) => a.code === '38')!;
		expect(describeArea(isere, view, 'fr')).toMatch(
			/^Isère : \d+,\d\u00a0établissements pour 10 000 hab\. — [\d\u202f]+\u00a0établissements \(2021\) \/ [\d\u202f]+\u00a0habitants \(2023\), classe \d sur 5, \d+ᵉ sur 24 parmi les départements affichés, \d+ᵉ sur 12 dans sa région$/
		);
	});

	it('draws counts as symbols whose area is proportional to the value', () => {
		const { view } = viewOf({ indicator: 'establishments_2562A_barturning', measure: 'value' });
		expect(view.symbols).toBe(true);
		expect(view.classes).toEqual([]);
		const [a, b] = view.areas.filter((x) => x.value && x.value > 0);
		expect((a.radius / b.radius) ** 2).toBeCloseTo(a.value! / b.value!, 6);
	});

	it('ranks within the région and among all areas', () => {
		const { view } = viewOf({});
		const aura = view.areas
			.filter((a) => a.region === '84')
			.map((a) => a.rankInRegion)
			.sort((x, y) => x! - y!);
		expect(aura).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
		expect(view.areas.map((a) => a.rankAll).sort((x, y) => x! - y!)).toEqual(
			Array.from({ length: 24 }, (_, i) => i + 1)
		);
	});

	it('keeps the same classes across years when asked to', () => {
		const fixed = (year: number) =>
			viewOf({ indicator: 'jobs_total_private_dec31', measure: 'per10k', year, fixed: true })
				.view.classes.map((c) => c.upper)
				.slice(0, -1);
		expect(fixed(2015)).toEqual(fixed(2025));
	});

	it('reports invalid URL values and data adjustments as notices', () => {
		const { params, notices } = readExplorerParams(
			new URLSearchParams('classes=12&indicator=rd_expenditure_DIRD')
		);
		const resolved = resolveExplorer(model, params);
		expect(resolved.level).toBe('region');
		expect(noticesOf(notices, resolved.adjustments, resolved, 'en')).toEqual([
			'Parameter "classes=12" not understood: default used.',
			'This indicator exists only for régions: showing the 13 régions.'
		]);
	});
});

describe('map export', () => {
	it('carries the legend, sources with licences and the atlas name', () => {
		const { view } = viewOf({});
		const spec = mapFigureSpec(model, view, 'fr', '26 novembre 2026');
		expect(spec.legend.kind).toBe('classes');
		if (spec.legend.kind === 'classes') {
			expect(spec.legend.items).toHaveLength(5);
			expect(spec.legend.noData?.label).toBe('Pas de données');
		}
		expect(spec.source).toContain('URSSAF');
		expect(spec.source).toContain('ODbL 1.0');
		expect(spec.credit).toBe('CIMES Atlas');
	});

	it('exports exactly the values shown, one row per area', () => {
		const { view, resolved } = viewOf({});
		const rows = mapExportRows(view, resolved, 'fr');
		expect(rows).toHaveLength(24);
		// Each row holds the unrounded value of the figure the map shows for its area.
		for (const row of rows) {
			const shown = view.areas.find((a) => a.code === row.code)!.valueText;
			const number = Number(shown.split('\u00a0')[0].replace(',', '.'));
			expect(row.value).toBeCloseTo(number, 1);
			expect(row.name).toBe(view.areas.find((a) => a.code === row.code)!.name);
		}
		// The year is a number; a rate's population year, numerator and denominator have columns.
		expect(rows[0]).toMatchObject({ year: 2021, denominatorYear: 2023, decimals: view.decimals });
		const first = view.areas.find((a) => a.code === rows[0].code)!;
		expect(rows[0].numerator! / rows[0].denominator!).toBeCloseTo(rows[0].value! / 10_000, 9);
		expect(rows[0].numerator).toBe(first.inputs[0].value);
	});
});
