import type { MeasureId } from '../data/measures';
import { MEASURE_IDS } from '../data/measures';
import type { GeoLevel, Lang } from '../data/types';
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, type ClassMethod } from '../scales/classify';
import { DIVERGING_PALETTES, SEQUENTIAL_PALETTES, type PaletteId } from '../scales/palettes';

export type Scope = 'both' | '84' | '75';
export type MapLevel = Extract<GeoLevel, 'departement' | 'region'>;

export interface Zoom {
	k: number;
	x: number;
	y: number;
}

/** The whole view of the map explorer, as the URL says it (unchecked against the data). */
export interface ExplorerParams {
	lang: Lang;
	indicator: string;
	measure: MeasureId;
	/** null: the latest year with data. */
	year: number | null;
	/** null: the first year with data. */
	baseYear: number | null;
	level: MapLevel;
	scope: Scope;
	method: ClassMethod;
	classes: number;
	/** Manual breaks as typed, e.g. '0 - 10 - 20 - 50'. */
	breaks: string;
	/** Keep the same breaks across all years. */
	fixed: boolean;
	/** null: the default palette of the measure (sequential, or diverging for changes). */
	palette: PaletteId | null;
	selected: string | null;
	zoom: Zoom | null;
}

export const DEFAULT_PARAMS: ExplorerParams = {
	lang: 'fr',
	indicator: 'establishments_industry',
	measure: 'per10k',
	year: null,
	baseYear: null,
	level: 'departement',
	scope: 'both',
	method: 'quantile',
	classes: 5,
	breaks: '',
	fixed: false,
	palette: null,
	selected: null,
	zoom: null
};

/** A search param that was not understood and fell back to its default. */
export interface ParamNotice {
	param: string;
	value: string;
}

const PALETTES = [...SEQUENTIAL_PALETTES, ...DIVERGING_PALETTES] as readonly PaletteId[];
const oneOf =
	<T extends string>(list: readonly T[]) =>
	(value: string): T | undefined =>
		(list as readonly string[]).includes(value) ? (value as T) : undefined;
const year = (value: string) => (/^\d{4}$/.test(value) ? Number(value) : undefined);

function parseZoom(text: string): Zoom | undefined {
	const [k, x, y] = text.split(',').map(Number);
	if (![k, x, y].every(Number.isFinite) || k < 1 || k > 12) return undefined;
	return { k, x, y };
}

type Field = keyof ExplorerParams;
type Parsers = { [K in Field]: (value: string) => ExplorerParams[K] | undefined };

/** How each field reads from its search param; undefined means "not understood". */
const PARSERS: Parsers = {
	lang: oneOf(['fr', 'en'] as const),
	indicator: (v) => (/^[\w-]{1,80}$/.test(v) ? v : undefined),
	measure: oneOf(MEASURE_IDS),
	year,
	baseYear: year,
	level: oneOf(['departement', 'region'] as const),
	scope: oneOf(['both', '84', '75'] as const),
	method: oneOf(CLASS_METHODS),
	classes: (v) => {
		const n = Number(v);
		return Number.isInteger(n) && n >= MIN_CLASSES && n <= MAX_CLASSES ? n : undefined;
	},
	breaks: (v) => (v.length <= 200 ? v : undefined),
	fixed: (v) => (v === '1' ? true : v === '0' ? false : undefined),
	palette: oneOf(PALETTES),
	selected: (v) => (/^(\d{2}|2[AB])$/.test(v) ? v : undefined),
	zoom: parseZoom
};

/** The search param of each field. */
const NAMES: Record<Field, string> = {
	lang: 'lang',
	indicator: 'indicator',
	measure: 'measure',
	year: 'year',
	baseYear: 'base',
	level: 'level',
	scope: 'scope',
	method: 'method',
	classes: 'classes',
	breaks: 'breaks',
	fixed: 'fixed',
	palette: 'palette',
	selected: 'selected',
	zoom: 'zoom'
};

const FIELDS = Object.keys(NAMES) as Field[];

/**
 * Reads the explorer's view from search params. Every unknown or malformed value falls back to
 * its default and is reported, so the page can say so instead of failing.
 * @example readExplorerParams(new URLSearchParams('classes=9')).notices // [{ param: 'classes', value: '9' }]
 */
export function readExplorerParams(search: URLSearchParams): {
	params: ExplorerParams;
	notices: ParamNotice[];
} {
	const params: Record<string, unknown> = { ...DEFAULT_PARAMS };
	const notices: ParamNotice[] = [];
	for (const field of FIELDS) {
		const value = search.get(NAMES[field]);
		if (value === null) continue;
		const parsed = PARSERS[field](value);
		if (parsed === undefined) notices.push({ param: NAMES[field], value });
		else params[field] = parsed;
	}
	return { params: params as unknown as ExplorerParams, notices };
}

function textOf(value: ExplorerParams[Field]): string {
	if (value === null) return '';
	if (typeof value === 'boolean') return value ? '1' : '0';
	if (typeof value === 'object') {
		return [value.k, value.x, value.y].map((n) => Math.round(n * 100) / 100).join(',');
	}
	return String(value);
}

/**
 * Writes the view as a query string, leaving out what equals the default.
 * @example writeExplorerParams({ ...DEFAULT_PARAMS, lang: 'en' }) // '?lang=en'
 */
export function writeExplorerParams(params: ExplorerParams): string {
	const search = new URLSearchParams();
	for (const field of FIELDS) {
		const text = textOf(params[field]);
		if (text !== textOf(DEFAULT_PARAMS[field])) search.set(NAMES[field], text);
	}
	const query = search.toString();
	return query ? `?${query}` : '';
}

/**
 * The query of a link to share: the view with the years it shows written out, so that the
 * link shows the same map after a data update brings a newer year. While the indicator asked
 * for is still loading, the map shows another one: its years are not written then.
 * @example sharedQuery(DEFAULT_PARAMS, { indicator: 'establishments_industry', year: 2021 }) // '?year=2021'
 */
export function sharedQuery(
	params: ExplorerParams,
	shown: { indicator: string; year: number; baseYear?: number }
): string {
	if (shown.indicator !== params.indicator) return writeExplorerParams(params);
	return writeExplorerParams({
		...params,
		year: shown.year,
		baseYear: params.measure === 'change' ? (shown.baseYear ?? null) : params.baseYear
	});
}
