import type { AtlasModel } from '../data/model';
import type { Lang } from '../data/types';
import { FIGURE_FONT } from '../export/figureSpec';
import { attrs, charsFor, escapeXml, textLines, wrapText } from '../export/svgText';
import { keyFiguresMessages } from '../i18n/keyFiguresMessages';
import { messages } from '../i18n/messages';
import { formatNumber } from '../scales/format';
import { VERDICT_COLORS } from './cardSvg';
import { checkClaims, type ClaimCheck } from './claimChecks';
import { CLAIMS } from './claims';
import { footnotes, footnoteText } from './footnotes';
import { claimExplanation, claimFigureText, percentText } from './keyFigureTexts';
import { keyFigureCards, type KeyFigureCard } from './keyFigures';
import { TERRITORY_CODE } from './territory';

/** A4 portrait in PostScript points, as the PDF page. */
export const A4 = { width: 595, height: 842 } as const;
const M = 36;
const INNER = A4.width - 2 * M;
const COL = (INNER - 12) / 2;
const INK = '#1a1a1a';
const MUTED = '#4d4d4d';
const RULE = '#bfbfbf';

interface Block {
	height: number;
	draw: (y: number) => string;
}

const line = (y: number, x = M, width = INNER) =>
	`<path${attrs({ d: `M${x},${y}H${x + width}`, stroke: RULE, 'stroke-width': 0.5, fill: 'none' })}/>`;
const text = (x: number, y: number, s: string, extra: Record<string, string | number> = {}) =>
	`<text${attrs({ x, y, ...extra })}>${escapeXml(s)}</text>`;

const SHORT_NAMES: Record<Lang, Record<string, string>> = {
	fr: { [TERRITORY_CODE]: 'Territoire CIMES' },
	en: { [TERRITORY_CODE]: 'CIMES territory' }
};

/** One card, compact: title with unit and footnote, then one line per area. */
function cardBlock(card: KeyFigureCard, notes: number[], lang: Lang, x: number): Block {
	const t = keyFiguresMessages[lang];
	const title = `${card.indicator.label[lang]} (${card.indicator.unit[lang]}) [${notes.join(', ')}]`;
	const titleLines = wrapText(title, charsFor(COL, 7.5, true));
	const decimals = card.areas.every((a) => !a.latest || Number.isInteger(a.latest.value)) ? 0 : 1;
	const height = titleLines.length * 9.5 + card.areas.length * 9.5 + 8;
	return {
		height,
		draw: (y) => {
			const parts = [
				line(y, x, COL),
				textLines(titleLines, x, y + 9, 9.5, { 'font-weight': 'bold', 'font-size': 7.5 })
			];
			let base = y + 9 + titleLines.length * 9.5;
			for (const [i, f] of card.areas.entries()) {
				const name = SHORT_NAMES[lang][f.area.code] ?? f.name;
				const figure = f.latest?.value;
				const value =
					f.latest && figure !== null && figure !== undefined
						? `${formatNumber(figure, lang, decimals)} (${f.latest.year})`
						: t.noData;
				const weight = i === 0 ? 'bold' : 'normal';
				parts.push(text(x, base, name, { 'font-weight': weight }));
				parts.push(text(x + 150, base, value, { 'text-anchor': 'end', 'font-weight': weight }));
				if (f.shareFrance !== null)
					parts.push(
						text(x + 188, base, percentText(f.shareFrance, lang), { 'text-anchor': 'end' })
					);
				if (f.change?.percent !== null && f.change)
					parts.push(
						text(
							x + 194,
							base,
							`${percentText(f.change.percent, lang, true)} ${t.since(f.change.from)}`,
							{
								fill: MUTED
							}
						)
					);
				base += 9.5;
			}
			return parts.join('');
		}
	};
}

function wrappedBlock(s: string, size: number, extra: Record<string, string | number> = {}): Block {
	const lines = wrapText(s, charsFor(INNER, size, extra['font-weight'] === 'bold'));
	const lh = size * 1.3;
	return {
		height: lines.length * lh + 3,
		draw: (y) => textLines(lines, M, y + size, lh, { 'font-size': size, ...extra })
	};
}

const CLAIM_COLS = [0, 150, 300, 362] as const;

function claimBlock(check: ClaimCheck, lang: Lang): Block {
	const t = keyFiguresMessages[lang];
	const size = 6.5;
	const lh = 8;
	const widths = [145, 145, 58, INNER - CLAIM_COLS[3]];
	const wrap = (s: string, i: number, bold = false) => wrapText(s, charsFor(widths[i], size, bold));
	const columns = [
		wrap(`« ${check.claim.quote} »`, 0),
		check.figures.length
			? check.figures.flatMap((f) => wrap(claimFigureText(f, lang), 1))
			: wrap(t.noFigure, 1),
		wrap(t.verdicts[check.verdict], 2, true),
		wrap(claimExplanation(check, lang), 3)
	];
	const rows = Math.max(...columns.map((c) => c.length));
	return {
		height: rows * lh + 6,
		draw: (y) =>
			[
				line(y),
				...columns.map((lines, i) =>
					textLines(lines, M + CLAIM_COLS[i], y + 8, lh, {
						'font-size': size,
						...(i === 2 ? { 'font-weight': 'bold', fill: VERDICT_COLORS[check.verdict] } : {})
					})
				)
			].join('')
	};
}

