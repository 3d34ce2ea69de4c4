import type { GeoLevel, Lang } from '../data/types';
import { TERRITORY_CODE, TERRITORY_NAME } from './territory';

export interface KeyArea {
	level: GeoLevel;
	code: string;
}

/** The areas of every key figure: the territory, its two régions, France. */
export const KEY_AREAS: KeyArea[] = [
	{ level: 'region', code: TERRITORY_CODE },
	{ level: 'region', code: '84' },
	{ level: 'region', code: '75' },
	{ level: 'pays', code: 'FR' }
];

const REGION_NAMES: Record<string, string> = {
	'84': 'Auvergne-Rhône-Alpes',
	'75': 'Nouvelle-Aquitaine'
};

/**
 * The name of a key area in the reader's language.
 * @example areaLabel({ level: 'region', code: '84' }, 'en') // 'Auvergne-Rhône-Alpes'
 */
export function areaLabel(area: KeyArea, lang: Lang): string {
	if (area.level === 'pays') return 'France';
	if (area.code === TERRITORY_CODE) return TERRITORY_NAME[lang];
	return REGION_NAMES[area.code] ?? area.code;
}
