import type { LegendSpec } from './figureSpec';

/** A line of a line chart, as its legend needs it. */
export interface LegendLine {
	key: string;
	name: string;
	color: string;
	dash: string | null;
}

/**
 * The legend of a line chart: each colour's entry drawn as a line sample, dashed when all its
 * lines are. Left out (kind 'none') when it would only repeat the lines' own labels: every
 * entry is one line, named as the entry and labelled at its end (`labelled` holds their keys).
 * @example lineLegend(regionLegend, [{ key: 'FR', name: 'France', color: '#1a1a1a', dash: '6 3' }], new Set())
 * // items: [{ color: '#1a1a1a', label: 'France', line: { dash: '6 3' } }]
 */
export function lineLegend(
	legend: LegendSpec,
	lines: readonly LegendLine[],
	labelled: ReadonlySet<string>
): LegendSpec {
	if (legend.kind !== 'categories') return legend;
	const linesOf = (color: string) => lines.filter((line) => line.color === color);
	const repeatsLabels = legend.items.every((item) => {
		const own = linesOf(item.color);
		return own.length === 1 && own[0].name === item.label && labelled.has(own[0].key);
	});
	if (repeatsLabels) return { kind: 'none' };
	return {
		...legend,
		items: legend.items.map((item) => {
			const own = linesOf(item.color);
			const dashed = own.length > 0 && own.every((line) => line.dash);
			return { ...item, line: dashed ? { dash: own[0].dash ?? undefined } : {} };
		})
	};
}
