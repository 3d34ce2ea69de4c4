/**
 * Pure geometry of the layout check (tests/e2e/layout.e2e.ts): which measured texts overlap,
 * which are cut by a container. The browser only measures (layoutMeasure.ts); everything here
 * runs in Node and is unit-tested in tests/unit/e2e/layoutGeometry.test.ts.
 */

export interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** A container that cuts what overflows it, on one axis or both. */
export interface Clip {
	where: string;
	rect: Rect;
	clipsX: boolean;
	clipsY: boolean;
	/** Scrolls on that axis (overflow auto or scroll): the text can be reached by scrolling. */
	scrollsX: boolean;
	scrollsY: boolean;
	/** Shows that it scrolls sideways (data-scroll-x), so text beyond its edge is not lost. */
	showsScrollX: boolean;
}

/** One line fragment of a visible text, in page coordinates. */
export interface TextBox {
	text: string;
	where: string;
	rect: Rect;
	/** Innermost first: every container that cuts this text's box. */
	clips: Clip[];
	/** Cut with an ellipsis and a title attribute holding the whole text. */
	ellipsisWithTitle?: boolean;
	/** Texts drawn in an SVG: id of their root SVG (its viewBox is one of the clips). */
	svg?: string;
}

export interface Overlap {
	a: TextBox;
	b: TextBox;
	width: number;
	height: number;
}

export interface Cut {
	box: TextBox;
	by: Clip;
	/** Pixels of text beyond each edge of the clip, rounded; only the edges that cut. */
	sides: Partial<Record<'left' | 'right' | 'top' | 'bottom', number>>;
}

