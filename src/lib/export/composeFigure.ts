import { exportMessages } from '../i18n/exportMessages';
import type { DrawBody, FigureBody, FigureSpec, LegendSpec } from './figureSpec';
import { fitBody, type Box } from './fitBody';
import { SCREEN, type FigureLayout } from './layouts';
import { drawLegend, type Block } from './legendSvg';
import { attrs, charsFor, escapeXml, round1, textLines, wrapText } from './svgText';

/** Fonts every exporter and viewer is likely to have, Liberation Sans being metric-compatible. */
export { FIGURE_FONT } from './figureSpec';
import { FIGURE_FONT } from './figureSpec';

const INK = '#1a1a1a';
const MUTED = '#595959';
/** Room a legend below the chart gives each column, in the legend's base px. */
const LEGEND_COLUMN = 230;

export interface ComposedFigure {
	svg: string;
	/** Size in design px; the PNG is this times the layout's ratio. */
	width: number;
	height: number;
	/** Where the chart itself was drawn, in design px. */
	body: Box;
	layout: FigureLayout;
}

/** A drawn figure body, or a function that draws it to fill a box (laid out for the layout). */
export type BodySource = FigureBody | DrawBody;

const lineHeight = (size: number) => Math.round(size * 1.25);

/** The legend drawn at the layout's type size, as a block placed at (x, y). */
function legendBlock(
	legend: LegendSpec,
	layout: FigureLayout,
	width: number,
	bodyScale: number,
	below: boolean
): (x: number, y: number) => Block {
	const f = layout.type.legend;
	const columns = below ? Math.max(1, Math.floor(width / f / LEGEND_COLUMN)) : 1;
	const block = drawLegend(legend, 0, 0, width / f, bodyScale / f, columns);
	return (x, y) => ({
		markup: block.markup
			? `<g transform="translate(${round1(x)} ${round1(y)}) scale(${f})">${block.markup}</g>`
			: '',
		width,
		height: block.height * f
	});
}

/**
 * Builds one standalone SVG for a layout: white background, wrapped title and subtitle, the
 * body in a nested `<svg>` filling the room left, the legend (right or below, as the layout
 * says), and a footer with the reader's note, the sources and credit with the date. A body
 * given as a function is drawn for the box (fitBody), so the chart's labels keep their size
 * whatever the screen it was exported from. Pure and deterministic: no ids, classes or CSS,
 * numbers rounded to one decimal, every text escaped.
 * @example
 * const { svg, width, height } = composeFigure(serializeSvg(mapSvg), spec, SLIDE);
 * // width 1280, height 720: a 1920 × 1080 PNG at the slide's ratio of 1.5
 */
