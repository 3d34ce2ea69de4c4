import type { Topology } from 'topojson-specification';
import type { GeoFacts } from '../data/measures';
import type { AtlasModel } from '../data/model';
import type { GeoLevel, Lang } from '../data/types';
import { departementsOf, regionsOf } from '../geo/topology';
import { hasTerritory, TERRITORY_CODE, TERRITORY_SHORT_NAME } from '../territory/territoryArea';

export { FOCUS_DEPARTEMENTS, FOCUS_REGIONS, METRO_REGIONS } from '../geo/focusAreas';
import { FOCUS_REGIONS } from '../geo/focusAreas';

/** Names of départements and régions, by code (a département and a région may share a code). */
export interface AreaNames {
	departement: Map<string, string>;
	region: Map<string, string>;
}

/** What every builder of chart data needs: the model, the geography and the reader's language. */
export interface CompareContext {
	model: AtlasModel;
	geo: GeoFacts;
	names: AreaNames;
	lang: Lang;
}

/** One area of a chart, with the key that links it across charts. */
export interface AreaRef {
	key: string;
	level: GeoLevel;
	code: string;
	name: string;
	/** The région of a département, a région's own code, null for France. */
	region: string | null;
}

/**
 * The key that links an area across charts and the URL: a département's code, 'r' and a région's
 * code (Dordogne is 24, so is Centre-Val de Loire), 'FR' for France.
 * @example areaKey('region', '84') // 'r84'
 */
export function areaKey(level: GeoLevel, code: string): string {
	if (level === 'pays') return 'FR';
	return level === 'region' ? `r${code}` : code;
}

/**
 * The level and code of a key, or null when it is not one.
 * @example parseAreaKey('r84') // { level: 'region', code: '84' }
 */
export function parseAreaKey(key: string): { level: GeoLevel; code: string } | null {
	if (key === 'FR') return { level: 'pays', code: 'FR' };
	if (/^r(\d{2}|CIMES)$/.test(key)) return { level: 'region', code: key.slice(1) };
	if (/^(\d{2}|2[AB])$/.test(key)) return { level: 'departement', code: key };
	return null;
}

/**
 * Names of every département and région of the geometry.
 * @example namesOf(model.topology).departement.get('74') // 'Haute-Savoie'
 */
export function namesOf(topology: Topology): AreaNames {
	return {
		departement: new Map(departementsOf(topology).map((f) => [f.id, f.properties.name])),
		region: new Map(regionsOf(topology).map((f) => [f.id, f.properties.name]))
	};
}

/**
 * An area of a chart, named in the reader's language (France is 'France' in both).
 * @example areaRef(ctx, 'departement', '74') // { key: '74', name: 'Haute-Savoie', region: '84', … }
 */
export function areaRef(ctx: CompareContext, level: GeoLevel, code: string): AreaRef {
	const key = areaKey(level, code);
	if (level === 'pays') return { key, level, code, name: 'France', region: null };
	if (level === 'region' && code === TERRITORY_CODE) {
		return { key, level, code, name: TERRITORY_SHORT_NAME[ctx.lang], region: code };
	}
	if (level === 'region') {
		return { key, level, code, name: ctx.names.region.get(code) ?? code, region: code };
	}
	const name = ctx.names.departement.get(code) ?? code;
	return { key, level, code, name, region: ctx.geo.regionOf.get(code) ?? null };
}

/**
 * The area of a key, or undefined for a key that names no known area.
 * @example refOfKey(ctx, 'r75')?.name // 'Nouvelle-Aquitaine'
 */
export function refOfKey(ctx: CompareContext, key: string): AreaRef | undefined {
	const parsed = parseAreaKey(key);
	if (!parsed) return undefined;
	const known =
		parsed.level === 'pays' ||
		(parsed.level === 'region' && ctx.names.region.has(parsed.code)) ||
		(parsed.code === TERRITORY_CODE && hasTerritory(ctx.model)) ||
		(parsed.level === 'departement' && focusDepartements(ctx).includes(parsed.code));
	return known ? areaRef(ctx, parsed.level, parsed.code) : undefined;
}

/**
 * The départements of the two régions in the geometry: AURA's, then NA's, each in code order.
 * @example focusDepartements(ctx).length // 24
 */
export function focusDepartements(ctx: Pick<CompareContext, 'geo' | 'names'>): string[] {
	const codes = [...ctx.names.departement.keys()].sort();
	return FOCUS_REGIONS.flatMap((region) =>
		codes.filter((code) => ctx.geo.regionOf.get(code) === region)
	);
}

/**
 * The régions of the geometry, in code order.
 * @example regionCodes(ctx) // ['11', '24', …, '94']
 */
export function regionCodes(ctx: Pick<CompareContext, 'names'>): string[] {
	return [...ctx.names.region.keys()].sort();
}
