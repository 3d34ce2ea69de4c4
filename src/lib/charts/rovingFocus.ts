import { isDirection, nextArea, type Direction } from '../map/keyboardNav';

/** The keys that move focus between the marks of a chart, as on the map. */
export type MoveKey = Direction | 'Home' | 'End';

export const isMoveKey = (key: string): key is MoveKey =>
	isDirection(key) || key === 'Home' || key === 'End';

/**
 * The next mark in reading order (bars top to bottom): Down or Right goes on, Up or Left goes
 * back, Home and End to the ends; null past an end (focus stays).
 * @example nextInOrder(['69', '74', '38'], '74', 'ArrowDown') // '38'
 */
export function nextInOrder(keys: readonly string[], from: string, key: MoveKey): string | null {
	if (key === 'Home') return keys[0] ?? null;
	if (key === 'End') return keys.at(-1) ?? null;
	const i = keys.indexOf(from);
	const step = key === 'ArrowDown' || key === 'ArrowRight' ? 1 : -1;
	return keys[i + step] ?? null;
}

/**
 * The next mark in the arrow's direction among marks placed on a plane (points of a scatter),
 * with the map's rule (nearest within ±60°, else the nearest ahead); Home and End go to the
 * first and last marks in the order given.
 * @example nextOnPlane([{ key: 'a', x: 0, y: 0 }, { key: 'b', x: 10, y: 1 }], 'a', 'ArrowRight') // 'b'
 */
export function nextOnPlane(
	marks: readonly { key: string; x: number; y: number }[],
	from: string,
	key: MoveKey
): string | null {
	if (key === 'Home' || key === 'End') {
		return nextInOrder(
			marks.map((m) => m.key),
			from,
			key
		);
	}
	const located = marks.map((m) => ({ code: m.key, centroid: [m.x, m.y] as [number, number] }));
	return nextArea(located, from, key);
}

/**
 * Moves keyboard focus to the mark of `key` in the same chart (at the time of a key press only).
 */
export function focusMark(within: EventTarget | null, key: string): void {
	const svg = within instanceof Element ? within.closest('svg') : null;
	const target = [...(svg?.querySelectorAll<SVGElement>('[data-key][tabindex]') ?? [])].find(
		(el) => el.dataset.key === key
	);
	target?.focus();
}