export function composeFigure(
	source: BodySource,
	spec: FigureSpec,
	layout: FigureLayout = SCREEN
): ComposedFigure {
	const t = exportMessages[spec.lang];
	const { type } = layout;
	const m = type.margin;
	const width = layout.width;
	const inner = width - 2 * m;
	const title = { size: type.title, line: lineHeight(type.title) };
	const subtitle = { size: type.subtitle, line: lineHeight(type.subtitle) };
	const footer = { size: type.footer, line: lineHeight(type.footer) };

	const titleLines = wrapText(spec.title, charsFor(inner, title.size, true));
	const subLines =
		spec.subtitle && layout.subtitle ? wrapText(spec.subtitle, charsFor(inner, subtitle.size)) : [];
	const top =
		m +
		titleLines.length * title.line +
		(subLines.length ? 4 + subLines.length * subtitle.line : 0) +
		Math.round(type.gap / 2);
	const credit = `${spec.credit} — ${t.exportedOn(spec.date)}`;
	const footerText = (width: number) => [
		...(spec.note ? wrapText(t.noteLine(spec.note), charsFor(width, footer.size)) : []),
		...wrapText(spec.source, charsFor(width, footer.size)),
		...wrapText(credit, charsFor(width, footer.size))
	];
	// A slide keeps its sources in the legend's column when they fit there, under the legend.
	const sideLines =
		layout.sources === 'side' && layout.legend === 'right' && layout.height !== null
			? footerText(layout.legendWidth)
			: [];
	const sideHeight = sideLines.length * footer.line;
	const below = layout.legend === 'below';
	const legendWidth = below ? inner : layout.legendWidth;
	let legend = spec.legend;
	let placeLegend = legendBlock(legend, layout, legendWidth, 1, below);
	const side =
		sideLines.length > 0 &&
		top + placeLegend(0, 0).height + 2 * type.gap + sideHeight <= layout.height! - m;
	const footerLines = side ? [] : footerText(inner);
	const footerHeight = side ? m : 16 + 6 + footerLines.length * footer.line + m - 4;

	let scale = 1;
	let fitted: ReturnType<typeof fitBody> | undefined;
	let box: Box = { x: m, y: top, width: inner, height: 0 };
	// Twice at most: the drawing may replace the legend (a trend's lines labelled directly).
	for (let pass = 0; pass < 2; pass += 1) {
		const legendHeight = placeLegend(0, 0).height;
		const hasLegend = legendHeight > 0;
		box = {
			x: m,
			y: top,
			width: inner - ((hasLegend || side) && !below ? layout.legendWidth + type.gap : 0),
			height:
				layout.height === null
					? 0
					: layout.height - top - footerHeight - (hasLegend && below ? legendHeight + type.gap : 0)
		};
		fitted = fitBody(source, box, layout);
		scale = fitted.scale;
		const next = fitted.legend ?? spec.legend;
		placeLegend = legendBlock(next, layout, legendWidth, scale, below);
		if (next === legend) break;
		legend = next;
	}
	const { body, shown } = fitted!;
	const legendAt = placeLegend(0, 0);
	const legendHeight = legendAt.height;
	const stack = shown.height + (below && legendHeight > 0 ? type.gap + legendHeight : 0);
	const room =
		layout.height === null
			? stack
			: box.height + (below && legendHeight > 0 ? type.gap + legendHeight : 0);
	const offsetY = below
		? (room - stack) / 2
		: layout.height === null
			? 0
			: (box.height - shown.height) / 2;
	const bodyBox: Box = {
		x: m + (box.width - shown.width) / 2,
		y: top + Math.max(0, offsetY),
		width: shown.width,
		height: shown.height
	};
	const legendMarkup = below
		? placeLegend(m, bodyBox.y + shown.height + type.gap).markup
		: placeLegend(m + box.width + type.gap, top).markup;
	const contentEnd =
		layout.height === null
			? top + (below ? stack : Math.max(shown.height, legendHeight))
			: layout.height - footerHeight;
	const height = layout.height ?? Math.ceil(contentEnd + footerHeight);

	const viewBox = `0 0 ${round1(body.width)} ${round1(body.height)}`;
	const lineY = contentEnd + 16;
	const sideTop = layout.height! - m - sideHeight;
	const sideX = m + box.width + type.gap;
	const sources = side
		? `<line${attrs({ x1: sideX, y1: sideTop - 8, x2: width - m, y2: sideTop - 8, stroke: '#d0d0d0' })}/>` +
			textLines(sideLines, sideX, sideTop + footer.size - 2, footer.line, {
				'font-size': footer.size,
				fill: MUTED
			})
		: `<line${attrs({ x1: m, y1: lineY, x2: width - m, y2: lineY, stroke: '#d0d0d0' })}/>` +
			textLines(footerLines, m, lineY + 6 + footer.size, footer.line, {
				'font-size': footer.size,
				fill: MUTED
			});
	const parts = [
		textLines(titleLines, m, m + title.size, title.line, {
			'font-size': title.size,
			'font-weight': 'bold',
			fill: INK
		}),
		textLines(subLines, m, m + titleLines.length * title.line + 4 + subtitle.size, subtitle.line, {
			'font-size': subtitle.size,
			fill: MUTED
		}),
		`<svg${attrs({ ...bodyBox, viewBox, preserveAspectRatio: 'xMidYMid meet', overflow: 'hidden' })}>${body.markup}</svg>`,
		legendMarkup,
		sources
	];
	const desc = [spec.subtitle, spec.note, spec.source, credit].filter(Boolean).join(' — ');
	const root = attrs({
		xmlns: 'http://www.w3.org/2000/svg',
		width,
		height,
		viewBox: `0 0 ${round1(width)} ${round1(height)}`,
		'xml:lang': spec.lang,
		role: 'img',
		'font-family': FIGURE_FONT
	});
	const svg =
		`<svg${root}><title>${escapeXml(spec.title)}</title><desc>${escapeXml(desc)}</desc>` +
		`<rect${attrs({ x: 0, y: 0, width, height, fill: '#ffffff' })}/>${parts.join('')}</svg>`;
	return { svg, width: round1(width), height: round1(height), body: bodyBox, layout };
}

/**
 * Composes a figure for each layout a preset offers and keeps the one where the chart is
 * largest (A4: landscape or portrait, as the figure suits).
 * @example composeBest(draw, spec, layoutsOf('print')).layout.id // 'a4-portrait' for a ranking
 */
export function composeBest(
	source: BodySource,
	spec: FigureSpec,
	layouts: FigureLayout[]
): ComposedFigure {
	const area = (f: ComposedFigure) => f.body.width * f.body.height;
	return layouts
		.map((layout) => composeFigure(source, spec, layout))
		.reduce((best, next) => (area(next) > area(best) * 1.05 ? next : best));
}
