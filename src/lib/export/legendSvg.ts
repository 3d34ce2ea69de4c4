import type { LegendSpec, LegendSwatch } from './figureSpec';
import { attrs, charsFor, escapeXml, textLines, wrapText } from './svgText';

/** A drawn block of SVG and the room it takes. */
export interface Block {
	markup: string;
	width: number;
	height: number;
}

const TITLE = { size: 13, line: 17 };
const ITEM = { size: 12, line: 15 };
const SWATCH = { width: 24, height: 14, gap: 8 };
const MUTED = '#595959';
const HATCH = { fill: '#f0f0f0', stroke: '#969696' };

/**
 * Diagonal hatch lines (bottom-left to top-right) clipped to a rectangle by computation, so
 * the "no data" swatch needs no pattern and no id.
 * @example hatchLines(0, 0, 24, 14, 5) // '<line x1="0" y1="5" x2="5" y2="0" …/>…'
 */
export function hatchLines(x: number, y: number, w: number, h: number, step: number): string {
	let out = '';
	for (let t = step; t < w + h; t += step) {
		const a1 = Math.max(0, t - h);
		const a2 = Math.min(w, t);
		out += `<line${attrs({ x1: x + a1, y1: y + t - a1, x2: x + a2, y2: y + t - a2 })}/>`;
	}
	return `<g stroke="${HATCH.stroke}" stroke-width="1.2">${out}</g>`;
}

function swatchRow(
	swatch: string,
	label: string,
	count: string | undefined,
	x: number,
	y: number,
	width: number
): Block {
	const textX = x + SWATCH.width + SWATCH.gap;
	const chars = charsFor(width - SWATCH.width - SWATCH.gap, ITEM.size);
	const lines = wrapText(label, chars);
	if (lines.length === 0) lines.push('');
	const last = lines.length - 1;
	// The count ends the last line in grey, or takes a line of its own when it does not fit.
	const countInline = count !== undefined && lines[last].length + count.length + 1 <= chars;
	let markup = swatch;
	lines.forEach((line, i) => {
		const tail =
			countInline && i === last
				? `<tspan${attrs({ fill: MUTED, dx: 12 })}>${escapeXml(count)}</tspan>`
				: '';
		const at = { x: textX, y: y + 11 + i * ITEM.line, 'font-size': ITEM.size };
		markup += `<text${attrs(at)}>${escapeXml(line)}${tail}</text>`;
	});
	if (count !== undefined && !countInline) {
		lines.push(count);
		const at = { x: textX, y: y + 11 + lines.length * ITEM.line - ITEM.line, fill: MUTED };
		markup += `<text${attrs({ ...at, 'font-size': ITEM.size })}>${escapeXml(count)}</text>`;
	}
	const height = Math.max(SWATCH.height + 4, lines.length * ITEM.line + 4);
	return { markup, width, height };
}

function swatchRect(color: string, x: number, y: number): string {
	return `<rect${attrs({ x, y, width: SWATCH.width, height: SWATCH.height, fill: color, stroke: '#ffffff', 'stroke-width': 0.5 })}/>`;
}

function noDataSwatch(x: number, y: number): string {
	const box = { x, y, width: SWATCH.width, height: SWATCH.height };
	return (
		`<rect${attrs({ ...box, fill: HATCH.fill })}/>` +
		hatchLines(x, y, SWATCH.width, SWATCH.height, 5) +
		`<rect${attrs({ ...box, fill: 'none', stroke: HATCH.stroke, 'stroke-width': 1 })}/>`
	);
}

/** A line sample for a line series: solid, or dashed like its mark. */
function lineSwatch(color: string, line: NonNullable<LegendSwatch['line']>, x: number, y: number) {
	const mid = y + SWATCH.height / 2;
	return `<line${attrs({ x1: x + 1, y1: mid, x2: x + SWATCH.width - 1, y2: mid, stroke: color, 'stroke-width': line.width ?? 3, 'stroke-dasharray': line.dash })}/>`;
}

function swatchOf(item: LegendSwatch, x: number, y: number): string {
	return item.line ? lineSwatch(item.color, item.line, x, y) : swatchRect(item.color, x, y);
}

/**
 * The legend's entries in `columns` columns, row by row (a legend under a wide chart), each
 * row as tall as its tallest entry.
 */
