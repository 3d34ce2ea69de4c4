/** A label that wants to sit at `y` (e.g. the last point of a line). */
export interface LabelRequest {
	key: string;
	/** The wanted centre, in SVG units; NaN when the line has no end point. */
	y: number;
	/** Higher is kept first when not all labels fit (default 0; ties: input order). */
	priority?: number;
}

/** Where a label goes: `shown` false when it does not fit; `shifted` when moved off its line. */
export interface PlacedLabel {
	key: string;
	/** The wanted y: the line's end. */
	target: number;
	y: number;
	shown: boolean;
	shifted: boolean;
}

export interface LabelOptions {
	/** Top and bottom of the space labels may use. */
	top: number;
	bottom: number;
	/** The height of one label (its line height). */
	height: number;
	/** Labels moved farther than this from their line are not shown (default: no limit). */
	maxShift?: number;
}

interface Item {
	index: number;
	target: number;
}

/** Stacks labels without overlap, each cluster centred on its targets, clamped to [top, bottom]. */
function stack(items: Item[], { top, bottom, height }: LabelOptions): Map<number, number> {
	const sorted = [...items].sort((a, b) => a.target - b.target || a.index - b.index);
	const clusters: { items: Item[]; start: number }[] = [];
	const clamp = (start: number, n: number) =>
		Math.min(Math.max(start, top), Math.max(top, bottom - n * height));
	for (const item of sorted) {
		clusters.push({ items: [item], start: clamp(item.target - height / 2, 1) });
		while (clusters.length > 1) {
			const last = clusters[clusters.length - 1];
			const previous = clusters[clusters.length - 2];
			if (previous.start + previous.items.length * height <= last.start + 1e-9) break;
			const merged = [...previous.items, ...last.items];
			const ideal =
				merged.reduce((sum, it, i) => sum + it.target - height / 2 - i * height, 0) / merged.length;
			clusters.splice(-2, 2, { items: merged, start: clamp(ideal, merged.length) });
		}
	}
	const placed = new Map<number, number>();
	for (const cluster of clusters) {
		cluster.items.forEach((it, i) => placed.set(it.index, cluster.start + (i + 0.5) * height));
	}
	return placed;
}

/**
 * Places labels at the ends of lines without overlaps: labels that would overlap are pushed
 * apart around their targets and kept within [top, bottom]. When they cannot all fit (too many
 * for the height, or moved more than `maxShift`), the lowest-priority labels are left out
 * (`shown: false`) — the chart's legend or table still names those lines. Pure: same input, same
 * output; results in input order, y rounded to 0.1.
 * @example
 * placeEndLabels([{ key: 'a', y: 50 }, { key: 'b', y: 52 }], { top: 0, bottom: 100, height: 12 })
 * // [{ key: 'a', target: 50, y: 45, shown: true, shifted: true }, { key: 'b', target: 52, y: 57, shown: true, shifted: true }]
 */
export function placeEndLabels(
	requests: readonly LabelRequest[],
	options: LabelOptions
): PlacedLabel[] {
	const maxShift = options.maxShift ?? Infinity;
	const capacity = Math.max(0, Math.floor((options.bottom - options.top) / options.height + 1e-9));
	const byPriority = requests
		.map((r, index) => ({ index, target: r.y, priority: r.priority ?? 0 }))
		.filter((r) => Number.isFinite(r.target))
		.sort((a, b) => b.priority - a.priority || a.index - b.index);
	let kept = byPriority.slice(0, capacity);
	let placed = stack(kept, options);
	while (kept.length > 0) {
		const tooFar = kept.some((it) => Math.abs((placed.get(it.index) ?? 0) - it.target) > maxShift);
		if (!tooFar) break;
		kept = kept.slice(0, -1);
		placed = stack(kept, options);
	}
	return requests.map((r, index) => {
		const y = placed.get(index);
		if (y === undefined) return { key: r.key, target: r.y, y: r.y, shown: false, shifted: false };
		const rounded = Math.round(y * 10) / 10;
		return {
			key: r.key,
			target: r.y,
			y: rounded,
			shown: true,
			shifted: Math.abs(rounded - r.y) > 0.5
		};
	});
}
