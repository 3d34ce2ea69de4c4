import { exportMessages } from '../i18n/exportMessages';
import { FIGURE_FONT, type FigureBody, type FigureSpec } from './figureSpec';
import { drawLegend } from './legendSvg';
import { attrs, charsFor, escapeXml, round1, textLines, wrapText } from './svgText';

/** Fonts every exporter and viewer is likely to have, Liberation Sans being metric-compatible. */
export { FIGURE_FONT } from './figureSpec';
/** A body wider than this gets its legend on the right, otherwise below. */
export const LEGEND_RIGHT_FROM = 700;

const MARGIN = 24;
const GAP = 24;
const LEGEND_WIDTH = 220;
const MIN_WIDTH = 480;
const TITLE = { size: 20, line: 25 };
const SUBTITLE = { size: 14, line: 18 };
const FOOTER = { size: 11, line: 14 };
const INK = '#1a1a1a';
const MUTED = '#595959';

export interface ComposedFigure {
	svg: string;
	width: number;
	height: number;
}

/**
 * Builds one standalone SVG: white background, wrapped title and subtitle, the body scaled in a
 * nested `<svg>`, the legend (right of bodies wider than 700 px, else below) and a footer with
 * source, credit and date. Pure and deterministic: no ids, no classes, no CSS, numbers rounded to
 * one decimal, every text escaped. `options.width` sets the figure width; the body scales to fit.
 * @example
 * const { svg, width, height } = composeFigure(serializeSvg(mapSvg), spec);
 * // svg starts with '<svg xmlns="http://www.w3.org/2000/svg" width="…" height="…" viewBox="0 0 …"'
 */
export function composeFigure(
	body: FigureBody,
	spec: FigureSpec,
	options: { width?: number } = {}
): ComposedFigure {
	const hasLegend = spec.legend.kind !== 'none';
	const legendRight = hasLegend && body.width > LEGEND_RIGHT_FROM;
	const side = legendRight ? GAP + LEGEND_WIDTH : 0;
	const bodyWidth = Math.max(1, body.width);
	const width = round1(options.width ?? Math.max(MIN_WIDTH, bodyWidth + 2 * MARGIN + side));
	const inner = width - 2 * MARGIN;
	const shown = { width: Math.max(1, inner - side), height: 0 };
	const scale = shown.width / bodyWidth;
	shown.height = Math.max(1, body.height) * scale;

	let y = MARGIN;
	const parts: string[] = [];
	const titleLines = wrapText(spec.title, charsFor(inner, TITLE.size, true));
	parts.push(
		textLines(titleLines, MARGIN, y + TITLE.size, TITLE.line, {
			'font-size': TITLE.size,
			'font-weight': 'bold',
			fill: INK
		})
	);
	y += titleLines.length * TITLE.line;
	if (spec.subtitle) {
		const lines = wrapText(spec.subtitle, charsFor(inner, SUBTITLE.size));
		parts.push(
			textLines(lines, MARGIN, y + 4 + SUBTITLE.size, SUBTITLE.line, {
				'font-size': SUBTITLE.size,
				fill: MUTED
			})
		);
		y += 4 + lines.length * SUBTITLE.line;
	}
	y += 12;

	const box = { x: MARGIN, y, width: shown.width, height: shown.height };
	const viewBox = `0 0 ${round1(bodyWidth)} ${round1(Math.max(1, body.height))}`;
	parts.push(
		`<svg${attrs({ ...box, viewBox, preserveAspectRatio: 'xMidYMid meet', overflow: 'hidden' })}>` +
			`${body.markup}</svg>`
	);
	const legend = legendRight
		? drawLegend(spec.legend, MARGIN + shown.width + GAP, y, LEGEND_WIDTH, scale)
		: drawLegend(spec.legend, MARGIN, y + shown.height + 16, inner, scale);
	parts.push(legend.markup);
	const contentEnd = legendRight
		? y + Math.max(shown.height, legend.height)
		: y + shown.height + (legend.height > 0 ? 16 + legend.height : 0);

	y = contentEnd + 16;
	parts.push(
		`<line${attrs({ x1: MARGIN, y1: y, x2: width - MARGIN, y2: y, stroke: '#d0d0d0' })}/>`
	);
	const credit = `${spec.credit} — ${exportMessages[spec.lang].exportedOn(spec.date)}`;
	const footer = [...wrapText(spec.source, charsFor(inner, FOOTER.size)), credit];
	parts.push(
		textLines(footer, MARGIN, y + 6 + FOOTER.size, FOOTER.line, {
			'font-size': FOOTER.size,
			fill: MUTED
		})
	);
	const height = round1(y + 6 + footer.length * FOOTER.line + MARGIN - 4);

	const desc = [spec.subtitle, spec.source, credit].filter(Boolean).join(' — ');
	const root = attrs({
		xmlns: 'http://www.w3.org/2000/svg',
		width,
		height,
		viewBox: `0 0 ${width} ${height}`,
		'xml:lang': spec.lang,
		role: 'img',
		'font-family': FIGURE_FONT
	});
	const svg =
		`<svg${root}><title>${escapeXml(spec.title)}</title><desc>${escapeXml(desc)}</desc>` +
		`<rect${attrs({ x: 0, y: 0, width, height, fill: '#ffffff' })}/>${parts.join('')}</svg>`;
	return { svg, width, height };
}