function swatchList(
	title: string,
	items: LegendSwatch[],
	noData: { label: string; count?: string } | undefined,
	x: number,
	y: number,
	width: number,
	columns = 1
): Block {
	const titleLines = wrapText(title, charsFor(width, TITLE.size, true));
	let markup = textLines(titleLines, x, y + TITLE.size, TITLE.line, {
		'font-size': TITLE.size,
		'font-weight': 'bold'
	});
	const entries: { swatch: (x: number, y: number) => string; label: string; count?: string }[] = [
		...items.map((item) => ({
			swatch: (sx: number, sy: number) => swatchOf(item, sx, sy),
			label: item.label,
			count: item.count
		})),
		...(noData ? [{ swatch: noDataSwatch, label: noData.label, count: noData.count }] : [])
	];
	const count = Math.max(1, Math.min(columns, entries.length));
	const columnWidth = width / count;
	let cursor = y + titleLines.length * TITLE.line + 6;
	for (let start = 0; start < entries.length; start += count) {
		let rowHeight = 0;
		entries.slice(start, start + count).forEach((entry, i) => {
			const cx = x + i * columnWidth;
			const cellWidth = columnWidth - (count > 1 ? 12 : 0);
			const row = swatchRow(
				entry.swatch(cx, cursor),
				entry.label,
				entry.count,
				cx,
				cursor,
				cellWidth
			);
			markup += row.markup;
			rowHeight = Math.max(rowHeight, row.height);
		});
		cursor += rowHeight;
	}
	return { markup, width, height: cursor - y };
}

/** A muted, wrapped line under a block, such as why classes were merged. */
function withNote(
	block: Block,
	note: string | undefined,
	x: number,
	y: number,
	width: number
): Block {
	if (!note) return block;
	const lines = wrapText(note, charsFor(width, ITEM.size));
	const top = y + block.height + 4 + ITEM.size;
	const markup = textLines(lines, x, top, ITEM.line, { 'font-size': ITEM.size, fill: MUTED });
	return {
		markup: block.markup + markup,
		width,
		height: block.height + 4 + lines.length * ITEM.line
	};
}

function sizeList(
	spec: Extract<LegendSpec, { kind: 'sizes' }>,
	x: number,
	y: number,
	width: number,
	scale: number
): Block {
	const titleLines = wrapText(spec.title, charsFor(width, TITLE.size, true));
	let markup = textLines(titleLines, x, y + TITLE.size, TITLE.line, {
		'font-size': TITLE.size,
		'font-weight': 'bold'
	});
	const top = y + titleLines.length * TITLE.line + 8;
	const circles = [...spec.circles].sort((a, b) => b.radius - a.radius);
	const maxR = Math.max(4, ...circles.map((c) => c.radius * scale));
	const cx = x + maxR;
	const bottom = top + 2 * maxR;
	const labelX = x + 2 * maxR + 12;
	let lastY = -Infinity;
	for (const circle of circles) {
		const r = circle.radius * scale;
		const edge = bottom - 2 * r;
		const labelY = Math.max(edge + 4, lastY + ITEM.line);
		lastY = labelY;
		markup += `<circle${attrs({ cx, cy: bottom - r, r, fill: spec.color, 'fill-opacity': 0.25, stroke: spec.color, 'stroke-width': 1 })}/>`;
		markup += `<line${attrs({ x1: cx, y1: edge, x2: labelX - 4, y2: labelY - 4, stroke: MUTED, 'stroke-width': 0.6 })}/>`;
		markup += `<text${attrs({ x: labelX, y: labelY, 'font-size': ITEM.size })}>${escapeXml(circle.label)}</text>`;
	}
	return { markup, width, height: Math.max(bottom, lastY + 4) - y };
}

/**
 * The legend drawn in SVG at (x, y) within `width`, its entries in `columns` columns;
 * `sizeScale` scales the circle radii like the body, so the legend circles match the map's.
 * @example drawLegend({ kind: 'none' }, 0, 0, 200) // { markup: '', width: 0, height: 0 }
 */
export function drawLegend(
	legend: LegendSpec,
	x: number,
	y: number,
	width: number,
	sizeScale = 1,
	columns = 1
): Block {
	switch (legend.kind) {
		case 'classes':
			return withNote(
				swatchList(legend.title, legend.items, legend.noData, x, y, width, columns),
				legend.note,
				x,
				y,
				width
			);
		case 'categories':
			return swatchList(legend.title, legend.items, undefined, x, y, width, columns);
		case 'sizes':
			return sizeList(legend, x, y, width, sizeScale);
		default:
			return { markup: '', width: 0, height: 0 };
	}
}