/** Overlap in pixels on each axis, or null when the rectangles do not intersect. */
export function intersection(a: Rect, b: Rect): { width: number; height: number } | null {
	const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
	const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
	return width > 0 && height > 0 ? { width, height } : null;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The same text drawn twice at the same place (a halo under a label) is one text. */
function isSameDrawing(a: TextBox, b: TextBox, tolerance: number) {
	return (
		a.text === b.text &&
		(['left', 'top', 'right', 'bottom'] as const).every(
			(side) => Math.abs(a.rect[side] - b.rect[side]) <= tolerance
		)
	);
}

/**
 * Pairs of texts whose boxes overlap by more than `tolerance` pixels on both axes (glyph boxes
 * of neighbouring lines or adjacent words may touch by a pixel or two). Sorted sweep on `top`.
 */
export function findOverlaps(boxes: TextBox[], tolerance = 2): Overlap[] {
	const sorted = [...boxes].sort((a, b) => a.rect.top - b.rect.top);
	const overlaps: Overlap[] = [];
	for (let i = 0; i < sorted.length; i++) {
		const a = sorted[i];
		for (let j = i + 1; j < sorted.length && sorted[j].rect.top < a.rect.bottom; j++) {
			const b = sorted[j];
			const shared = intersection(a.rect, b.rect);
			if (!shared || shared.width <= tolerance || shared.height <= tolerance) continue;
			if (isSameDrawing(a, b, tolerance)) continue;
			overlaps.push({ a, b, width: round(shared.width), height: round(shared.height) });
		}
	}
	return overlaps;
}

/** How far `rect` sticks out of `clip` on the axes it cuts, beyond `tolerance` pixels. */
export function cutSides(rect: Rect, clip: Clip, tolerance = 1): Cut['sides'] {
	const sides: Cut['sides'] = {};
	const beyond = {
		left: clip.rect.left - rect.left,
		right: rect.right - clip.rect.right,
		top: clip.rect.top - rect.top,
		bottom: rect.bottom - clip.rect.bottom
	};
	for (const side of ['left', 'right', 'top', 'bottom'] as const) {
		const horizontal = side === 'left' || side === 'right';
		if (!(horizontal ? clip.clipsX : clip.clipsY)) continue;
		if (beyond[side] > tolerance) sides[side] = Math.round(beyond[side]);
	}
	return sides;
}

/** True when the clip hides the whole rectangle (content tucked away on purpose). */
export function hiddenBy(rect: Rect, clip: Clip): boolean {
	const hiddenX = clip.clipsX && (rect.right <= clip.rect.left || rect.left >= clip.rect.right);
	const hiddenY = clip.clipsY && (rect.bottom <= clip.rect.top || rect.top >= clip.rect.bottom);
	return hiddenX || hiddenY;
}

/** A clip of a pixel or two: the visually-hidden pattern for screen-reader-only text. */
export const isVisuallyHidden = (clip: Clip) =>
	clip.rect.right - clip.rect.left <= 2 || clip.rect.bottom - clip.rect.top <= 2;

/**
 * Texts a reader sees cut by a container. Reaching a text by scrolling is fine vertically,
 * and sideways only in a container that shows it scrolls (data-scroll-x). A text that a
 * hidden-overflow container hides whole is tucked away on purpose (a closed drawer), not cut.
 */
export function findCuts(boxes: TextBox[], tolerance = 1): Cut[] {
	const cuts: Cut[] = [];
	for (const box of boxes) {
		if (box.ellipsisWithTitle || box.clips.some(isVisuallyHidden)) continue;
		for (const clip of box.clips) {
			const sides = cutSides(box.rect, clip, tolerance);
			if (clip.scrollsY) {
				delete sides.top;
				delete sides.bottom;
			}
			if (clip.scrollsX && clip.showsScrollX) {
				delete sides.left;
				delete sides.right;
			}
			if (Object.keys(sides).length === 0) continue;
			if (!clip.scrollsX && !clip.scrollsY && hiddenBy(box.rect, clip)) break;
			cuts.push({ box, by: clip, sides });
			break;
		}
	}
	return cuts;
}

/** Texts a reader can see now: not visually hidden, not hidden whole by a container. */
export const seenTexts = (boxes: TextBox[]): TextBox[] =>
	boxes.filter((box) =>
		box.clips.every((clip) => !isVisuallyHidden(clip) && !hiddenBy(box.rect, clip))
	);

const quote = (text: string) => `« ${text.length > 48 ? `${text.slice(0, 45)}…` : text} »`;
const at = (r: Rect) => `at (${Math.round(r.left)}, ${Math.round(r.top)})`;

export function describeOverlap({ a, b, width, height }: Overlap): string {
	return (
		`texts overlap by ${width} × ${height} px: ${quote(a.text)} in ${a.where} ${at(a.rect)}` +
		` and ${quote(b.text)} in ${b.where} ${at(b.rect)}`
	);
}

/**
 * One line per container that cuts texts (a table cut by its wrapper cuts dozens of cells):
 * how many, by how much at most on which sides, and the first few texts with where they are.
 */
export function describeCuts(cuts: Cut[]): string[] {
	const byContainer = new Map<string, Cut[]>();
	for (const cut of cuts)
		byContainer.set(cut.by.where, [...(byContainer.get(cut.by.where) ?? []), cut]);
	return [...byContainer.values()].map((group) => {
		const worst: Cut['sides'] = {};
		for (const { sides } of group)
			for (const [side, px] of Object.entries(sides) as [keyof Cut['sides'], number][])
				worst[side] = Math.max(worst[side] ?? 0, px);
		const amounts = Object.entries(worst)
			.map(([side, px]) => `${px} px on the ${side}`)
			.join(', ');
		const { by } = group[0];
		const scrollHint =
			by.scrollsX && (worst.left || worst.right)
				? ' (it scrolls sideways with no sign of it: give it data-scroll-x and a visible cue)'
				: '';
		const examples = group
			.slice(0, 3)
			.map(({ box }) => `${quote(box.text)} in ${box.where} ${at(box.rect)}`)
			.join('; ');
		const count = group.length === 1 ? 'text' : `${group.length} texts`;
		return `${count} cut by ${by.where} (up to ${amounts})${scrollHint}: ${examples}${group.length > 3 ? '; …' : ''}`;
	});
}
