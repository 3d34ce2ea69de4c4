import type { AtlasModel } from '../data/model';
import type { Lang } from '../data/types';
import type { ChartDraw } from '../export/chartDraws';
import type { FigureSpec } from '../export/figureSpec';
import { cardSvg, claimsSvg } from './cardSvg';
import type { ClaimCheck } from './claimChecks';
import { cardFigureSpec, claimsFigureSpec } from './keyFigureExport';
import type { KeyFigureCard } from './keyFigures';

/** A figure of /chiffres-cles as its export menu and the embed page draw it. */
export interface KeyFiguresFigure {
	spec: () => FigureSpec;
	draw: ChartDraw;
}

/**
 * The name of a key-figure card in the URL (its title and note) and on the embed page.
 * @example keyFigureId('jobs_industry') // 'keyfigure-jobs_industry'
 */
export const keyFigureId = (indicatorId: string) => `keyfigure-${indicatorId}`;

/** The name of the claims table in the URL and on the embed page. */
export const CLAIMS_FIGURE_ID = 'claims';

/** A key-figure card: its own SVG table, the same at every layout's size. */
export function cardFigure(
	model: AtlasModel,
	card: KeyFigureCard,
	lang: Lang,
	date?: string
): KeyFiguresFigure {
	return {
		spec: () => cardFigureSpec(model, card, lang, date),
		draw: () => () => ({ body: cardSvg(card, lang) })
	};
}

/** The claims beside the official figures, with their verdicts. */
export function claimsFigure(
	model: AtlasModel,
	checks: readonly ClaimCheck[],
	lang: Lang,
	date?: string
): KeyFiguresFigure {
	return {
		spec: () => claimsFigureSpec(model, checks, lang, date),
		draw: () => () => ({ body: claimsSvg(checks, lang) })
	};
}
