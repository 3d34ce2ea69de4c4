export type Direction = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

const VECTORS: Record<Direction, [number, number]> = {
	ArrowLeft: [-1, 0],
	ArrowRight: [1, 0],
	ArrowUp: [0, -1],
	ArrowDown: [0, 1]
};

/**
 * The area an arrow key leads to: the nearest centroid in that direction, where going
 * sideways costs twice as much as going straight; null at the edge of the map.
 * @example nextArea(areas, '69', 'ArrowRight') // '74' (Haute-Savoie lies east of the Rhône)
 */
export function nextArea(
	areas: { code: string; centroid: [number, number] }[],
	from: string,
	direction: Direction
): string | null {
	const origin = areas.find((a) => a.code === from);
	if (!origin) return areas[0]?.code ?? null;
	const [vx, vy] = VECTORS[direction];
	let best: string | null = null;
	let bestCost = Infinity;
	for (const area of areas) {
		if (area.code === from) continue;
		const dx = area.centroid[0] - origin.centroid[0];
		const dy = area.centroid[1] - origin.centroid[1];
		const along = dx * vx + dy * vy;
		if (along <= 0) continue;
		const across = Math.abs(dx * vy - dy * vx);
		const cost = along + 2 * across;
		if (cost < bestCost) [best, bestCost] = [area.code, cost];
	}
	return best;
}

export const isDirection = (key: string): key is Direction => key in VECTORS;
