import { MEASURE_IDS, type MeasureId } from '../data/measures';
import type { Lang } from '../data/types';
import type { ParamNotice } from './explorerParams';

export type { ParamNotice };

/** Trend lines in their unit, or as an index (base 100 at a chosen year). */
export type TrendMode = 'absolute' | 'index';
/** The two maps: the two régions at one scale, two years, or two indicators. */
export type MapsMode = 'regions' | 'years' | 'indicators';

export interface IndicatorMeasure {
	indicator: string;
	measure: MeasureId;
}

/** The whole view of /compare, as the URL says it (unchecked against the data). */
export interface CompareParams {
	lang: Lang;
	indicator: string;
	measure: MeasureId;
	/** null: the latest year with data. */
	year: number | null;
	/** A second year: the other group of bars, the other map, or the start of a change. */
	year2: number | null;
	/** Régions shown besides AURA and NA, and 'FR' for France. */
	added: string[];
	/** Selected areas, by key: '69' (département), 'r84' (région), 'FR'. */
	selection: string[];
	trendIndicator: string;
	trendMode: TrendMode;
	/** The base year of an index; null: the first year every line has. */
	baseYear: number | null;
	x: IndicatorMeasure;
	y: IndicatorMeasure;
	log: boolean;
	maps: MapsMode;
	/** The second indicator of the 'indicators' maps; null: the first that fits. */
	mapIndicator: string | null;
}

export const DEFAULT_COMPARE: CompareParams = {
	lang: 'fr',
	indicator: 'establishments_industry',
	measure: 'per10k',
	year: null,
	year2: null,
	added: ['FR'],
	selection: [],
	trendIndicator: 'jobs_industry',
	trendMode: 'index',
	baseYear: null,
	x: { indicator: 'establishments_industry', measure: 'per10k' },
	y: { indicator: 'jobs_industry', measure: 'per10k' },
	log: false,
	maps: 'regions',
	mapIndicator: null
};

type Field = keyof CompareParams;
type Parsed<K extends Field> = { value: CompareParams[K] | undefined; rejected?: string[] };
type Parsers = { [K in Field]: (value: string) => Parsed<K> };

const ok = <T>(value: T | undefined) => ({ value });
const oneOf =
	<T extends string>(list: readonly T[]) =>
	(v: string) =>
		ok((list as readonly string[]).includes(v) ? (v as T) : undefined);
const year = (v: string) => ok(/^\d{4}$/.test(v) ? Number(v) : undefined);
const indicatorId = (v: string) => (/^[\w-]{1,80}$/.test(v) ? v : undefined);
const pair = (v: string) => {
	const [indicator, measure] = v.split(':');
	const known = (MEASURE_IDS as string[]).includes(measure);
	return ok(
		indicatorId(indicator) && known ? { indicator, measure: measure as MeasureId } : undefined
	);
};
/** A comma list: valid items are kept (each once), the others are rejected and reported. */
const list = (pattern: RegExp, max: number) => (v: string) => {
	const items = v.split(',').filter((item) => item !== '');
	const valid = [...new Set(items.filter((item) => pattern.test(item)))].slice(0, max);
	return { value: valid, rejected: items.filter((item) => !valid.includes(item)) };
};

const PARSERS: Parsers = {
	lang: oneOf(['fr', 'en'] as const),
	indicator: (v) => ok(indicatorId(v)),
	measure: oneOf(MEASURE_IDS),
	year,
	year2: year,
	added: list(/^(\d{2}|FR)$/, 14),
	selection: list(/^(\d{2}|2[AB]|r\d{2}|rCIMES|FR)$/, 24),
	trendIndicator: (v) => ok(indicatorId(v)),
	trendMode: oneOf(['absolute', 'index'] as const),
	baseYear: year,
	x: pair,
	y: pair,
	log: (v) => ok(v === '1' ? true : v === '0' ? false : undefined),
	maps: oneOf(['regions', 'years', 'indicators'] as const),
	mapIndicator: (v) => ok(indicatorId(v))
};

/** The search param of each field. */
const NAMES: Record<Field, string> = {
	lang: 'lang',
	indicator: 'indicator',
	measure: 'measure',
	year: 'year',
	year2: 'vs',
	added: 'add',
	selection: 'sel',
	trendIndicator: 'trend',
	trendMode: 'mode',
	baseYear: 'base',
	x: 'x',
	y: 'y',
	log: 'log',
	maps: 'maps',
	mapIndicator: 'map2'
};

const FIELDS = Object.keys(NAMES) as Field[];

/**
 * Reads the view of /compare from search params. A malformed value falls back to its default
 * and is reported; in a list (`add`, `sel`) only the malformed items are dropped and reported.
 * @example readCompareParams(new URLSearchParams('sel=69,x,74')).params.selection // ['69', '74']
 * @example readCompareParams(new URLSearchParams('sel=69,x')).notices // [{ param: 'sel', value: 'x' }]
 */
export function readCompareParams(search: URLSearchParams): {
	params: CompareParams;
	notices: ParamNotice[];
} {
	const params: Record<string, unknown> = { ...DEFAULT_COMPARE };
	const notices: ParamNotice[] = [];
	for (const field of FIELDS) {
		const name = NAMES[field];
		const text = search.get(name);
		if (text === null) continue;
		const parsed = PARSERS[field](text) as Parsed<Field>;
		if (parsed.value === undefined) notices.push({ param: name, value: text });
		else params[field] = parsed.value;
		for (const value of parsed.rejected ?? []) notices.push({ param: name, value });
	}
	return { params: params as unknown as CompareParams, notices };
}

function textOf(value: CompareParams[Field]): string {
	if (value === null) return '';
	if (typeof value === 'boolean') return value ? '1' : '0';
	if (Array.isArray(value)) return value.join(',');
	if (typeof value === 'object') return `${value.indicator}:${value.measure}`;
	return String(value);
}

/**
 * Writes the view as a query string, leaving out what equals the default; an emptied list is
 * written empty (`add=`) so that it does not come back as the default.
 * @example writeCompareParams({ ...DEFAULT_COMPARE, selection: ['69', '74'] }) // '?sel=69,74'
 */
export function writeCompareParams(params: CompareParams): string {
	const search = new URLSearchParams();
	for (const field of FIELDS) {
		const text = textOf(params[field]);
		if (text !== textOf(DEFAULT_COMPARE[field])) search.set(NAMES[field], text);
	}
	const query = search.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
	return query ? `?${query}` : '';
}

/**
 * The selection with a key added, or removed when it was there.
 * @example toggleKey(['69'], '74') // ['69', '74']
 */
export function toggleKey(selection: readonly string[], key: string): string[] {
	return selection.includes(key) ? selection.filter((k) => k !== key) : [...selection, key];
}
