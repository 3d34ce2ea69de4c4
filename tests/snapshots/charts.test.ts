/**
 * SVG snapshots of every chart type, rendered in Node with `svelte/server` (as the export CLI
 * will) from the synthetic test fixture. The committed files in ./output are the reference: a
 * change shows as a readable diff of SVG lines. Update them with `npx vitest run -u` after
 * checking the diff.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { areaRef } from '$lib/charts/areas';
import CompareMap from '$lib/charts/CompareMap.svelte';
import { rankingData, regionBarsData } from '$lib/charts/compareData';
import { mapPairData } from '$lib/charts/mapPairData';
import type { Interaction } from '$lib/charts/marks';
import RankingChart from '$lib/charts/RankingChart.svelte';
import RegionBars from '$lib/charts/RegionBars.svelte';
import ScatterChart from '$lib/charts/ScatterChart.svelte';
import { scatterData } from '$lib/charts/scatterData';
import TrendChart from '$lib/charts/TrendChart.svelte';
import { trendData } from '$lib/charts/trendData';
import type { Lang } from '$lib/data/types';
import { DEFAULT_COMPARE, type CompareParams } from '$lib/state/compareParams';
import { resolveCompare } from '$lib/state/resolveCompare';
import { fixtureContext, fixtureShapes } from '../fixtures/compareFixture';

/** Server HTML as stable, readable SVG: no hydration comments, no scoped CSS hashes, one tag a line. */
function tidy(html: string): string {
	return (
		html
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/ class="([^"]*)"/g, (_, names: string) => {
				const kept = names.split(/\s+/).filter((n) => n && !n.startsWith('svelte-'));
				return kept.length ? ` class="${kept.join(' ')}"` : '';
			})
			.replace(/></g, '>\n<')
			.replace(/<(\w+)([^>]*)>\n<\/\1>/g, '<$1$2/>')
			.trim() + '\n'
	);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function svg<P extends Record<string, any>>(component: Component<P>, props: P): string {
	return tidy(render(component, { props }).body);
}

const view = (lang: Lang, patch: Partial<CompareParams> = {}) =>
	resolveCompare(fixtureContext(lang), {
		...DEFAULT_COMPARE,
		indicator: 'firms',
		trendIndicator: 'jobs',
		x: { indicator: 'firms', measure: 'per10k' },
		y: { indicator: 'jobs', measure: 'per10k' },
		...patch
	});
/** Selectable marks, '69' selected and the AURA région hovered, as on /compare. */
const linked: Interaction = { hovered: null, selected: ['69', 'r75'], onselect: () => {} };
const ctx = fixtureContext('fr');
const areas = (...keys: [string, string][]) =>
	keys.map(([level, code]) => areaRef(ctx, level as 'departement', code));

describe('chart snapshots', () => {
	it('régions side by side', async () => {
		const data = regionBarsData(ctx, view('fr'));
		await expect(svg(RegionBars, { data, lang: 'fr', width: 480, ix: linked })).toMatchFileSnapshot(
			'./output/region-bars.svg'
		);
	});

	it('régions side by side, two years, one hovered', async () => {
		const data = regionBarsData(
			ctx,
			view('fr', { indicator: 'jobs', measure: 'value', year: 2018, year2: 2015 })
		);
		const ix = { ...linked, hovered: 'r84' };
		await expect(svg(RegionBars, { data, lang: 'fr', width: 480, ix })).toMatchFileSnapshot(
			'./output/region-bars-two-years.svg'
		);
	});

	it('ranking with reference lines and a selection', async () => {
		const data = rankingData(ctx, view('fr'));
		await expect(
			svg(RankingChart, { data, lang: 'fr', width: 480, ix: linked })
		).toMatchFileSnapshot('./output/ranking.svg');
	});

	it('ranking with a negative value and no data, in English, at 375 px', async () => {
		const en = fixtureContext('en');
		const data = rankingData(en, view('en', { indicator: 'share', measure: 'value' }));
		await expect(svg(RankingChart, { data, lang: 'en', width: 375 })).toMatchFileSnapshot(
			'./output/ranking-negative-en.svg'
		);
	});

	it('trend in values, with a gap', async () => {
		const data = trendData(ctx, {
			indicator: view('fr').trend.indicator,
			mode: 'absolute',
			baseYear: null,
			areas: areas(['region', '84'], ['region', '75'], ['departement', '69'], ['departement', '74'])
		});
		await expect(
			svg(TrendChart, { data, lang: 'fr', width: 560, height: 320, ix: linked })
		).toMatchFileSnapshot('./output/trend.svg');
	});

	it('trend as an index, base 100 in 2016', async () => {
		const data = trendData(ctx, {
			indicator: view('fr').trend.indicator,
			mode: 'index',
			baseYear: 2016,
			areas: areas(['region', '84'], ['region', '75'], ['pays', 'FR'], ['departement', '64'])
		});
		await expect(
			svg(TrendChart, { data, lang: 'fr', width: 560, height: 320 })
		).toMatchFileSnapshot('./output/trend-index.svg');
	});

	it('scatter with a labelled selection', async () => {
		const data = scatterData(ctx, { ...view('fr').scatter, log: false });
		const ix = { ...linked, selected: ['74'] };
		await expect(svg(ScatterChart, { data, lang: 'fr', width: 520, ix })).toMatchFileSnapshot(
			'./output/scatter.svg'
		);
	});

	it('scatter on log scales, a zero left out', async () => {
		const data = scatterData(ctx, { ...view('fr').scatter, log: true });
		await expect(svg(ScatterChart, { data, lang: 'fr', width: 520 })).toMatchFileSnapshot(
			'./output/scatter-log.svg'
		);
	});

	it('the two régions on two maps at one scale, one area hovered on both', async () => {
		const data = mapPairData(ctx, view('fr'), fixtureShapes);
		const ix = { ...linked, hovered: '69' };
		expect(data.panels.map((p) => p.key)).toEqual(['84', '75']);
		for (const panel of data.panels) {
			const map = svg(CompareMap, {
				shapes: fixtureShapes,
				panel,
				title: panel.title,
				lang: 'fr',
				ix
			});
			await expect(map).toMatchFileSnapshot(
				`./output/map-${panel.key === '84' ? 'aura' : 'na'}.svg`
			);
		}
	});
});
