import { focusMark, isMoveKey, type MoveKey } from './rovingFocus';

/** Linked highlighting, shared by every chart and map of a page. */
export interface Interaction {
	/** The key of the area under the pointer or keyboard focus, anywhere on the page. */
	hovered: string | null;
	/** Keys of the selected areas (kept in the URL). */
	selected: readonly string[];
	onhover?: (key: string | null) => void;
	/** Toggles an area in the selection; without it, marks are not selectable. */
	onselect?: (key: string) => void;
}

/** No hover, no selection, nothing to call: for server rendering and static charts. */
export const STATIC: Interaction = { hovered: null, selected: [] };

export type Emphasis = 'hovered' | 'selected' | 'dimmed' | 'normal';

/**
 * How a mark is drawn given the page's hover and selection: the hovered area stands out and the
 * others are dimmed; selected areas stand out while nothing is hovered.
 * @example emphasisOf('69', { hovered: '74', selected: ['69'] }) // 'dimmed'
 */
export function emphasisOf(key: string, ix: Pick<Interaction, 'hovered' | 'selected'>): Emphasis {
	if (ix.hovered !== null) return ix.hovered === key ? 'hovered' : 'dimmed';
	return ix.selected.includes(key) ? 'selected' : 'normal';
}

/** Stroke and opacity of a mark for its emphasis (presentation attributes: no CSS needed). */
export interface MarkStyle {
	stroke: string | undefined;
	strokeWidth: number | undefined;
	opacity: number | undefined;
}

/**
 * Presentation of an emphasis, as SVG attributes, so that exported and server-rendered charts
 * look the same as on screen.
 * @example markStyle('hovered') // { stroke: '#111111', strokeWidth: 2.5, opacity: undefined }
 */
export function markStyle(emphasis: Emphasis): MarkStyle {
	switch (emphasis) {
		case 'hovered':
			return { stroke: '#111111', strokeWidth: 2.5, opacity: undefined };
		case 'selected':
			return { stroke: '#111111', strokeWidth: 1.5, opacity: undefined };
		case 'dimmed':
			return { stroke: undefined, strokeWidth: undefined, opacity: 0.35 };
		default:
			return { stroke: undefined, strokeWidth: undefined, opacity: undefined };
	}
}

/**
 * Accessibility attributes of a mark: a toggle button when the chart lets the reader select,
 * an image otherwise; focusable either way, named by `label`. With `tabStop` given, only that
 * mark is in the Tab order (roving tabindex: the chart is one Tab stop, arrows move inside). `data-key` and `data-emphasis`
 * let tests (and styles) find an area's marks in every chart.
 * @example markRole('69', 'Rhône : 24,1 …, 2021', ix) // { role: 'button', tabindex: 0, 'aria-label': …, 'aria-pressed': false, 'data-key': '69', 'data-emphasis': 'normal' }
 */
export function markRole(
	key: string,
	label: string,
	ix: Interaction,
	tabStop?: string | null
): Record<string, string | number | boolean | undefined> {
	const selectable = ix.onselect !== undefined;
	return {
		role: selectable ? 'button' : 'img',
		tabindex: tabStop === undefined || tabStop === key ? 0 : -1,
		'aria-label': label,
		'aria-pressed': selectable ? ix.selected.includes(key) : undefined,
		'data-key': key,
		'data-emphasis': emphasisOf(key, ix)
	};
}

/**
 * Keyboard handling of a mark: Enter or Space toggles its selection, Escape ends the hover, and
 * with `move`, arrows, Home and End focus the mark `move` names (as on the map).
 * @example onkeydown={(e) => markKey(e, '69', ix, (from, k) => nextInOrder(keys, from, k))}
 */
export function markKey(
	event: KeyboardEvent,
	key: string,
	ix: Interaction,
	move?: (from: string, key: MoveKey) => string | null
): void {
	if (move && isMoveKey(event.key)) {
		event.preventDefault();
		const next = move(key, event.key);
		if (next) focusMark(event.currentTarget, next);
	} else if ((event.key === 'Enter' || event.key === ' ') && ix.onselect) {
		event.preventDefault();
		ix.onselect(key);
	} else if (event.key === 'Escape') ix.onhover?.(null);
}