/** Blocks placed top to bottom, a new page when one does not fit. */
function paginate(blocks: Block[]): string[][] {
	const pages: string[][] = [[]];
	let y = M;
	for (const block of blocks) {
		if (y + block.height > A4.height - M - 14 && pages.at(-1)?.length) {
			pages.push([]);
			y = M;
		}
		pages[pages.length - 1].push(block.draw(y));
		y += block.height;
	}
	return pages;
}

export interface KeyFiguresSheet {
	/** One standalone SVG per A4 page. */
	pages: string[];
	/** The pages one under the other, in one SVG. */
	svg: string;
	width: number;
	height: number;
	title: string;
}

/**
 * The printable key-figures sheet, drawn without a browser: title and date of the data, the cards
 * two by two under their family, the claims table, the sources as numbered footnotes, a page
 * number. Pure and deterministic (the date is given).
 */
export function keyFiguresSheet(model: AtlasModel, lang: Lang, date: string): KeyFiguresSheet {
	const t = keyFiguresMessages[lang];
	const cards = keyFigureCards(model, lang);
	const notes = footnotes(cards.map((c) => c.observations));
	const years = cards.flatMap((c) => c.observations.map((o) => o.year));
	const span = years.length
		? messages[lang].yearRange(Math.min(...years), Math.max(...years))
		: '—';
	const blocks: Block[] = [
		wrappedBlock(t.pageTitle, 16, { 'font-weight': 'bold' }),
		wrappedBlock(`${t.sheetLead} — ${t.dataDate(span)} — ${t.printedOn(date)}`, 7.5, {
			fill: MUTED
		})
	];
	const families = [...new Set(cards.map((c) => c.family))];
	for (const family of families) {
		blocks.push({ ...wrappedBlock(t.families[family] ?? family, 9, { 'font-weight': 'bold' }) });
		const members = cards.map((c, i) => ({ c, i })).filter(({ c }) => c.family === family);
		for (let k = 0; k < members.length; k += 2) {
			const pair = members
				.slice(k, k + 2)
				.map(({ c, i }, j) => cardBlock(c, notes.numbers[i], lang, M + j * (COL + 12)));
			blocks.push({
				height: Math.max(...pair.map((b) => b.height)) + 2,
				draw: (y) => pair.map((b) => b.draw(y)).join('')
			});
		}
	}
	blocks.push(wrappedBlock(t.claimsTitle, 11, { 'font-weight': 'bold' }));
	blocks.push(wrappedBlock(t.claimsRule, 6.5, { fill: MUTED }));
	blocks.push(...checkClaims(model, CLAIMS).map((c) => claimBlock(c, lang)));
	blocks.push(wrappedBlock(t.footnotes, 9, { 'font-weight': 'bold' }));
	for (const [n, id] of notes.order.entries()) {
		const source = model.sourceById.get(id);
		blocks.push(
			wrappedBlock(`[${n + 1}] ${source ? footnoteText(source, lang) : id}`, 6, { fill: MUTED })
		);
	}
	const drawn = paginate(blocks);
	const pages = drawn.map((parts, p) => {
		const footer = text(A4.width - M, A4.height - M / 2, t.pageOf(p + 1, drawn.length), {
			'text-anchor': 'end',
			'font-size': 6.5,
			fill: MUTED
		});
		const credit = text(M, A4.height - M / 2, messages[lang].appName, {
			'font-size': 6.5,
			fill: MUTED
		});
		return (
			`<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: A4.width, height: A4.height, viewBox: `0 0 ${A4.width} ${A4.height}` })}>` +
			`<rect${attrs({ width: A4.width, height: A4.height, fill: '#ffffff' })}/>` +
			`<g${attrs({ 'font-family': FIGURE_FONT, 'font-size': 7, fill: INK })}>${parts.join('')}${credit}${footer}</g></svg>`
		);
	});
	const height = A4.height * pages.length;
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: A4.width, height, viewBox: `0 0 ${A4.width} ${height}` })}>` +
		pages
			.map(
				(page, p) =>
					`<g${attrs({ transform: `translate(0,${p * A4.height})` })}>${page.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '')}</g>`
			)
			.join('') +
		'</svg>';
	return { pages, svg, width: A4.width, height, title: t.pageTitle };
}
