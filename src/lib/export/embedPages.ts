import { areaRef, namesOf, parseAreaKey, type CompareContext } from '../charts/areas';
import type { AtlasModel } from '../data/model';
import type { Lang } from '../data/types';
import { geoFactsOf } from '../geo/geoFacts';
import { profileTrend, profileTrendFigure } from '../profile/profileTrend';
import { checkClaims } from '../territory/claimChecks';
import { CLAIMS } from '../territory/claims';
import { claimsFigure, cardFigure, CLAIMS_FIGURE_ID } from '../territory/keyFigureFigures';
import { keyFigureCards } from '../territory/keyFigures';
import { TERRITORY_CODE, withTerritory } from '../territory/territory';
import type { ChartDraw } from './chartDraws';
import type { FigureSpec } from './figureSpec';

/** The page a figure comes from, for the embed page's link back. */
export type EmbedBack =
	| { route: '/' | '/compare' | '/territoire' | '/chiffres-cles' }
	| { route: '/departement/[code]' | '/region/[code]'; code: string };

/** A figure of a profile or of /chiffres-cles, as its page's export menu draws it. */
export interface PageFigure {
	spec: FigureSpec;
	draw: ChartDraw;
	back: EmbedBack;
}

const PROFILE = 'profile-';
const KEY_FIGURE = 'keyfigure-';

/** Whether an embed's figure is one of a profile's or of /chiffres-cles. */
export const isPageFigure = (id: string) =>
	id.startsWith(PROFILE) || id.startsWith(KEY_FIGURE) || id === CLAIMS_FIGURE_ID;

/** The params a page figure reads besides the page's own (not carried back to the page). */
export const PAGE_FIGURE_PARAMS = ['area'];

/**
 * The trend of a profile card (`profile-<indicator>`) for `area` (a département's code, 'r84',
 * 'rCIMES' for the territory), titled as on its profile; null without such a trend.
 */
function profileFigure(
	model: AtlasModel,
	indicatorId: string,
	areaKey: string,
	lang: Lang,
	date: string
): PageFigure | null {
	const place = parseAreaKey(areaKey);
	if (!place || place.level === 'pays') return null;
	const territory = place.level === 'region' && place.code === TERRITORY_CODE;
	const atlas = territory ? withTerritory(model) : model;
	const indicator = atlas.indicatorById.get(indicatorId);
	if (!indicator) return null;
	const ctx: CompareContext = {
		model: atlas,
		geo: geoFactsOf(atlas.topology),
		names: namesOf(atlas.topology),
		lang
	};
	const trend = profileTrend(ctx, areaRef(ctx, place.level, place.code), indicator);
	if (!trend) return null;
	const figure = profileTrendFigure(ctx, trend, date);
	const back: EmbedBack = territory
		? { route: '/territoire' }
		: place.level === 'region'
			? { route: '/region/[code]', code: place.code }
			: { route: '/departement/[code]', code: place.code };
	return { spec: figure.spec(), draw: figure.draw, back };
}

/** A key-figure card (`keyfigure-<indicator>`) or the claims table of /chiffres-cles. */
function keyFiguresFigure(
	model: AtlasModel,
	id: string,
	lang: Lang,
	date: string
): PageFigure | null {
	const atlas = withTerritory(model);
	const back: EmbedBack = { route: '/chiffres-cles' };
	if (id === CLAIMS_FIGURE_ID) {
		const figure = claimsFigure(atlas, checkClaims(atlas, CLAIMS), lang, date);
		return { spec: figure.spec(), draw: figure.draw, back };
	}
	const indicatorId = id.slice(KEY_FIGURE.length);
	const card = keyFigureCards(atlas, lang).find((c) => c.indicator.id === indicatorId);
	if (!card) return null;
	const figure = cardFigure(atlas, card, lang, date);
	return { spec: figure.spec(), draw: figure.draw, back };
}

/**
 * A figure of a profile or of /chiffres-cles named by an embed's query, or null when the atlas
 * has no such figure.
 * @example pageFigure(model, 'profile-jobseekers_abc', new URLSearchParams('area=69'), 'fr', date)?.back // { route: '/departement/[code]', code: '69' }
 */
export function pageFigure(
	model: AtlasModel,
	id: string,
	search: URLSearchParams,
	lang: Lang,
	date: string
): PageFigure | null {
	if (id.startsWith(PROFILE)) {
		return profileFigure(model, id.slice(PROFILE.length), search.get('area') ?? '', lang, date);
	}
	return keyFiguresFigure(model, id, lang, date);
}
