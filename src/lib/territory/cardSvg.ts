import type { Lang } from '../data/types';
import { FIGURE_FONT, type FigureBody } from '../export/figureSpec';
import { attrs, charsFor, escapeXml, round1, textLines, wrapText } from '../export/svgText';
import { keyFiguresMessages } from '../i18n/keyFiguresMessages';
import type { ClaimCheck } from './claimChecks';
import {
	claimExplanation,
	claimFigureText,
	changeText,
	figureText,
	percentText
} from './keyFigureTexts';
import type { KeyFigureCard } from './keyFigures';

const INK = '#1a1a1a';
const MUTED = '#595959';
const RULE = '#d6d6d6';
/** Verdict colours: dark enough for text on white (contrast ≥ 7:1, as axe's enhanced rule asks). */
export const VERDICT_COLORS = {
	confirmed: '#165c2e',
	close: '#7a4200',
	'not-confirmed': '#9a1019',
	'not-measurable': '#404040'
} as const;

/**
 * A small trend line fitting a box, as an SVG path `d`; '' for fewer than two points.
 * @example sparkPath([{ year: 2000, value: 1 }, { year: 2010, value: 3 }], 100, 20) // 'M0,20L100,0'
 */
export function sparkPath(
	points: { year: number; value: number }[],
	width: number,
	height: number
): string {
	if (points.length < 2) return '';
	const x0 = points[0].year;
	const x1 = points[points.length - 1].year;
	const values = points.map((p) => p.value);
	const lo = Math.min(...values);
	const hi = Math.max(...values);
	const x = (year: number) => round1(((year - x0) / (x1 - x0)) * width);
	const y = (value: number) =>
		round1(hi === lo ? height / 2 : height - ((value - lo) / (hi - lo)) * height);
	return points.map((p, i) => `${i ? 'L' : 'M'}${x(p.year)},${y(p.value)}`).join('');
}

const text = (x: number, y: number, content: string, extra: Record<string, string | number> = {}) =>
	`<text${attrs({ x, y, ...extra })}>${escapeXml(content)}</text>`;

/** Columns of a card's table: left edges, or right edges for numbers. */
const CARD = {
	width: 720,
	row: 26,
	head: 22,
	area: 8,
	figure: 330,
	year: 340,
	share: 470,
	change: 480,
	spark: 640,
	sparkWidth: 72
};

/**
 * A key-figure card as an SVG body: one row per area (territory, régions, France) with the figure,
 * its year, the share of France, the change with both years and a small trend.
 */
export function cardSvg(card: KeyFigureCard, lang: Lang): FigureBody {
	const t = keyFiguresMessages[lang];
	const parts: string[] = [
		`<g${attrs({ 'font-family': FIGURE_FONT, 'font-size': 13, fill: INK })}>`,
		text(CARD.area, 15, t.area, { fill: MUTED, 'font-size': 12 }),
		text(CARD.figure, 15, t.figure, { fill: MUTED, 'font-size': 12, 'text-anchor': 'end' }),
		text(CARD.year, 15, t.year, { fill: MUTED, 'font-size': 12 }),
		text(CARD.share, 15, t.shareFrance, { fill: MUTED, 'font-size': 12, 'text-anchor': 'end' }),
		text(CARD.change, 15, t.change, { fill: MUTED, 'font-size': 12 })
	];
	card.areas.forEach((figure, i) => {
		const top = CARD.head + i * CARD.row;
		const base = top + 18;
		parts.push(`<path${attrs({ d: `M0,${top}H${CARD.width}`, stroke: RULE, fill: 'none' })}/>`);
		parts.push(
			text(CARD.area, base, figure.name.replace(/ \(AURA \+ Nouvelle-Aquitaine\)$/, ''), {
				'font-weight': i === 0 ? 'bold' : 'normal'
			})
		);
		parts.push(
			text(CARD.figure, base, figureText(card, figure, lang), {
				'text-anchor': 'end',
				'font-weight': i === 0 ? 'bold' : 'normal'
			})
		);
		if (figure.latest) parts.push(text(CARD.year, base, String(figure.latest.year)));
		if (figure.shareFrance !== null)
			parts.push(
				text(CARD.share, base, percentText(figure.shareFrance, lang), { 'text-anchor': 'end' })
			);
		const change = changeText(figure.change, lang);
		if (change)
			parts.push(
				text(CARD.change, base, change, {
					'font-size': 12
				})
			);
		const spark = sparkPath(figure.series, CARD.sparkWidth, 14);
		if (spark)
			parts.push(
				`<path${attrs({ d: spark, transform: `translate(${CARD.spark},${top + 6})`, fill: 'none', stroke: INK, 'stroke-width': 1.5 })}/>`
			);
	});
	const height = CARD.head + card.areas.length * CARD.row + 4;
	parts.push(
		`<path${attrs({ d: `M0,${height - 4}H${CARD.width}`, stroke: RULE, fill: 'none' })}/>`
	);
	parts.push('</g>');
	return { markup: parts.join(''), width: CARD.width, height };
}

const CLAIMS = { width: 980, font: 12, line: 15, gap: 8, cols: [8, 250, 520, 660] as const };

/** The claims table as an SVG body: claim, nearest official figures, verdict, explanation. */
export function claimsSvg(checks: readonly ClaimCheck[], lang: Lang): FigureBody {
	const t = keyFiguresMessages[lang];
	const [cClaim, cFigures, cVerdict, cWhy] = CLAIMS.cols;
	const wrap = (s: string, width: number, bold = false) =>
		wrapText(s, charsFor(width, CLAIMS.font, bold));
	const parts: string[] = [
		`<g${attrs({ 'font-family': FIGURE_FONT, 'font-size': CLAIMS.font, fill: INK })}>`
	];
	const head = [
		[cClaim, t.claim],
		[cFigures, t.nearest],
		[cVerdict, t.verdict],
		[cWhy, t.explanation]
	] as const;
	for (const [x, label] of head)
		parts.push(text(x, 15, label, { fill: MUTED, 'font-weight': 'bold' }));
	let y = 24;
	for (const check of checks) {
		const columns = [
			wrap(`« ${check.claim.quote} »`, cFigures - cClaim - 12),
			check.figures.length
				? check.figures.flatMap((f) => wrap(claimFigureText(f, lang), cVerdict - cFigures - 12))
				: wrap(t.noFigure, cVerdict - cFigures - 12),
			wrap(t.verdicts[check.verdict], cWhy - cVerdict - 12, true),
			wrap(claimExplanation(check, lang), CLAIMS.width - cWhy - 8)
		];
		const lines = Math.max(1, ...columns.map((c) => c.length));
		parts.push(`<path${attrs({ d: `M0,${y}H${CLAIMS.width}`, stroke: RULE, fill: 'none' })}/>`);
		const first = y + CLAIMS.gap + CLAIMS.font;
		parts.push(textLines(columns[0], cClaim, first, CLAIMS.line, {}));
		parts.push(textLines(columns[1], cFigures, first, CLAIMS.line, {}));
		parts.push(
			textLines(columns[2], cVerdict, first, CLAIMS.line, {
				'font-weight': 'bold',
				fill: VERDICT_COLORS[check.verdict]
			})
		);
		parts.push(textLines(columns[3], cWhy, first, CLAIMS.line, {}));
		y += lines * CLAIMS.line + 2 * CLAIMS.gap;
	}
	parts.push(
		`<path${attrs({ d: `M0,${y}H${CLAIMS.width}`, stroke: RULE, fill: 'none' })}/>`,
		'</g>'
	);
	return { markup: parts.join(''), width: CLAIMS.width, height: y + 4 };
}
