export type Direction = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

interface Located {
	code: string;
	centroid: [number, number];
}

const VECTORS: Record<Direction, [number, number]> = {
	ArrowLeft: [-1, 0],
	ArrowRight: [1, 0],
	ArrowUp: [0, -1],
	ArrowDown: [0, 1]
};

const CONE = Math.PI / 3;

/** Distance, made dearer the further the candidate lies from the arrow's axis (×3 at 90°). */
const cost = (distance: number, angle: number) => distance * (1 + 2 * (1 - Math.cos(angle)));

/**
 * The area an arrow key leads to: among the areas within ±60° of the arrow's direction, the
 * nearest (distance with an angle penalty); if none, the same over the whole half-plane ahead,
 * so that an area off to the side is still reachable; null at the edge of the map.
 * @example nextArea(areas, '26', 'ArrowUp') // '38': Isère, not Ardèche, which lies west
 */
export function nextArea(areas: Located[], from: string, direction: Direction): string | null {
	const origin = areas.find((a) => a.code === from);
	if (!origin) return areas[0]?.code ?? null;
	const [vx, vy] = VECTORS[direction];
	const ahead = areas.flatMap((area) => {
		const dx = area.centroid[0] - origin.centroid[0];
		const dy = area.centroid[1] - origin.centroid[1];
		const along = dx * vx + dy * vy;
		if (area.code === from || along <= 0) return [];
		const distance = Math.hypot(dx, dy);
		const angle = Math.acos(Math.min(1, along / distance));
		return [{ code: area.code, angle, cost: cost(distance, angle) }];
	});
	const inCone = ahead.filter((a) => a.angle <= CONE);
	const pool = inCone.length > 0 ? inCone : ahead;
	return (
		pool.reduce<(typeof pool)[number] | null>(
			(best, a) => (best === null || a.cost < best.cost ? a : best),
			null
		)?.code ?? null
	);
}

export const isDirection = (key: string): key is Direction => key in VECTORS;

/**
 * The map's one Tab stop (roving tabindex): the selected area, else the one focused last,
 * else the first in reading order.
 * @example tabStop(['01', '03'], null, '03') // '03'
 */
export function tabStop(
	codesInOrder: readonly string[],
	selected: string | null,
	lastFocused: string | null
): string | null {
	for (const code of [selected, lastFocused]) if (code && codesInOrder.includes(code)) return code;
	return codesInOrder[0] ?? null;
}
